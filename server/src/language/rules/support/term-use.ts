/**
 * Which defined terms the text uses, as `unused-term` and `term-used-in-lower-case` ask it: the
 * term as defined, the other forms real texts write it in (term-forms.ts), its letter case
 * (term-letter-case.ts), and the lower-case form where the capital only opens the item of the
 * definitions list.
 */
import type { Declaration } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import type { DeclaredSymbol } from '../../model/symbols';
import { rowOf } from '../../constructs/table';
import { declarationParts } from '../../model/document-change';
import { LastStates } from '../../util/last-states';
import { oncePer } from '../../util/once-per';
import { sharedPhraseMatcher, type PhraseMatcher } from '../../util/phrase-matcher';
import { proseMemoOf } from '../../util/prose-memo';
import { itemOpenings, midSentence } from './term-item-openings';
import { singularTerm, termForms } from '../../model/term-forms';
import { termOccurrences } from './term-occurrences';
import { lowersTitleCaseTerms, quotedAsDefined, quotedForms, type QuotedForm } from './term-lower-case-forms';
import { introductions, shortForms, type Introduction } from './term-short-forms';
import { sameElements } from '../../util/same-values';
import { allLowered, articleLed, capitalOpensItem, lowerFirst, oneWordCapitalOpensItem, sentenceCase, titleCase } from './term-letter-case';

export { allLowered, lowerFirst } from './term-letter-case';

export interface TermUse {
  readonly terms: readonly DeclaredSymbol[];
  /** Terms used as written (a plural counts). */
  readonly used: ReadonlySet<string>;
  /** Terms the text uses only with their first letter in lower case, or only with all their capitalised words lowered. */
  readonly lowerOnly: ReadonlySet<string>;
  /** The lower-case form of a term of `lowerOnly` where it is not the first letter lowered: "Space Segment" → "space segment". */
  readonly lowerForms: ReadonlyMap<string, string>;
}

/**
 * Which defined terms the text uses, in one pass over the references and one over the prose
 * (asking per term was quadratic in the number of definitions). A sentence-case term ("Liaison
 * officer" means …) is capitalised only because it opens the list item, and its lower-case form
 * ("the liaison officer", NL–Slovakia 2009 Art. 1) is a use. A Title Case term ("Sending Party")
 * is not used by "the sending Party" (NL–US 2012), unless the list is in sentence case
 * (`capitalOpensItem`: "the assisting State Party", Tampere 1998). For a single word the lower-case form is noted
 * apart: in English drafting the capital marks the defined sense ("Incident" against
 * a generic "incident"), while in a language that does not capitalise nouns ("Persoonsgegevens"
 * means …, NL–US 2010 Art. 1(2)) it only opens the list item.
 */
export function termUse(model: SemanticModel): TermUse {
  // unused-term and term-used-in-lower-case both ask: the pass over the prose runs once per model.
  let use = termUses.get(model);
  if (!use) termUses.set(model, (use = measureTermUse(model)));
  return use;
}

const termUses = new WeakMap<SemanticModel, TermUse>();

function measureTermUse(model: SemanticModel): TermUse {
  const terms: DeclaredSymbol[] = [];
  for (const s of model.symbols) if (s.kind === 'term' && model.resolve('term', s.name) === s) terms.push(s);
  if (terms.length === 0) return { terms, used: new Set(), lowerOnly: new Set(), lowerForms: new Map() };
  // Each stage below is a function of the terms and of what the readings before it found in each
  // declaration (kept with its node): where those are what the last measure of the document had —
  // a keystroke in prose that holds no term leaves them so — the stage's result is taken as it was.
  const last = lastMeasures.get(model, model.uri);
  const quoted = readTermTexts(model, 'term-quoted-lower-forms', '', quotedForms);
  const introduced = readTermTexts(model, 'term-short-forms', '', introductions);
  const openings = readTermTexts(model, 'term-item-openings', '', itemOpenings);
  const samePlan = last !== undefined && sameElements(last.terms, terms) && sameReadings(last.quoted, quoted) && sameReadings(last.introduced, introduced) && sameReadings(last.openings, openings);
  const plan = samePlan ? last.plan : planPhrases(terms, quoted, introduced, openings);
  // The reader of the plan's phrases is made once per plan and kept with it (the last measure is
  // this service's, so its prose memo is this model's): made on every keystroke, it joined every
  // searched phrase into the memo's space name again (a tenth of the measure on a keystroke at 10k lines).
  const read = samePlan ? last.read : occurrencesOf(model, plan.searched, true);
  const occurrences = readTermTexts(model, 'term-occurrences', plan.searchedKey, read);
  const sameUse = samePlan && sameReadings(last.occurrences, occurrences);
  const use = sameUse ? last.use : usesOf(plan, occurrences);
  // A function of the plan and of the terms used: kept while both are (lowerFirst, which folds
  // case through the locale, on every Title Case term was a third of the measure on a keystroke).
  const lowering = sameUse ? last.lowering : lowerSearch(model, plan, use);
  const { unquoted, lowered, termOf } = lowering;
  const lower = lowering.read ? readTermTexts(model, 'term-lower-occurrences', lowering.key, lowering.read) : [];
  if (sameUse && sameReadings(last.lower, lower)) return last.result;
  const lowerUsed = new Set(use.lowerUsed);
  if (lowered.length > 0) {
    const written = new Set<string>();
    for (const { owner, found } of lower) {
      for (const phrase of found) if (owner === undefined || plan.definitionOf.get(termOf.get(phrase)!) !== owner) written.add(termOf.get(phrase)!);
    }
    if (lowersTitleCaseTerms(unquoted, use.used, written)) for (const name of written) lowerUsed.add(name);
  }
  const result = { terms, used: use.used, lowerOnly: new Set([...lowerUsed].filter((t) => !use.used.has(t))), lowerForms: use.lowerForms };
  lastMeasures.set(model, model.uri, { terms, quoted, introduced, openings, plan, read, occurrences, use, lowering, lower, result });
  return result;
}

/** The Title Case terms whose lower-case forms are searched apart, and the reader of those forms. */
interface LowerSearch {
  readonly unquoted: readonly string[];
  readonly lowered: readonly string[];
  /** A lower-case form → its term. */
  readonly termOf: ReadonlyMap<string, string>;
  readonly key: string;
  /** Undefined where no term is searched so. */
  readonly read: ((text: string) => readonly string[]) | undefined;
}

function lowerSearch(model: SemanticModel, plan: PhrasePlan, use: TermUsesFound): LowerSearch {
  // The other Title Case terms, read apart so that their lower-case forms take no words from
  // another term's use: where the text writes more of them only so than as defined, those are
  // used only in lower case (term-lower-case-forms.ts); otherwise they are not the terms.
  const unquoted = plan.titleTerms.filter((name) => !plan.quotedLower.has(lowerFirst(name)!));
  const lowered = unquoted.filter((name) => !use.used.has(name));
  const termOf = new Map(lowered.map((name) => [lowerFirst(name)!, name]));
  const lowerForms = [...termOf.keys()];
  return { unquoted, lowered, termOf, key: lowerForms.join('\u0002'), read: lowered.length > 0 ? occurrencesOf(model, lowerForms, false) : undefined };
}

interface PhraseUse {
  readonly term: string;
  readonly lowerOnly: boolean;
  readonly form?: string;
}

interface TermUsesFound {
  readonly used: ReadonlySet<string>;
  readonly lowerUsed: ReadonlySet<string>;
  readonly lowerForms: ReadonlyMap<string, string>;
}

type Readings<T> = readonly OwnedFindings<T>[];

/** The phrases searched for and the term each is a use of, from the terms and what the first two readings found. */
interface PhrasePlan {
  readonly names: ReadonlySet<string>;
  readonly definitionOf: ReadonlyMap<string, DeclaredSymbol['node']>;
  /** A phrase searched for → the term it is a use of, and whether it is the lower-case form of a term that is not in sentence case (with that form where it is all its words lowered). */
  readonly phrases: ReadonlyMap<string, PhraseUse>;
  readonly searched: readonly string[];
  readonly searchedKey: string;
  readonly shorts: ReadonlyMap<string, string>;
  readonly titleTerms: readonly string[];
  readonly quotedLower: ReadonlySet<string>;
}

/** The last measure of each document (per service), with what it was made from; a few documents at once. */
const measuredDocuments = 8;
const lastMeasures = new LastStates<{
  readonly terms: readonly DeclaredSymbol[];
  readonly quoted: Readings<unknown>;
  readonly introduced: Readings<unknown>;
  readonly openings: Readings<unknown>;
  readonly plan: PhrasePlan;
  readonly read: (text: string) => readonly string[];
  readonly occurrences: Readings<unknown>;
  readonly use: TermUsesFound;
  readonly lowering: LowerSearch;
  readonly lower: Readings<unknown>;
  readonly result: TermUse;
}>(measuredDocuments);

function planPhrases(terms: readonly DeclaredSymbol[], quoted: Readings<QuotedForm>, introduced: Readings<Introduction>, openings: Readings<string>): PhrasePlan {
  // The pass over the prose finds every use the term references are made of (the same texts, the
  // same exclusion of the definition's own text), and reads what follows each one.
  const names = new Set(terms.map((s) => s.name));
  const definitionOf = new Map(terms.map((s) => [s.name, s.node]));
  const phrases = new Map<string, PhraseUse>(terms.map((s) => [s.name, { term: s.name, lowerOnly: false }]));
  // A Title Case term ("Sending Party") keeps its capitals: "the sending Party" is not it, unless
  // the list is in sentence case and only its first letter differs ("the assisting State Party"),
  // or the text quotes the term in that form where it defines it (term-lower-case-forms.ts).
  const listCapital = capitalOpensItem(names);
  const titleTerms = listCapital ? [] : [...names].filter((name) => titleCase(name) && !sentenceCase(name, names) && !names.has(lowerFirst(name)!));
  const quotedLower = quotedAsDefined(quoted, new Map(titleTerms.map((name) => [lowerFirst(name)!, definitionOf.get(name)!])));
  // A single word whose definition opens a list item or a sentence in the text's own words ("1.
  // “Funds” means …") has the item's capital: its lower-case form is a use (term-item-openings.ts).
  const openers = new Set<string>();
  const drafterCapital = new Set<string>();
  for (const { found } of openings) for (const t of found) if (t.startsWith(midSentence)) drafterCapital.add(t.slice(1)); else openers.add(t);
  // So does one whose list writes its terms in sentence case ("Sanitation" beside "Drinking water",
  // Water and Health Protocol 1999, Art. 2; term-letter-case.ts), unless the text's own words put
  // the capital where nothing requires it ("In this Protocol, ‘‘Permit’’ means …").
  const listOpensItem = oneWordCapitalOpensItem(names);
  for (const name of names) {
    const singleOpensItem = listOpensItem && !drafterCapital.has(name);
    const single = !/\s/u.test(name);
    const sentence = sentenceCase(name, names);
    const lower = single || sentence || (listCapital && titleCase(name)) || quotedLower.has(lowerFirst(name) ?? '') || articleLed.test(name) ? lowerFirst(name) : undefined;
    if (lower && !names.has(lower)) phrases.set(lower, { term: name, lowerOnly: single && !singleOpensItem && !openers.has(name) });
    // Its singular too ("parties" → "party"), as the phrase matcher reads its plural ("incidents").
    const lowerOne = lower && singularTerm(lower);
    if (lowerOne && !names.has(lowerOne) && !phrases.has(lowerOne)) phrases.set(lowerOne, { term: name, lowerOnly: single && !singleOpensItem && !openers.has(name) });
    // A term of several capitalised words written with every one lowered ("Space Segment", then
    // "space segment"): as for a single word, the checker cannot tell whether the capitals mark the
    // defined sense, so it is noted as used only in lower case, not called unused (seventieth run,
    // defect 3). A sentence-case term's lower-case form is already a use.
    const every = sentence ? undefined : allLowered(name);
    for (const form of every ? [every, singularTerm(every)] : []) {
      if (form && !names.has(form) && !phrases.has(form)) phrases.set(form, { term: name, lowerOnly: true, form: every });
    }
    for (const form of termForms(name)) if (!names.has(form) && !phrases.has(form)) phrases.set(form, { term: name, lowerOnly: false });
  }
  // A short form the definition introduces ("(hereinafter referred to as “FIU”)") is a use of it (term-short-forms.ts).
  const shorts = shortForms(introduced.flatMap((t) => t.found), names);
  for (const [short, term] of shorts) if (!names.has(short) && !phrases.has(short)) phrases.set(short, { term, lowerOnly: false });
  const searched = [...phrases.keys()];
  return { names, definitionOf, phrases, searched, searchedKey: searched.join('\u0002'), shorts, titleTerms, quotedLower };
}

/** Which terms the occurrences found use as written, and which only in their lower-case form. */
function usesOf(plan: PhrasePlan, occurrences: Readings<string>): TermUsesFound {
  const used = new Set<string>();
  const lowerUsed = new Set<string>();
  const lowerForms = new Map<string, string>();
  for (const { owner, found } of occurrences) {
    for (const phrase of found) {
      const { term, lowerOnly, form } = plan.phrases.get(phrase)!;
      if (owner !== undefined && plan.definitionOf.get(term) === owner) continue;
      (lowerOnly ? lowerUsed : used).add(term);
      if (lowerOnly && form !== undefined && !lowerForms.has(term)) lowerForms.set(term, form);
    }
  }
  for (const [short, term] of plan.shorts) if (plan.names.has(short) && used.has(short)) used.add(term);
  return { used, lowerUsed, lowerForms };
}

/**
 * Whether two readings found the same in each text, in the same order of texts. A declaration
 * whose node is new (the edited one) is neither the definition of a term the measure kept (those
 * symbols are the same, and so are their nodes) nor was the node it replaced: which owner a text
 * has then decides nothing, only whether it has one (a library text has none).
 */
function sameReadings(a: Readings<unknown>, b: Readings<unknown>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    // The very same part (a declaration a keystroke left alone): one comparison, no property read.
    if (x === y) continue;
    if (x.found !== y.found && !sameElements(x.found, y.found)) return false;
    if ((x.owner === undefined) !== (y.owner === undefined)) return false;
  }
  return true;
}

/**
 * What `read` finds in the texts that use terms, with the declaration each belongs to (a
 * definition's own text does not use its term). Each declaration's findings are kept with its
 * node (model/document-change.ts: patched where an edit replaced a declaration) under `name` and `facts` — what `read` depends on besides the
 * text — so that after a keystroke only the edited declaration's prose is read; then the text of
 * each library clause taken without a body.
 */
function readTermTexts<T>(model: SemanticModel, name: string, facts: string, read: (text: string) => readonly T[]): Readings<T> {
  // A declaration whose prose holds nothing read gives the one shared empty part: after a keystroke
  // in such prose the list is the last one itself (declarationParts), and so is a reading without
  // library texts, which `sameReadings` then tells unchanged at once.
  const parts = declarationParts(name, model, facts, (owner): OwnedFindings<T> => {
    const found: T[] = [];
    for (const text of rowOf(owner).prose(owner)) if (text) found.push(...read(text.value));
    return found.length === 0 ? (nothingFound as OwnedFindings<T>) : { owner, found };
  }, ownerMoved);
  const library = libraryTexts(model);
  if (library.length === 0) return parts;
  const result = parts.slice();
  for (let i = 0; i < library.length; i++) result.push({ owner: undefined, found: read(library[i]) });
  return result;
}

/**
 * A declaration's findings on the lines an edit above it moved it to: what `read` finds is a
 * function of the prose's words, so only the owner is the copy's node.
 */
function ownerMoved<T>(part: OwnedFindings<T>, _lineDelta: number, owner: Declaration): OwnedFindings<T> {
  return part === nothingFound ? part : { owner, found: part.found };
}

/**
 * A text and what was found in it; `owner` is the declaration, `undefined` for a library text, and
 * `null` in the shared part of a declaration where nothing was found (no finding asks whose it is).
 */
type OwnedFindings<T> = { readonly owner: Declaration | null | undefined; readonly found: readonly T[] };

const nothingFound: OwnedFindings<never> = { owner: null, found: [] };

/**
 * The phrases of `searched` each text holds, outside the words that name or define them
 * (`definesAt`); with `coordinated`, also those a coordination of modifiers writes ("illegal,
 * irregular or suspicious sports betting"). References are exact words (navigation and rename
 * need that); a plural ("Incidents" for "Incident") is still a use of the definition, as in any
 * drafted text.
 */
function occurrencesOf(model: SemanticModel, searched: readonly string[], coordinated: boolean): (text: string) => readonly string[] {
  let matcher: PhraseMatcher | undefined;
  // Which phrases a text holds is a pure function of the text and the phrases searched (in their
  // order): remembered across edits, so a keystroke searches only the prose it changed.
  const memo = proseMemoOf(model);
  const space = memo.space(`term-occurrences${coordinated ? '' : '-plain'}\u0004${searched.join('\u0002')}`);
  return (text: string): readonly string[] =>
    memo.get(space, text, (stored) => {
      // A term may run over a line break of the prose ("sports\n  betting"): white space is white space.
      matcher ??= sharedPhraseMatcher(searched, { plural: true, flexibleSpace: true });
      return termOccurrences(matcher, stored, coordinated);
    });
}

/**
 * The text of each library clause taken without a body, listed once per model: four readings of
 * the term texts ask for it on every keystroke (a walk of every clause each, through a generator).
 */
export const libraryTexts = oncePer((model: SemanticModel): readonly string[] => {
  const texts: string[] = [];
  for (const clause of model.ast.clauses) if (!clause.body) texts.push(model.clauseText(clause) ?? '');
  return texts;
});
