/**
 * Whose voice a piece of prose speaks in. The wording checks judge only the instrument's own
 * wording; this module finds the spans where the text speaks of, or for, another instrument:
 *
 * - citations: the name of another instrument or of one of its provisions
 *   ("Article 23 of Directive (EU) 2022/2555", "the Convention on Cybercrime, done at Budapest");
 * - legal effect of another instrument or of the law: a legal-effect noun governed by such a
 *   reference ("the entry into force of the agreement on …", "obligations as States Parties to the
 *   Convention", "rights and obligations under existing agreements", "commitments under the Paris
 *   Call"), qualified as external ("international obligations", "legal obligations"), or held by
 *   someone other than the signatories ("his obligations", "the obligations of the contractor");
 *   and another instrument as the subject of its own effect ("until the Agreement on … enters
 *   into force");
 * - reported speech: what another instrument provides ("the Convention provides that …",
 *   "… under which States Parties shall …"), and a clause introduced by a citation whose subject
 *   is not a signatory ("under Article 23 of Directive (EU) 2022/2555, essential and important
 *   entities shall submit …").
 *
 * A clause introduced by a citation whose subject IS a signatory, or a pronoun, is left
 * undetermined (a "framed" clause): "Under Article 35 of the Convention, the Participants shall …"
 * may report the Convention or make a commitment of the MoU's own, and only the drafter knows.
 *
 * Works on masked prose (conflict-prose.ts): same offsets as the document.
 */
import { sharedPhraseMatcher, wordBefore, type PhraseMatcher } from '../util/phrase-matcher';
import { SpanIndex } from '../util/span-index';
import { wordStartMatches } from '../util/word-start-matches';
import { defaultProseMemo } from '../util/prose-memo';
import { contextSpace } from './context-space';
import { findReferences, isSignatory, referenceAt, type InstrumentReference, type ReferenceContext } from './instrument-references';
import { matchesOf } from '../util/all-matches';

export type ForeignKind = 'citation' | 'legal-effect' | 'reported';

export interface ForeignSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: ForeignKind;
}

export type SubjectKind = 'signatory' | 'other' | 'unknown';

export interface ProseVoice {
  readonly text: string;
  readonly context: ReferenceContext;
  readonly references: readonly InstrumentReference[];
  readonly foreign: readonly ForeignSpan[];
  /** Clauses introduced by a citation of another instrument whose subject is a signatory or a pronoun. */
  readonly framed: readonly { readonly start: number; readonly end: number }[];
}

const legalEffectNoun = String.raw`(?:(?:rights\s+and\s+)?obligations?|rights(?:\s+and\s+duties)?|duties|commitments?|undertakings|understandings|(?:terms\s+and\s+)?conditions|provisions|preamble|(?:entry|enter(?:s|ed|ing)?)\s+into\s+force|(?:coming|come|comes|came)\s+into\s+(?:effect|operation)|(?:States?\s+|(?:High\s+)?Contracting\s+)?Part(?:y|ies)|signatories|ratification|reservations?|depositary)`;
const holder = String.raw`(?:\s+of\s+(?:the\s+|each\s+|either\s+|both\s+|all\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:Participants?|Part(?:y|ies)|Signator(?:y|ies)|Sides?|States?|Governments?))?`;
const linker = String.raw`\s+(?:of|under|to|in|within|pursuant\s+to|arising\s+(?:from|under)|deriving\s+from|(?:set\s+out|laid\s+down|contained|provided\s+(?:for\s+)?)\s+(?:in|by)|as\s+(?:(?:States?\s+|(?:High\s+)?Contracting\s+)?Part(?:y|ies)|(?:a\s+)?[Mm]ember\s+States?|(?:a\s+)?members?|signatories)\s+(?:of|to))\s+`;
/** Found by `wordStartMatches`: no letter, digit, `_` or `-` before a match. */
const legalEffect = new RegExp(String.raw`${legalEffectNoun}${holder}(?=${linker})`, 'gu');
/** Found by `wordStartMatches`, like `legalEffect`. */
const externalQualifier = new RegExp(
  String.raw`(?:(?:their|its)\s+)?(?:respective\s+)?(?:international|legal|legally\s+binding|treaty|statutory|contractual|constitutional|domestic|national|existing|other|EU|Union|European\s+Union|human\s+rights)\s+(?:(?:rights\s+and\s+)?obligations?|commitments?|rights|undertakings|duties)(?![\p{L}\p{N}_-])`,
  'gu',
);
/** What governs a legal-effect noun ("of", "under", "as States Parties to"), and a further one after "and"/"or". */
const firstLink = new RegExp(`^${linker}`, 'u');
const furtherLink = new RegExp(`^(?:,|\\s+and|\\s+or)?${linker}`, 'u');
/** Another instrument's own legal effect: "the Convention's entry into force". */
const possessiveEffect = new RegExp(`^['’]s?\\s+${legalEffectNoun}`, 'u');
/** Someone other than the signatories holds the duty: "his obligations", "the contractor's obligations". */
const otherHolder = /(?<![\p{L}\p{N}_-])(?:his|her|whose|[\p{L}-]+(?:'s|’s))\s+(?:(?:rights\s+and\s+)?obligations?|commitments?|undertakings|duties)(?![\p{L}\p{N}_-])/gu;
/**
 * A literal every match of `externalQualifier` and `otherHolder` holds (their nouns, in the case
 * they are written in): a plain scan for it is many times cheaper than theirs, which try a
 * Unicode look-behind and a word at every position.
 */
const dutyNoun = /obligation|commitment|rights|undertakings|duties/;
const effectVerb = /^\s+(?:(?:will|shall|has|have|had|may|might|would|should|is\s+expected\s+to|does\s+not|did\s+not|is\s+to)\s+)?(?:(?:enter(?:s|ed)?|come|comes|came)\s+into\s+(?:force|effect|operation)|(?:remain|remains|continue|continues)\s+in\s+(?:force|effect)|(?:is|are|was|were|be|been)\s+in\s+force)/u;
const reportingVerb = /^\s*,?\s*(?:which\s+)?(?:(?:also|expressly|inter\s+alia|itself)\s+)?(?:provides|provide|requires|require|stipulates|stipulate|states|state|specifies|specify|prescribes|prescribe|lays\s+down|lay\s+down|sets\s+out|set\s+out|establishes|establish|obliges|oblige|obligates|obligate|says|say|foresees|envisages|reads|read)\b/u;
const relativeOfReference = /^\s*,?\s*(?:(?:under|according\s+to|pursuant\s+to|by\s+virtue\s+of|in\s+accordance\s+with)\s+which|whereby)\b/u;
const reportingAdjunct = /(?:^|[^\p{L}])(?:under|according\s+to|pursuant\s+to|as\s+provided\s+(?:for\s+)?(?:in|by)|as\s+required\s+by|as\s+set\s+out\s+in|as\s+laid\s+down\s+in|by\s+virtue\s+of)\s+(?:the\s+)?$/iu;
const modal = /(?<![\p{L}])(?:shall|will|must|may|undertakes?\s+to|agrees?\s+to|(?:are|is)\s+(?:required|obliged|obligated)\s+to|have\s+to|has\s+to)(?![\p{L}])/giu;
const modalAnywhere = new RegExp(modal.source, 'iu');

export function analyseVoice(text: string, context: ReferenceContext): ProseVoice {
  return (context.memo ?? defaultProseMemo()).get(contextSpace('voice', context), text, (stored) => analyse(stored, context));
}

function analyse(text: string, context: ReferenceContext): ProseVoice {
  const references = findReferences(text, context);
  const foreign: ForeignSpan[] = [];
  const framed: { start: number; end: number }[] = [];
  const others = references.filter((r) => r.to === 'other');
  for (const r of others) foreign.push({ start: r.start, end: r.end, kind: 'citation' });

  // A legal-effect noun governed by another instrument or by the law.
  for (const m of wordStartMatches(text, legalEffect)) {
    let end = m.index + m[0].length;
    let governed = false;
    for (let link = firstLink.exec(text.slice(end)); link; link = furtherLink.exec(text.slice(end))) {
      const target = referenceAt(text, end + link[0].length, references, context);
      if (!target || target.to !== 'other') break;
      governed = true;
      end = target.end;
    }
    if (governed) foreign.push({ start: m.index, end, kind: 'legal-effect' });
  }
  // Both patterns end in a duty noun: prose without one is not scanned (most clauses have none).
  if (dutyNoun.test(text)) {
    for (const m of [...wordStartMatches(text, externalQualifier), ...matchesOf(text, otherHolder)]) foreign.push({ start: m.index, end: m.index + m[0].length, kind: 'legal-effect' });
  }
  for (const r of others) {
    const after = text.slice(r.end);
    // Another instrument as the subject of its own legal effect, or possessing it.
    const effect = effectVerb.exec(after);
    if (effect) foreign.push({ start: r.start, end: r.end + effect[0].length, kind: 'legal-effect' });
    const possessive = possessiveEffect.exec(after);
    if (possessive) foreign.push({ start: r.start, end: r.end + possessive[0].length, kind: 'legal-effect' });
    // What the other instrument provides: reported speech to the end of the sentence.
    const reported = reportingVerb.exec(after) ?? relativeOfReference.exec(after);
    if (reported) foreign.push({ start: r.end + /^\s*/u.exec(after)![0].length, end: reportedEnd(text, r.end), kind: 'reported' });
  }

  // A clause introduced by a citation ("Under Article 23 of Directive …, X shall …").
  for (const r of others) {
    const adjunct = reportingAdjunct.exec(text.slice(Math.max(0, r.start - 40), r.start));
    if (!adjunct) continue;
    // Only a citation that opens its clause frames it: "The host Participant will pay the costs
    // under the SOFA" is the MoU's own sentence with a citation in it.
    const opening = text.slice(clauseStart(text, r.start), r.start - adjunct[0].length + 1);
    if (modalAnywhere.test(opening) || /\b(?:is|are|was|were|has|have|had|does|do)\b/iu.test(opening)) continue;
    const end = reportedEnd(text, r.end);
    // The clause ends at `end` (within the window): look for its modal there only.
    modal.lastIndex = r.end;
    const verb = modal.exec(text.slice(0, end));
    // Without a modal ("… each Participant waives its claims"), the subject is the first words after the citation.
    const subjectEnd = verb ? verb.index : Math.min(end, r.end + (/^(?:[^,]*,)?(?:\s*[\p{L}\p{N}'’-]+){1,4}/u.exec(ahead(text, r.end))?.[0].length ?? 0));
    const subject = subjectBefore(text, subjectEnd, r.end, context);
    if (subject === 'other') foreign.push({ start: clauseStart(text, r.start), end, kind: 'reported' });
    else framed.push({ start: clauseStart(text, r.start), end });
  }
  return { text, context, references, foreign: merge(foreign), framed };
}

/** Overlap indexes of a voice's spans, built on the first question (a check asks once per word). */
const indexes = new WeakMap<ProseVoice, { foreign: SpanIndex<ForeignSpan>; framed: SpanIndex<{ start: number; end: number }> }>();

function indexOf(voice: ProseVoice) {
  let index = indexes.get(voice);
  if (!index) {
    index = { foreign: new SpanIndex(voice.foreign), framed: new SpanIndex(voice.framed) };
    indexes.set(voice, index);
  }
  return index;
}

/** A foreign span that overlaps `[start, end)`, if any. */
export function foreignAt(voice: ProseVoice, start: number, end: number): ForeignSpan | undefined {
  return indexOf(voice).foreign.overlapping(start, end);
}

export function isFramed(voice: ProseVoice, offset: number): boolean {
  return indexOf(voice).framed.holding(offset) !== undefined;
}

/**
 * The subject of the verb at `verb`: the words between the last clause boundary (or `from`) and
 * the verb, adverbs dropped. A signatory ("the Participants", "each Party", a declared name),
 * someone or something else ("essential and important entities", "information"), or unknown
 * (a pronoun, nothing).
 */
export function subjectBefore(text: string, verb: number, from: number, context: ReferenceContext): SubjectKind {
  const head = text.slice(from, verb);
  const boundary = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('.'), lastWordIndex(head, /\b(?:that|which|who|whom|whose|where|when|if|unless|whether)\b/giu));
  const words = head
    .slice(boundary + 1)
    .replace(/\b(?:also|only|not|promptly|immediately|then|thereafter|hereby|further|therefore|jointly|equally|each\s+other)\b/giu, ' ')
    .trim();
  if (words === '' || /^(?:it|they|he|she|we|this|these|those|which|who|that|there)$/iu.test(words)) return 'unknown';
  if (/\bStates?\s+Part(?:y|ies)\b|\bPart(?:y|ies)\s+to\b/u.test(words)) return 'other';
  const named = signatoryMatcher(context).matches(words).length > 0;
  if (named || /\b(?:Participants?|Part(?:y|ies)|Signator(?:y|ies)|Sides?)\b/u.test(words) || /^(?:each|either|both|neither)$/iu.test(words)) return 'signatory';
  return isSignatory(words, context) ? 'signatory' : 'other';
}

/**
 * True when the verb at `verb` is not the operative verb of a provision: it stands in a
 * subordinate clause — a restrictive relative or content clause ("the information that will be
 * needed", "believes that preservation will not ensure", "the date on which this Convention will
 * come into force"), a verb coordinated with one ("which have been or will be concluded") — or in
 * a preambular paragraph ("Convinced that … will further expand cooperation").
 *
 * Left in the main clause, hence operative: a subordinate clause that has closed before the verb
 * ("information that is transmitted will be marked"); a non-restrictive relative clause, which
 * says what an identified actor does (", which will notify all signatory States"); and the
 * content of an agreement ("Member States agree that atomic information … will not be
 * transferred", "It is agreed that …").
 */
export function isSubordinate(text: string, verb: number): boolean {
  const from = Math.max(0, verb - window);
  const lineStart = from + text.slice(from, verb).lastIndexOf('\n') + 1;
  if (preambular.test(text.slice(lineStart, verb)) || preambular.test(text.slice(sentenceStart(text, verb), verb))) return true;
  let head = text.slice(sentenceStart(text, verb), verb);
  // A verb coordinated with the previous one belongs to its clause. The coordination cannot cross
  // a comma, semicolon or colon, so only the text after the last of them is searched.
  let last = head.length;
  while (last > 0 && /\s/u.test(head.charAt(last - 1))) last--;
  if (last < head.length && /\s(?:or|and|and\/or)$/iu.test(head.slice(Math.max(0, last - 8), last))) {
    const tail = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
    const coordinated = /(\b(?:is|are|was|were|has|have|had|shall|will|may|can|must|would|should|could)\b[^,;:]*?)\s+(?:or|and|and\/or)\s+$/iu.exec(head.slice(tail));
    if (coordinated) head = head.slice(0, tail + coordinated.index);
  }
  // ", will": the subject stands before a parenthetical set off by commas.
  head = beforeParentheticals(head);
  const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1);
  const opening = /^\s*/u.exec(clause)![0].length;
  const afterComma = endsWithComma(head.slice(0, head.length - clause.length));
  let subordinator = -1;
  for (const m of matchesOf(clause, subordinators)) {
    // "that Contracting Party will …": a demonstrative opening the clause, not a conjunction.
    if (/^that$/iu.test(m[0]) && m.index <= opening) continue;
    // "agree that …", "It is agreed that …", "the understanding that …": the content of an agreement is operative.
    if (/^that$/iu.test(m[0]) && agreementVerb.test(wordsBefore(clause, m.index, 80))) continue;
    // ", which will notify …": a non-restrictive relative clause says what an identified actor does.
    if (/^(?:which|who)$/iu.test(m[0]) && afterComma && m.index <= 200 && clause.slice(0, m.index).trim().split(/\s+/u).every((w) => /^(?:a|an|the|list|copy|each|of|one|some|all|any)?$/iu.test(w))) continue;
    subordinator = m.index;
  }
  if (subordinator < 0) return false;
  // A finite verb after the subordinator closes its clause: "information that is transmitted will …".
  const rest = clause.slice(subordinator).replace(/^\S+/u, '');
  return !/\b(?:is|are|was|were|has|have|had|shall|may|can|must|would|should|could|does|do|did|requires?|concerns?|contains?|relates?|applies?|falls?)\b/iu.test(rest);
}

const subordinators = /\b(?:that|which|who|whom|whose|whereby|where|wherever|when|whenever|if|unless|whether|because|although|though|while|whilst|once|than|lest|as\s+soon\s+as|as\s+long\s+as|in\s+so\s+far\s+as|insofar\s+as|in\s+order\s+that|so\s+that)\b/giu;
const agreementVerb = /\b(?:agree[sd]?|agreeing|understood|understanding|undertakes?|undertook|undertaken|decided|determined|declares?|confirms?|accepts?)(?:\s+(?:of|between|by)\s+(?:the\s+)?\p{L}+)?\s*$/iu;
export const preambular = /^\s*(?:\*+\s*)?(?:Recogni[sz]ing|Considering|Convinced|Bearing\s+in\s+mind|Desiring|Desirous|Noting|Recalling|Mindful|Aware|Believing|Acknowledging|Affirming|Reaffirming|Taking\s+(?:into\s+account|note)|Having\s+regard|Emphasi[sz]ing|Stressing|Welcoming|Determined|Wishing|Whereas|Expressing|Considers|Expresses)\b/u;

/**
 * The text before the parentheticals set off by commas at its end (", after consulting the other
 * Government,"): each trailing ", …," is dropped with what it encloses. One backward pass (the
 * former loop re-read the whole text for every comma).
 */
export function beforeParentheticals(head: string): string {
  let end = head.length;
  for (;;) {
    let k = end;
    while (k > 0 && /\s/u.test(head.charAt(k - 1))) k--;
    if (k === 0 || head.charAt(k - 1) !== ',') return head.slice(0, end);
    const open = k >= 2 ? head.lastIndexOf(',', k - 2) : -1;
    if (open < 0) return '';
    end = open;
  }
}

/** The whole words among the last `length` characters before `offset` (a word cut by the window is dropped). */
function wordsBefore(text: string, offset: number, length: number): string {
  const from = Math.max(0, offset - length);
  const words = text.slice(from, offset);
  return from > 0 && /\S/u.test(text.charAt(from - 1)) ? words.replace(/^\S*/u, '') : words;
}

/** Whether a text ends with a comma and white space (`/,\s*$/` without scanning the whole text). */
function endsWithComma(text: string): boolean {
  let k = text.length;
  while (k > 0 && /\s/u.test(text.charAt(k - 1))) k--;
  return k > 0 && text.charAt(k - 1) === ',';
}

/** Signatory names and ids as phrases, bounded by letters and digits, built once per list of signatories. */
const signatoryMatchers = new WeakMap<readonly string[], { matcher: PhraseMatcher; byLength: Map<number, Set<string>> }>();

function signatoryIndex(context: ReferenceContext) {
  let index = signatoryMatchers.get(context.signatories);
  if (!index) {
    const names = context.signatories.filter((s) => s.length > 1);
    const byLength = new Map<number, Set<string>>();
    for (const s of names) {
      const set = byLength.get(s.length);
      if (set) set.add(s);
      else byLength.set(s.length, new Set([s]));
    }
    index = { matcher: sharedPhraseMatcher(names, { underscoreInWords: false, maxLength: 300 }), byLength };
    signatoryMatchers.set(context.signatories, index);
  }
  return index;
}

function signatoryMatcher(context: ReferenceContext): PhraseMatcher {
  return signatoryIndex(context).matcher;
}

/** The signatory the words end with (`(?<![\p{L}\p{N}])name$`), if any: one lookup per length of name. */
export function signatoryEnding(words: string, context: ReferenceContext): string | undefined {
  for (const [length, names] of signatoryIndex(context).byLength) {
    if (length > words.length) continue;
    const tail = words.slice(words.length - length);
    if (names.has(tail) && !wordBefore(words, words.length - length, false)) return tail;
  }
  return undefined;
}

function lastWordIndex(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of matchesOf(text, pattern)) last = m.index;
  return last;
}

/**
 * Where the sentence holding `offset` starts: after a full stop (not that of "Art." or "No."), a
 * semicolon or colon, a blank line, or a line that opens with an item number ("(a)", "2.", "e.").
 */
export function sentenceStart(text: string, offset: number): number {
  // Looking back a bounded distance keeps the analysis linear on very long prose.
  const from = Math.max(0, offset - window);
  const head = text.slice(from, offset);
  let start = from;
  for (const m of matchesOf(head, /(?<!\b(?:Art|Arts|No|Nos|para|paras|p|pp|e\.g|i\.e|cf|Mr|Mrs|Dr|St|Vol|Sec|etc))\.(?=\s)|[;:]|\n\s*\n|\n(?=\s*(?:\(?[a-z0-9]{1,4}[.)]|\([ivx]+\)))/gu)) start = from + m.index + m[0].length;
  return start;
}

/**
 * Where reported speech ends: at the end of the sentence, or earlier where a coordinated clause
 * turns back to the instrument's own voice (", and this Memorandum will …", "; the Participants …").
 */
function reportedEnd(text: string, offset: number): number {
  const end = sentenceEnd(text, offset);
  const turn = /,\s+(?:and|but|while|whereas)\s+(?=(?:this|these|the\s+present|the\s+Participants|each\s+Participant|the\s+Parties|each\s+Party)\b)/iu.exec(text.slice(offset, end));
  return turn ? offset + turn.index : end;
}

function sentenceEnd(text: string, offset: number): number {
  const tail = /[.;](?:\s|$)|\n\s*\n/u.exec(ahead(text, offset));
  return tail ? offset + tail.index : Math.min(text.length, offset + window);
}

/**
 * How far the analysis looks before or after a word for the bounds of its sentence: far enough
 * for any sentence a treaty has, and a bound, so that prose without full stops costs linear time.
 */
const window = 2000;

function ahead(text: string, offset: number): string {
  return text.slice(offset, offset + window);
}

/** Where the clause holding `offset` starts: after the last sentence or clause boundary, or "that". */
function clauseStart(text: string, offset: number): number {
  const head = text.slice(0, offset);
  const that = lastWordIndex(head.slice(sentenceStart(text, offset)), /\bthat\b/gu);
  return that >= 0 ? sentenceStart(text, offset) + that : sentenceStart(text, offset);
}

function merge(spans: ForeignSpan[]): ForeignSpan[] {
  return [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
}
