/**
 * How a memorandum ends, said in its own clause on its life: "The agreement of cooperation will not
 * end before the partners and the NUFFIC in mutual consultation will have completed the last
 * project ever started under this Cooperative Relationship" (Brawijaya–Wageningen Letter of Intent
 * 1979, point 4, read: BWBV0003313). The text settles its end — jointly, on completion, and not
 * before — and a unilateral exit on notice is what it excludes: `missing-discontinuation` neither
 * asks for one nor suggests a notice period (treaty lawyer lr29, D7).
 *
 * Read only in the clauses tagged `about duration` or `about termination` (the transcriber's
 * reading that the clause is on the instrument's life), and only words that say when or on what it
 * ends: "will not end before …", "shall end upon/on/when/with/after the completion …". A clause on
 * duration that states a term alone ("for a period of three years") is not read so: the term says
 * when it expires, not whether a Participant may leave before.
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';

/** The words by which the instrument's life is said to end, not before or on an event. */
const endsOn = /\b(?:shall|will)\s+not\s+(?:end|terminate|expire|cease)\s+(?:before|until|prior\s+to)\b[^.;]{0,200}|\b(?:shall|will)\s+(?:end|terminate|expire|cease)\s+(?:upon|on|when|with|after)\s+(?:the\s+)?(?:completion|conclusion|termination|fulfilment|expiry|end)\b[^.;]{0,200}/iu;

/** The words and the clause that hold them, or undefined where no clause on the instrument's life says how it ends. */
export function endInClauseWords(model: SemanticModel): { readonly words: string; readonly clause: Clause } | undefined {
  for (const clause of [...model.clausesAbout('duration'), ...model.clausesAbout('termination')]) {
    const found = endsOn.exec(singleSpaced(model.clauseText(clause) ?? ''));
    if (found) return { words: found[0].trim(), clause };
  }
  return undefined;
}

/**
 * The finding where the text's own words on its life stand but do not say how it ends (a term, or
 * a life tied to another instrument): how a Participant leaves, with no notice period suggested,
 * which could contradict those words.
 */
export function settledExitMessage(model: SemanticModel, withAnother: boolean): string {
  const clause = model.clausesAbout('duration')[0];
  const label = clause?.heading?.value ?? clause?.id?.text;
  const where = label ? `its clause on its duration ("${label}")` : withAnother ? 'its taking effect with another instrument' : 'its own words on its duration';
  return `The text does not say how a Participant may end its participation; what it says of its life is ${where}. State the exit, if one is meant, in terms consistent with those words: no notice period is suggested, since one could contradict them.`;
}
