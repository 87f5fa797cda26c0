/**
 * Where a quick fix may insert a new top-level declaration (a library clause, a definition).
 *
 * The end of the document is the natural place, but not when the document ends inside
 * something left open — a `{` never closed, a `"""` prose block or a `/*` comment running to
 * the end of the file, or a declaration the end of the file cut short: text appended there
 * would become part of that block, prose, comment or declaration, and the fix would not fix.
 * Then the declaration goes before the top-level declaration in which the open construct
 * starts, the last position known to lie between declarations. When that is the instrument
 * header, there is no such position (a declaration before the header would read as
 * misplaced): no edit, and the fix is not offered.
 */
import type { Position } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import { reparse } from '../../syntax/reparse';
import { oncePer } from '../../util/once-per';
import { insideSpanAt, measureLayout, type Layout } from './top-level-layout';

const layout = oncePer(measureLayout);

/** Index of the last node starting at or before `offset` (strictly before when `strict`), or -1. */
function lastNodeBefore(l: Layout, offset: number, strict: boolean): number {
  let low = 0;
  let high = l.starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (strict ? l.starts[mid] < offset : l.starts[mid] <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * Whether a declaration inserted at `offset` (the start of a line) would stand between
 * declarations, inside nothing, and leave the parse no worse.
 */
export function isTopLevelBoundary(model: SemanticModel, offset: number, declaration: string): boolean {
  return isBetweenDeclarations(model, offset) && insertsCleanly(model, offset, true, declaration);
}

function isBetweenDeclarations(model: SemanticModel, offset: number): boolean {
  const l = layout(model);
  if (l.openAt !== undefined && offset > l.openAt) return false;
  if (insideSpanAt(l, offset)) return false;
  const before = lastNodeBefore(l, offset, true);
  return before < 0 || l.maxEnds[before] <= offset;
}

/**
 * The edit inserting `declaration` (ending in a line break) at a top-level position: at the end
 * of the document (after a blank line when `blankLine`), or before the declaration left open.
 * Undefined when there is no such position.
 */
export function topLevelDeclarationEdit(model: SemanticModel, declaration: string, blankLine = true): { range: { start: Position; end: Position }; newText: string } | undefined {
  const text = model.text;
  const l = layout(model);
  if (l.openAt === undefined) {
    const separator = text.length === 0 ? '' : text.endsWith('\n') ? (blankLine ? '\n' : '') : blankLine ? '\n\n' : '\n';
    const end = model.lines.positionAt(text.length);
    return { range: { start: end, end }, newText: separator + declaration };
  }
  const index = lastNodeBefore(l, l.openAt, false);
  if (index < 0 || l.headers.has(l.starts[index])) return undefined;
  const offset = l.starts[index];
  if (!isBetweenDeclarations(model, offset)) return undefined;
  const at = model.lines.positionAt(offset);
  const atLineStart = text.slice(model.lines.lineStart(at.line), offset).trim() === '';
  if (!insertsCleanly(model, offset, atLineStart, declaration)) return undefined;
  return { range: { start: at, end: at }, newText: (atLineStart ? '' : '\n') + declaration + (blankLine ? '\n' : '') };
}

const probes = new WeakMap<SemanticModel, Map<string, boolean>>();

/**
 * Whether a declaration inserted at `offset` leaves the parse no worse: before a declaration in
 * a document that syntax errors have already broken, what counts as that declaration's start is
 * the recovery's guess, and a declaration put there can change how the broken text around it is
 * read (a stray word that was part of one problem becomes one of its own, or a declaration the
 * end of a broken one left dangling takes the inserted keyword for its name). The declaration
 * is inserted and the document parsed again (only the part the insertion touches,
 * syntax/reparse.ts), once per model, position and kind of declaration: the first declaration
 * of each kind stands for the rest, which begin with the same words (`clause … from library`,
 * `define "…" means`), so a document's fixes cost a reparse or two.
 */
function insertsCleanly(model: SemanticModel, offset: number, atLineStart: boolean, declaration: string): boolean {
  // Without syntax errors the declarations' ranges are exact, and a boundary between them is one.
  if (model.parsed.problems.length === 0) return true;
  let known = probes.get(model);
  if (!known) probes.set(model, (known = new Map()));
  const key = `${offset} ${/^\S*/.exec(declaration)![0]}`;
  let clean = known.get(key);
  if (clean === undefined) {
    // Snippet tab stops as the plain text the fix applies.
    const probe = (atLineStart ? '' : '\n') + declaration.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '') + (declaration.endsWith('\n') ? '' : '\n');
    const after = reparse(model.parsed, model.text.slice(0, offset) + probe + model.text.slice(offset));
    known.set(key, (clean = after.problems.length <= model.parsed.problems.length));
  }
  return clean;
}
