/**
 * A readable, stable dump of an Entente AST for snapshot files: the AST as JSON, with every
 * range written as `"line:col-line:col"` (1-based, as editors show positions) so a snapshot
 * diff points straight at the text that moved. Properties that are `undefined` are left out.
 *
 * The AST holds some nodes twice for the checks' convenience (the document's `parties`,
 * `channels`… are filters of `declarations`; an instrument's `status`, `duration`… are entries
 * of its `items`). The dump keeps only the source-order lists, so each node appears once and
 * the snapshot reads like the file.
 */
import type { EntenteDocument, Instrument } from '../../server/src/language/ast/nodes';
import type { Range } from '../../server/src/language/ast/positions';

export function dumpAst(ast: EntenteDocument): string {
  return JSON.stringify(ast, (_key, value: unknown) => (isRange(value) ? formatRange(value) : withoutDuplicates(value)), 2) + '\n';
}

function withoutDuplicates(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('type' in value)) return value;
  if (value.type === 'Document') {
    const { type, instruments, declarations, comments, range } = value as EntenteDocument;
    return { type, instruments, declarations, comments, range };
  }
  if (value.type === 'Instrument') {
    const { type, kind, title, parent, items, range } = value as Instrument;
    return { type, kind, title, parent, items, range };
  }
  return value;
}

export function formatRange(range: Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

function isRange(value: unknown): value is Range {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as Partial<Range>;
  return isPosition(start) && isPosition(end) && Object.keys(value).length === 2;
}

function isPosition(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { line?: unknown }).line === 'number' && typeof (value as { character?: unknown }).character === 'number';
}

/** The first line where two dumps differ, with both versions, for a short failure message. */
export function firstDifference(expected: string, actual: string): string | undefined {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `line ${i + 1}:\n  snapshot: ${e[i] ?? '<end of file>'}\n  actual:   ${a[i] ?? '<end of file>'}`;
  }
  return undefined;
}
