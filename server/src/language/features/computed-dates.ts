/**
 * Dates the instrument implies, for inlay hints and code lenses: when it takes effect and when
 * its term ends, when a notice given today would take effect, when the first and next exercise
 * fall, and when a governance body next meets.
 */
import type { Cadence, Quantity } from '../ast/nodes';
import type { Range } from '../ast/positions';
import type { SemanticModel } from '../model/semantic-model';
import { addQuantity, compareDates, formatDate, fromDateValue, type CalendarDate } from './calendar';

export interface ComputedDate {
  /** Where the hint goes (its end) and what the lens sits on. */
  readonly anchor: Range;
  /** The construct the lens belongs to. */
  readonly owner: Range;
  readonly label: string;
  readonly tooltip: string;
}

/** The day the instrument takes effect, when the header fixes it. */
export function effectiveDate(model: SemanticModel): { date: CalendarDate; how: string } | undefined {
  const instrument = model.ast.instrument;
  const effect = instrument?.effect;
  if (!effect) return undefined;
  const onDate = fromDateValue(effect.date);
  if (onDate) return { date: onDate, how: 'the date of effect' };
  const signed = fromDateValue(instrument.signature?.date);
  if (effect.event?.text === 'signature' && signed) {
    const date = effect.delay ? addQuantity(signed, effect.delay) : signed;
    return date ? { date, how: effect.delay ? 'the signature date plus the delay' : 'the signature date' } : undefined;
  }
  return undefined;
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
    const end = addQuantity(today, notice);
    if (end) result.push({ anchor: notice.range, owner: instrument.range, label: `notice given today takes effect ${formatDate(end)}`, tooltip: `A notice given today (${formatDate(today)}) takes effect after ${notice.amount} ${notice.unit.text}, on ${formatDate(end)}.` });
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
