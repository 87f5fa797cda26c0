/**
 * Whether a clause's printed words hold the text's signatures — the signatories' names, as the
 * signed text prints them under its formula or in a clause of its own — read from the words, not
 * from the transcriber's tags: a concluded text's export must never say that signature blocks
 * are "not transcribed" when they are printed (the treaty lawyer's check of December 2026, point
 * 1: Argentina–NL 2014 holds them in its Art. 9, "Den Haag 4 juni 2014 De bevoegde autoriteit van
 * Nederland T. Poolen …"; NL–UK 2008 in a clause "Signatures", "SIGNED, On behalf of: … PIM
 * WALDECK …").
 *
 * A signature is a person's name — initials and a surname ("T. Poolen", "J.C. DE JAGER", "S.
 * LINIĆ") or a name in capitals ("PIM WALDECK", "MICHAEL WILLIAM TORODE") — where only a
 * signature stands: after the text's final formula, or under a signatory's line ("For the Kingdom
 * of the Netherlands", "On behalf of: …", "Voor het Koninkrijk …") that opens a paragraph. A name
 * in an operative sentence ("the Minister of Finance") is none of these, and no initials are read
 * into "D.C., this 5th day" or "U.S. Government" by themselves.
 */
import { opensFormulaInCapitals, signatoryLine } from '../constructs/final-formula-line';
import { matchesOf } from '../util/all-matches';

/** Initials and a surname, or two to four words in capitals: how the signed texts print a signatory's name. */
const personalName = /(?:^|[\s:,;(])(?:(?:\p{Lu}\.\s?){1,3}\s?(?!(?:On|This|The|In|At|Of|For|And|Date|Datum)\b)\p{Lu}[\p{L}’'-]+|\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3}(?=$|[\s,.;:)]))/u;


/** The words in capitals of an operative text's opening ("HAVE AGREED AS FOLLOWS"), which are no one's name; a final formula's are read by `opensFormulaInCapitals`. */
const operativeWords = /^(?:HAVE AGREED|AS FOLLOWS)/u;

/** How far after a signatory's line its name may stand: the office and authority between them (NL–UK 2008: 80 characters). */
const nameWithin = 400;

/**
 * Whether the clause's text prints signatures: a name after its final formula (`formulaAt`, the
 * index where the formula starts, when the clause holds one), or after a signatory's line.
 */
export function holdsSignatures(text: string, formulaAt: number | undefined): boolean {
  if (formulaAt !== undefined && namesAPerson(text.slice(formulaAt))) return true;
  const line = signatoryLine.exec(text);
  return line !== null && namesAPerson(text.slice(line.index, line.index + line[0].length + nameWithin));
}

/**
 * Whether a paragraph of a final formula opens as a signatory's line ("For the Government of the
 * Republic of Zambia (sd.) J. LUMINA"): the Akoma Ntoso export marks it a `signature`, as it marks
 * the blocks it generates (ninety-third run, defect 3).
 */
export function opensSignatoryLine(paragraph: string): boolean {
  const line = signatoryLine.exec(paragraph);
  return (line !== null && line.index === 0) || signatureMark.test(paragraph);
}

/**
 * The mark the treaty series prints before a signatory's name, for the signature itself: "(sd.) J.
 * P. PRONK For the Government of the Kingdom of the Netherlands" (NL–Ethiopia 1993, read:
 * BWBV0001078), "(s.) J. G. A. STIPHOUT", "(signed)"; Dutch "(get.)", "(w.g.)". A line that opens
 * with one opens a signatory's block as "For the …" does (hundred-and-fourteenth run, defect 1).
 */
export const signatureMark = /^\((?:sd\.?|sgd\.?|s\.|signed|get\.|w\.\s?g\.?)\)\s/iu;

/** Such a mark anywhere in a paragraph: a block that holds its signature. */
export const signedMark = new RegExp(String.raw`(?:^|\s)${signatureMark.source.slice(1)}`, 'iu');

function namesAPerson(text: string): boolean {
  const pattern = new RegExp(personalName.source, 'gu');
  for (const found of matchesOf(text, pattern)) {
    // Read from where the capitals start, with the words after them: "IN WITNESS whereof" is a
    // recital though only "IN WITNESS" is in capitals.
    const start = found.index + (/^[\s:,;(]/u.test(found[0]) ? 1 : 0);
    const words = text.slice(start);
    if (!opensFormulaInCapitals(words) && !operativeWords.test(words)) return true;
  }
  return false;
}
