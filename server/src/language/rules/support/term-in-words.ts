/**
 * A treaty whose header states no exit but whose own clause on its duration — tagged `duration`, or
 * saying it in words — gives it a term: "This Agreement shall remain in force for an initial period
 * of two (2) years. If neither Government declares its intention to the contrary three months before
 * it expires, the Agreement shall each time be tacitly renewed for a further period of two years"
 * (NL–Ethiopia technical cooperation Agreement 1993, Art. VI(2), BWBV0001078; hundred-and-fourteenth
 * run, defect 3). A term is a provision regarding the treaty's termination: the treaty ends "in
 * conformity with the provisions of the treaty" (VCLT Art. 54(a)) when it expires, or at the end of a
 * term on the notice of non-renewal the clause allows, and Art. 56(1) governs only "A treaty which
 * contains no provision regarding its termination" (both read: BWBV0003441). `missing-termination`
 * then declares nothing missing in law: a note asking the transcriber or drafter to state the term
 * in the header, where the checks read it (`duration … renewable … unless notice of …`).
 *
 * Words of an indefinite life alone ("shall remain in force for an indefinite period") are no term:
 * they leave the end open, and Art. 56 reads the silence (the rule's rationale). A life "until"
 * something or "so long as" another treaty lasts is read as termination already
 * (support/own-final-clauses.ts).
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';
import { clauseCitation } from './clause-citation';
import { ownWordsOn } from './own-final-clauses';
import { exitInWords, lifeGoesOn } from './term-life-after';

export interface TermClause {
  readonly clause: Clause;
  /** The words that set the term, where the clause says it in words the checker reads. */
  readonly words?: string;
  /** Whether the clause renews the term ("tacitly renewed", "automatically extended"). */
  readonly renewed: boolean;
  /** The words that let a Party decline the renewal, where it renews. */
  readonly notice?: string;
  /** The words that let a Party end the treaty at any time once extended ("each Contracting Party reserving the right to terminate …"). */
  readonly exit?: string;
}

const renews = /\b(?:renew(?:ed|able|al)?|prolong(?:ed)?|extended)\b/iu;
/** "If neither Government declares its intention to the contrary three months before it expires", "unless denounced by one of the Contracting Parties", "If it has not been denounced three months before …". */
const declines = /\b(?:if\s+neither|unless|if\s+(?:it|this\s+\p{L}+)\s+has\s+not\s+been)\b[^.;]{0,160}?\b(?:notice|notif(?:y|ies|ication)|declares?|denounced|intention)\b[^.;,]{0,80}/iu;

/** The clause on the treaty's duration, where the treaty has one whose words are not those of an indefinite life alone. */
export function termClause(model: SemanticModel): TermClause | undefined {
  // A header `duration` is the transcription's reading of that clause, and the rule reads it
  // (a term, a term ending on non-renewal, an indefinite life): the clause adds nothing to it.
  if (model.ast.instrument?.duration !== undefined) return undefined;
  const said = ownWordsOn(model, 'duration');
  const clause = said?.clause ?? model.clausesAbout('duration')[0];
  if (!clause) return undefined;
  const text = singleSpaced(model.clauseText(clause) ?? '');
  // The whole clause, not only the words that set the term: "… for a period of five years and shall
  // thereafter continue in force for an indefinite period" has no end after the term, and the rule
  // reads its silence on termination (VCLT Art. 56(1); treaty lawyer lr30, D1) — unless the clause
  // also gives a Party a way to end it ("each Contracting Party reserving the right to terminate the
  // Agreement upon notice of at least six months"; lr31, D1). Only the instrument's own life counts:
  // obligations or projects that outlive it are no life of the treaty (support/term-life-after.ts).
  const life = lifeGoesOn(text);
  const exit = exitInWords(text);
  if (life.indefinite && !exit) return undefined;
  const decline = declines.exec(text);
  // "… and shall continue in force thereafter" with no notice that ends it: a life after the term,
  // not an end at it.
  if (life.continues && !decline && !exit) return undefined;
  const renewed = life.continues || renews.test(text);
  const notice = renewed && decline ? wholeWords(text, decline) : undefined;
  return { clause, words: said?.words, renewed, notice, exit: exit ? wholeWords(text, exit) : undefined };
}

/** A match cut at its length limit ends on the last whole word: "at least six months b" quoted as "at least six months". */
function wholeWords(text: string, match: RegExpExecArray): string {
  const end = match.index + match[0].length;
  const cut = /\p{L}/u.test(text[end] ?? '') && /\p{L}$/u.test(match[0]);
  return (cut ? match[0].replace(/\s*\S+$/u, '') : match[0]).trim();
}

/** The note `missing-termination` gives on such a treaty: nothing missing in law where the clause sets a term. */
export function termClauseMessage(term: TermClause, citation: (article: string) => string): string {
  const where = clauseCitation(term.clause) ?? 'its clause on duration';
  const provision = `a provision regarding its termination, and the rule for a treaty "which contains no provision regarding its termination" (${citation('Art. 56(1)')}) does not apply`;
  const declare = 'declare the term in the header (`duration …`, with `renewable … unless notice of …` where it is renewed) so that the checks read it.';
  // A way out stated in the clause settles the exit, term or none (lr31, D1).
  if (term.exit !== undefined)
    return `The header states no termination, denunciation or withdrawal, but ${where} gives a Party a way to end the treaty ("${term.exit}"): that is ${provision}; the treaty ends as the clause provides (the same Convention, Art. 54(a)). Nothing is missing in law: declare the exit in the header (\`termination with notice of …\`, and \`duration …\` for a term) so that the checks read it.`;
  if (term.words === undefined)
    return `The header states no termination, denunciation or withdrawal, but ${where} is on the treaty's duration: if it sets a term, or a term renewed unless a Party gives notice, that is ${provision}; the treaty ends as the clause provides (the same Convention, Art. 54(a)) and nothing is missing in law — ${declare} Only if it says no more than that the treaty lasts indefinitely is the treaty silent on its termination, and then not subject to denunciation or withdrawal unless the parties intended it or its nature implies it, on not less than twelve months' notice (Art. 56).`;
  const head = `The header states no termination, denunciation or withdrawal, but ${where} sets the treaty's term ("${term.words}"): that is ${provision}`;
  if (!term.renewed) return `${head}; it ends when the term expires (the same Convention, Art. 54(a)). Nothing is missing in law: ${declare}`;
  if (term.notice !== undefined) return `${head}; it ends at the end of a term on the notice the clause allows ("${term.notice}"; the same Convention, Art. 54(a)). Nothing is missing in law: ${declare}`;
  return `${head}; it ends as the clause provides (the same Convention, Art. 54(a)). The clause renews the term: if it lets a Party decline a renewal, nothing is missing in law; if not, say how a Party leaves. Then ${declare}`;
}
