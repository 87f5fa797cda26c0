/**
 * What a text's own words say of its signature, for a transcription whose header gives no date
 * (model/conclusion.ts reads it): its final formula with a complete date ("DONE at St. Peter Port
 * in duplicate this 25th day of April 2008", "Signed in duplicate at Prague on 14 October 2015"),
 * and a signature block that prints the names of the persons who signed ("For the Kingdom of the
 * Netherlands J.C. DE JAGER"), as the treaty series prints a signed text.
 *
 * Both are read strictly, because a draft must never pass for a signed text: the formula must open
 * a sentence or a line (a preamble's "the Agreement signed at Jakarta on 3 April 1964" cites another
 * treaty and is no formula), its date must be whole (a draft's "this … day of … 2008" or "on ____"
 * is not), and a signature line must end in a name in capitals, not in a blank or "[name]".
 */
import type { Day } from './timing';
import { monthNames } from '../util/month-names';
import { matchesOf } from '../util/all-matches';

const month = `(${monthNames.join('|')})`;
/** "25th day of April 2008", "15 March 2006", "March 15, 2006" (case-insensitive). */
const dayMonthYear = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?${month},?\\s+(\\d{4})\\b`, 'i');
const monthDayYear = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
/**
 * "Done …" or "Signed …" opening the body or a sentence (a capital, so "; signed at" in a citation is
 * not one), and the words that follow it up to the date; a blank before the date makes it a draft's.
 */
const formula = /(?:^\s*|[.;:]\s+)(?:Done|DONE|Signed|SIGNED)\b(?=([^]{0,160}))/g;
const blank = /_{2,}|…|\.{3}|\[/;

/** The date of the text's own final formula, when it gives a whole one. */
export function finalFormulaDay(body: string): Day | undefined {
  for (const match of matchesOf(body, formula)) {
    const words = match[1];
    const dmy = dayMonthYear.exec(words);
    const mdy = monthDayYear.exec(words);
    const first = dmy && (!mdy || dmy.index <= mdy.index) ? dmy : mdy;
    if (!first || blank.test(words.slice(0, first.index))) continue;
    const day = first === dmy ? calendarDay(+first[3], first[2], +first[1]) : calendarDay(+first[3], first[1], +first[2]);
    if (day) return day;
  }
  return undefined;
}

/** A personal name as the series prints a signatory: "J.C. DE JAGER", "MICHAEL WILLIAM TORODE", "ATZO NICOLAÏ". */
const capitalWord = "[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}";
const signatoryName = `(?:(?:[A-Z]\\.\\s?)+(?:[A-ZÀ-Þ]{2,}\\s)*${capitalWord}|${capitalWord}(?:\\s+${capitalWord})+)`;
const signatureLine = new RegExp(`^\\s*For\\s+(?:the\\s+)?\\S.*\\s${signatoryName}\\s*$`);

/** Whether the body is a signature block whose every line names the person who signed. */
export function namesSignatories(body: string): boolean {
  const lines = body.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every((line) => signatureLine.test(line));
}

function calendarDay(year: number, monthName: string, day: number): Day | undefined {
  const name = monthName.toLowerCase();
  const index = monthNames.findIndex((m) => m.toLowerCase() === name);
  const valid = index >= 0 && day >= 1 && day <= new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
  return valid ? { year, month: index + 1, day } : undefined;
}
