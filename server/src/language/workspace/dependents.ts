/**
 * Which known documents depend on one: they `use` it, are its annexes, implement it or are
 * implemented by it, incorporate its provisions or amend it. The service re-checks them when it changes (service.ts, `dependents`).
 */
import type { DocumentStore } from './document-store';
import { resolveRelative } from './uris';
import { namesAFile } from '../util/file-or-title';

/** An instrument named by its title links to no file (util/file-or-title.ts). */
const filePath = (value: string | undefined) => (value !== undefined && namesAFile(value) ? value : undefined);

/** The documents among `among` whose `use`, parent or implementation links name `uri`. */
export function dependentsOf(documents: DocumentStore, uri: string, among: readonly string[]): string[] {
  const result: string[] = [];
  for (const other of among) {
    if (other === uri) continue;
    const ast = documents.parsed(other)?.ast;
    if (!ast) continue;
    const header = ast.instrument;
    const named = [header?.parent, header?.implements?.file, header?.amends?.treaty, ...(header?.incorporations ?? []).map((i) => i.source)].map((t) => filePath(t?.value));
    const linked = (header?.implementedBy ?? []).flatMap((b) => b.files.map((f) => f.value));
    const paths = [...ast.uses.map((u) => u.path?.value), ...named, ...linked].filter((p): p is string => !!p);
    if (paths.some((p) => resolveRelative(other, p) === uri)) result.push(other);
  }
  return result;
}
