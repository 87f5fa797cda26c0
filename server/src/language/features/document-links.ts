/**
 * Links on `use "…"` paths and on an annex's parent path, to the resolved file — only to a file
 * that was read: a path outside the workspace, or to nothing, gets no link (a link would point the
 * editor at a file the server refused).
 */
import type { Text } from '../ast/nodes';
import { resolveRelative } from '../workspace/uris';
import type { FeatureHost } from './host';
import type { DocumentLink } from './types';

export function documentLinks(host: FeatureHost, uri: string): DocumentLink[] {
  const ast = host.parse(uri)?.ast;
  if (!ast) return [];
  const model = host.model(uri);
  const read = new Set<Text>();
  for (const file of [...(model?.usedFiles ?? []), ...(model?.parentFile ? [model.parentFile] : [])]) if (file.uri !== undefined) read.add(file.path);
  const paths: { text: Text; tooltip: string }[] = [];
  for (const use of ast.uses) if (use.path) paths.push({ text: use.path, tooltip: 'Open the used file' });
  for (const instrument of ast.instruments) if (instrument.parent) paths.push({ text: instrument.parent, tooltip: 'Open the parent instrument' });
  const result: DocumentLink[] = [];
  for (const { text, tooltip } of paths) {
    const target = resolveRelative(uri, text.value);
    if (!target || !read.has(text) || text.range.start.line !== text.range.end.line) continue;
    // The link covers the path without its quotes.
    const range = { start: { ...text.range.start, character: text.range.start.character + 1 }, end: { ...text.range.end, character: Math.max(text.range.start.character + 1, text.range.end.character - 1) } };
    result.push({ range, target, tooltip });
  }
  return result;
}
