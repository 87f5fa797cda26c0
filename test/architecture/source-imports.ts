/**
 * The imports of the project's own TypeScript files, read with the compiler's own pre-processor
 * (so `import type`, `export … from` and `import('…')` types all count), resolved to files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const coreRoot = join(repoRoot, 'server/src/language');

export interface SourceImport {
  /** The importing file, relative to the repository. */
  readonly from: string;
  /** As written. */
  readonly specifier: string;
  /** The file it resolves to (relative to the repository), for relative specifiers. */
  readonly resolved: string | undefined;
}

export function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

export function importsOf(file: string): SourceImport[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map(({ fileName }) => ({
    from: relative(repoRoot, file),
    specifier: fileName,
    resolved: fileName.startsWith('.') ? resolveRelative(file, fileName) : undefined,
  }));
}

function resolveRelative(file: string, specifier: string): string {
  const base = resolve(dirname(file), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(repoRoot, candidate);
  }
  return relative(repoRoot, base);
}

/** The folder of a core file, one level below `server/src/language` (`.` for the root files). */
export function coreFolder(path: string): string {
  const inside = relative(relative(repoRoot, coreRoot), path);
  const parts = inside.split('/');
  return parts.length > 1 ? parts[0] : '.';
}

/** Every cycle of a directed graph, each once, as the list of its nodes (Tarjan's components). */
export function cycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!indices.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || edges.get(node)?.has(node)) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!indices.has(node)) connect(node);
  return found;
}
