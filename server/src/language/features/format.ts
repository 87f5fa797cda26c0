/**
 * Formatting that never loses a word or a comment: it only ever rewrites the whitespace between
 * tokens (comments included), never a token. Two modes:
 *
 * - A document without syntax errors gets the house layout: one statement per line in a block,
 *   indented one level per brace; the opening brace on the header's line; single spaces between
 *   tokens on a line (none before `,` and around `.`); line breaks the drafter put inside a
 *   statement kept as continuation lines, indented one level more; at most one blank line;
 *   prose blocks and comments verbatim (only the line they start on moves); one final newline.
 * - A document with syntax errors is only re-indented, line by line: lines are never joined or
 *   split, since the structure is not known for sure.
 *
 * Both are idempotent. Range formatting applies only the edits that touch the range. The rules
 * are in format-layout.ts; a document without errors is laid out by construct (format-segments.ts),
 * reusing the edits of the constructs an edit did not touch.
 */
import type { Range } from '../ast/positions';
import { parse, type ParseResult } from '../syntax/parse';
import { withComments } from '../syntax/token-list';
import { finalNewline, layout, reindent, shrink, type Edit } from './format-layout';
import { layoutBySegment, layoutSteps } from './format-blocks';
import type { FeatureHost } from './host';
import type { FormattingOptions, TextEdit } from './types';

export function format(host: FeatureHost, uri: string, options: FormattingOptions, range?: Range): TextEdit[] {
  const text = host.text(uri);
  if (text === undefined) return [];
  const parsed = host.parse(uri);
  if (!parsed || parsed.lines.text !== text) return formatText(text, options, range, parsed);
  // The edits of a parse, by options and range, made once: format on save asks again for a text
  // that has not changed since, and a parse is never changed once made. Callers get a copy.
  const key = `${options.tabSize}\u0000${options.insertSpaces}\u0000${range ? `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}` : ''}`;
  let kept = formatted.get(parsed);
  if (!kept) formatted.set(parsed, (kept = new Map()));
  let edits = kept.get(key);
  if (!edits) {
    edits = formatText(text, options, range, parsed);
    // Only the latest request is kept per parse: a handful of option sets at most in practice.
    kept.clear();
    kept.set(key, edits);
  }
  return edits.map((e) => ({ range: e.range, newText: e.newText }));
}

const formatted = new WeakMap<ParseResult, Map<string, TextEdit[]>>();

/**
 * The layout of every construct of the document's current parse with these options, in steps,
 * for a host to run ahead of the request when it is idle: the first formatting of a document
 * lays out all of it (about 130 ms of CPU at 100,000 lines), a later one only what an edit
 * re-parsed, since the layout of each construct is kept for as long as the parse reuses it
 * (format-segments.ts). `format` reads what these steps computed; nothing else changes.
 */
export function* formattingSteps(host: FeatureHost, uri: string, options: FormattingOptions): Generator<string, void, void> {
  const text = host.text(uri);
  const parsed = text === undefined ? undefined : host.parse(uri);
  if (!parsed || parsed.lines.text !== text) return;
  yield* layoutSteps(text, parsed, indentUnit(options));
}

/** `parsed`, when given, is the service's parse of this text: its tokens are used, nothing is lexed again. */
export function formatText(text: string, options: FormattingOptions, range?: Range, parsed?: ParseResult): TextEdit[] {
  const parsedText = parsed && parsed.lines.text === text ? parsed : parse(text);
  const unit = indentUnit(options);
  // Lexer errors are among the parse's problems.
  const clean = parsedText.problems.length === 0;
  const edits = (clean ? layoutBySegment(text, parsedText, unit) : undefined) ?? wholeTextEdits(text, parsedText, unit);
  return toTextEdits(parsedText, edits, range);
}

/**
 * What `formatText` gives, computed in one run over the whole text, reusing nothing: the
 * reference the construct-by-construct layout is held to (test/features/format-segments.test.ts).
 */
export function formatWholeText(text: string, options: FormattingOptions, range?: Range): TextEdit[] {
  const parsed = parse(text);
  return toTextEdits(parsed, wholeTextEdits(text, parsed, indentUnit(options)), range);
}

function indentUnit(options: FormattingOptions): string {
  return options.insertSpaces === false ? '\t' : ' '.repeat(Math.max(1, Math.min(16, Math.floor(options.tabSize) || 2)));
}

/** The edits that change something, shrunk, of the whole text in one run. */
function wholeTextEdits(text: string, parsed: ParseResult, unit: string): Edit[] {
  // The parse's tokens read in place through its segments (syntax/token-sequence.ts): no token object is made.
  const tokens = withComments(parsed.tokenSequence, parsed.comments);
  const lastEnd = tokens.length > 0 ? tokens.endAt(tokens.length - 1) : undefined;
  const edits =
    parsed.problems.length === 0
      ? [...layout(text, tokens, unit, { shift: 0, origin: 0, after: undefined }).edits, finalNewline(text, lastEnd)]
      : reindent(text, parsed.lines, tokens, unit);
  return edits.filter((e) => text.slice(e.start, e.end) !== e.newText).map((e) => shrink(text, e));
}

function toTextEdits(parsed: ParseResult, edits: readonly Edit[], range: Range | undefined): TextEdit[] {
  const lines = parsed.lines;
  const from = range ? lines.offsetAt({ line: range.start.line, character: 0 }) : 0;
  const to = range ? lines.offsetAt({ line: range.end.line, character: Number.MAX_SAFE_INTEGER }) : lines.text.length;
  return edits.filter((e) => !range || (e.end >= from && e.start <= to)).map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText }));
}
