/**
 * Whether a transcription is an excerpt, and what it leaves out (`omitted "Articles 5 to 42"`): read
 * by the checks whose findings rest on the whole text (analysis/excerpt-severity.ts, `unused-term`)
 * and said in their messages.
 */
import type { SemanticModel } from './semantic-model';

/** The parts the transcription says it leaves out, as written; empty for a whole text. */
export function omittedParts(model: SemanticModel): string[] {
  return model.ast.instrument?.omitted?.parts.map((p) => p.value.trim()).filter((p) => p.length > 0) ?? [];
}

/** "Articles 5 to 42 and the final clauses": the parts left out, for a message. */
export function omittedList(parts: readonly string[]): string {
  const quoted = parts.map((p) => `"${p}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

