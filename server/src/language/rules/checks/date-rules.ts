/**
 * Dates: impossible calendar dates, an instrument that takes effect before it is signed, and a
 * first exercise that falls outside the instrument's term (an annex's term is its parent's).
 */
import type { DateValue, EntenteDocument, Instrument, Quantity } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { conclusionOf, concludedText } from '../../model/conclusion';
import { statesStartOn } from '../../model/retroactive-entry-into-force';
import { instrumentSelfName } from '../../library/document-values';
import { timingDate, type Day } from '../../model/timing';
import { defineRule } from '../rule';
import { monthNames } from '../../util/month-names';


function allDates(ast: EntenteDocument): DateValue[] {
  const dates: (DateValue | undefined)[] = [];
  for (const instrument of ast.instruments) {
    for (const item of instrument.items) {
      if (item.type === 'Signature' || item.type === 'Effect' || item.type === 'SubsequentEffect' || item.type === 'EnteredIntoForce') dates.push(item.date);
      if (item.type === 'Signature') for (const more of item.more) dates.push(more.date);
      if (item.type === 'ProvisionalApplication') dates.push(item.date, item.untilDate);
      if (item.type === 'OpenedForSignature') dates.push(item.date, item.until);
    }
  }
  for (const exercise of ast.exercises) dates.push(exercise.first);
  for (const note of ast.notes) dates.push(note.date);
  return dates.filter((d): d is DateValue => d !== undefined);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const invalidDate = defineRule({
  code: 'invalid-date',
  family: 'date',
  defaultSeverity: 'error',
  message: 'Write a date that exists, as YYYY-MM-DD.',
  rationale: 'An impossible date (30 February, month 13) makes the signature, the coming into effect or an exercise undatable, and every computed deadline after it with them.',
  source: 'ISO 8601 calendar dates',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'memorandum "MoU" {\n  signed at "Tallinn" on 2027-02-30\n}\n',
    fix: 'memorandum "MoU" {\n  signed at "Tallinn" on 2027-02-28\n}\n',
  },
  check({ model, report }) {
    for (const date of allDates(model.ast)) {
      if (date.valid) continue;
      const why =
        date.month < 1 || date.month > 12
          ? `there is no month ${date.month}`
          : `${monthNames[date.month - 1]} ${date.year} has ${daysInMonth(date.year, date.month)} days`;
      report({ range: date.range, message: `${date.text} is not a date: ${why}. Correct it.` });
    }
  },
});

export const effectBeforeSignature = defineRule({
  code: 'effect-before-signature',
  family: 'date',
  defaultSeverity: 'warning',
  message: 'Move the date of effect to or after the date of signature (for an exchange of notes, of the reply).',
  rationale:
    'An instrument cannot come into effect before it exists; a date of effect earlier than the signature is usually a typo in one of the two dates. A treaty enters into force "in such manner and upon such date as it may provide" (VCLT Art. 24(1)) and does not reach back before that date "unless a different intention appears from the treaty" (Art. 28): where effect really is retroactive, say so in a clause and suppress this check with the reason. A clause that states the earlier day as the start of the text\'s operation or as its date of entry into force ("This understanding will remain in operation from 1 January 1986"; "This Agreement shall enter into force on 1 January 1991", treaty lawyer lr22, D2) makes it the text\'s own, and there is no finding — with this instrument, in any case, as the subject and no negation governing the verb (not "The Protocol of 1985 shall apply as from …", "Nothing in this Agreement shall take effect from …"; treaty lawyer lr23, D4), in its ordinary forms ("shall be deemed to have entered into force on …", "The Agreement", "This Agreement and its Annex", the exchange-of-notes "… shall constitute an Agreement between our two Governments which shall enter into force on …"; lr24, D1, D2); so does one that ties it to the treaty\'s application ("It shall apply with retrospective effect from 1 January 1986"): the reach back is deliberate. `invalid-entry-into-force-record` reads only the words that give the day to the entry into force or the start of the text\'s operation: applying a treaty to an earlier period does not move its entry into force (Art. 28; lr22, D11). The instrument exists from its date of conclusion (`model/conclusion.ts`): the last signature when the signatories sign on different days, and for a treaty constituted by an exchange of notes the reply, which expresses the consent of both (VCLT Art. 13).',
  source: 'VCLT Arts. 13, 24(1), 28 (read: Dutch treaty series BWBV0003441); own consistency check',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  signed at "Tallinn" on 2027-03-01\n  effect on 2027-02-01\n}\n',
    fix: 'memorandum "MoU" {\n  signed at "Tallinn" on 2027-03-01\n  effect on 2027-04-01\n}\n',
  },
  check({ model, report }) {
    const effect = model.ast.instrument?.effect?.date;
    const concluded = conclusionOf(model.ast);
    const signed = concluded?.date;
    if (signed?.time === undefined || effect?.time === undefined || effect.time >= signed.time) return;
    // The text itself gives the earlier date as the start of its operation: the reach back is
    // deliberate (VCLT Art. 28, "a different intention"), not a typo in one of the dates.
    // The same words, less those that tie the day to application, make invalid-entry-into-force-record
    // take the earlier day as the text's (lr21, defect 9; lr22, D11).
    const instrument = model.ast.instrument!;
    const selfName = instrument.kind.value && instrumentSelfName(instrument.kind.value, instrument.title?.value);
    if (statesStartOn(model.prose().map(({ text }) => text.value), effect, false, selfName)) return;
    const event = concluded!.event;
    report({
      range: effect.range,
      // A signed text's dates are the source's: ask to check them, not to move one (lr21, defect 9).
      message: concludedText(model.ast)
        ? `Effect on ${effect.text} is before ${event} on ${signed.text}: check both dates against the source and correct the one that is a slip; if the text gives that earlier day in its own words, transcribe the clause that does.`
        : `Effect on ${effect.text} is before ${event} on ${signed.text}: move one of the dates.`,
      related: [{ uri: model.uri, range: signed.range, message: event === 'the reply' ? `Reply dated ${signed.text}` : concluded!.verb === 'adopted' ? `Adopted on ${signed.text}` : `Signed on ${signed.text}` }],
    });
  },
});

/** Add a quantity to a date on the calendar (months and years by calendar, not by 30/365 days). */
export function addQuantity(time: number, quantity: Quantity): number | undefined {
  const unit = quantity.unit.value;
  if (!unit || !Number.isFinite(quantity.amount)) return undefined;
  const date = new Date(time);
  if (unit === 'year' || unit === 'month') {
    const months = quantity.amount * (unit === 'year' ? 12 : 1);
    if (!Number.isInteger(months)) return time + (quantity.hours ?? 0) * 3_600_000;
    date.setUTCMonth(date.getUTCMonth() + months);
    return date.getTime();
  }
  return time + (quantity.hours ?? 0) * 3_600_000;
}

/**
 * The header whose dates and term govern this document: its own, or, for an annex that states
 * no signature, effect or duration of its own, its parent's (an annex runs with its parent).
 */
function termHeader(model: SemanticModel): { header: Instrument; uri: string } | undefined {
  const own = model.ast.instrument;
  if (own && (own.kind.value !== 'annex' || own.signature || own.effect || own.duration)) return { header: own, uri: model.uri };
  const parent = model.parentFile?.model?.instrument;
  if (own && parent && model.parentFile?.uri) return { header: parent, uri: model.parentFile.uri };
  return own ? { header: own, uri: model.uri } : undefined;
}

/**
 * When the instrument starts, if the text fixes it: `effect on <date>`, `effect on signature`,
 * or `<n> after signature` with a signature date. Ratification and notification dates are not
 * known in advance, so the term cannot be placed on the calendar then. `uri` is the file that
 * states it (an annex's parent).
 */
export function startOfTerm(model: SemanticModel): { time: number; label: string; range: DateValue['range']; uri: string } | undefined {
  const governing = termHeader(model);
  const effect = governing?.header.effect;
  const signed = governing?.header.signature?.date;
  if (!governing) return undefined;
  const uri = governing.uri;
  if (effect?.date?.time !== undefined) return { time: effect.date.time, label: `effect on ${effect.date.text}`, range: effect.date.range, uri };
  if (!effect) return undefined;
  if (effect.event?.value === 'signature' && signed?.time !== undefined && !effect.firstDay && (governing.header.signature?.more.length ?? 0) === 0) {
    if (!effect.delay) return { time: signed.time, label: `signature on ${signed.text}`, range: signed.range, uri };
    const time = addQuantity(signed.time, effect.delay);
    return time === undefined ? undefined : { time, label: `${effect.delay.amount} ${effect.delay.unit.text} after signature on ${signed.text}`, range: effect.range, uri };
  }
  // A period after the (last) signature or the reply, rounded to a month's first day where the text says so.
  const document = governing.uri === model.uri ? model.ast : model.parentFile?.model;
  const found = document ? timingDate(document, effect, addDays) : undefined;
  if (!found) return undefined;
  const time = Date.UTC(found.day.year, found.day.month - 1, found.day.day);
  return { time, label: `${isoDate(time)} (${found.how})`, range: effect.range, uri };
}

/** Calendar arithmetic for model/timing.ts, through the time-based `addQuantity` above. */
function addDays(day: Day, period: Quantity): Day | undefined {
  const time = addQuantity(Date.UTC(day.year, day.month - 1, day.day), period);
  if (time === undefined) return undefined;
  const d = new Date(time);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export const exerciseOutsideTerm = defineRule({
  code: 'exercise-outside-term',
  family: 'date',
  defaultSeverity: 'warning',
  message: 'Move the first exercise into the term of the instrument.',
  rationale:
    'An exercise planned before the instrument takes effect, or after its fixed term ends, has no basis in it; usually the exercise date or the duration is wrong. An annex that states no dates of its own runs within its parent’s term.',
  source: 'Entente consistency check (dates)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger:
      'memorandum "MoU" {\n  signed at "Tallinn" on 2027-03-01\n  effect on signature\n  duration 1 year\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\nexercise Shield annually led by EE with FI {\n  first 2028-09-15\n}\n',
    fix: 'memorandum "MoU" {\n  signed at "Tallinn" on 2027-03-01\n  effect on signature\n  duration 1 year\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\nexercise Shield annually led by EE with FI {\n  first 2027-09-15\n}\n',
  },
  check({ model, report }) {
    const start = startOfTerm(model);
    if (!start) return;
    const duration = termHeader(model)?.header.duration;
    const end = duration?.term ? addQuantity(start.time, duration.term) : undefined;
    for (const exercise of model.ast.exercises) {
      const first = exercise.first;
      if (first?.time === undefined) continue;
      if (first.time < start.time) {
        report({
          range: first.range,
          message: `The first exercise on ${first.text} falls before the instrument takes effect (${start.label}): move it later.`,
          related: [{ uri: start.uri, range: start.range, message: `Takes effect: ${start.label}` }],
        });
      } else if (end !== undefined && duration?.term && first.time >= end) {
        report({
          range: first.range,
          message: `The first exercise on ${first.text} falls after the ${duration.renewable ? 'initial ' : ''}term ends on ${isoDate(end)} (${duration.term.amount} ${duration.term.unit.text} from ${start.label})${duration.renewable ? ', so it takes place only if the instrument is renewed' : ''}: move it into the term or lengthen the duration.`,
          related: [
            { uri: start.uri, range: duration.range, message: `Duration ${duration.term.amount} ${duration.term.unit.text}` },
            { uri: start.uri, range: start.range, message: `Takes effect: ${start.label}` },
          ],
        });
      }
    }
  },
});

export const dateRules = [invalidDate, effectBeforeSignature, exerciseOutsideTerm];
