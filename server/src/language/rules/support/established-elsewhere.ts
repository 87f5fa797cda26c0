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
 */
import type { GovernanceBody } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { oncePer } from '../../util/once-per';
import { singleSpaced } from '../../util/single-spaced';

const establishing = /\b(?:establish(?:es|ed|ing)?|set\s+up|created|creating)\b/iu;
const otherAct = /\b(?:resolution|decision|statute|partial agreement|enlarged agreement)\b/iu;
const thisInstrument = /\b(?:this|the present)\s+(?:convention|agreement|treaty|protocol|memorandum|arrangement)\b|\bhereby\b/iu;

/** The names a text may use for the body: "Group of States against Corruption", "GRECO". */
function namesOf(body: GovernanceBody): string[] {
  const names: string[] = [];
  const full = body.name?.value;
  if (full) {
    const core = full.replace(/\s*\([^)]*\)\s*/gu, ' ').trim();
    if (core.length >= 6) names.push(core);
    for (const inner of full.matchAll(/\(([^)]+)\)/gu)) names.push(inner[1].trim());
  }
  if (body.id?.text) names.push(body.id.text);
  return names.filter((n) => n.length >= 3);
}

/**
 * The text's clauses, re-spaced and in lower case, read once per model (every body asks); a
 * clause is cut into sentences only when it names a body, which few do. A sentence that holds a
 * name lies in a clause that holds it (lower-casing a whole text gives its sentences' lower
 * cases: only a final sigma depends on its neighbours, and a sentence's cut leaves that so).
 */
interface ClauseSentences {
  readonly text: string;
  readonly lower: string;
  sentences?: readonly { sentence: string; lower: string }[];
}

const clausesOf = oncePer((model: SemanticModel): readonly ClauseSentences[] =>
  model.ast.clauses.map((clause) => {
    const text = singleSpaced(model.clauseText(clause) ?? '');
    return { text, lower: text.toLowerCase() };
  }),
);

/** The sentence of the text that says another act established the body; undefined if none does. */
export function establishedElsewhere(model: SemanticModel, body: GovernanceBody): string | undefined {
  const names = namesOf(body).map((n) => n.toLowerCase());
  if (names.length === 0) return undefined;
  for (const clause of clausesOf(model)) {
    if (!names.some((n) => clause.lower.includes(n))) continue;
    clause.sentences ??= clause.text.split(/[.;](?:\s|$)/u).map((sentence) => ({ sentence, lower: sentence.toLowerCase() }));
    for (const { sentence, lower } of clause.sentences) {
      if (!names.some((n) => lower.includes(n))) continue;
      if (establishing.test(sentence) && otherAct.test(sentence) && !thisInstrument.test(sentence)) return sentence.trim();
    }
  }
  return undefined;
}
