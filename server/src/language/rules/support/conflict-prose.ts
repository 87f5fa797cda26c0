/**
 * Prose as the wording checks scan it: the raw source of every prose block, the instrument's
 * title and clause headings, with what must not be judged blanked out (same length, so an offset
 * in the scanned string is an offset in the document):
 * - the string delimiters and escape sequences;
 * - passages in quotation marks inside the prose (`\"…\"`, `"…"` in triple-quoted prose, `“…”`):
 *   a quoted citation or title of another instrument is not the drafter's own wording;
 * - occurrences of the document's defined terms and security-agreement names, which the drafter
 *   chose deliberately and the definition check governs.
 */
import type { Text } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';

export interface ProseSpan {
  /** Offset of `text[0]` in the document. */
  readonly offset: number;
  /** The raw source, masked; same length as the source it covers. */
  readonly text: string;
  /** True for the instrument's own title. */
  readonly title: boolean;
}

export function proseSpans(model: SemanticModel): ProseSpan[] {
  const texts: { text: Text; title: boolean }[] = model.prose().map(({ text }) => ({ text, title: false }));
  const title = model.ast.instrument?.title;
  if (title) texts.push({ text: title, title: true });
  for (const clause of model.ast.clauses) if (clause.heading) texts.push({ text: clause.heading, title: false });
  const protectedNames = protectedPhrases(model);
  return texts.map(({ text, title: isTitle }) => {
    const offset = model.lines.offsetAt(text.range.start);
    const raw = model.text.slice(offset, model.lines.offsetAt(text.range.end));
    return { offset, text: maskNames(maskQuotes(raw), protectedNames), title: isTitle };
  });
}

/** The document range of `[start, end)` within a span. */
export function spanRange(model: SemanticModel, span: ProseSpan, start: number, end: number): Range {
  return model.lines.range(span.offset + start, span.offset + end);
}

function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** Blank the delimiters, escapes and quoted passages of a string or triple-quoted prose. */
export function maskQuotes(raw: string): string {
  const triple = raw.startsWith('"""');
  const delimiter = triple ? 3 : raw.startsWith('"') ? 1 : 0;
  const closing = delimiter > 0 && raw.length >= 2 * delimiter && raw.endsWith('"'.repeat(delimiter)) ? delimiter : 0;
  let body = raw.slice(delimiter, raw.length - closing);
  if (triple) {
    body = body.replace(/"[^"]*"/g, blank);
  } else {
    body = body.replace(/\\"(?:[^"\\]|\\[^"])*\\"/g, blank).replace(/\\u[0-9a-fA-F]{4}|\\./g, blank);
  }
  body = body.replace(/“[^”]*”/g, blank);
  return ' '.repeat(delimiter) + body + ' '.repeat(closing);
}

function protectedPhrases(model: SemanticModel): string[] {
  const phrases = new Set<string>();
  for (const d of model.ast.definitions) if (d.term && d.term.value.trim()) phrases.add(d.term.value.trim());
  for (const s of model.ast.securityAgreements) if (s.name && s.name.value.trim()) phrases.add(s.name.value.trim());
  return [...phrases].sort((a, b) => b.length - a.length);
}

function maskNames(text: string, names: readonly string[]): string {
  if (names.length === 0) return text;
  const body = names.map((n) => n.split(/\s+/).map(escapeRegExp).join('\\s+')).join('|');
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'gu'), blank);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
