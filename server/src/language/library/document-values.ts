/**
 * The placeholder values a document already knows: the instrument's words for "Participant"
 * and "Party", its own name ("Memorandum", "Agreement"…), its title and its signatories. A
 * clause or template placeholder with one of these names is filled from the document instead
 * of becoming a tab stop the drafter has to type.
 */
import type { Clause, DateValue, Instrument, Quantity, Text } from '../ast/nodes';
import { isLanguageName } from '../ast/language-names';
import type { InstrumentKind } from '../ast/vocabulary';
import { equalValidity, inLanguages, prevailingSentence } from './language-words';
import type { Wording } from './library-types';
import { monthNames } from '../util/month-names';
import { unionExistedOn, unionNamesOn } from '../data/union-membership';
import { oncePer } from '../util/once-per';
import { matchesOf } from '../util/all-matches';

/**
 * What a document must tell for its placeholders to be filled. The semantic model has this
 * shape; the library asks only for it, so it sits below the model and never imports it.
 */
export interface DocumentFacts {
  readonly wording: Wording;
  readonly ast: { readonly instrument: Instrument | undefined; readonly clauses?: readonly Clause[] };
  /** A clause's prose, where the document can give it: an MoU's own words for itself and its signatories are read there. */
  clauseText?(clause: Clause): string | undefined;
  /** The date of conclusion, ISO 8601, where the document gives one. */
  readonly concludedOn?: string;
  readonly signatories: readonly {
    readonly id: string;
    readonly effective: { readonly name: Text | undefined };
    readonly jurisdiction: string | undefined;
  }[];
}

/** How each instrument kind calls itself in its own text ("this Memorandum", "this Agreement"). */
const selfName: Readonly<Record<InstrumentKind, string>> = {
  // A treaty whose title names no designation is called "Agreement" in its own text.
  treaty: 'Agreement',
  memorandum: 'Memorandum',
  arrangement: 'Arrangement',
  framework: 'Framework',
  protocol: 'Protocol',
  annex: 'Annex',
  declaration: 'Declaration',
};

/**
 * The designations a binding instrument calls itself by in its own text. A treaty is "this
 * Convention" when its title calls it a Convention, "this Agreement" when an Agreement: the
 * first designation in the title wins ("Additional Protocol to the Convention …" is a Protocol,
 * "Agreement between the Parties to the North Atlantic Treaty …" an Agreement).
 */
const treatyDesignations = ['Convention', 'Treaty', 'Agreement', 'Protocol', 'Charter', 'Covenant', 'Pact', 'Accord'] as const;
const designationPattern = new RegExp(`\\b(${treatyDesignations.join('|')})\\b`, 'i');

/** The instrument's name for itself: from a treaty's title when it has a designation, else from its kind. */
export function instrumentSelfName(kind: InstrumentKind, title: string | undefined): string {
  if (kind === 'treaty' && title) {
    const found = designationPattern.exec(title);
    if (found) return treatyDesignations.find((d) => d.toLowerCase() === found[1].toLowerCase())!;
  }
  return selfName[kind];
}

/** The words that change with the wording: "Participant(s)" in an MoU, "Party/Parties" in a treaty. */
export function wordingValues(wording: Wording): Record<string, string> {
  const singular = wording === 'treaty' ? 'Party' : 'Participant';
  const plural = wording === 'treaty' ? 'Parties' : 'Participants';
  return {
    participant: singular,
    Participant: singular,
    participants: plural,
    Participants: plural,
    instrument: wording === 'treaty' ? 'Agreement' : 'Memorandum',
    Instrument: wording === 'treaty' ? 'Agreement' : 'Memorandum',
    // Treaty-wording clauses may write the treaty words; they are the same roles.
    party: singular,
    Party: singular,
    parties: plural,
    Parties: plural,
  };
}

/**
 * Values known from the document. Without a model only the wording words are known (from the
 * clause's own wording), so a clause rendered for a preview still reads naturally.
 */
export function documentValues(model: DocumentFacts | undefined, fallbackWording: Wording): Record<string, string> {
  if (!model) return { ...wordingValues(fallbackWording), ...unionValues(undefined) };
  const values = wordingValues(model.wording);
  const instrument = model.ast.instrument;
  const kind = instrument?.kind.value;
  if (kind) {
    const name = instrumentSelfName(kind, instrument?.title?.value);
    values.instrument = name;
    values.Instrument = name;
  }
  if (instrument?.title?.value) values.title = instrument.title.value;
  if (model.wording === 'mou') Object.assign(values, ownWordsOf(model));
  Object.assign(values, unionValues(model.concludedOn));
  const signature = instrument?.signature;
  if (signature?.place?.value) values.place = signature.place.value;
  if (signature?.date?.valid) values.date = formatDate(signature.date);
  // A word that is no language's name (`language1`, left by a template) answers nothing: the placeholder stays.
  const stated = instrument?.languages;
  const languages = stated?.languages.map((l) => l.text) ?? [];
  const prevailing = stated?.prevailing?.text;
  if (languages.length > 0 && languages.every(isLanguageName)) {
    values.languages = joinNames(languages);
    // The language clauses' words for the texts, as the generated final formula says them (language-words.ts).
    values.inLanguages = `${inLanguages(languages, joinNames)}${equalValidity(languages.length, stated?.validity?.value)}`;
    if (prevailing === undefined || languages.includes(prevailing)) values.prevailingSentence = prevailingSentence(languages.length, prevailing, model.wording === 'treaty');
  }
  if (prevailing && isLanguageName(prevailing)) values.prevailing = prevailing;
  if (instrument?.duration?.term) values.term = formatQuantity(instrument.duration.term);
  if (instrument?.termination?.notice) values.notice = formatQuantity(instrument.termination.notice);
  const names: string[] = [];
  model.signatories.forEach((party, index) => {
    const n = index + 1;
    const name = party.effective.name?.value;
    values[`party${n}.id`] = party.id;
    values[`party${n}`] = name ?? party.id;
    if (name) values[`party${n}.name`] = name;
    if (party.jurisdiction) values[`party${n}.jurisdiction`] = party.jurisdiction;
    names.push(name ?? party.id);
  });
  if (names.length > 0) values.partyNames = joinNames(names);
  return values;
}

/** Read once per model: every library clause rendered for it asks (a fix, an export, a preview). */
const ownWordsOf = oncePer(ownWords);

/** How a non-binding text may call itself: "this Memorandum", "this Letter of Intent", "this arrangement". */
const selfReference = /\b[Tt]his\s+(Memorandum\s+of\s+Understanding|Memorandum|Letter\s+of\s+Intent|[Aa]rrangement|Understanding|Declaration|Joint\s+Declaration)\b/gu;

/**
 * An MoU's own words for itself and its signatories, from its prose (fourth quick-fix review,
 * item 3): a clause inserted into it says what the text says. A letter of intent that calls
 * itself "This Letter of Intent" is not "This Memorandum"; the designation the title also bears
 * wins, else the one written most. Signatories the text calls only "Parties" ("Both Parties",
 * GG–NL 2008), never "Participants", are "Parties" in the clause too: the clause's meaning (a
 * statement of intentions, not binding) does not rest on the word, and the text's own
 * mou-treaty-wording finding then covers the inserted words with the rest.
 */
function ownWords(model: DocumentFacts): Readonly<Record<string, string>> {
  const clauses = model.ast.clauses;
  if (!clauses || !model.clauseText) return {};
  const prose = clauses.map((c) => model.clauseText?.(c) ?? '').join('\n');
  const values: Record<string, string> = {};
  const counts = new Map<string, number>();
  for (const m of matchesOf(prose, selfReference)) {
    const name = m[1].replace(/\s+/gu, ' ');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const title = model.ast.instrument?.title?.value ?? '';
  const named = [...counts].sort((a, b) => Number(title.includes(b[0])) - Number(title.includes(a[0])) || b[1] - a[1])[0]?.[0];
  if (named) {
    values.instrument = named;
    values.Instrument = named;
  }
  if (/\bPart(?:y|ies)\b/u.test(prose) && !/\bparticipants?\b/iu.test(prose)) {
    for (const key of ['participant', 'Participant', 'party', 'Party']) values[key] = 'Party';
    for (const key of ['participants', 'Participants', 'parties', 'Parties']) values[key] = 'Parties';
  }
  return values;
}

/**
 * The Union and its law by the names of the day of conclusion: "the European Communities" and
 * "Community law" in a treaty of 1989, "the European Union" and "Community law" in one of 2005,
 * today's names in a later or undated one (data/union-membership.ts). A treaty concluded before
 * the Treaty of Rome has no name for either: the placeholders stay blank, and library-fit.ts
 * offers no clause that needs them (second quick-fix review, closing item 4).
 */
function unionValues(concludedOn: string | undefined): Record<string, string> {
  if (concludedOn !== undefined && !unionExistedOn(concludedOn)) return {};
  const { union, law } = unionNamesOn(concludedOn ?? '9999-12-31');
  return { union, unionLaw: law };
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Treaty style writes dates in words: "1 March 2027". */
export function formatDate(date: DateValue): string {
  return `${date.day} ${monthNames[date.month - 1] ?? ''} ${date.year}`;
}

/** "five years", "six months", "90 days": numbers up to twelve in words, as treaty sections write them. */
export function formatQuantity(quantity: Quantity): string {
  const amount = Number.isInteger(quantity.amount) && quantity.amount <= 12 ? numberWords[quantity.amount] : String(quantity.amount);
  // `working-day` reads as two words.
  const unit = (quantity.unit.value ?? quantity.unit.text).replace(/-/g, ' ');
  return `${amount} ${quantity.amount === 1 ? unit.replace(/s$/, '') : unit.replace(/s?$/, 's')}`;
}
