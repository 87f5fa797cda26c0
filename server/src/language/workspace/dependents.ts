/**
 * Which known documents depend on one: they `use` it, are its annexes, implement it or are
 * implemented by it. The service re-checks them when it changes (service.ts, `dependents`).
 */
import type { DocumentStore } from './document-store';
import { resolveRelative } from './uris';
import { namesAFile } from '../util/file-or-title';

/** A parent named by its title links to no file. */
const parentPath = (value: string | undefined) => (value !== undefined && namesAFile(value) ? value : undefined);

/** The documents among `among` whose `use`, parent or implementation links name `uri`. */
export function dependentsOf(documents: DocumentStore, uri: string, among: readonly string[]): string[] {
  const result: string[] = [];
  for (const other of among) {
    if (other === uri) continue;
    const ast = documents.parsed(other)?.ast;
    if (!ast) continue;
    const linked = [ast.instrument?.implements?.file?.value, ...(ast.instrument?.implementedBy ?? []).flatMap((b) => b.files.map((f) => f.value))];
    const paths = [...ast.uses.map((u) => u.path?.value), parentPath(ast.instrument?.parent?.value), ...linked].filter((p): p is string => !!p);
    if (paths.some((p) => resolveRelative(other, p) === uri)) result.push(other);
  }
  return result;
}
