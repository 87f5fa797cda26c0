/**
 * Renders a library clause for insertion: `{{placeholders}}` the document can answer (the
 * wording's "Participants"/"Parties", the instrument's self-name, the title, the signatories)
 * are filled in; the rest become snippet tab stops (`${1:default}`) or, for plain text, the
 * placeholder's default or its name in brackets. Completion and quick fixes call this.
 */
import { documentValues, type DocumentFacts } from './document-values';
import type { LibraryClause } from './library-types';
import { matchesOf } from '../util/all-matches';

/** `{{name}}`, `{{ party1.name }}`: letters, digits, `_`, `-` and `.`. */
export const placeholderPattern = /\{\{\s*([A-Za-z][\w.-]*)\s*\}\}/g;

export interface RenderOptions {
  /** Produce LSP snippet syntax: literal `$`, `}` and `\` are escaped, unknowns become tab stops. */
  readonly snippet: boolean;
}

export function renderClause(clause: LibraryClause, model: DocumentFacts | undefined, options: RenderOptions): string {
  const known = documentValues(model, clause.wording);
  const defaults = new Map(clause.placeholders.map((p) => [p.name, p.default]));
  return renderPlaceholders(clause.text, known, defaults, options);
}

/**
 * Fills `{{name}}` in any text (clauses and templates share it). Known values are inserted as
 * text; unknown names become tab stops numbered in order of first appearance, so a name used
 * twice is one tab stop mirrored in both places.
 */
export function renderPlaceholders(
  text: string,
  known: Readonly<Record<string, string>>,
  defaults: ReadonlyMap<string, string | undefined>,
  options: RenderOptions,
): string {
  const stops = new Map<string, number>();
  let result = '';
  let last = 0;
  for (const match of matchesOf(text, placeholderPattern)) {
    const name = match[1];
    result += literal(text.slice(last, match.index), options.snippet);
    last = match.index + match[0].length;
    const value = Object.hasOwn(known, name) ? known[name] : undefined;
    if (value !== undefined) {
      result += literal(value, options.snippet);
      continue;
    }
    const fallback = defaults.get(name) ?? `[${name}]`;
    if (!options.snippet) {
      result += fallback;
      continue;
    }
    let stop = stops.get(name);
    if (stop === undefined) {
      stop = stops.size + 1;
      stops.set(name, stop);
      result += `\${${stop}:${escapeSnippet(fallback)}}`;
    } else {
      // A mirrored tab stop repeats what the drafter types at the first one.
      result += `\${${stop}}`;
    }
  }
  return result + literal(text.slice(last), options.snippet);
}

function literal(text: string, snippet: boolean): string {
  return snippet ? escapeSnippet(text) : text;
}

/** LSP snippet grammar: `$`, `}` and `\` are the characters that need a backslash. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}
