/**
 * Folding: every block or declaration over several lines, multi-line prose, runs of line
 * comments and block comments, and a run of `use` lines (as imports).
 */
import type { SemanticModel } from '../model/semantic-model';
import type { FeatureHost } from './host';
import type { FoldingRange } from './types';

/**
 * The folding of each model, computed once: VS Code asks again for the same version (each
 * editor on the file, a change of its folding settings), and a model never changes once made.
 * Shared by every caller, so read-only.
 */
const computed = new WeakMap<SemanticModel, readonly FoldingRange[]>();

export function foldingRanges(host: FeatureHost, uri: string): readonly FoldingRange[] {
  const model = host.model(uri);
  if (!model) return [];
  const kept = computed.get(model);
  if (kept) return kept;
  const result = foldingOf(model);
  computed.set(model, result);
  return result;
}

function foldingOf(model: SemanticModel): FoldingRange[] {
  const ast = model.ast;
  const { text, lines } = model;
  const result: FoldingRange[] = [];
  // Ranges arrive in the order of the document's parts, not sorted, so the pairs already given
  // are kept by key (a clause whose body is its prose block would otherwise fold twice).
  const seen = new Set<number>();
  const add = (startLine: number, endLine: number, kind?: FoldingRange['kind']) => {
    // Lines stay below 2^24 (a document has at most 8 Mi characters), so the pair fits one number.
    const key = startLine * 2 ** 24 + endLine;
    if (endLine <= startLine || seen.has(key)) return;
    seen.add(key);
    result.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  // What `trim` would remove from a line, read from the text rather than from a split of it
  // (a 100,000-line split per request); each line's first non-blank offset is found once.
  const blank = (at: number) => at < text.length && text[at] !== '\n' && text[at] !== '\r' && /\s/.test(text[at]);
  const firstNonBlanks = new Map<number, number>();
  const firstNonBlank = (line: number): number => {
    let at = firstNonBlanks.get(line);
    if (at !== undefined) return at;
    for (at = lines.lineStart(line); blank(at); ) at++;
    firstNonBlanks.set(line, at);
    return at;
  };
  const lineEndsAt = (at: number) => {
    while (blank(at)) at++;
    return at >= text.length || text[at] === '\n' || text[at] === '\r';
  };
  // A closing brace alone on its line stays visible, as editors fold code.
  const blockEnd = (line: number) => {
    const at = firstNonBlank(line);
    return text[at] === '}' && lineEndsAt(at + 1) ? line - 1 : line;
  };
  for (const node of ast.instruments) add(node.range.start.line, blockEnd(node.range.end.line));
  for (const node of ast.declarations) if (node.type !== 'Use') add(node.range.start.line, blockEnd(node.range.end.line));
  for (const { text: prose } of model.prose()) if (prose.multiline) add(prose.range.start.line, prose.range.end.line);
  let run: { start: number; end: number } | undefined;
  for (const comment of ast.comments) {
    if (comment.block) {
      add(comment.range.start.line, comment.range.end.line, 'comment');
      continue;
    }
    const line = comment.range.start.line;
    const alone = text.startsWith('//', firstNonBlank(line));
    if (run && alone && line === run.end + 1) run.end = line;
    else {
      if (run) add(run.start, run.end, 'comment');
      run = alone ? { start: line, end: line } : undefined;
    }
  }
  if (run) add(run.start, run.end, 'comment');
  const uses = ast.uses;
  if (uses.length > 1) add(uses[0].range.start.line, uses[uses.length - 1].range.end.line, 'imports');
  return result;
}
