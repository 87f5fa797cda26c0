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

/** The date of the event a timing counts from, when the document dates it. */
export function eventDate(document: EntenteDocument, timing: Timing): { day: Day; what: string } | undefined {
  const event = timing.event?.value;
  if (event === 'signature') {
    const signature = document.instrument?.signature;
    const dates = [signature?.date, ...(signature?.more.map((m) => m.date) ?? [])].map(dayOf).filter((d): d is Day => d !== undefined);
    if (dates.length === 0) return undefined;
    return { day: dates.reduce(later), what: dates.length > 1 ? 'the date of the last signature' : 'the signature date' };
  }
  if (event === 'reply') {
    const replies = document.notes.filter((n) => n.answers).map((n) => dayOf(n.date)).filter((d): d is Day => d !== undefined);
    if (replies.length === 0) return undefined;
    return { day: replies.reduce(later), what: 'the date of the reply' };
  }
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
