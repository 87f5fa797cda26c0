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
import { firstDateInWords } from '../util/dates-in-words';
import { matchesOf } from '../util/all-matches';

/** How far after "Done" the date must begin ("DONE at the Hong Kong Special Administrative Region this twenty-sixth day …"). */
const dateWithin = 160;
/**
 * "Done …" or "Signed …" opening the body or a sentence (a capital, so "; signed at" in a citation is
 * not one), and the words that follow it, past the date; a blank before the date makes it a draft's.
 * The words run on well past where the date may begin, so that a year in words ("one thousand nine
 * hundred and seventy") is never read cut short ("one thousand nine hundred").
 */
const formula = /(?:^\s*|[.;:]\s+)(?:Done|DONE|Signed|SIGNED)\b(?=([^]{0,360}))/g;
const blank = /_{2,}|…|\.{3}|\[/;

/** The date of the text's own final formula, when it gives a whole one (in figures or in words: util/dates-in-words.ts). */
export function finalFormulaDay(body: string): Day | undefined {
  for (const match of matchesOf(body, formula)) {
    const words = match[1];
    const first = firstDateInWords(words);
    if (!first || first.index > dateWithin || blank.test(words.slice(0, first.index))) continue;
    return first.date;
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
