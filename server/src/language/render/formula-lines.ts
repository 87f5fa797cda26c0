/**
 * The lines a transcription writes after a final formula, each printed as its own paragraph (a
 * block in every export: a paragraph in Markdown, HTML and Word, a `p` of the Akoma Ntoso
 * conclusions). The signed text prints the signature blocks apart from the formula and from each
 * other; the transcription writes them on lines of their own, not set apart by a blank line:
 *
 *     DONE at Lusaka, this 12 September 1979 in duplicate in the English language.
 *     For the Government of the Kingdom of the Netherlands (sd.) J. DE KONING
 *     For the Government of the Republic of Zambia (sd.) J. LUMINA
 *
 * (NL–Zambia technical cooperation 1979, read: BWBV0003785; NL–Oman 1987, BWBV0002678: the export
 * ran both blocks into the formula, "… in the English language. For the Government of the Kingdom
 * of the Netherlands (sd.) J. DE KONING For the Government …": ninety-third run, defect 3).
 *
 * The formula ends with the sentence that dates it ("DONE at …", "SIGNED at …", "GEDAAN te …",
 * "FAIT à …"), or, where the clause has none, with the testimonium recital's sentence ("IN WITNESS
 * WHEREOF … have signed this Agreement."): until then a line break is a space, as in every clause
 * (a formula wrapped over two lines is one sentence). After it a line that opens a signatory's
 * block ("For the …", "On behalf of …", "Voor …", "Namens …", "Pour …", or a signature's mark, "(sd.)
 * J. P. PRONK For the Government of …", NL–Ethiopia 1993, read: BWBV0001078, hundred-and-fourteenth
 * run, defect 1: printed-signatures.ts) is a paragraph of its own; every other line continues the one before, as before: the series wraps
 * names and sentences over lines ("For the European Union L." / "AMADO For the United States …",
 * EU–US PNR 2007; "… to each member" / "State of the Council of Europe …", CoE insider trading 1989),
 * and a block written over two lines ("For the Government of the Kingdom of the Netherlands" /
 * "(sd.) W. F. VAN EEKELEN", NL–CTA 1984) is one block. No word is changed, added or dropped: only
 * where a paragraph ends.
 */

import { opensSignatoryLine, signatureMark, signedMark } from './printed-signatures';

/** A sentence end at the end of a line, closing quotes and brackets allowed after it. */
const sentenceEnd = /[.!]["”’)\]]*$/u;

/** The formula's sentences that date it, in the languages the transcriptions hold (testimonium.ts, `doneAt` and `formulaStart`). */
const datingWords = String.raw`(?:(?:DONE|Done|SIGNED|Signed|PREPARED|Prepared)\s+(?:at|in|on|this|AT|IN|ON|THIS)|(?:GEDAAN|Gedaan)\s+(?:te|in)|(?:FAIT|Fait)\s+(?:à|a)|(?:GESCHEHEN|Geschehen)\s+zu|(?:HECHO|Hecho)\s+en)\b`;
const dating = new RegExp(datingWords, 'u');

/**
 * A block of the formula clause (the text between blank lines) as its paragraphs: the formula's
 * lines joined, each line after it on its own. `recital` is the testimonium's opening words
 * (testimonium.ts, `recitalOfAuthority`).
 */
export function formulaBlockLines(block: string, recital: RegExp): string[] {
  const lines = block.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  // Which sentence closes the formula: the dating one where the block has one, else the recital's.
  const closing = dating.test(block) ? dating : recital;
  const paragraphs: string[] = [];
  let current = '';
  let ended = false;
  for (const line of lines) {
    if (ended && current !== '' && opensSignatoryLine(line) && !signsBlock(line, current)) {
      paragraphs.push(current);
      current = line;
      continue;
    }
    current = current === '' ? line : `${current} ${line}`;
    // The formula's paragraph stays open: a line after it that opens no signatory's block is still its.
    if (!ended && sentenceEnd.test(line) && closing.test(current)) ended = true;
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/**
 * Whether a line opening with a signature's mark ("(sd.) W. F. VAN EEKELEN") is the signature of the
 * block before it, a signatory's line that holds none yet ("For the Government of the Kingdom of the
 * Netherlands", NL–CTA 1984): one block written over two lines. After the formula, or after a block
 * already signed ("(sd.) J. P. PRONK For the Government of the Kingdom of the Netherlands", then "(sd.)
 * A. HUSSEIN For the Government of Ethiopia …", NL–Ethiopia 1993), it opens a block of its own.
 */
function signsBlock(line: string, current: string): boolean {
  return signatureMark.test(line) && opensSignatoryLine(current) && !signedMark.test(current);
}
