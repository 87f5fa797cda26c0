/** Text edits the conflict fixes share: remove a statement's line, remove one item of a list. */
import type { HeaderItem } from '../../ast/header-nodes';
import type { Name } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import type { TextEdit } from '../rule';
import { deleteLinesEdit } from './ordinary-helpers';

/** The statement's whole line (with its line break) when nothing else is on it, else just its range. */
export function statementLine(model: SemanticModel, range: Range): Range {
  return deleteLinesEdit(model, range).range;
}

/**
 * The edit removing a header statement (its line, when nothing else is on it), or undefined when
 * the header states the same thing again: the rules read the first such statement, so removing
 * it only brings the next one forward and the finding stays (the long property run found a
 * repeated `reservations permitted`). A repeated statement is for the drafter to sort out.
 */
export function removeStatementEdit(model: SemanticModel, item: HeaderItem): TextEdit | undefined {
  const header = model.ast.instrument;
  if (header && header.items.filter((other) => other.type === item.type).length > 1) return undefined;
  return { range: statementLine(model, item.range), newText: '' };
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
