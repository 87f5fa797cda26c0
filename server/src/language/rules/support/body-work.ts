/**
 * What a body the text sets up does that costs money, as the costs messages name it: its meetings,
 * its visits, or both (eightieth run, defect 3). The European Committee for the Prevention of
 * Torture "shall, by means of visits, examine the treatment of persons deprived of their liberty"
 * (CPT 1987, Art. 1), "the visits shall be carried out by at least two members of the Committee",
 * and it "may, if it considers it necessary, be assisted by experts and interpreters" (Art. 7(2)); it also
 * "shall meet in camera" (Art. 6(1)). "The costs of the meetings of body Committee" named only the
 * lesser part of what it costs.
 *
 * Read from the body's own words (its mandate, its declared meetings) and the sentences of the
 * clauses that name it. A body whose words say nothing of either is named by its meetings, as
 * before: a body the Parties set up acts in its meetings, and the checker cannot tell what else
 * it does.
 */
import type { GovernanceBody } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';
import { bodyNamePatterns } from './costs-reach';

const visits = /\bvisits?\b/iu;
const meets = /\b(?:meet|meets|meeting|meetings|sessions?|conven(?:e|es|ed|ing))\b/iu;
const sentenceEnd = /(?<!\b(?:Art|Arts|No|para|paras|cf))[.;](?:\s|$)/u;

/** The body's own words and the clause sentences that name it. */
function wordsOf(model: SemanticModel, body: GovernanceBody): string[] {
  const names = bodyNamePatterns(body);
  const words = body.mandate ? [body.mandate.value] : [];
  if (names.length === 0) return words;
  for (const clause of model.ast.clauses) {
    const text = model.clauseText(clause);
    if (!text || !names.some((n) => n.test(text))) continue;
    for (const sentence of singleSpaced(text).split(sentenceEnd)) if (names.some((n) => n.test(sentence))) words.push(sentence);
  }
  return words;
}

/** "the meetings of body Board", "the meetings and visits of body Committee", "the visits of body Team". */
export function bodyWork(model: SemanticModel, body: GovernanceBody): string {
  const name = body.id ? `body ${body.id.text}` : 'a joint body';
  const words = wordsOf(model, body);
  if (!words.some((w) => visits.test(w))) return `the meetings of ${name}`;
  const meetsToo = body.meets !== undefined || body.meetingTerms.length > 0 || words.some((w) => meets.test(w));
  return meetsToo ? `the meetings and visits of ${name}` : `the visits of ${name}`;
}
