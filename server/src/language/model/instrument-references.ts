/**
 * References to instruments in prose: which noun phrases name an instrument, and whether that
 * instrument is this one ("this Memorandum", "the present Agreement") or another one ("Article 23
 * of Directive (EU) 2022/2555", "the Convention on Cybercrime", "existing agreements between
 * them", "the agreement on the mutual protection of classified information").
 *
 * The wording checks need the difference because treaty words are the proper words for the legal
 * effect of a binding instrument an MoU refers to: "pending the entry into force of the Agreement
 * on …" is not MoU-vs-treaty wording, while "this Memorandum will enter into force" is.
 *
 * It works on the masked prose of conflict-prose.ts (same offsets as the document): quoted
 * passages and declared names are runs of `nameMark`, each of which counts as the name of
 * something other than this instrument (a quoted title, a security agreement's name).
 *
 * The recogniser reads the grammar of the phrase, not a list of titles:
 * - EU legal acts by their number: "Directive (EU) 2022/2555", "Regulation (EU) No 910/2014";
 * - title-case names built on an instrument noun (Agreement, Convention, Treaty, Protocol,
 *   Charter, Call, Manual…): up to four capitalised modifiers before the noun ("North Atlantic
 *   Treaty", "General Security Agreement", "Paris Call") and capitalised complements after it
 *   ("Convention on Cybercrime", "Treaty on European Union");
 * - common-noun phrases (agreement, arrangement, contract, exchange of notes…) classified by their determiner
 *   and complements: "this/these/the present …" is this instrument; a plural, an indefinite or
 *   premodified phrase, or one with a complement ("on …", "between …", "in force", "signed …")
 *   is another; a bare "the agreement" is left undetermined;
 * - the sources of law a provision may rest on: "national law", "international law", "the law of …";
 * - provision citations: "Article 35 of the Budapest Convention", "Article 46(2)(a) GDPR";
 * - and the details that continue a citation: "done at Budapest on 23 November 2001", "of 14
 *   December 2022", "(ETS No. 185)", "as amended".
 */

import type { ProseMemo } from '../util/prose-memo';
import { wordStartMatches } from '../util/word-start-matches';
import { matchesOf } from '../util/all-matches';
import { singleSpaced } from '../util/single-spaced';

/** The character that stands for a masked quotation or declared name. */
export const nameMark = '\u220E';

export type ReferenceTarget = 'self' | 'other' | 'unknown';

export interface InstrumentReference {
  /** Offsets in the scanned string, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly to: ReferenceTarget;
  /** True for a citation of a provision ("Article 23 of Directive …"). */
  readonly provision?: boolean;
}

export interface ReferenceContext {
  /** The nouns by which this instrument names itself ("Memorandum", "Memorandum of Understanding"). */
  readonly selfNouns: readonly string[];
  /** Ids and names of the signatories: never an instrument. */
  readonly signatories: readonly string[];
  /** True when scanning the instrument's own title: the instrument noun it starts with is this instrument. */
  readonly title?: boolean;
  /**
   * Where analyses of this instrument's prose are remembered (the service's memo). Not part of
   * what the context says: analyses are keyed by the other fields only.
   */
  readonly memo?: ProseMemo;
}

const headNouns = [
  'Agreements?', 'Conventions?', 'Treat(?:y|ies)', 'Protocols?', 'Charter', 'Covenant', 'Statute', 'Acts?', 'Code',
  'Memorand(?:um|a)', 'Arrangements?', 'Declarations?', 'Resolutions?', 'Pledge', 'Call', 'Manual', 'Framework',
  'Directives?', 'Regulations?', 'Decisions?', 'Guidelines', 'Principles', 'Accords?', 'Pact', 'Constitution', 'MoU',
  'Understanding',
].join('|');
const headWord = new RegExp(`^(?:${headNouns})$`, 'u');
/** A head noun anywhere: prose without one has no title, and its capitalised runs are not read. */
const headNounAnywhere = new RegExp(headNouns, 'u');

/** Whether a word is the head noun of an instrument's name, in any case of its first letter: "Convention", "agreement", "Directives". */
export function isInstrumentNoun(word: string): boolean {
  return headWord.test(word) || headWord.test(word.slice(0, 1).toUpperCase() + word.slice(1));
}
const titleWord = String.raw`(?:\p{Lu}[\p{L}\p{N}'’\-]*|${nameMark}+)`;
/** Capitalised words that begin sentences or phrases but are never part of a title. */
const notTitleStart = new Set(
  ('The This These That Those Each Any Every Such Either Neither Both All No A An Under Pending In Upon On For With Without As By To Of At From Into ' +
    'Pursuant According Following Notwithstanding Subject Where When If Until Unless Nothing It Its Their They We Our Whereas Recalling Noting Having ' +
    'Considering Recognising Recognizing Reaffirming Bearing Convinced Desiring Taking Guided Mindful Welcoming Acknowledging Affirming Determined ' +
    'Aware Emphasising Emphasizing Stressing Wishing Believing Article Articles Section Paragraph Annex Chapter Participant Participants Party Parties ' +
    'Signatory Signatories Side Sides Contracting High Member States State').split(' '),
);
const signatoryWord = /^(?:Participants?|Part(?:y|ies)|Signator(?:y|ies)|Sides?)$/u;
const joinerWords = ['of', 'on', 'for', 'between', 'concerning', 'against', 'regarding', 'relating', 'with', 'in', 'to', 'the', 'and', 'by', 'among', 'establishing', 'amending', 'supplementing', 'implementing'];
/** Joining words of a title, also in title case ("Agreement Between the Parties … Regarding …"). */
const complementJoiner = `(?:${joinerWords.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;
const capitalisedJoiner = new Set(joinerWords.map((w) => w[0].toUpperCase() + w.slice(1)));

const euAct = new RegExp(
  String.raw`(?:(?:Council|Commission)\s+)?(?:(?:Implementing|Delegated)\s+)?(?:Framework\s+)?(?:Directive|Regulation|Decision)\s*(?:\((?:EU|EC|EEC|EU,\s*Euratom|Euratom|CFSP)\)\s*)?(?:(?:No\.?|number)\s*)?\d{1,4}\/\d{1,4}(?:\/(?:EU|EC|EEC|JHA|CFSP))?(?:\s+of\s+the\s+European\s+Parliament\s+and\s+of\s+the\s+Council)?`,
  'gu',
);
/** A literal every match of `euAct` holds: prose without it is not scanned by that costlier pattern. */
const euActNoun = /Directive|Regulation|Decision/;
const capitalisedRun = new RegExp(String.raw`${titleWord}(?:\s+${titleWord})*`, 'gu');
/** One complement of a title: joining words, then capitalised words ("on Cybercrime", "of the European Union"). */
const complementGroup = new RegExp(String.raw`^\s+((?:${complementJoiner}\s+)+)(${titleWord}|\d[\d.]*)(?:\s+(?:${titleWord}|\d[\d.]*))*`, 'u');
const premodifier = new RegExp(String.raw`((?:${titleWord}\s+){1,3}?)(?:of|and|for|on)\s+$`, 'u');
const versionNumber = /^\s+\d+(?:\.\d+)*(?![\p{L}\p{N}])/u;

const lowerHead = String.raw`agreements?|conventions?|treat(?:y|ies)|protocols?|arrangements?|memorand(?:um|a)(?:\s+of\s+understanding)?|instruments?|contracts?|accords?|[Ee]xchanges?\s+of\s+(?:[Nn]otes|[Ll]etters)`;
/** Found by `wordStartMatches`: no letter, digit, `_` or `-` before a match. */
const lowerInstrument = new RegExp(String.raw`(?:${lowerHead})(?![\p{L}\p{N}_-])`, 'gu');
const lawSource = new RegExp(
  String.raw`(?<![\p{L}\p{N}_-])(?:(?:(?:their|its|his|her)\s+)?(?:respective\s+)?(?:national|international|domestic|applicable|constitutional|criminal|Union|EU|European\s+Union|customary|public\s+international|(?!(?:The|This|That|Such|Each|Any|No|All)\s)\p{Lu}\p{L}+)\s+(?:laws?|legislation)|(?:the\s+)?laws?\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)(?![\p{L}\p{N}_-])`,
  'gu',
);
/** A literal every match of `lawSource` holds: prose without it is not scanned by that costlier pattern. */
const lawWord = /law|legislation/;
/** "35", "46(2)(a)", "IV", "(b)": the number or letter of a provision. */
const designation = String.raw`(?:\d+[\w().]*|[IVXLC]+(?:\([\w]+\))*(?![\p{L}\p{N}])|\([\w]+\))`;
/** Found by `wordStartMatches`, like `lowerInstrument`. */
const provision = new RegExp(
  String.raw`(?:Articles?|Arts?\.|Sections?|Paragraphs?|paragraphs?|paras?\.|Annex(?:es)?|Chapters?|Recitals?|recitals?|points?|Parts?|Rules?|clauses?|Clauses?)\s+${designation}(?:\s*(?:,|and|or|to|-|–)\s*${designation})*`,
  'gu',
);
const otherDeterminer = /(?:^|\s)(?:a|an|any|another|other|such|each|no|separate|future|further|existing|relevant|applicable|subsequent|specific|individual|bilateral|multilateral|international|their|its|his|her|that|those)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const selfDeterminer = /(?:^|[^\p{L}])(?:this|these|the\s+present|present)\s+$/iu;
/** "This Memorandum is an agreement": a predicate describes the instrument itself. */
const predicate = /\b(?:is|constitutes?|be|being|becomes?)\s+(?:not\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const instrumentComplement = /^\s+(?:on|concerning|regarding|relating\s+to|for\s+the|between|with\s+(?:the\s+)?\p{Lu}|of\s+\d|signed|concluded|done|adopted|in\s+force|now\s+(?:being|under)|under\s+negotiation|referred\s+to|mentioned|establishing|implementing)/u;

/** Every instrument reference in `text`, sorted, without overlaps (longest kept). */
export function findReferences(text: string, context: ReferenceContext): InstrumentReference[] {
  const found: InstrumentReference[] = [];
  if (euActNoun.test(text)) for (const m of matchesOf(text, euAct)) found.push(extend(text, { start: m.index, end: m.index + m[0].length, to: 'other' }));
  for (const title of titles(text, context)) found.push(extend(text, title));
  for (const m of wordStartMatches(text, lowerInstrument)) {
    const ref = commonNounReference(text, m.index, m.index + m[0].length, context);
    if (ref) found.push(ref.to === 'other' ? extend(text, withComplement(text, ref)) : ref);
  }
  if (lawWord.test(text)) for (const m of matchesOf(text, lawSource)) found.push({ start: m.index, end: m.index + m[0].length, to: 'other' });
  for (const m of matchesOf(text, new RegExp(`${nameMark}+`, 'gu'))) found.push({ start: m.index, end: m.index + m[0].length, to: 'other' });
  const merged = keepLongest(found);
  const mergedByStart = referencesByStart(merged);
  // A provision of another instrument is a citation as a whole: "Article 23 of Directive …".
  const provisions: InstrumentReference[] = [];
  for (const m of wordStartMatches(text, provision)) {
    const end = m.index + m[0].length;
    const of = /^\s+(?:of|to|in|under)\s+(?:(?:the|this|these|the\s+present)\s+)?/u.exec(text.slice(end));
    const target = of ? mergedByStart.get(end + of[0].length) ?? citedAfterWords(text, end + of[0].length, mergedByStart) : undefined;
    if (target && target.to !== 'unknown') {
      provisions.push({ start: m.index, end: target.end, to: target.to, provision: true });
      continue;
    }
    // "Article 46 GDPR", "Article VIII of the NATO SOFA": an acronym names another instrument.
    const at = of ? end + of[0].length : end;
    const acronym = (of ? /^(\p{Lu}[\p{Lu}\p{N}-]+)(?![\p{L}\p{N}])/u : /^\s+(\p{Lu}[\p{Lu}\p{N}-]+)(?![\p{L}\p{N}])/u).exec(text.slice(at));
    if (acronym && !isSignatory(acronym[1], context)) provisions.push({ start: m.index, end: at + acronym[0].length, to: 'other', provision: true });
    else if (/^\s+thereof\b/u.test(text.slice(end))) provisions.push({ start: m.index, end: end + /^\s+thereof/u.exec(text.slice(end))![0].length, to: 'other', provision: true });
  }
  return keepLongest([...provisions, ...merged]);
}

/**
 * The instrument a provision is "of" when words stand between "of the" and its name: "Article 9
 * of the Council ∎∎∎ number 2011/16/EU" (the defined short name masked, "Council" before it; DE–NL
 * tax-rulings MoU 2015, preamble; twenty-third run), "Article 4 of the said Regulation". The first
 * recognised reference within a few words of the same phrase decides, whatever those words are;
 * punctuation, a verb-like break or a longer gap means the words are not one noun phrase, and
 * nothing is decided.
 */
function citedAfterWords(text: string, offset: number, byStart: Map<number, InstrumentReference>): InstrumentReference | undefined {
  const words = /[\p{L}\p{N}'’./-]+\s+/gu;
  words.lastIndex = offset;
  let at = offset;
  for (let count = 0; count < maxWordsBeforeName; count++) {
    const word = words.exec(text);
    if (!word || word.index !== at || /^(?:shall|will|may|must|is|are|was|were|has|have|and|or)\s/iu.test(word[0])) return undefined;
    at = word.index + word[0].length;
    const found = byStart.get(at);
    if (found) return found;
  }
  return undefined;
}

/** How many words may stand between "of the" and the name of the instrument cited ("Council", "said", "above-mentioned"). */
const maxWordsBeforeName = 4;

/**
 * The reference that begins at `offset` (after blanks and an article), for the complement of a
 * legal-effect noun ("the entry into force of <…>", "obligations under <…>"): a recognised
 * reference, else an acronym that is not a signatory ("within the meaning of NIS2"), else undefined.
 */
export function referenceAt(text: string, offset: number, references: readonly InstrumentReference[], context: ReferenceContext): InstrumentReference | undefined {
  const lead = /^\s*(?:(?:the\s+present|the|this|these|that|those|its|their)\s+)?/iu.exec(text.slice(offset))![0].length;
  const start = offset + lead;
  // References do not overlap, so each starts at its own offset; the nearer start comes first.
  const byStart = referencesByStart(references);
  const known = byStart.get(offset + /^\s*/u.exec(text.slice(offset))![0].length) ?? byStart.get(start);
  if (known) return known;
  const acronym = /^(\p{Lu}[\p{Lu}\p{N}-]+)(?![\p{L}\p{N}])/u.exec(text.slice(start));
  if (acronym && !isSignatory(acronym[1], context)) return { start, end: start + acronym[0].length, to: 'other' };
  return undefined;
}

const startIndexes = new WeakMap<readonly InstrumentReference[], Map<number, InstrumentReference>>();

/** The references of a list by where they start (the first of the list wins), built once per list. */
export function referencesByStart(references: readonly InstrumentReference[]): Map<number, InstrumentReference> {
  let index = startIndexes.get(references);
  if (!index) {
    index = new Map();
    for (const r of references) if (!index.has(r.start)) index.set(r.start, r);
    startIndexes.set(references, index);
  }
  return index;
}

/** True for a signatory's id or name, or a word that names the signatories. */
export function isSignatory(phrase: string, context: ReferenceContext): boolean {
  const normal = singleSpaced(phrase.trim());
  return signatoryWord.test(normal) || signatorySet(context.signatories).has(normal);
}

const signatorySets = new WeakMap<readonly string[], ReadonlySet<string>>();

function signatorySet(signatories: readonly string[]): ReadonlySet<string> {
  let set = signatorySets.get(signatories);
  if (!set) signatorySets.set(signatories, (set = new Set(signatories)));
  return set;
}

function titles(text: string, context: ReferenceContext): InstrumentReference[] {
  const result: InstrumentReference[] = [];
  if (!headNounAnywhere.test(text)) return result;
  for (const run of matchesOf(text, capitalisedRun)) {
    // The run's words are what stands between its blanks (each is one `titleWord`); most runs
    // are no title, so where each word lies is worked out only for those that end in a head.
    const parts = run[0].split(/\s+/);
    // English noun phrases end in their head: "North Atlantic Treaty" is an instrument, "North
    // Atlantic Treaty Organization" and "Convention Committee" are not.
    // Capitalised joining words after the head belong to its complement ("Agreement Between …").
    let headAt = parts.length - 1;
    while (headAt > 0 && capitalisedJoiner.has(parts[headAt])) headAt--;
    if (!headWord.test(parts[headAt].replace(/['’]s$/u, ''))) continue;
    const words = wordsOf(run[0], run.index);
    // Modifiers before the noun: capitalised words that are neither sentence openers nor signatories.
    let first = headAt;
    while (first > 0 && headAt - first < 4 && !notTitleStart.has(words[first - 1].text) && !signatoryWord.test(words[first - 1].text)) first--;
    let end = words[headAt].end;
    for (let group = complementGroup.exec(text.slice(end)); group; group = complementGroup.exec(text.slice(end))) {
      // "… Convention and the Parties": a complement that turns back to the signatories ends the title.
      if (/\band\s/iu.test(group[1]) && (signatoryWord.test(group[2]) || notTitleStart.has(group[2]))) break;
      // "… Agreement and the Agreement Between …": a second title, not a complement of the first.
      if (/\band\s/iu.test(group[1]) && group[0].split(/\s+/u).some((w) => headWord.test(w))) break;
      end += group[0].length;
    }
    const version = versionNumber.exec(text.slice(end));
    if (version) end += version[0].length;
    let start = words[first].start;
    // Modifiers joined by "of"/"and" before the noun: "Status of Forces Agreement", "Security of Information Agreement".
    for (let back = premodifier.exec(text.slice(Math.max(0, start - 80), start)); back; back = premodifier.exec(text.slice(Math.max(0, start - 80), start))) {
      if (back[1].split(/\s+/u).some((w) => notTitleStart.has(w) || signatoryWord.test(w))) break;
      start -= back[0].length;
    }
    result.push({ start, end, to: titleTarget(text, start, end, context) });
  }
  return result;
}

/** The words of a run of title words starting at `offset`, with where each lies. */
function wordsOf(run: string, offset: number): { text: string; start: number; end: number }[] {
  return matchesOf(run, /\S+/g).map((w) => ({ text: w[0], start: offset + w.index, end: offset + w.index + w[0].length }));
}

function titleTarget(text: string, start: number, end: number, context: ReferenceContext): ReferenceTarget {
  const before = text.slice(Math.max(0, start - 20), start);
  if (selfDeterminer.test(before)) return 'self';
  if (context.title && text.slice(0, start).trim() === '') return 'self';
  const name = singleSpaced(text.slice(start, end));
  if (context.selfNouns.some((n) => n.toLowerCase() === name.toLowerCase()) && !otherDeterminer.test(before)) return 'self';
  return 'other';
}

function commonNounReference(text: string, start: number, end: number, context: ReferenceContext): InstrumentReference | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  const word = singleSpaced(text.slice(start, end)).toLowerCase();
  // The head is the first word: "exchange of notes" is one exchange.
  const head = word.split(' ')[0];
  const plural = /(?:s|ies|memoranda)$/u.test(head) && !/^(?:memorandum|memorandum of understanding)$/u.test(word);
  // "These Notes" and "these letters" are the exchange that makes this instrument, and "these
  // arrangements" what an MoU records; any other plural is other instruments, "these" or not
  // ("Six months after the entry into force of these instruments": a memorandum of the agreements
  // signed with it, Guernsey–Netherlands 2008).
  const selfPlural = !plural || /^(?:notes|letters|arrangements)$/u.test(head);
  if ((selfDeterminer.test(before) && selfPlural) || predicate.test(before)) return { start, end, to: 'self' };
  if (context.title && text.slice(0, start).trim() === '') return { start, end, to: 'self' };
  if (plural || otherDeterminer.test(before) || instrumentComplement.test(text.slice(end))) return { start, end, to: 'other' };
  // A premodified noun names a particular instrument: "the security instrument", "the framework agreement".
  if (context.selfNouns.some((n) => n.toLowerCase() === word)) return { start, end, to: 'self' };
  if (/(?:^|\s)the\s+(?:said|same|above|above-mentioned|aforementioned)\s+$/u.test(before)) return { start, end, to: 'unknown' };
  if (/(?:^|\s)the\s+(?:[\p{L}-]+\s+){1,2}$/u.test(before)) return { start, end, to: 'other' };
  return /(?:^|\s)the\s+$/u.test(before) ? { start, end, to: 'unknown' } : undefined;
}

/**
 * "the agreement on the mutual protection of classified information": a common-noun reference
 * runs on over its complement, up to punctuation or a verb.
 */
function withComplement(text: string, ref: InstrumentReference): InstrumentReference {
  const tail = /^\s+(?:on|concerning|regarding|relating\s+to|for|between|with|among)\s+(?:(?!(?:shall|will|may|must|is|are|was|were|has|have|had|enters?|entered|remains?|provides?|requires?)\b)[^\s,.;:()]+\s*){1,12}/u.exec(text.slice(ref.end));
  return tail ? { ...ref, end: ref.end + tail[0].trimEnd().length } : ref;
}

/** What continues a citation (`extend`). */
const continuation = new RegExp(
  String.raw`^(?:,?\s+as\s+amended(?:\s+by\s+(?:the\s+)?${titleWord}(?:\s+${titleWord})*)?|,?\s+(?:done|signed|adopted|concluded|opened\s+for\s+signature)(?:\s+(?:at|in)\s+${titleWord}(?:\s+${titleWord})*)?(?:\s*,?\s+on\s+(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}-\d{2}-\d{2}|\p{L}+\s+\d{1,2},?\s+\d{4}))?|,?\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4}|\s*\((?:[^()]|\([^()]*\)){1,60}\))`,
  'u',
);

/** Carry a reference over what continues a citation: where and when it was done, its number, amendments. */
function extend(text: string, ref: InstrumentReference): InstrumentReference {
  let end = ref.end;
  for (let step = 0; step < 4; step++) {
    const m = continuation.exec(text.slice(end));
    if (!m) break;
    end += m[0].length;
  }
  return { ...ref, end };
}

function keepLongest(refs: InstrumentReference[]): InstrumentReference[] {
  const sorted = [...refs].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: InstrumentReference[] = [];
  for (const r of sorted) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end && r.start === last.start) kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  return kept;
}
