/**
 * Calendar arithmetic for computed dates. Months and years move the calendar, not a count of
 * days: 31 January plus one month is 28 (or 29) February, 29 February plus one year is 28
 * February: when the day does not exist in the last month, the period ends on that month's last day.
 */
import type { DateValue, Quantity } from '../ast/nodes';
import type { Today } from './types';

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function fromDateValue(date: DateValue | undefined): CalendarDate | undefined {
  return date && date.valid ? { year: date.year, month: date.month, day: date.day } : undefined;
}

/** `today` as given by the host: an ISO date, or a Date read in local time. */
export function fromToday(today: Today): CalendarDate | undefined {
  if (today instanceof Date) {
    return Number.isNaN(today.getTime()) ? undefined : { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(today));
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month) ? date : undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The date a period after `date`; undefined for an unknown unit or a fractional month. */
export function addQuantity(date: CalendarDate, quantity: Quantity, times = 1): CalendarDate | undefined {
  const amount = quantity.amount * times;
  if (!Number.isFinite(amount) || amount < 0 || amount > 100000) return undefined;
  switch (quantity.unit.value) {
    case 'hour':
      return addDays(date, Math.floor(amount / 24));
    case 'day':
      return Number.isInteger(amount) ? addDays(date, amount) : undefined;
    case 'week':
      return Number.isInteger(amount) ? addDays(date, amount * 7) : undefined;
    case 'month':
      return Number.isInteger(amount) ? addMonths(date, amount) : undefined;
    case 'year':
      return Number.isInteger(amount) ? addMonths(date, amount * 12) : undefined;
    default:
      return undefined;
  }
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function formatDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}
