/**
 * The date a final-clause timing gives once its event's date is known, by the formula the text
 * states: a period after the event ("thirty days after"), then, where the text says so, the first
 * day of a later month ("on the first day of the month following the expiration of a period of
 * three months after …", "on the first day of the second month after …"). The event's date is
 * known only for what the document dates: a signature (the last one, when several signed on
 * different days) and the reply of an exchange of notes. Ratifications and notifications are not
 * known in advance.
 *
 * Calendar arithmetic is passed in (`add`), so editor features and date checks use their own.
 */
import type { DateValue, EntenteDocument, Quantity, Timing } from '../ast/nodes';

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type AddPeriod = (day: Day, period: Quantity) => Day | undefined;

const dayOf = (date: DateValue | undefined): Day | undefined => (date?.valid ? { year: date.year, month: date.month, day: date.day } : undefined);

function later(a: Day, b: Day): Day {
  return (a.year - b.year || a.month - b.month || a.day - b.day) >= 0 ? a : b;
}

/** The first day of the month `months` after the month of `day`: 1 is "the month following". */
export function firstDayOfMonthAfter(day: Day, months: number): Day {
  const index = day.year * 12 + (day.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}

/** Apply a timing to the date of its event: the period, then the first-day rounding. */
export function resolveTiming(timing: Timing, event: Day, add: AddPeriod): Day | undefined {
  const afterPeriod = timing.delay ? add(event, timing.delay) : event;
  if (!afterPeriod) return undefined;
  if (!timing.firstDay) return afterPeriod;
  return timing.firstDay.months === undefined ? undefined : firstDayOfMonthAfter(afterPeriod, timing.firstDay.months);
}

/** A dated event of the document: its day, what it is in words, and the date as written (for ranges). */
export interface DatedEvent {
  readonly day: Day;
  readonly what: string;
  /** The event itself, in words: "the reply", "the last signature", "the signature". */
  readonly event: string;
  /** The verb for it, for "…ed on <date>": "signed", or "adopted" for a text done before it was opened for signature. */
  readonly verb: 'signed' | 'adopted';
  readonly date: DateValue;
}

/** The latest of several dates as written, with its day. */
function latest(dates: readonly (DateValue | undefined)[]): { day: Day; date: DateValue; count: number } | undefined {
  const dated = dates.map((date) => ({ date, day: dayOf(date) })).filter((d): d is { date: DateValue; day: Day } => d.day !== undefined);
  if (dated.length === 0) return undefined;
  const last = dated.reduce((a, b) => (later(a.day, b.day) === a.day ? a : b));
  return { ...last, count: dated.length };
}

/**
 * The last of the signature dates the header gives (several signatures on different days: the last).
 *
 * A text `done` on one day and `opened for signature` on a later one was adopted on the first: its
 * final formula ("DONE AT LONDON, this seventh day of November, one thousand nine hundred and
 * ninety-six") dates the adoption and authentication of the text (VCLT Arts. 9, 10), and no State
 * could sign it before the opening ("This Protocol shall be open for signature … from 1 April 1997
 * to 31 March 1998", London Protocol 1996, Art. 24(1); read: BWBV0003139; treaty lawyer lr10,
 * defect 5). The date is then named as the date of adoption, never as a signature date. Done and
 * opened on the same day, or with no opening line, the date stays the signature's.
 */
export function lastSignature(document: EntenteDocument): DatedEvent | undefined {
  const signature = document.instrument?.signature;
  const last = latest([signature?.date, ...(signature?.more.map((m) => m.date) ?? [])]);
  if (!last) return undefined;
  if (adoptedBeforeOpening(document, last.day)) return { day: last.day, date: last.date, what: 'the date of adoption', event: 'the adoption', verb: 'adopted' };
  const several = last.count > 1;
  return { day: last.day, date: last.date, what: several ? 'the date of the last signature' : 'the signature date', event: several ? 'the last signature' : 'the signature', verb: 'signed' };
}

/** Whether the header's one `done … on` date comes before the day it opens the text for signature. */
function adoptedBeforeOpening(document: EntenteDocument, day: Day): boolean {
  const signature = document.instrument?.signature;
  const opened = dayOf(document.instrument?.openedForSignature?.date);
  return signature?.keyword.value === 'done' && signature.more.length === 0 && opened !== undefined && (opened.year - day.year || opened.month - day.month || opened.day - day.day) > 0;
}

/** The date of the reply of an exchange of notes: the (last) note that is `answering` another. */
export function replyDate(document: EntenteDocument): DatedEvent | undefined {
  const last = latest(document.notes.filter((n) => n.answers).map((n) => n.date));
  return last && { day: last.day, date: last.date, what: 'the date of the reply', event: 'the reply', verb: 'signed' };
}

/** The date of the event a timing counts from, when the document dates it. */
export function eventDate(document: EntenteDocument, timing: Timing): DatedEvent | undefined {
  const event = timing.event?.value;
  if (event === 'signature') return lastSignature(document);
  if (event === 'reply') return replyDate(document);
  return undefined;
}

/** The date a timing fixes, if the document gives enough to compute it. */
export function timingDate(document: EntenteDocument, timing: Timing, add: AddPeriod): { day: Day; how: string } | undefined {
  const fixed = dayOf(timing.date);
  if (fixed) return { day: fixed, how: 'the date stated' };
  const event = eventDate(document, timing);
  if (!event) return undefined;
  const day = resolveTiming(timing, event.day, add);
  if (!day) return undefined;
  const parts = [timing.delay ? `plus ${timing.delay.amount} ${timing.delay.unit.text}` : '', timing.firstDay ? `then the first day of ${timing.firstDay.months === 1 ? 'the following month' : `the ${timing.firstDay.ordinal?.text ?? ''} month after`}` : ''].filter(Boolean);
  return { day, how: parts.length > 0 ? `${event.what} ${parts.join(', ')}` : event.what };
}
