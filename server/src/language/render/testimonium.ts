/**
 * The end of the instrument: the final formula and a signature block per signatory.
 *
 * Treaty: "IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this
 * Agreement. Done at Helsinki on 14 June 2027, in the Estonian, Finnish and English languages, all
 * three texts being equally authentic. In case of divergence of interpretation, the English text
 * shall prevail." (NL–US 2012 and NL–SE 1984 in the Dutch treaty series). MoU: "Signed at … on …,
 * in the … languages, all texts being equally valid." The formula says only what the header
 * states: the texts are "equally authentic" (or "equally valid") only when `languages … authentic`
 * (or `equally-valid`) says so, and neither a number of originals ("in duplicate") nor where a
 * single original is deposited is written unless the header states it. A missing or invalid
 * place, date or language is a placeholder.
 */
import { formulaBlockLines } from './formula-lines';
import type { Clause, DateValue, Name, SignatureClause, Text } from '../ast/nodes';
import type { SemanticModel } from '../model/semantic-model';
import type { RenderContext } from '../constructs/construct';
import type { SignatureBlock } from './instrument-model';
import { isLanguageName } from '../ast/language-names';
import { visibleText } from './inline';
import { equalValidity, inLanguages, prevailingSentence } from '../library/language-words';
import { withArticle } from './words';
import { capitalise } from '../util/capitalise';
import { keptReading, keptScan } from './clause-readings';
import { holdsSignatures } from './printed-signatures';
import { recitalOfAuthority } from '../constructs/final-formula-line';

// The recital of authority ("IN WITNESS WHEREOF", "IN FAITH WHEREOF" …): constructs/final-formula-line.ts, where a line opening one begins a paragraph.
export { recitalOfAuthority };

/** "DONE at", "DONE AT" (the Cospas-Sarsat Agreement 1988, NL–UAE 2015, UN 1988), "Signed in", "PREPARED in": the verb and its preposition. */
const doneAt = String.raw`(?:DONE|Done|SIGNED|Signed)\s+(?:at|in|on|this|AT|IN|ON|THIS)\b`;

/**
 * "IN WITNESS WHEREOF …", "DONE at Riga, this 5th day of June 2028 …", "Signed at …", "PREPARED in
 * Santo Domingo de Guzmán …" (ACS natural disasters 1999, export review 2 item 16), and the
 * same in the authentic languages of the transcriptions ("GEDAAN te Luxemburg", "FAIT à
 * Strasbourg", "GESCHEHEN zu Bonn", "HECHO en …"): a final formula in the drafter's words. So is
 * the authentication that ends a convention adopted by an organisation's conference, "The
 * foregoing is the authentic text of the Convention duly adopted by the General Conference …"
 * (ILO C181 1997; it opens the clause or a paragraph, never inside an operative sentence).
 */
const formulaStart = new RegExp(String.raw`^\s*(?:${recitalOfAuthority}|${doneAt}|(?:PREPARED|Prepared)\s+(?:at|in|on|this)\b|(?:GEDAAN|Gedaan)\s+(?:te|in)\b|(?:FAIT|Fait)\s+(?:à|a)\b|(?:GESCHEHEN|Geschehen)\s+zu\b|(?:HECHO|Hecho)\s+en\b|The\s+foregoing\s+is\s+the\s+authentic\s+text\b)`, 'u');
const formulaParagraph = new RegExp(`(?:^|\\n\\s*\\n)${formulaStart.source.replace(/^\^/, '')}`, 'u');

/**
 * Whether the drafter wrote a final formula anywhere in the text: at the start of a clause (then
 * that clause is the formula, `drafterFormula`), or as a paragraph of an article (NL–Philippines
 * 2001 ends its Article 11 with "DONE at Manila …"). Either way no second, generated formula is
 * printed beside it.
 */
// Every space in formulaSentence is `\s+` and `[^.]*?` crosses line breaks: the text is read as
// written (collapsing its spaces first was about 12% of building the rendering of a 100,000-line text).
// The same patterns find where the formula starts (`formulaIndex`), which the signatures ask for
// too: read once per clause for both (the formula at a clause's start is also a formula paragraph).
const holdsFormula = (node: object, text: string): boolean => formulaAt(node, text) !== undefined;
const startsWithFormula = keptReading((text) => formulaStart.test(text));

function drafterWroteFormula(model: SemanticModel): boolean {
  let wrote = formulasWritten.get(model);
  if (wrote === undefined) {
    const places = signingPlaces(model);
    const placeAndDate = places.length > 0 ? endsWithPlaceAndDate(places) : undefined;
    // A clause's text is its own or its library entry's: the library and the places are what else the reading reads.
    wrote =
      wroteFormula(model.ast.clauses, [model.library, places.join('\u0000')], (c) => {
        const text = model.clauseText(c) ?? '';
        return holdsFormula(c, text) || (placeAndDate?.(c, text) ?? false) ? true : undefined;
      }).length > 0;
    formulasWritten.set(model, wrote);
  }
  return wrote;
}

/**
 * Whether a clause of the text holds its final formula, as written — at its start (`drafterFormula`)
 * or inside an article —, so that the export generates none: on a concluded text nothing else is
 * printed in its place (render/build-instrument.ts), and the note says the formula is not
 * transcribed only where no clause holds one.
 */
export function textWritesFormula(model: SemanticModel): boolean {
  return drafterFormula(model) !== undefined || drafterWroteFormula(model);
}

/**
 * The recital of authority inside a paragraph, after a sentence: the Convention on Nuclear Safety
 * ends its Article 35 "… to the Contracting Parties. IN WITNESS WHEREOF the undersigned, being duly
 * authorized to that effect, have signed this convention. DONE at Vienna on the 17th day of June
 * 1994." These words are said only in a final formula. So is a Dutch "Gedaan in tweevoud, in de
 * Spaanse, Nederlandse en Engelse taal" (Argentina–NL 2014, Art. 9) once it names the originals or
 * the languages, as `formulaSentence` asks of the English.
 */
const testimoniumSentence = new RegExp(
  String.raw`[.;:’'")]\s+${recitalOfAuthority}|[.;:’'")]\s+(?:GEDAAN|Gedaan)\s+(?:te|in)\b[^.]*?\b(?:in\s+(?:tweevoud|drievoud|viervoud|(?:twee|drie|vier|\d+)\s+(?:exemplaren|originelen)|één\s+(?:exemplaar|origineel))|taal|talen)\b`,
  'u',
);

/** A signature block that opens with "SIGNED": "SIGNED, On behalf of: Secretary of State …" (NL–UK 2008): the text's own signing words. */
const signedBlock = /(?:^|\n\s*\n)\s*(?:SIGNED|Signed),?\s+(?:[Oo]n behalf of|For|FOR)\b/u;

/** The places the header says the text was signed or issued at: "Paris". */
function signingPlaces(model: SemanticModel): string[] {
  const signature = model.ast.instrument?.signature;
  return [signature?.place, ...(signature?.more.map((m) => m.place) ?? [])].map((p) => p?.value.trim() ?? '').filter((p) => p !== '');
}

/**
 * A paragraph that is only a place of signature and a date: "Paris, 12th of November, 2018", the
 * Paris Call's last line, is its final formula (`issued at "Paris" on 2018-11-12` in the header).
 * The place must be one the header names, and the paragraph short and ending in a year, so an
 * operative paragraph that begins with a city's name is not taken for it.
 */
function isPlaceAndDate(paragraph: string, places: readonly string[]): boolean {
  const text = paragraph.trim();
  return text.length <= 80 && places.some((place) => text.startsWith(place) && dateAlone.test(text.slice(place.length)));
}

/**
 * Whether a clause has a paragraph that is only one of `places` and a date, kept with the clause's
 * node for its text (clause-readings.ts), one reading per set of places: after a keystroke every
 * other clause is read from what was kept (cutting every clause of a 100,000-line text into
 * paragraphs again was about a sixth of its export after a keystroke). The last few sets are kept.
 */
function endsWithPlaceAndDate(places: readonly string[]): (node: object, text: string) => boolean {
  const key = places.join('\u0000');
  let read = placeReadings.get(key);
  if (read === undefined) {
    if (placeReadings.size >= 8) placeReadings.delete(placeReadings.keys().next().value!);
    placeReadings.set(key, (read = keptReading((text) => text.split(/\n\s*\n/).some((paragraph) => isPlaceAndDate(paragraph, places)))));
  }
  return read;
}

const placeReadings = new Map<string, (node: object, text: string) => boolean>();

/** ", 12th of November, 2018", " 4 juni 2014", ", November 12, 2018": a date and nothing else. */
const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
const dateAlone = new RegExp(`^,?\\s+(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:(?:day\\s+)?of\\s+)?${month}|${month}\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+\\d{4}\\.?$`, 'iu');

/**
 * Whether a clause prints where or when the text was signed: a sentence "DONE at The Hague this 18th
 * day of October 1962 in duplicate" anywhere in it, in the languages the formula patterns read; a
 * paragraph that is only a place the header names and a date; or a final formula or signature
 * block that names a place of signature, the year of a date of signature, a month or a date
 * ("Opened for signature at Paris this fifteenth day of July …", Eutelsat 1982; "ADOPTED by the
 * General Conference … at Vienna on the 26th day of September 1986"; "SIGNED, On behalf of: … Date:
 * 19-08-08", NL–UK 2008). A testimonium alone ("IN WITNESS WHEREOF … have signed the present
 * Agreement and have affixed thereto their seals") says neither (NL–Norway air services 1962 as
 * first transcribed; ninety-second run, defect 1).
 */
export function textPrintsSigning(model: SemanticModel): boolean {
  const places = signingPlaces(model);
  const placeAndDate = places.length > 0 ? endsWithPlaceAndDate(places) : undefined;
  const signature = model.ast.instrument?.signature;
  const years = [signature?.date, ...(signature?.more.map((m) => m.date) ?? [])].flatMap((d) => (d?.valid ? [d.text.slice(0, 4)] : []));
  return model.ast.clauses.some((c) => {
    const text = model.clauseText(c) ?? '';
    if (signingSentence.test(text) || (placeAndDate?.(c, text) ?? false)) return true;
    const at = formulaAt(c, text);
    if (at === undefined) return false;
    const formula = text.slice(at);
    return places.some((place) => formula.includes(place)) || years.some((year) => formula.includes(year)) || dateWords.test(formula);
  });
}

const signingSentence = new RegExp(String.raw`(?:^|[\s.;:’'")])(?:${doneAt}|(?:PREPARED|Prepared|ISSUED|Issued)\s+(?:at|in|on|this)\b|(?:GEDAAN|Gedaan)\s+(?:te|in)\b|(?:FAIT|Fait)\s+(?:à|a)\b|(?:GESCHEHEN|Geschehen)\s+zu\b|(?:HECHO|Hecho)\s+en\b)`, 'u');
/** A month as written (English capitalised, Dutch in lower case), "Date:", or a date in figures ("19-08-08"). */
const dateWords = new RegExp(String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\bDate:|\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b`, 'u');

/** What the scans of every clause found, kept with the model (never changed once made): a rendering asks several times. */
const formulasWritten = new WeakMap<SemanticModel, boolean>();
const formulas = new WeakMap<SemanticModel, Clause | undefined>();

/**
 * A final formula written as a sentence inside a paragraph: CZ–NL 2015 ends its Article 10 with
 * "… for tax purposes’. Signed in duplicate in the English language." (export review 3, item 4).
 * Mid-paragraph, "Signed in" or "Done at" alone is not enough (an operative sentence may begin so):
 * the sentence must also say what only a final formula says — its originals or its languages.
 */
const formulaSentence = new RegExp(
  String.raw`[.;:’'")]\s+${doneAt}[^.]*?\b(?:in\s+(?:duplicate|triplicate|(?:two|three|four|\d+)\s+(?:originals?|copies|copy)|(?:a\s+)?single\s+(?:original|copy))|languages?)\b`,
  'u',
);

/**
 * The clause in which the drafter wrote the final formula themselves (as transcriptions of real
 * instruments do), or took it from the library (languages/treaty, by reference or as a copy): it
 * is the instrument's final formula, rendered once, at the end and in its own words, not as an
 * article followed by a second, generated formula.
 */
export function drafterFormula(model: SemanticModel): Clause | undefined {
  if (!formulas.has(model)) {
    const first = startsFormula(model.ast.clauses, [model.library], (c) => (startsWithFormula(c, model.clauseText(c) ?? '') ? true : undefined))[0];
    formulas.set(model, first && model.ast.clauses[first.index]);
  }
  return formulas.get(model);
}

/**
 * The drafter's formula as paragraphs: the testimonium and the "Done at …" sentence each on its
 * own, as written, and every paragraph the clause sets apart with a blank line kept apart. NL–US
 * Mutual Support Agreement 1983 (BWBV0002576): "DONE at Stuttgart … in the English language.", then
 * a signature block per Government, each after a blank line; joined into one paragraph, the export
 * ran the formula and both blocks together ("… HQ, US European Command For the Government of the
 * Kingdom of the Netherlands, …": sixty-third run, item 1). Only the line breaks inside a paragraph
 * are spaces, as in every clause.
 */
function drafterFormulaParagraphs(clause: Clause, r: RenderContext): string[] {
  const blocks = (r.clauseText(clause).text ?? '').split(/\n\s*\n/);
  // Each line written after the formula (a signature block) is a paragraph of its own (formula-lines.ts).
  return blocks.flatMap((block) => formulaBlockLines(block, recital).flatMap((line) => line.split(new RegExp(String.raw`\s+(?=${doneAt})`, 'u')))).filter((p) => p !== '');
}

const recital = new RegExp(recitalOfAuthority, 'u');

export function testimonium(model: SemanticModel, r: RenderContext): string[] {
  const header = model.ast.instrument;
  if (!header) return [];
  const written = drafterFormula(model);
  if (written) return drafterFormulaParagraphs(written, r);
  if (drafterWroteFormula(model)) return [];
  const signature = header.signature;
  // An exchange of notes has no final formula of its own: each note is signed and dated.
  if (header.form && !signature) return [];
  // `signed without formula`: the signed text states none, so none is generated (export review 3, item 4).
  if (signature?.without?.value === 'formula') return [];
  // `signed on unstated`: the text gives no date, and the export invents none (no "[date of signature]" either).
  const first = signing(signature?.place, signature?.unstatedDate ? 'unstated' : signature?.date, r);
  // Signed by each side on its own day and place: "at Washington on 25 July 1978 and at The Hague on 24 August 1978".
  const more = signature?.more.map((m) => signing(m.place, m.date, r)) ?? [];
  const where = [first, ...more].join(' and ');
  // A word that is no language's name (`language1`, left by a template) is a blank, not a language.
  const languages = header.languages?.languages.map((l) => (isLanguageName(l.text) ? l.text : r.placeholder('language of the text'))) ?? [];
  const languageText = inLanguages(languages.length === 0 ? [r.placeholder('languages of the text')] : languages, r.list);
  // Where the drafter's own article says which texts are authentic, the formula does not say it again.
  const stated = r.covered('languages') ? undefined : header.languages?.validity?.value;
  const validity = equalValidity(languages.length, stated);
  const prevailingName = header.languages?.prevailing?.text;
  const prevailing = r.covered('languages')
    ? ''
    : prevailingSentence(languages.length, prevailingName === undefined || languages.includes(prevailingName) ? prevailingName : r.placeholder('prevailing language, one of the languages of the text'), r.treaty);
  // A declaration that states no language is not missing one: none is expected of it.
  const declaration = signature?.keyword.value === 'issued' || header.kind.value === 'declaration';
  // The originals follow the place and date, as the header writes them in the same statement and
  // as the usual formula says them: "DONE at The Hague on 15 March 2006, in two copies in the English
  // language" (NL–Eurojust 2006), "in duplicate in the English and Finnish languages" (export review 3, item 4).
  // A single original that is deposited is said with its deposit, after the languages: "in English
  // and in French, both texts being equally authentic, in a single copy which shall be deposited in
  // the archives of the Council of Europe" (Budapest Convention 2001).
  const copies = originals(signature, r);
  const deposit = deposited(signature, r);
  const copiesFirst = copies !== '' && deposit === '';
  const languagePart = declaration && languages.length === 0 ? '' : copiesFirst ? ` ${languageText}` : `, ${languageText}`;
  const formula = copiesFirst
    ? `${where}${copies}${languagePart}${validity}.${prevailing}`
    : `${where}${languagePart}${validity}${copies}${deposit}.${prevailing}`;
  if (declaration) return [`Issued ${formula}`];
  if (!r.treaty) return [`Signed ${formula}`];
  // `without testimonium`: the text's formula is "Done at …" alone (NL–Eurojust 2006; export review 2, item 23).
  if (signature?.without?.value === 'testimonium') return [`Done ${formula}`];
  return [`IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this ${r.self}.`, `Done ${formula}`];
}

/** "at Helsinki on 14 June 2027"; a missing place or date is a placeholder, an unstated date is left out. */
function signing(place: Text | undefined, date: DateValue | 'unstated' | undefined, r: RenderContext): string {
  const where = place?.value.trim() ? visibleText(place.value.trim()) : r.placeholder('place of signature');
  return date === 'unstated' ? `at ${where}` : `at ${where} on ${r.date(date, 'date of signature')}`;
}

/** `in duplicate`, `in single copy`, `in 3 originals`: only when the header states it. */
export function originals(signature: SignatureClause | undefined, r: RenderContext): string {
  const o = signature?.originals;
  if (!o) return '';
  if (o.count === undefined) return `, in ${r.placeholder('number of originals')}`;
  if (o.count === 1) return `, in a single ${o.noun?.text === 'copy' ? 'copy' : 'original'}`;
  // Written as a number and a noun, it is said so: "in two copies" (NL–Eurojust 2006), "in two originals" (NL–Finland 1984), not "in duplicate".
  const numberWords = ['', 'one', 'two', 'three', 'four', 'five'];
  if (o.word === undefined && o.noun !== undefined) {
    const copies = o.noun.text.startsWith('cop');
    const noun = o.count > 1 ? (copies ? 'copies' : 'originals') : copies ? 'copy' : 'original';
    return `, in ${numberWords[o.count] ?? o.count} ${noun}`;
  }
  if (o.count === 2) return ', in duplicate';
  return `, in ${o.count} originals`;
}

/** `deposited with "the archives of …"`: where the single original is kept, only when the header states it. */
export function deposited(signature: SignatureClause | undefined, r: RenderContext): string {
  const d = signature?.depositedWith;
  if (!d) return '';
  // Written as a name ("Government of France", "archives of the Council of Europe"), it takes its article here.
  const written = 'multiline' in d ? r.phrase(d) : undefined;
  const archives = written !== undefined && /^(?:the\s+)?archives\b/i.test(written);
  const where = written === undefined ? r.partyName(d as Name) : archives ? `the ${written.replace(/^the\s+/i, '')}` : withArticle(written);
  return `, which ${r.will} be deposited ${archives ? 'in' : 'with'} ${where}`;
}

/** One block per signatory: "For the Republic of Estonia", and who signs for it when the text says. */
// `evenWithoutFormula`: the blocks the text would have, whatever `without formula` says — a concluded
// text's note names them as not transcribed unless a clause prints them (NL–US 1978 has signature
// blocks after its Art. VIII and no formula: the treaty lawyer's check of December 2026, point 2).
export function signatureBlocks(model: SemanticModel, r: RenderContext, evenWithoutFormula = false): SignatureBlock[] {
  const header = model.ast.instrument;
  // A declaration is issued, not signed; the notes of an exchange are each signed in their own text.
  if (header?.kind.value === 'declaration' || (header?.form && !header.signature)) return [];
  // `signed without formula`: the text's end is what its clauses transcribe, signatures included or none.
  if (header?.signature?.without?.value === 'formula' && !evenWithoutFormula) return [];
  // A class of parties ("Any State which has acceded …") signs State by State: it has no block of
  // its own, and a convention open to a class has no list of blocks at all — one block for the one
  // party declared by name ("For the European Community" under a Council of Europe convention)
  // would show it as the only signatory (export review 2, item 13).
  if (model.signatories.some((party) => party.classOf)) return [];
  // The text writes its own signature lines in its final formula ("For the Kingdom of the
  // Netherlands: W. J. LOK For Samoa: TUUU ANASII LEOTA"): they are the signatures, printed as
  // written; a generated block beside them names the signatories a second time, and as the
  // declarations name them rather than as the text does (export review 2, item 24).
  if (writesOwnSignatures(model, r)) return [];
  return model.signatories.filter((party) => !party.classOf).map((party, index) => {
    const name = party.effective.name?.value;
    const label = name ? withArticle(visibleText(name)) : r.placeholder(`name of the ${['first', 'second', 'third'][index] ?? `${index + 1}th`} ${r.participant}`);
    const by = party.effective.representative?.value;
    return { for: `For ${label}`, signatory: by ? capitalise(visibleText(by)) : undefined };
  });
}

/** "For the Kingdom of the Netherlands: …", "For the Republic of Croatia, S. LINIĆ": a signature line after the drafter's "DONE at …". */
const signatureLine = /\b(?:DONE|Done|SIGNED|Signed|PREPARED|Prepared|GEDAAN|Gedaan|FAIT|Fait)\b[^]*?\bFor\s+(?:the\s+)?\p{Lu}/u;

function writesOwnSignatures(model: SemanticModel, r: RenderContext): boolean {
  const written = drafterFormula(model);
  return (written !== undefined && signatureLine.test(r.clauseText(written).text ?? '')) || textWritesSignatures(model);
}

/**
 * Whether a clause prints the text's signatures (printed-signatures.ts): after its final formula
 * (Argentina–NL 2014, Art. 9) or under a signatory's line (NL–UK 2008's "Signatures", Guernsey–NL
 * 2008). A concluded text's note then never says its signature blocks are not transcribed.
 */
export function textWritesSignatures(model: SemanticModel): boolean {
  let writes = signaturesWritten.get(model);
  if (writes === undefined) {
    writes = signaturesIn(model.ast.clauses, [model.library], (c) => (printsSignatures(c, model.clauseText(c) ?? '') ? true : undefined)).length > 0;
    signaturesWritten.set(model, writes);
  }
  return writes;
}

const signaturesWritten = new WeakMap<SemanticModel, boolean>();
/** The clauses that print signatures, hold a final formula anywhere, or start with one, across models (clause-readings.ts, `keptScan`). */
const signaturesIn = keptScan<Clause, true>();
const wroteFormula = keptScan<Clause, true>();
const startsFormula = keptScan<Clause, true>();
const formulaAt = keptReading(formulaIndex);
const signaturesPrinted = new WeakMap<object, { readonly text: string; readonly value: boolean }>();

function printsSignatures(node: object, text: string): boolean {
  const before = signaturesPrinted.get(node);
  if (before !== undefined && before.text === text) return before.value;
  const value = holdsSignatures(text, formulaAt(node, text));
  signaturesPrinted.set(node, { text, value });
  return value;
}

/** Where the clause's final formula starts, if it holds one: at its start, as a paragraph, or as a sentence inside one. */
function formulaIndex(text: string): number | undefined {
  if (formulaStart.test(text)) return 0;
  const found = [formulaParagraph, formulaSentence, testimoniumSentence, signedBlock].map((pattern) => pattern.exec(text)?.index).filter((at): at is number => at !== undefined);
  return found.length > 0 ? Math.min(...found) : undefined;
}
