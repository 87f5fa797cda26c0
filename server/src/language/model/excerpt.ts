/**
 * Whether a transcription is an excerpt, and what it leaves out (`omitted "Articles 5 to 42"`): read
 * by the checks whose findings rest on the whole text (analysis/excerpt-severity.ts, `unused-term`)
 * and said in their messages. A part may say what it holds (`"Annex V" about security-of-information`):
 * only then may a finding on that topic be taken as resting on what is left out.
 */
import { topicFromName, type ClauseTopic } from '../ast/topics';
import type { SemanticModel } from './semantic-model';

/** The parts the transcription says it leaves out, as written; empty for a whole text. */
export function omittedParts(model: SemanticModel): string[] {
  return declaredParts(model).map((p) => p.part);
}

/** The parts left out that are declared to hold one of these topics (`"Annex V" about breach-procedure`). */
export function omittedPartsAbout(model: SemanticModel, topics: readonly ClauseTopic[]): string[] {
  return declaredParts(model)
    .filter((p) => p.topics.some((t) => topics.includes(t)))
    .map((p) => p.part);
}

/** "Articles 5 to 42 and the final clauses": the parts left out, for a message. */
export function omittedList(parts: readonly string[]): string {
  const quoted = parts.map((p) => `"${p}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/**
 * The parts left out, said once in a message repeated for many findings: all of them where there
 * are few, else their count and the first three ("the 18 parts it omits … (“Article 2 (Scope of the
 * Convention)”, … and 15 more, listed under the header's `omitted`)"). Ten `unused-term` findings on
 * the UN Illicit Traffic Convention 1988 each repeated its 18 omitted parts, some 1,200 characters
 * (the sixty-sixth run, item 3); the header names them all, once.
 */
export function omittedSummary(parts: readonly string[], shown = 3): { readonly count: number; readonly list: string } {
  if (parts.length <= shown) return { count: parts.length, list: omittedList(parts) };
  const first = parts.slice(0, shown).map((p) => `"${p}"`).join(', ');
  return { count: parts.length, list: `${first} and ${parts.length - shown} more, listed under the header's \`omitted\`` };
}

interface DeclaredPart {
  readonly part: string;
  readonly topics: readonly ClauseTopic[];
}

function declaredParts(model: SemanticModel): DeclaredPart[] {
  const omitted = model.ast.instrument?.omitted;
  if (!omitted) return [];
  const result: DeclaredPart[] = [];
  omitted.parts.forEach((text, i) => {
    const part = text.value.trim();
    if (part.length === 0) return;
    // A word that is no topic (`about bogus`) declares nothing; closed-words flags it.
    const topics = (omitted.partTopics[i] ?? []).map((t) => topicFromName(t.text)).filter((t): t is ClauseTopic => t !== undefined);
    result.push({ part, topics });
  });
  return result;
}
