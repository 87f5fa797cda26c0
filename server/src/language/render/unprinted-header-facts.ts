/**
 * The header statements of a concluded text that hold facts of its final formula no printed word
 * carries: where, when and in how many originals it was signed (`done at "The Hague" on 1962-10-18
 * in duplicate`) and its languages (`languages English`). A concluded text's export prints no
 * formula generated from them (render/build-instrument.ts: that would be words the Parties never
 * signed), so where no clause prints the text's own "DONE at …" sentence they appeared nowhere in
 * it, and the note after the text named only the final clauses it did not print (NL–Norway air
 * services 1962, transcribed with the testimonium in a clause and the DONE sentence in the header
 * only: "DONE at The Hague this 18th day of October 1962 in duplicate in the English language";
 * read: the ninety-second run's report, defect 1). The note names them instead: outside the text,
 * as facts the transcription holds, never as the text's words. No formula is printed in their
 * place: generated, it would add words the text does not have, or say the formula twice where a
 * clause holds part of it.
 *
 * Not for an exchange of notes (each note is dated and signed in its own words), an annex (its
 * parent's formula covers it), or a header that says the text states no formula (`without formula`).
 * The languages are named only where no clause is about languages and the DONE sentence is not
 * printed: it is where a text says them.
 */
import type { Instrument } from '../ast/nodes';
import type { RenderContext } from '../constructs/construct';
import type { SemanticModel } from '../model/semantic-model';
import { andList } from '../util/word-list';
import { visibleText } from './inline';
import { deposited, originals, textPrintsSigning } from './testimonium';

/** "done at The Hague on 18 October 1962, in duplicate"; "languages: English". Empty where every fact is printed. */
export function unprintedHeaderFacts(model: SemanticModel, r: RenderContext): string[] {
  const header = model.ast.instrument;
  if (!header || header.kind.value === 'annex' || header.form !== undefined) return [];
  if (header.signature?.without?.value === 'formula' || textPrintsSigning(model)) return [];
  const facts: string[] = [];
  // A statement of originals and deposit alone (`done in single original deposited with …`) is what
  // a convention's article on its authentic texts or its depositary says ("The original of this
  // Convention … shall be deposited with the Secretary-General of the United Nations", UNCAC Art. 71):
  // where a clause is about either, that article prints it.
  const placeOrDate = header.signature?.place !== undefined || header.signature?.date?.valid === true || (header.signature?.more.length ?? 0) > 0;
  const signed = placeOrDate || !(r.covered('languages') || r.covered('depositary')) ? signingFacts(header, r) : undefined;
  if (signed) facts.push(signed);
  const languages = languageFacts(header);
  if (languages && !r.covered('languages')) facts.push(languages);
  return facts;
}

/** The `done` statement's facts, as the note names them; undefined where it states none. */
function signingFacts(header: Instrument, r: RenderContext): string | undefined {
  const signature = header.signature;
  if (!signature) return undefined;
  const at = (place: { value: string } | undefined, date: Parameters<RenderContext['date']>[0]) =>
    [place?.value.trim() ? `at ${visibleText(place.value.trim())}` : '', date?.valid ? `on ${r.date(date, 'date of signature')}` : ''].filter((part) => part !== '').join(' ');
  const where = [at(signature.place, signature.date), ...signature.more.map((m) => at(m.place, m.date))].filter((part) => part !== '').join(' and ');
  // Only what the header states: an unknown number of originals is left out, not a blank.
  const copies = signature.originals?.count === undefined ? '' : originals(signature, r);
  // Where the original is kept, as a fact: the note states no duty ("which shall be deposited").
  const deposit = deposited(signature, r).replace(/^, which \S+ be deposited/u, ', deposited');
  const facts = `${where}${copies}${deposit}`.replace(/^,\s*/u, '');
  return facts === '' ? undefined : `${signature.keyword.value} ${facts}`;
}

/** "languages: English and French, authentic, English prevailing". */
function languageFacts(header: Instrument): string | undefined {
  const statement = header.languages;
  const names = statement?.languages.map((l) => l.text) ?? [];
  if (!statement || names.length === 0) return undefined;
  const validity = statement.validity ? `, ${names.length > 1 ? 'equally ' : ''}${statement.validity.value === 'authentic' ? 'authentic' : 'valid'}` : '';
  const prevailing = statement.prevailing ? `, ${statement.prevailing.text} prevailing` : '';
  return `${names.length === 1 ? 'language' : 'languages'}: ${andList(names)}${validity}${prevailing}`;
}
