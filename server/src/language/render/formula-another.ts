/**
 * Whether the printed final formula is another instrument's: the closing note then says that the
 * `done` statement's own formula is not transcribed (build-instrument.ts, `anotherFormula`).
 *
 * NL–Montserrat TIEA 2009, transcribed with the Agreement's "IN WITNESS WHEREOF … DONE at London …"
 * only as the `done` statement and the Protocol's formula ("… have signed this Protocol. DONE at
 * London …") as a clause: that clause was printed as the final formula, and the note did not say
 * that the Agreement's was not transcribed (the seventy-fifth run, defect 4).
 *
 * A formula that calls the instrument by another generic name is not for that reason another's: the
 * NL–Poland veterinary Convention 1978 (read: BWBV0003961) is titled and throughout calls itself a
 * "Convention", and its formula, its own and the only one the text prints, reads "… have signed this
 * Agreement. DONE in Warsaw on May 31st, 1978 in two copies in English."; the note said that the
 * Convention's formula was not transcribed (hundred-and-thirteenth run, defect 1). So the formula is
 * another's only where the text holds that other instrument: a clause other than the formula's is
 * headed by its name ("Protocol, Article 1") or speaks of it as the text's own ("This Protocol shall
 * form an integral part of the Agreement", "the annexed Agreement"); "This Agreement" alone does not,
 * since a text may call itself by two names (lr30, D10).
 */
import type { Clause } from '../ast/nodes';
import type { SemanticModel } from '../model/semantic-model';
import { drafterFormula } from './testimonium';

/** The kinds of instrument a title opens with, or a testimonium says it signs ("have signed this Protocol"). */
const instrumentWord = /\b(Agreement|Convention|Protocol|Treaty|Memorandum|Arrangement|Charter|Covenant|Accord)\b/u;
/** "have signed this Protocol", "signed the present Agreement": the kind the testimonium signs, in any case. */
const signsInstrument = new RegExp(String.raw`\bsigned\s+(?:this|the\s+present)\s+${instrumentWord.source}`, 'iu');

/**
 * The instrument the printed final formula signs, where it is not the one the header's title names
 * and the text holds it (above). Returns the two kinds ("Agreement", "Protocol"); undefined where
 * the formula signs the titled instrument, either is not said in these English words, or the text
 * holds no other instrument of the kind the formula names.
 */
export function formulaSignsAnother(model: SemanticModel): { readonly titled: string; readonly signed: string } | undefined {
  const clause = drafterFormula(model);
  const titled = instrumentWord.exec(model.ast.instrument?.title?.value ?? '')?.[1];
  if (!clause || !titled) return undefined;
  const signed = signsInstrument.exec(model.clauseText(clause) ?? '')?.[1];
  if (!signed) return undefined;
  const kind = signed.charAt(0).toUpperCase() + signed.slice(1).toLowerCase();
  if (kind === titled) return undefined;
  return model.ast.clauses.some((c) => c !== clause && holds(c, model.clauseText(c) ?? '', kind)) ? { titled, signed: kind } : undefined;
}

/**
 * Whether a clause is part of an instrument of `kind` the text holds: headed by its name, after an
 * annex's designation where there is one ("Protocol, Article 1", "Annex – Agreement on …"), or
 * speaking of it as one the text holds ("This Protocol shall form an integral part of …", "the
 * annexed Agreement", "the Agreement annexed"). "other international agreements" (lower case) or "the
 * Agreement of 1970" name none.
 */
function holds(clause: Clause, text: string, kind: string): boolean {
  const heading = clause.heading?.value ?? '';
  if (new RegExp(String.raw`^(?:Annex\w*\b[^A-Z]*)?${kind}\b`, 'u').test(heading)) return true;
  // Not "this Agreement" alone: a text may call itself by two names (a "Convention" whose Art. 9 says
  // "This Agreement", as its formula does), and its formula is then its own (treaty lawyer lr30, D10).
  return new RegExp(String.raw`\b(?:(?:the\s+annexed|The\s+annexed|the\s+attached|The\s+attached)\s+${kind}\b|${kind}\s+annexed\b|${kind}\b[^.;]{0,40}\bintegral\s+part\b)`, 'u').test(text);
}
