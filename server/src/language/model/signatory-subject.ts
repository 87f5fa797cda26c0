/**
 * Whether a "will" in a treaty is the verb by which the signatories commit themselves — the only
 * "will" `treaty-mou-wording` (CF04) reports (wording-senses.ts, `operative`). Two shapes:
 *
 * - a signatory is the subject: "each Party", "the Contracting Parties", "either Government", a
 *   declared name or id, and the text's short forms of a declared Government — "the Government of
 *   Mozambique", "the Netherlands Government", "the Mozambican Government" for "The Government of
 *   the People's Republic of Mozambique" and "The Government of the Kingdom of the Netherlands"
 *   (NL–Mozambique technical cooperation Agreement 1984, Art. 4(1), BWBV0002615: "the Netherlands
 *   Government will make every effort to obtain an adequate replacement"; hundred-and-tenth run,
 *   defect 1);
 * - a signatory is the agent of a passive: "All expenditure will be agreed upon by the Contracting
 *   Parties" (NL–Guyana Tropenbos Agreement 1989, Art. V, BWBV0002769), the Parties' operative verb
 *   put the other way round. Not after "as" ("in such manner as will be agreed by the Parties"): a
 *   description of what is yet to be agreed.
 *
 * Not a signatory's commitment: a signatory that is the subject of a clause standing without "that"
 * or "which" after the main verb of its sentence — "The ensuing arrangements will stipulate the
 * specific contributions financial and kind - each Contracting Party will make to agreed
 * activities" (Tropenbos Art. IV(4)(a)) says what later arrangements will contain, the futurity the
 * rule leaves alone. A modal verb inside an opening adverbial clause ("Where a Party may be
 * affected the other Party will …") is not such a main verb, and a subject after "and" or "or"
 * opens a clause of its own.
 *
 * Works on masked prose (rules/support/conflict-prose.ts), as prose-voice.ts does.
 */
import type { ReferenceContext } from './instrument-references';
import { beforeParentheticals, sentenceStart, signatoryEnding } from './prose-voice';
import { escapeRegExp } from '../util/escape-regexp';

/** True when the signatories commit themselves by the "will" at `[verb, end)`: as its subject or as the agent of its passive. */
export function signatoryActs(text: string, verb: number, end: number, context: ReferenceContext): boolean {
  // "will not have to bear any taxes" relieves the signatory of a charge, a statement of legal effect
  // like "No compensation will be paid" (NL–India technical cooperation Agreement 1983, Art. 6, BWBV0002676).
  if (relieved.test(text.slice(end, end + 40))) return false;
  return signatorySubject(text, verb, context) || signatoryAgent(text, verb, end, context);
}

/** After "will": a duty denied ("not have to", "not be required to"), not a commitment made. */
const relieved = /^\s+not\s+(?:have\s+to|be\s+(?:required|obliged|obligated)\s+to)\b/u;

/**
 * True when the subject of the verb at `verb` is one of the signatories, read back from the verb
 * over a parenthetical (", after consulting the other Government, will …"): "each Party", "the
 * Contracting Parties", "the requesting Party", "either Government", a declared name, a short form
 * of a declared Government. A treaty's own parties may be "States Parties"; someone else's are not
 * reached here because citations of other instruments are excluded before.
 */
export function signatorySubject(text: string, verb: number, context: ReferenceContext): boolean {
  const head = beforeParentheticals(text.slice(sentenceStart(text, verb), verb).replace(/\s+(?:also|only|not|promptly|immediately|then|thereafter|hereby|further|therefore|jointly|normally|always)\s*$/iu, ' '));
  const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1).trim();
  // Sentence-initial capitals: "Each Party" as "each Party".
  const words = clause.replace(/^(?:The|Each|Either|Both|Neither|Any|Every|A)\b/u, (w) => w.toLowerCase());
  const at = subjectStart(words, context);
  if (at === undefined) return false;
  // "claims between the two Governments will be settled": the signatories are not the subject's head.
  // "the Government of Estonia" is Estonia acting, not a phrase about it.
  const before = words.slice(0, at);
  const inPhrase = /\b(?:between|of|with|to|from|for|by|among|against|on)\s*$/u.test(before) && !/\b(?:Governments?|Kingdom|Republic|State|Minist(?:er|ry))\s+of\s*$/u.test(before);
  return !inPhrase && !afterMainVerb(before);
}

/** Where the signatory the words end with starts, if they end with one. */
function subjectStart(words: string, context: ReferenceContext): number | undefined {
  // "parties" in lower case is the signatories' name only after a determiner ("the parties", "both
  // parties"): "third parties will" is someone else (sixty-third run, defect 2).
  const ending = signatoryEnding(words, context);
  const named = ending === 'parties' && !/(?:^|\s)(?:the|both|the\s+two|all\s+the)\s+parties$/u.test(words) ? undefined : ending;
  if (named) return words.length - named.length;
  const phrase =
    /(?:^|\s)(?:(?:the|each|either|both|neither|any|every|a|the\s+other|the\s+two)\s+)?(?:[\p{L}-]+\s+)?(?:Part(?:y|ies)|Participants?|Signator(?:y|ies)|Contracting\s+States?|States\s+Parties)$/u.exec(words) ??
    /(?:^|\s)(?:each|either|both|neither|the\s+other|the\s+two)\s+Governments?$/u.exec(words);
  if (phrase) return phrase.index;
  return governmentEnding(words, context);
}

/** A capitalised word of a name: "Mozambique", "People's", "Netherlands". */
const nameWord = String.raw`\p{Lu}[\p{L}'’-]*`;
/** A place as a Government is named after it: "Mozambique", "the Kingdom of the Netherlands", "People's Republic of Mozambique". */
const place = String.raw`${nameWord}(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?${nameWord})*`;
const governmentOfAtEnd = new RegExp(String.raw`(?:^|\s)(?:the\s+)?Government\s+of\s+(?:the\s+)?(${place})$`, 'u');
const placeGovernmentAtEnd = new RegExp(String.raw`(?:^|\s)(?:the\s+)?(${nameWord}(?:\s+${nameWord}){0,3})\s+Government$`, 'u');
const governmentOfAtStart = new RegExp(String.raw`^(?:the\s+)?Government\s+of\s+(?:the\s+)?(${place})(?![\p{L}\p{N}'’])`, 'u');
const placeGovernmentAtStart = new RegExp(String.raw`^(?:the\s+)?(${nameWord}(?:\s+${nameWord}){0,3})\s+Government(?![\p{L}\p{N}'’])`, 'u');

/** Where a short form of a declared Government the words end with starts: "the Government of Mozambique", "the Netherlands Government". */
function governmentEnding(words: string, context: ReferenceContext): number | undefined {
  if (!/Government$/u.test(words) && !/\bGovernment\s+of\b/u.test(words)) return undefined;
  const found = governmentOfAtEnd.exec(words) ?? placeGovernmentAtEnd.exec(words);
  return found && signatoryPlace(found[1], context) ? found.index : undefined;
}

/**
 * Words of a name that say what a State is, not which: a place made of them alone ("the Federal
 * Government", "the Royal Government") names no signatory of its own.
 */
const generic = new Set(['Kingdom', 'Republic', 'Federal', 'Federation', "People's", 'People’s', 'Peoples', 'Democratic', 'Socialist', 'United', 'States', 'State', 'Cooperative', 'Co-operative', 'Islamic', 'Arab', 'Union', 'Grand', 'Duchy', 'Royal', 'Principality', 'Commonwealth', 'Government', 'Governments', 'The', 'Central', 'National', 'Popular', 'Plurinational', 'Bolivarian', 'Hashemite', 'Sultanate', 'Emirates', 'Great', 'Northern', 'Islands']);

/** Adjectives of place whose stem is not the name's: "the Dutch Government" is the Netherlands'. */
const irregular: ReadonlyMap<string, RegExp> = new Map([
  ['Dutch', /\bNetherlands\b/u],
  ['British', /\b(?:United\s+Kingdom|Britain)\b/u],
  ['French', /\bFrance\b/u],
  ['Swiss', /\bSwiss\s+Confederation\b|\bSwitzerland\b/u],
  ['Danish', /\bDenmark\b/u],
  ['Swedish', /\bSweden\b/u],
  ['Finnish', /\bFinland\b/u],
  ['Irish', /\bIreland\b/u],
  ['Spanish', /\bSpain\b/u],
  ['Polish', /\bPoland\b/u],
  ['Turkish', /\b(?:Turkey|Türkiye)\b/u],
]);

/**
 * True when a place names a declared signatory: its words stand together in a declared name ("the
 * Kingdom of the Netherlands", "Mozambique", "United Kingdom"), unless it is one generic word; or it is
 * one adjective of place formed on a word of a declared name ("Mozambican" on "Mozambique",
 * "Guyanese" on "Guyana") or a known irregular one ("Dutch").
 */
function signatoryPlace(words: string, context: ReferenceContext): boolean {
  const parts = words.split(/\s+/u);
  const names = context.signatories.filter((s) => s.length > 3);
  // Two words or more name one State even when each alone is generic: "United Kingdom", "United States".
  if (parts.length > 1 || !generic.has(parts[0])) {
    const together = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words).replace(/\s+/gu, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
    if (names.some((n) => together.test(n))) return true;
  }
  if (parts.length !== 1) return false;
  const adjective = parts[0];
  const known = irregular.get(adjective);
  if (known) return names.some((n) => known.test(n));
  if (!/(?:an|ian|ese|ish|ic|i)$/u.test(adjective)) return false;
  // The name's word without its ending vowels: "Mozamb(ique)" → "Mozambican", "Guyan(a)" → "Guyanese".
  return names.some((n) =>
    n.split(/[^\p{L}'’-]+/u).some((w) => {
      if (!/^\p{Lu}/u.test(w) || generic.has(w) || w === adjective) return false;
      const stem = w.replace(/(?:que|ium|um|[aeiouy])+$/u, '');
      return stem.length >= 4 && adjective.startsWith(stem);
    }),
  );
}

/**
 * A modal verb before the subject, in the main clause: the subject opens a clause standing after
 * the sentence's own verb without "that" or "which" ("… will stipulate the specific contributions
 * … each Contracting Party will make"). One inside an opening adverbial clause does not count, nor
 * one followed by "and" or "or" just before the subject.
 */
function afterMainVerb(before: string): boolean {
  const modal = /(?<![\p{L}])(?:will|shall|may|must|should|would|can|could)(?![\p{L}])/iu.exec(before);
  if (!modal) return false;
  if (/(?<![\p{L}])(?:if|where|when|whenever|unless|once|after|before|until|while|whilst|although|though|because|since|in\s+case|provided|as\s+soon\s+as|as\s+long\s+as)(?![\p{L}])/iu.test(before.slice(0, modal.index))) return false;
  return !/(?:^|\s)(?:and|or|but|and\/or|then)\s*$/iu.test(before);
}

/** "will be agreed upon by", "will not be disclosed by", "will be jointly determined by". */
const passiveBy = /^\s+(?:not\s+)?be\s+(?:\p{L}+ly\s+)?\p{L}+(?:\s+(?:upon|on|out|up|over|with|into))?\s+by\s+/u;

/** A signatory phrase at the start of the text: "the Contracting Parties", "each Party", "both Governments". */
const signatoryAtStart =
  /^(?:(?:the|each|either|both|neither|any|every|the\s+other|the\s+two)\s+)?(?:(?!third\b|Third\b)[\p{L}-]+\s+)?(?:Part(?:y|ies)|Participants?|Signator(?:y|ies)|Contracting\s+States?|States\s+Parties)(?![\p{L}\p{N}'’])|^(?:each|either|both|neither|the\s+other|the\s+two)\s+Governments?(?![\p{L}\p{N}'’])/u;

/** True when the "will" at `[verb, end)` opens a passive whose agent is a signatory: "will be agreed upon by the Contracting Parties". */
function signatoryAgent(text: string, verb: number, end: number, context: ReferenceContext): boolean {
  const passive = passiveBy.exec(text.slice(end, end + 80));
  if (!passive) return false;
  // "in such manner as will be agreed by the Parties": what is yet to be agreed, not a commitment.
  if (/(?<![\p{L}])as\s*$/iu.test(text.slice(Math.max(0, verb - 10), verb))) return false;
  const agent = text.slice(end + passive[0].length, end + passive[0].length + 300);
  const length = signatoryAtStart.exec(agent)?.[0].length ?? namedAtStart(agent, context) ?? governmentAtStart(agent, context);
  // "by the Parties' nominees", "by the Parties of …": the signatories are not the agent's head.
  return length !== undefined && !/^(?:['’]|\s+of\b)/u.test(agent.slice(length));
}

/** The length of a declared name or id at the start of the text ("The" and "the" alike), if one is there. */
function namedAtStart(text: string, context: ReferenceContext): number | undefined {
  const body = text.replace(/^the\s+/iu, '');
  const skipped = text.length - body.length;
  for (const s of context.signatories) {
    const name = s.replace(/^the\s+/iu, '');
    if (name.length > 1 && body.startsWith(name) && !/^[\p{L}\p{N}]/u.test(body.slice(name.length))) return skipped + name.length;
  }
  return undefined;
}

function governmentAtStart(text: string, context: ReferenceContext): number | undefined {
  const found = governmentOfAtStart.exec(text) ?? placeGovernmentAtStart.exec(text);
  return found && signatoryPlace(found[1], context) ? found[0].length : undefined;
}
