/**
 * Links on `use "…"` paths and on the files `of`, `implements`, `incorporates … from` and `amends`
 * name (not an instrument named by its title), to the resolved file — not to a file the
 * host refused (outside the workspace, not a regular file, too large): a link would send the editor
 * where the server would not go. A path to nothing yet keeps its link (the drafter may create it).
 */
import type { Text } from '../ast/nodes';
import { resolveRelative } from '../workspace/uris';
import { namesAFile } from '../util/file-or-title';
import type { FeatureHost } from './host';
import type { DocumentLink } from './types';

/** What the host refused to read (not-found and the import limit are not refusals: the file is there to open, or may be). */
const refusals = new Set<string>(['outside-workspace', 'not-a-file', 'too-large', 'unreadable']);

export function documentLinks(host: FeatureHost, uri: string): DocumentLink[] {
  const ast = host.parse(uri)?.ast;
  if (!ast) return [];
  const model = host.model(uri);
  const refused = new Set<Text>();
  const read = model ? [...model.usedFiles, model.parentFile, model.implementedFile, ...model.incorporatedFiles, model.amendedFile] : [];
  for (const file of read) if (file?.failure !== undefined && refusals.has(file.failure)) refused.add(file.path);
  const paths: { text: Text; tooltip: string }[] = [];
  for (const use of ast.uses) if (use.path) paths.push({ text: use.path, tooltip: 'Open the used file' });
  // A string that names an instrument by its title links to nothing (util/file-or-title.ts).
  const file = (text: Text | undefined): text is Text => text !== undefined && namesAFile(text.value);
  for (const instrument of ast.instruments) if (file(instrument.parent)) paths.push({ text: instrument.parent, tooltip: 'Open the parent instrument' });
  if (file(ast.instrument?.implements?.file)) paths.push({ text: ast.instrument.implements.file, tooltip: 'Open the treaty this arrangement implements' });
  for (const incorporation of ast.instrument?.incorporations ?? []) {
    if (file(incorporation.source)) paths.push({ text: incorporation.source, tooltip: 'Open the instrument whose provisions this one incorporates' });
  }
  const amended = ast.instrument?.amends?.treaty;
  if (file(amended)) paths.push({ text: amended, tooltip: 'Open the treaty this instrument amends' });
  const result: DocumentLink[] = [];
  for (const { text, tooltip } of paths) {
    const target = resolveRelative(uri, text.value);
    if (!target || refused.has(text) || text.range.start.line !== text.range.end.line) continue;
    // The link covers the path without its quotes.
    const range = { start: { ...text.range.start, character: text.range.start.character + 1 }, end: { ...text.range.end, character: Math.max(text.range.start.character + 1, text.range.end.character - 1) } };
    result.push({ range, target, tooltip });
  }
  return result;
}
