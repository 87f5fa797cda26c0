/**
 * Dates the instrument implies, for inlay hints and code lenses: when it takes effect and when
 * its term ends, when a notice given today would take effect, when the first and next exercise
 * fall, and when a governance body next meets.
 */
import type { Cadence, Quantity, Timing } from '../ast/nodes';
import type { Range } from '../ast/positions';
import type { SemanticModel } from '../model/semantic-model';
import { resolveTiming, timingDate } from '../model/timing';
import { addQuantity, compareDates, formatDate, fromDateValue, type CalendarDate } from './calendar';

export interface ComputedDate {
  /** Where the hint goes (its end) and what the lens sits on. */
  readonly anchor: Range;
  /** The construct the lens belongs to. */
  readonly owner: Range;
  readonly label: string;
  readonly tooltip: string;
}

const add = (day: CalendarDate, period: Quantity) => addQuantity(day, period);

/**
 * The day the instrument takes effect, when the header fixes it, by the formula it states: a date,
 * or a period after the (last) signature or the reply note, rounded to the first day of a month
 * where the text says so (model/timing.ts).
 */
export function effectiveDate(model: SemanticModel): { date: CalendarDate; how: string } | undefined {
  const effect = model.ast.instrument?.effect;
  if (!effect) return undefined;
  const found = timingDate(model.ast, effect, add);
  if (!found) return undefined;
  return { date: found.day, how: effect.date ? 'the date of effect' : found.how };
}

/**
 * A timing counted from an event nobody can date yet (a ratification, a notification, a State's
 * consent), computed as if the event happened today: only where the text rounds to the first day
 * of a month, which a drafter cannot see at a glance.
 */
function ifToday(model: SemanticModel, timing: Timing, today: CalendarDate): CalendarDate | undefined {
  if (timing.date || !timing.firstDay || timingDate(model.ast, timing, add)) return undefined;
  return resolveTiming(timing, today, add);
}

function eventWords(timing: Timing): string {
  const event = (timing.event?.text ?? 'the event').replace(/-/g, ' ');
  return `${timing.afterLast ? 'the last ' : ''}${event}${timing.notifier ? ` by ${timing.notifier.text}` : ''}`;
}

/**
 * When the notice whose effect the hint shows is given: today, or under `termination after initial
 * period` the day the initial period ends if that is later; undefined where that day is not known
 * (a notice given today may come too early, and no date is shown).
 */
function noticeFrom(afterInitial: boolean, term: Quantity | undefined, effect: CalendarDate | undefined, today: CalendarDate): { day: CalendarDate; label: string } | undefined {
  if (!afterInitial) return { day: today, label: 'today' };
  const end = effect && term ? addQuantity(effect, term) : undefined;
  if (!end) return undefined;
  return compareDates(end, today) > 0 ? { day: end, label: `when the initial period ends (${formatDate(end)})` } : { day: today, label: 'today' };
}

/** Occurrences at `start`, `start + interval`, …: the first one on or after `today`. */
function nextOccurrence(start: CalendarDate, interval: Quantity, today: CalendarDate): CalendarDate | undefined {
  if (compareDates(start, today) >= 0) return start;
  for (let k = 1; k <= 2000; k++) {
    const date = addQuantity(start, interval, k);
    if (!date) return undefined;
    if (compareDates(date, today) >= 0) return date;
  }
  return undefined;
}

export function computedDates(model: SemanticModel, today: CalendarDate): ComputedDate[] {
  const result: ComputedDate[] = [];
  const instrument = model.ast.instrument;
  const effective = effectiveDate(model);
  const term = instrument?.duration?.term;
  if (instrument && term && effective) {
    const end = addQuantity(effective.date, term);
    if (end) result.push({ anchor: term.range, owner: instrument.range, label: `ends ${formatDate(end)}`, tooltip: `The term ends ${formatDate(end)}: ${effective.how} (${formatDate(effective.date)}) plus ${term.amount} ${term.unit.text}.` });
  }
  const notice = instrument?.termination?.notice;
  if (instrument && notice) {
    // `termination after initial period`: no notice can be given before that period ends, so the
    // earliest notice is given when it ends, not today (NL–Bangladesh 1977 Art. VI(b)).
    const from = noticeFrom(instrument.termination?.afterInitial !== undefined, term, effective?.date, today);
    const end = from && addQuantity(from.day, notice);
    const earliest = instrument.termination?.noticeMinimum ? ' at the earliest' : '';
    if (from && end) result.push({ anchor: notice.range, owner: instrument.range, label: `notice given ${from.label} takes effect${earliest} ${formatDate(end)}`, tooltip: `A notice given ${from.label === 'today' ? `today (${formatDate(today)})` : from.label} takes effect after ${earliest ? 'at least ' : ''}${notice.amount} ${notice.unit.text}, on ${formatDate(end)}${earliest}.` });
  }
  const effect = instrument?.effect;
  if (instrument && effect && !effective) {
    const hypothetical = ifToday(model, effect, today);
    if (hypothetical) {
      result.push({
        anchor: effect.range,
        owner: instrument.range,
        label: `in force ${formatDate(hypothetical)} if ${eventWords(effect)} is today`,
        tooltip: `If ${eventWords(effect)} took place today (${formatDate(today)}), the formula of this clause would bring the instrument into force on ${formatDate(hypothetical)}.`,
      });
    }
  }
  for (const later of instrument?.subsequentEffects ?? []) {
    const fixed = timingDate(model.ast, later, add);
    const own = fixed ? undefined : ifToday(model, later, today);
    // `… or on entry-into-force whichever is later`: not before the instrument's own entry into force.
    const hypothetical = own && later.laterOf && effective && compareDates(effective.date, own) > 0 ? effective.date : own;
    if (instrument && hypothetical) {
      // The statement speaks of the States that perform the act it counts from (r102, defect 1): "ratifies", not "consents".
      const act = laterActs[later.event?.value ?? ''];
      result.push({
        anchor: later.range,
        owner: instrument.range,
        label: `in force for it ${formatDate(hypothetical)} if a State ${act ?? 'consents'} today`,
        tooltip: `For a State that ${act ?? 'expresses its consent'} today (${formatDate(today)}), the treaty would enter into force on ${formatDate(hypothetical)}.`,
      });
    }
  }
  const provisional = instrument?.provisionalApplication;
  if (instrument && provisional) {
    const from = timingDate(model.ast, provisional, add);
    // `permitted`: the text only allows it, so the date is when it may begin (ninety-seventh run, defect 3).
    const may = provisional.modality?.value === 'permitted';
    if (from) result.push({ anchor: provisional.range, owner: instrument.range, label: `${may ? 'may be applied' : 'applied'} provisionally from ${formatDate(from.day)}`, tooltip: `Provisional application ${may ? 'may begin, as the text permits,' : 'begins'} on ${formatDate(from.day)}: ${from.how}. It ends on entry into force${provisional.endsOnNotice ? ', or earlier on notice' : ''}.` });
  }
  for (const exercise of model.ast.exercises) {
    const interval = exercise.cadence?.interval;
    const first = fromDateValue(exercise.first) ?? (effective && interval ? addQuantity(effective.date, interval) : undefined);
    if (!first) continue;
    const next = interval ? nextOccurrence(first, interval, today) : compareDates(first, today) >= 0 ? first : undefined;
    const fromEffect = !exercise.first;
    const label = `first ${formatDate(first)}${next && compareDates(next, first) !== 0 ? ` · next ${formatDate(next)}` : ''}`;
    const anchor = exercise.cadence?.range ?? exercise.first?.range ?? exercise.id?.range ?? exercise.range;
    const why = fromEffect ? `the first exercise falls one cadence after the date of effect (${formatDate(effective!.date)})` : 'the first exercise is on its `first` date';
    result.push({ anchor, owner: exercise.range, label, tooltip: `${why}; ${next ? `the next on or after today is ${formatDate(next)}` : 'none is scheduled on or after today'}.` });
  }
  for (const body of model.ast.bodies) {
    const cadence: Cadence | undefined = body.meets;
    if (!cadence?.interval || !effective) continue;
    const next = nextOccurrence(effective.date, cadence.interval, today);
    if (next) result.push({ anchor: cadence.range, owner: body.range, label: `next meeting ${formatDate(next)}`, tooltip: `Counting meetings from the date of effect (${formatDate(effective.date)}) at the stated cadence, the next on or after today is ${formatDate(next)}.` });
  }
  return result;
}

/** The one means of consent a `subsequently` statement counts from, as the hint says it. */
const laterActs: Readonly<Record<string, string>> = { signature: 'signs', ratification: 'ratifies', acceptance: 'accepts', approval: 'approves', accession: 'accedes' };
