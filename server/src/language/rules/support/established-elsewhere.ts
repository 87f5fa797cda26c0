/**
 * A body the instrument joins rather than sets up: its own words say another act established it.
 * The Criminal Law Convention on Corruption (ETS 173, 1999) gives GRECO a task ("The Group of
 * States against Corruption (GRECO) shall monitor the implementation of this Convention by the
 * Parties", Art. 24) and recalls in its preamble "Resolution (98) 7 authorising the partial and
 * enlarged agreement establishing the “Group of States against Corruption – GRECO”" (read:
 * BWBV0001532; thirty-first run). The costs of such a body's meetings are its founding act's
 * business, not the joining instrument's.
 *
 * Narrow on purpose: one sentence of the text must name the body (its name without the
 * parenthesised acronym, or the acronym), say it was established, set up or created, and name the
 * other act (a resolution, decision, statute or another agreement), without speaking of this
 * instrument ("this Convention", "hereby"). A body the text itself establishes stays counted.
 *
 * Or the body's name stands before an appositive that describes it as created already, for or by
 * others, naming nothing of this instrument: "The Mekong Committee, created to act on behalf of the
 * four Governments, shall determine … how the sum shall be used" (Agreement on the Netherlands
 * contribution to the Mekong Committee 1962, Art. 1; read: BWBV0004401; hundred-and-sixteenth run,
 * defect 2). Not "The Joint Committee, established under Article 5," nor "…, set up by the Parties,":
 * those may be this instrument's own.
 */
import type { Clause, GovernanceBody } from '../../ast/nodes';
import { combinedParts, sameWords } from '../../model/document-change';
import type { SemanticModel } from '../../model/semantic-model';
import { isAscii, testFastKnowing } from '../../util/ascii-twin';
import { keptWithInputs } from '../../util/kept-with-inputs';
import { oncePer } from '../../util/once-per';
import { everyClauseWritten, spacedClauseText } from './spaced-clause-text';
import { matchesOf } from '../../util/all-matches';

const establishing = /\b(?:establish(?:es|ed|ing)?|set\s+up|created|creating)\b/iu;
const otherAct = /\b(?:resolution|decision|statute|partial agreement|enlarged agreement)\b/iu;
const thisInstrument = /\b(?:this|the present)\s+(?:convention|agreement|treaty|protocol|memorandum|arrangement)\b|\bhereby\b/iu;
/** ", created to act on behalf of the four Governments,": the appositive, to its closing comma. */
const createdAlready = /,\s*(?:created|established|set\s+up|constituted)\s+(?:to\s+act\s+(?:on\s+behalf\s+of|for)|by|under|in\s+(?:1[89]|20)\d\d)\b([^,]*),/iu;
/** Words by which an appositive may point at this instrument or its signatories: then the body may be its own. */
const ownReference = /\b(?:articles?|paragraphs?|sections?|annex(?:es)?|chapters?|this|present|hereby|hereunder|herein|parties|participants|sides|signatories)\b/iu;

/** The names a text may use for the body: "Group of States against Corruption", "GRECO". */
function namesOf(body: GovernanceBody): string[] {
  const names: string[] = [];
  const full = body.name?.value;
  if (full) {
    const core = full.replace(/\s*\([^)]*\)\s*/gu, ' ').trim();
    if (core.length >= 6) names.push(core);
    for (const inner of matchesOf(full, /\(([^)]+)\)/gu)) names.push(inner[1].trim());
  }
  if (body.id?.text) names.push(body.id.text);
  return names.filter((n) => n.length >= 3);
}

/** A sentence that says some act established, set up or created something, and not this instrument. */
export interface EstablishingSentence {
  readonly sentence: string;
  readonly lower: string;
  /** Where the sentence only describes a body as created already (`createdAlready`): its words before the appositive, lower case. */
  readonly describedBefore?: string;
}

/** The sentence as an establishing one, or undefined (`ascii`: the whole text, and so the sentence, is ASCII). */
function asEstablishing(sentence: string, ascii: boolean): EstablishingSentence | undefined {
  const establishes = testFastKnowing(establishing, sentence, ascii);
  if (establishes && testFastKnowing(otherAct, sentence, ascii) && !testFastKnowing(thisInstrument, sentence, ascii)) return { sentence, lower: sentence.toLowerCase() };
  const described = establishes ? createdAlready.exec(sentence) : null;
  if (!described || ownReference.test(described[0])) return undefined;
  return { sentence, lower: sentence.toLowerCase(), describedBefore: sentence.slice(0, described.index).trimEnd().toLowerCase() };
}

/**
 * A clause's establishing sentences: a function of its text, which is a function of its node and
 * the library (`clauseText`: the body written in place, else the library's approved text). Kept
 * per library and node, so after a keystroke only the edited clause is split and tested again
 * (issue #11: splitting every clause of a 10,000-line text on each keystroke was a fifth of it).
 * Most clauses have none; the few that do are tested for each body's names.
 */
const establishingByLibrary = new WeakMap<object, WeakMap<Clause, readonly EstablishingSentence[]>>();

function establishingSentences(model: SemanticModel, clause: Clause): readonly EstablishingSentence[] {
  let kept = establishingByLibrary.get(model.library);
  if (!kept) establishingByLibrary.set(model.library, (kept = new WeakMap()));
  let found = kept.get(clause);
  if (!found) {
    const text = spacedClauseText(model, clause);
    // A sentence of an ASCII text is ASCII: the text is scanned for its characters once, not each sentence three times.
    const ascii = isAscii(text);
    found = mayEstablishElsewhere(text, ascii) ? establishingIn(text, ascii) : none;
    // The same empty list for every clause with none: an edited clause that still has none leaves
    // the text's list the very same (`combinedParts`), and with it each body's kept answer.
    if (found.length === 0) found = none;
    kept.set(clause, found);
  }
  return found;
}

/** The establishing sentences of a text (`ascii`: whether it is all ASCII), with no pre-test. */
export function establishingIn(text: string, ascii: boolean): EstablishingSentence[] {
  return (
    text
      .split(/[.;](?:\s|$)/u)
      // Through the patterns' ASCII twins where the sentence allows (util/ascii-twin.ts): with `iu`
      // these two tests were 5% of a full analysis of the bench's 10k-line text, nine-tenths of it folding case.
      .map((sentence) => asEstablishing(sentence, ascii))
      .filter((sentence): sentence is EstablishingSentence => sentence !== undefined)
  );
}

/**
 * Whether a clause's text can hold an establishing sentence: the text itself passes the two
 * patterns every such sentence passes (issue #11: most clauses name no resolution, decision or
 * statute, and were split into sentences and each tested for nothing). Exact: a sentence is the
 * text between a "." or ";" and the white space after it, so its characters are the text's at the
 * same places, and what borders it there — one of those, white space, or an end — is no word
 * character, as the end of the sentence is no word character to `\b`: a match of either pattern
 * (literals between `\b`s) in the sentence is a match in the text.
 * Test/analysis/established-elsewhere-pretest.test.ts holds it on generated prose.
 */
export function mayEstablishElsewhere(text: string, ascii: boolean): boolean {
  // A sentence that only describes a body as created already (rf116: "The Mekong Committee, created
  // to act on behalf of the four Governments, …") needs `createdAlready` instead of `otherAct`; both
  // are unanchored, so a sentence's match is the text's too.
  return testFastKnowing(establishing, text, ascii) && (testFastKnowing(otherAct, text, ascii) || createdAlready.test(text));
}

/**
 * The text's establishing sentences in text order, gathered once per model (every body asks).
 * Where every clause is written in place, each one's are a function of its node, kept with it and
 * patched after an edit (model/document-change.ts), and put together again only when one changed:
 * an unchanged list is the very same array (the answers kept per body compare it). A clause taken
 * from the library reads the library's text: then every clause is read, in order, as before.
 */
const sentencesOf = oncePer((model: SemanticModel): readonly EstablishingSentence[] => {
  if (everyClauseWritten(model)) {
    return combinedParts('establishing-sentences', model, '', (d) => (d.type === 'Clause' ? establishingSentences(model, d) : none), (parts) => parts.flat(), sameWords);
  }
  const found: EstablishingSentence[] = [];
  for (const clause of model.ast.clauses) for (const sentence of establishingSentences(model, clause)) found.push(sentence);
  return found;
});

const none: readonly EstablishingSentence[] = [];

/** The sentence of the text that says another act established the body; undefined if none does. */
export function establishedElsewhere(model: SemanticModel, body: GovernanceBody): string | undefined {
  return establishedBy(body, sentencesOf(model));
}

/** Kept with the body while the text's establishing sentences are the same objects (each clause's are kept with it). */
const establishedBy = keptWithInputs((body: GovernanceBody, sentences: readonly EstablishingSentence[]): string | undefined => {
  const names = namesOf(body).map((n) => n.toLowerCase());
  if (names.length === 0) return undefined;
  for (const { sentence, lower, describedBefore } of sentences) {
    if (names.some((n) => (describedBefore !== undefined ? describedBefore.endsWith(n) : lower.includes(n)))) return sentence.trim();
  }
  return undefined;
});
