/**
 * Prose as the wording checks scan it: the raw source of every prose block, the instrument's
 * title and clause headings, with what must not be judged masked (same length, so an offset in
 * the scanned string is an offset in the document):
 * - the string delimiters and escape sequences are blanked to spaces;
 * - passages in quotation marks inside the prose (`\"…\"`, `"…"` in triple-quoted prose, `“…”`)
 *   become runs of `nameMark`: a quoted citation or title of another instrument is not the
 *   drafter's own wording, but it is still a noun phrase the voice analysis can read ("the
 *   entry into force of ∎∎∎∎");
 * - so do occurrences of the document's defined terms (and their plurals) and security-agreement
 *   names, which the drafter chose deliberately and the definition check governs.
 *
 * Each span carries the reference context: how the instrument names itself (from its title and
 * kind) and who its signatories are, so that "this Memorandum" and "the Participants" can be told
 * from "the Convention" and "States Parties".
 */
import type { Declaration, Definition, Party, Text } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import type { InstrumentKind } from '../../ast/vocabulary';
import { nameMark, type ReferenceContext } from '../../model/instrument-references';
import { analyseVoice } from '../../model/prose-voice';
import { holdsVocabulary } from '../../model/wording';
import type { Wording } from '../../library/library-types';
import type { SemanticModel } from '../../model/semantic-model';
import { rowOf } from '../../constructs/table';
import { sharedPhraseMatcher, type PhraseMatcher } from '../../util/phrase-matcher';
import { proseMemoOf } from '../../util/prose-memo';
import { singular } from '../../util/english-singular';
import { oncePer } from '../../util/once-per';
import { keyOfParts, sameElements } from '../../util/same-values';
import { combinedParts, sameWords, someDeclaration } from '../../model/document-change';
import { singleSpaced } from '../../util/single-spaced';

export interface ProseSpan {
  /** Offset of `text[0]` in the document. */
  readonly offset: number;
  /** The raw source, masked; same length as the source it covers. */
  readonly text: string;
  /** True for the instrument's own title. */
  readonly title: boolean;
  /** How the instrument names itself and its signatories. */
  readonly context: ReferenceContext;
  /** The declaration the prose belongs to (a clause, a letter…); none for the instrument's title. */
  readonly owner?: Declaration;
}

/** The spans of a model, masked once: the wording, commitment and citation checks all read them. */
const spansOf = oncePer(maskedSpans);

export function proseSpans(model: SemanticModel): readonly ProseSpan[] {
  return spansOf(model);
}

function maskedSpans(model: SemanticModel): ProseSpan[] {
  const texts: SpanText[] = model.prose().map(({ text, owner }) => ({ text, title: false, owner }));
  const title = model.ast.instrument?.title;
  if (title) texts.push({ text: title, title: true });
  for (const clause of model.ast.clauses) if (clause.heading) texts.push({ text: clause.heading, title: false, owner: clause });
  return masking(model).spans(texts);
}

/**
 * The spans of one declaration: its prose, then (for a clause) its heading — the spans of
 * `proseSpans` it owns, for checks that keep what they find per declaration
 * (util/declaration-memo.ts). Their masking depends on the declaration and `spanFacts` only.
 */
export function declarationSpans(model: SemanticModel, owner: Declaration): ProseSpan[] {
  const texts: SpanText[] = [];
  for (const text of ownTexts(owner)) texts.push({ text, title: false, owner });
  return texts.length === 0 ? [] : masking(model).spans(texts);
}

/** A declaration's texts as its spans hold them: its prose, then (for a clause) its heading. */
function ownTexts(owner: Declaration): Text[] {
  const texts: Text[] = [];
  for (const text of rowOf(owner).prose(owner)) if (text) texts.push(text);
  if (owner.type === 'Clause' && owner.heading) texts.push(owner.heading);
  return texts;
}

/**
 * Whether `findWording` may find a word of `belongsTo`'s vocabulary in a declaration's spans (or,
 * with none, the title's), asked of the raw source before it is masked: most prose of a treaty
 * holds no word of the MoU vocabulary, and masking all of it was most of treaty-mou-wording's time
 * at 10k lines (issue #11). False only where the masked spans hold no form either: masking turns
 * characters into spaces or `nameMark`s and nothing else, so every letter and line break of a
 * masked span is the source's, and so is the white space between two letters (the other spaces
 * it writes are the string's delimiters, at its ends): a form found in the masked text stands in
 * the source at the same place. Nor can masking make a word start or end there: a quotation
 * becomes marks from its quotation mark on, and a name is masked only where it is a whole word,
 * so what stands beside a form's first or last letter in the masked text is no letter in the
 * source either. The one exception is an escape sequence of a one-line string (`\n`, `\"`),
 * blanked to spaces, which may end a word or stand between two words of a form: text with a
 * backslash is masked and searched as before.
 */
export function mayHoldWording(model: SemanticModel, owner: Declaration | undefined, belongsTo: Wording): boolean {
  const title = model.ast.instrument?.title;
  const texts = owner ? ownTexts(owner) : title ? [title] : [];
  for (const text of texts) {
    const raw = model.exactSource(text);
    if (raw.includes('\\') || holdsVocabulary(raw, belongsTo)) return true;
  }
  return false;
}

/** The instrument's title as a span, if it has one. */
export function titleSpans(model: SemanticModel): ProseSpan[] {
  const title = model.ast.instrument?.title;
  return title ? masking(model).spans([{ text: title, title: true }]) : [];
}

/** What a span of this model is made of besides its own text: the reference context and the protected names. */
export function spanFacts(model: SemanticModel): string {
  const context = masking(model).context;
  // The context and the names are the very same objects while what they are read from is unchanged
  // (see `referenceContext`, `protectedNames`): the key is then told equal by identity.
  return keyOfParts('span-facts', [context.selfNouns, context.signatories, namesOf(protectedNames(model)).list]);
}

/** The protected names as a list and as the masking memo's key, made once per set of names (the set is kept while unchanged). */
const namesOf = oncePer((names: ReadonlySet<string>) => {
  const list = [...names];
  return { list, key: `mask\u0004${list.join('\u0002')}` };
});

interface SpanText {
  readonly text: Text;
  readonly title: boolean;
  readonly owner?: Declaration;
}

interface Masking {
  readonly context: ReferenceContext;
  spans(texts: readonly SpanText[]): ProseSpan[];
}

/** The reference context and masking of a model, made once per model. */
const maskings = new WeakMap<SemanticModel, Masking>();

function masking(model: SemanticModel): Masking {
  let made = maskings.get(model);
  if (made) return made;
  const names = protectedNames(model);
  let matcher: PhraseMatcher | undefined;
  const context = referenceContext(model);
  // The masking is a pure function of the raw text and the protected names: remembered across edits.
  const memo = proseMemoOf(model);
  const space = memo.space(namesOf(names).key);
  const spans = (texts: readonly SpanText[]) =>
    texts.map(({ text, title: isTitle, owner }): ProseSpan => {
      const offset = model.lines.offsetAt(text.range.start);
      const raw = model.exactSource(text);
      const masked = memo.get(space, raw, (stored) => maskNames(maskQuotes(stored), (matcher ??= sharedPhraseMatcher(names, { flexibleSpace: true, plural: true }))));
      // Two literals rather than a spread of `{ owner }`: the same keys in the same order, without
      // an object made and copied per span (every prose text of the document, per reading).
      return owner ? { offset, text: masked, title: isTitle, context, owner } : { offset, text: masked, title: isTitle, context };
    });
  maskings.set(model, (made = { context, spans }));
  return made;
}

/**
 * The standard the wording checks judge by: the status the instrument declares (`status
 * binding` → treaty wording, `status non-binding` → MoU wording), or for an annex the status its
 * parent declares. Without a declared status there is no standard: the wording is then evidence
 * for the status question (undeclared-status), not a defect, and a memorandum or arrangement is
 * not presumed non-binding (an implementing arrangement of a treaty may well bind).
 */
export function declaredWording(model: SemanticModel): 'mou' | 'treaty' | undefined {
  const instrument = model.ast.instrument;
  if (!instrument) return undefined;
  const status = instrument.status?.value ?? (instrument.kind.value === 'annex' ? model.parentFile?.model?.instrument?.status?.value : undefined);
  return status === 'binding' ? 'treaty' : status === 'non-binding' ? 'mou' : undefined;
}

/**
 * The instrument nouns of its title ("Memorandum of Understanding", "Memorandum") and kind, and its
 * signatories: read once per model (undefined-term and the masking of every wording check ask).
 */
export const referenceContext = oncePer(keptReferenceContext);

/** The last context made for a prose memo (a service's), with what it was read from. */
const lastContexts = new WeakMap<object, { readonly kind: SemanticModel['kind']; readonly title: string; readonly parties: readonly Party[]; readonly lowerCase: boolean; readonly context: ReferenceContext }>();

/**
 * The context of the last analysis (the very same object) when everything it is read from is the
 * same: the kind, the title's words, the party nodes (an incremental parse keeps every untouched
 * node), whether a clause names the signatories in lower case, and the memo. The masking's key and
 * every kept wording answer (`spanFacts`) are then told unchanged by identity, and a keystroke
 * does not read the title and the parties again (issue #11).
 */
function keptReferenceContext(model: SemanticModel): ReferenceContext {
  const memo = proseMemoOf(model);
  const kind = model.kind;
  const title = model.ast.instrument?.title?.value ?? '';
  const parties = model.ast.parties;
  const lowerCase = someDeclaration('lower-case-parties', model, '', namesPartiesInLowerCase);
  const last = lastContexts.get(memo);
  if (last !== undefined && last.kind === kind && last.title === title && last.lowerCase === lowerCase && sameElements(last.parties, parties)) return last.context;
  const context = readReferenceContext(model, lowerCase);
  lastContexts.set(memo, { kind, title, parties, lowerCase, context });
  return context;
}

function readReferenceContext(model: SemanticModel, lowerCase: boolean): ReferenceContext {
  const selfNouns = new Set<string>();
  const kindNoun: Record<InstrumentKind, string | undefined> = { memorandum: 'Memorandum', arrangement: 'Arrangement', framework: 'Framework', protocol: 'Protocol', annex: 'Annex', declaration: 'Declaration', treaty: undefined };
  const noun = model.kind && kindNoun[model.kind];
  if (noun) selfNouns.add(noun);
  const title = model.ast.instrument?.title?.value ?? '';
  const head = /^\s*(?:The\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}?(?:Memorandum(?:\s+of\s+(?:Understanding|Cooperation))?|Arrangement|Agreement|Treaty|Convention|Protocol|Framework|Declaration|Charter|Accord|MoU|Exchange\s+of\s+(?:Letters|Notes)))\b/u.exec(title);
  if (head) {
    const phrase = singleSpaced(head[1]);
    selfNouns.add(phrase);
    // "Technical Arrangement" is also "the Arrangement"; "Memorandum of Understanding" also "the Memorandum".
    const titleNoun = /(?:Memorandum|Arrangement|Agreement|Treaty|Convention|Protocol|Framework|Declaration|Charter|Accord|MoU|Exchange of (?:Letters|Notes))/u.exec(phrase);
    if (titleNoun) selfNouns.add(titleNoun[0]);
  }
  if ([...selfNouns].some((n) => /^Memorandum/u.test(n))) selfNouns.add('MoU');
  const signatories = new Set<string>();
  for (const party of model.ast.parties) {
    if (party.id?.text) signatories.add(party.id.text);
    if (party.name?.value.trim()) signatories.add(party.name.value.trim());
  }
  // A text that names its signatories "the parties" in lower case ("hereinafter referred to as the
  // parties", NL–US Mutual Support Agreement 1983, preamble) writes "the parties will" of them, as
  // it writes "the receiving Party will" (sixty-third run, defect 2): the lower-case word is theirs.
  // Each clause's answer is kept with its node (a function of its body's words alone): a keystroke
  // reads the edited clause only, not the pattern over every clause's body (issue #11).
  if (lowerCase) signatories.add('parties');
  return { selfNouns: [...selfNouns], signatories: [...signatories], memo: proseMemoOf(model) };
}

/** "hereinafter referred to as the parties", "(hereafter “the parties”)": the signatories named in lower case. */
const lowerCaseParties = /\b(?:hereinafter|hereafter)\s+(?:(?:referred\s+to|called|designated)\s+as\s+)?[“"‘']?the\s+parties\b/u;

function namesPartiesInLowerCase(d: Declaration): boolean {
  return d.type === 'Clause' && d.body !== undefined && lowerCaseParties.test(d.body.value);
}

/** The document ranges where the prose cites, quotes or reports another instrument: no rewrite may touch them. */
export function citationRanges(model: SemanticModel): Range[] {
  return proseSpans(model).flatMap((span) => analyseVoice(span.text, span.context).foreign.map((f) => spanRange(model, span, f.start, f.end)));
}

/** The document range of `[start, end)` within a span. */
export function spanRange(model: SemanticModel, span: ProseSpan, start: number, end: number): Range {
  return model.lines.range(span.offset + start, span.offset + end);
}

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** A quoted passage or a name: one noun phrase, with no words of its own to judge. */
function mark(text: string): string {
  // One mark per UTF-16 unit, as the replacement gives: most names and quotations hold no line break.
  return text.includes('\n') || text.includes('\r') ? text.replace(/[^\r\n]/g, nameMark) : nameMark.repeat(text.length);
}

/** Blank the delimiters, escapes and quoted passages of a string or triple-quoted prose. */
export function maskQuotes(raw: string): string {
  const triple = raw.startsWith('"""');
  const delimiter = triple ? 3 : raw.startsWith('"') ? 1 : 0;
  const closing = delimiter > 0 && raw.length >= 2 * delimiter && raw.endsWith('"'.repeat(delimiter)) ? delimiter : 0;
  let body = raw.slice(delimiter, raw.length - closing);
  if (triple) {
    body = body.replace(/"[^"]*"/g, mark);
  } else {
    body = body.replace(/\\"(?:[^"\\]|\\[^"])*\\"/g, mark).replace(/\\u[0-9a-fA-F]{4}|\\./g, blank);
  }
  body = body.replace(/“[^”]*”/g, mark);
  return ' '.repeat(delimiter) + body + ' '.repeat(closing);
}

/**
 * Defined terms and agreement names, found in every span in one pass (flexible spacing, plurals).
 * A term defined in the plural is the text's own word in the singular too: a text that defines
 * "the Participants" writes "each Participant" and "the withdrawing Participant" of the same
 * signatories (ESRO Ariane Arrangement 1973, preamble, Arts. III(2), XX; eighty-third run, defect 1),
 * as one that defines "Participant" writes "the Participants" (the matcher's plural ending).
 * Read once per model (the masking and `spanFacts` both ask); each definition's forms are kept
 * with its node, so a keystroke elsewhere reads no term again (issue #11).
 */
const protectedNames = oncePer((model: SemanticModel): ReadonlySet<string> => combinedParts('protected-names', model, '', namesPart, namesInOrder, sameWords));

/**
 * Per declaration, the names it protects: a definition's term forms, a security agreement's name
 * (marked, as those come after every definition's); nothing for the others. A function of the node
 * alone, kept with it: after a keystroke elsewhere the set of names is the very same object.
 */
function namesPart(d: Declaration): { readonly forms: readonly string[]; readonly agreement: boolean } | undefined {
  if (d.type === 'Definition') return { forms: termFormsOf(d), agreement: false };
  if (d.type !== 'SecurityAgreement') return undefined;
  const name = d.name?.value.trim();
  return { forms: name ? [name] : [], agreement: true };
}

/** The definitions' forms, then the security agreements' names, in the order of the text. */
function namesInOrder(parts: readonly ({ readonly forms: readonly string[]; readonly agreement: boolean } | undefined)[]): ReadonlySet<string> {
  const phrases = new Set<string>();
  for (const part of parts) if (part !== undefined && !part.agreement) for (const form of part.forms) phrases.add(form);
  for (const part of parts) if (part !== undefined && part.agreement) for (const form of part.forms) phrases.add(form);
  return phrases;
}

/** A definition's term and, where it differs, its singular: a function of the node alone, kept with it. */
const termFormsOf = oncePer((d: Definition): readonly string[] => {
  const term = d.term?.value.trim();
  if (!term) return [];
  const one = singularTerm(term);
  return one !== term ? [term, one] : [term];
});

/** The term with its last word in the singular ("Contracting Parties" → "Contracting Party"); the term itself if that word is not a plural. */
function singularTerm(term: string): string {
  const last = /[\p{L}]+$/u.exec(term);
  return last ? term.slice(0, last.index) + singular(last[0]) : term;
}

function maskNames(text: string, names: PhraseMatcher): string {
  if (names.size === 0) return text;
  // A plural of a defined term is the same term ("Participants" where "Participant" is defined).
  const found = names.matches(text);
  if (found.length === 0) return text;
  // The pieces joined once: concatenating them one by one made a chain of strings per name that
  // the first regular expression run over the text had to flatten (a defined term occurs in most
  // sentences of a treaty: tens of thousands of names at 10k lines).
  const pieces: string[] = [];
  let from = 0;
  for (const m of found) {
    pieces.push(text.slice(from, m.start), markOf(text, m.start, m.end));
    from = m.end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** `mark(text.slice(start, end))` without the slice where the name holds no line break (most do). */
function markOf(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return mark(text.slice(start, end));
  }
  return markRun(end - start);
}

/** Runs of `nameMark` by length, made once: a name's length is a few dozen at most, and the same lengths recur. */
const markRuns: string[] = [];

function markRun(length: number): string {
  if (length >= 256) return nameMark.repeat(length);
  return (markRuns[length] ??= nameMark.repeat(length));
}
