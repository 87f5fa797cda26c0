/**
 * A whole calendar date as a treaty's own words write it, the one home for reading one (the final
 * formula's date, model/signed-words.ts): the day in figures or as an ordinal in words, the month
 * by name, the year in figures or in words.
 *  - "15 March 2006", "25th day of April 2008", "the 1st June, 1988", "March 15, 2006", "July 16th, 1993";
 *  - "this eleventh day of September 1970" (NL–Kenya 1970; hundred-and-fourth run, defect 1), "this
 *    Seventh Day of July, 1968", "this sixth day of June A.D. 1972";
 *  - "this fourth day of October, one thousand ninehundred and ninety-one", "this twenty-first day of
 *    September nineteen hundred and seventy three", "on this twenty-eighth day of April in the year
 *    one thousand nine hundred and seventy", "this twenty-ninth day of January, two thousand".
 * A day in words must be followed by "day of" or "of" and a month, so that "the eleventh day after
 * the date of deposit" is no date; a day the month does not have ("thirty-first day of April") is none.
 */
import { monthNames } from './month-names';
import { cardinalInWords, cardinalValue, ordinalInWords, ordinalValue } from './number-words';

/** A calendar day, as model/timing.ts counts it (month 1–12). */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const month = `(${monthNames.join('|')})`;
/** "1970", "A.D. 1972", "in the year one thousand nine hundred and seventy": what may stand between the month and the year, and the year. */
const year = `,?\\s+(?:in\\s+the\\s+year\\s+(?:of\\s+our\\s+Lord\\s+)?)?(?:A\\.\\s?D\\.?\\s*)?(\\d{4}|${cardinalInWords})(?![A-Za-z0-9])`;
const dayFirst = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?|(${ordinalInWords})\\s+(?:day\\s+of\\s+|of\\s+))${month}${year}`, 'i');
const monthFirst = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?${year}`, 'i');

/**
 * The earliest date in `text`, with where it starts: undefined if it has none, or if the earliest
 * is no real day ("31 April 2008"), which a later one does not replace: a reader that needs a date
 * to be sure of (a signed text's) takes no second guess.
 */
export function firstDateInWords(text: string): { readonly index: number; readonly date: CalendarDay } | undefined {
  const d = dayFirst.exec(text);
  const m = monthFirst.exec(text);
  if (d && (!m || d.index <= m.index)) {
    const date = calendarDay(d[4], d[3], d[1] !== undefined ? +d[1] : ordinalValue(d[2]));
    return date && { index: d.index, date };
  }
  if (!m) return undefined;
  const date = calendarDay(m[3], m[1], +m[2]);
  return date && { index: m.index, date };
}

/** The day, if the words name a real one: a year in figures or in words from 1000 to 2999. */
function calendarDay(yearWords: string, monthName: string, day: number | undefined): CalendarDay | undefined {
  const y = /^\d{4}$/.test(yearWords) ? +yearWords : cardinalValue(yearWords);
  const index = monthNames.findIndex((m) => m.toLowerCase() === monthName.toLowerCase());
  if (y === undefined || y < 1000 || y > 2999 || index < 0 || day === undefined) return undefined;
  return day >= 1 && day <= new Date(Date.UTC(y, index + 1, 0)).getUTCDate() ? { year: y, month: index + 1, day } : undefined;
}
