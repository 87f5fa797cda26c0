/**
 * Folding: every block or declaration over several lines, multi-line prose, runs of line
 * comments and block comments, and a run of `use` lines (as imports).
 */
import type { FeatureHost } from './host';
import type { FoldingRange } from './types';

export function foldingRanges(host: FeatureHost, uri: string): FoldingRange[] {
  const model = host.model(uri);
  if (!model) return [];
  const ast = model.ast;
  const lines = model.text.split(/\r\n?|\n/);
  const result: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (startLine: number, endLine: number, kind?: FoldingRange['kind']) => {
    // A clause whose body is its prose block would otherwise fold twice over the same lines.
    if (endLine <= startLine || seen.has(`${startLine}:${endLine}`)) return;
    seen.add(`${startLine}:${endLine}`);
    result.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  // A closing brace alone on its line stays visible, as editors fold code.
  const blockEnd = (line: number) => ((lines[line] ?? '').trim() === '}' ? line - 1 : line);
  for (const node of [...ast.instruments, ...ast.declarations.filter((d) => d.type !== 'Use')]) {
    add(node.range.start.line, blockEnd(node.range.end.line));
  }
  for (const { text } of model.prose()) if (text.multiline) add(text.range.start.line, text.range.end.line);
  let run: { start: number; end: number } | undefined;
  for (const comment of ast.comments) {
    if (comment.block) {
      add(comment.range.start.line, comment.range.end.line, 'comment');
      continue;
    }
    const line = comment.range.start.line;
    const alone = (lines[line] ?? '').trimStart().startsWith('//');
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
