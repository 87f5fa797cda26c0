/**
 * The words that open a final formula, for the paragraphs of a text as written (paragraph-split.ts),
 * for the export's testimonium (render/testimonium.ts), and for the signatures a clause prints
 * (render/printed-signatures.ts: formula words in capitals are no signatory's name).
 *
 * A final formula the transcription writes on a line of its own after a paragraph — "3. The
 * appropriate authorities … shall be: (a) … (b) … Dublin);" then "IN WITNESS WHEREOF the undersigned
 * … have signed this Protocol. DONE in duplicate at Dublin …" (NL–Ireland road goods 1983, its
 * Protocol, read: BWBV0002935, where the series sets it apart) — is no words of that paragraph: it
 * begins a paragraph of its own, in every export (ninety-first run, defect 4). Only at the start of a
 * line after one that ends a sentence or an element (".", ";", ":"), and only in the capitals the
 * formulas are written in: "in witness whereof" or "done at" inside a sentence, or at the start of a
 * line the sentence runs on to, stay where they are.
 */
/**
 * The recital of authority that opens a testimonium, in the forms the transcriptions hold — "IN
 * WITNESS WHEREOF", "IN WITNESS whereof", "In witness whereof", "IN FAITH WHEREOF" (the
 * authentication of ILO C181 1997 and UNESCO 1958: "… IN FAITH WHEREOF we have appended our
 * signatures": the eighty-sixth run, defect 1), Dutch "TEN BLIJKE WAARVAN" — and the usual others:
 * "IN TESTIMONY WHEREOF", French "EN FOI DE QUOI", German "ZU URKUND DESSEN", Spanish "EN FE DE LO
 * CUAL". A capital opens each: "in witness whereof" inside a sentence is not a recital.
 */
export const recitalOfAuthority = String.raw`(?:IN\s+(?:WITNESS|FAITH|TESTIMONY)\s+(?:WHEREOF|whereof)|In\s+(?:witness|faith|testimony)\s+whereof|(?:TEN BLIJKE WAARVAN|Ten blijke waarvan)|(?:EN FOI DE QUOI|En foi de quoi)|(?:ZU URKUND DESSEN|Zu Urkund dessen)|(?:EN FE DE LO CUAL|En fe de lo cual))\b`;

/**
 * The verbs that open a formula's place and date, each with the words that may follow it: "DONE
 * at", "Done in", "SIGNED at", "GEDAAN te", "FAIT à", "GESCHEHEN zu", "HECHO en". Written in
 * capitals or with a capital.
 */
const placeAndDate: readonly (readonly [verb: string, followedBy: string])[] = [
  ['Done', 'at|in|on|this|AT|IN|ON|THIS'],
  ['Signed', 'at|in|on|this|AT|IN|ON|THIS'],
  ['Gedaan', 'te|in'],
  ['Fait', 'a'],
  ['Geschehen', 'zu'],
  ['Hecho', 'en'],
];
const inBothCases = (verb: string) => `${verb.toUpperCase()}|${verb}`;
// "à" is no word character: `\b` after it would need one to follow.
const doneWords = String.raw`(?:(?:${placeAndDate.map(([verb, next]) => String.raw`(?:${inBothCases(verb)})\s+(?:${next})`).join('|')})\b|(?:FAIT|Fait)\s+à\s)`;
const formulaLine = new RegExp(`^(?:${recitalOfAuthority}|${doneWords})`, 'u');

/**
 * Whether `text` opens with the words of a final formula as a signed text prints them in capitals —
 * its recital ("IN WITNESS WHEREOF", "IN WITNESS whereof", "ZU URKUND DESSEN") or the verb of its
 * place and date ("DONE", "SIGNED", "GEDAAN", "FAIT", "GESCHEHEN", "HECHO", whatever follows) —
 * which no signatory's name does (render/printed-signatures.ts).
 */
export function opensFormulaInCapitals(text: string): boolean {
  return formulaInCapitals.test(text);
}
const formulaInCapitals = new RegExp(`^(?:${recitalOfAuthority}|${placeAndDate.map(([verb]) => verb.toUpperCase()).join('|')})`, 'u');
const endsSentence = /[.;:]["”’)\]]*$/u;

/** Whether `line`, after `previous`, opens a final formula that begins a paragraph of its own. */
export function opensFinalFormula(line: string, previous: string): boolean {
  return formulaLine.test(line) && endsSentence.test(previous);
}

/** A signatory's line opening a paragraph: "For the Kingdom …", "SIGNED, On behalf of: …", "Namens …" (render/printed-signatures.ts). */
export const signatoryLine = /(?:^|\n\s*\n)\s*(?:(?:SIGNED|Signed),?\s+)?(?:For|FOR|On behalf of|ON BEHALF OF|Voor|VOOR|Namens|NAMENS|Pour|POUR)\s*:?\s+(?:(?:the|The|THE|de|De|het|Het|la|La|le|Le|l’)\s+)?\p{Lu}/u;

/** A formula's sentence that dates it, ending its line: "DONE at Singapore this sixteenth day of May 1972, in duplicate, in the English language." */
const datedLine = new RegExp(`${doneWords}[^]*[.!]["”’)\\]]*$`, 'u');

/**
 * Whether `line`, after `previous`, opens a signatory's block that begins a paragraph of its own: after a
 * line that ends with the formula's dating sentence, or after another signatory's block. "(b) This
 * Protocol shall form an integral part of the said Agreement. IN WITNESS WHEREOF, … DONE at Singapore
 * this sixteenth day of May 1972, in duplicate, in the English language." then "For the Government of
 * the Kingdom of the Netherlands: (sd.) PEKELHARING …" and "For the Government of the Republic of
 * Singapore: …" (NL–Singapore 1972, Protocol, read: BWBV0003393, where the series runs them together):
 * the signatures are no words of item (b) (hundred-and-fifth run, defect 3). "For the Kingdom of the
 * Netherlands: the Minister of Justice;" in a list of authorities follows no formula and stays an item's.
 */
export function opensSignatureBlock(line: string, previous: string): boolean {
  return signatoryLine.exec(line)?.index === 0 && (datedLine.test(previous) || signatoryLine.exec(previous)?.index === 0);
}
