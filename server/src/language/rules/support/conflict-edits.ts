/** Text edits the conflict fixes share: remove a statement's line, remove one item of a list. */
import type { Name } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import type { TextEdit } from '../rule';

/** The statement's whole line (with its line break) when nothing else is on it, else just its range. */
export function statementLine(model: SemanticModel, range: Range): Range {
  const start = model.lines.lineStart(range.start.line);
  const next = range.end.line + 1 < model.lines.lineCount ? model.lines.lineStart(range.end.line + 1) : model.text.length;
  const before = model.text.slice(start, model.lines.offsetAt(range.start));
  const after = model.text.slice(model.lines.offsetAt(range.end), next);
  return before.trim() === '' && after.trim() === '' ? model.lines.range(start, next) : range;
}

/** Remove `items[index]` from a comma-separated list, with the comma that joins it. */
export function removeListItem(items: readonly Name[], index: number): TextEdit | undefined {
  const item = items[index];
  if (!item) return undefined;
  if (index > 0) return { range: { start: items[index - 1].range.end, end: item.range.end }, newText: '' };
  if (items.length > 1) return { range: { start: item.range.start, end: items[1].range.start }, newText: '' };
  return undefined;
}

/** Replace a whole list (first item to last) by one word. */
export function replaceList(items: readonly Name[], newText: string, end?: Range): TextEdit | undefined {
  if (items.length === 0) return undefined;
  return { range: { start: items[0].range.start, end: (end ?? items[items.length - 1].range).end }, newText };
}
