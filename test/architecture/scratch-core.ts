/**
 * A scratch copy of the language core in a temporary folder, to change it the way a later
 * engineer would and see what the compiler (or the running core) then says. The copy shares
 * the repository's node_modules through a link; the repository itself is never touched.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { coreRoot, repoRoot } from './source-imports';

export class ScratchCore {
  readonly root = mkdtempSync(join(tmpdir(), 'entente-scratch-'));

  constructor() {
    mkdirSync(join(this.root, 'server/src'), { recursive: true });
    cpSync(coreRoot, join(this.root, 'server/src/language'), { recursive: true });
    cpSync(join(repoRoot, 'tsconfig.json'), join(this.root, 'tsconfig.json'));
    cpSync(join(repoRoot, 'package.json'), join(this.root, 'package.json'));
    // What `npm run grammar` reads and writes, so generated artifacts can be regenerated here.
    for (const folder of ['scripts', 'grammar', 'syntaxes']) cpSync(join(repoRoot, folder), join(this.root, folder), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(this.root, 'node_modules'), 'dir');
  }

  /** A file of the copy, by its path inside the core (`ast/nodes.ts`). */
  path(file: string): string {
    return join(this.root, 'server/src/language', file);
  }

  read(file: string): string {
    return readFileSync(this.path(file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(this.path(file), text);
  }

  /** Inserts `text` after the first occurrence of `anchor` (which must occur). */
  insertAfter(file: string, anchor: string, text: string): void {
    const source = this.read(file);
    const at = source.indexOf(anchor);
    assert.ok(at >= 0, `${file} no longer contains ${JSON.stringify(anchor)}: update this test with the file`);
    this.write(file, source.slice(0, at + anchor.length) + text + source.slice(at + anchor.length));
  }

  /** Inserts `text` before the first occurrence of `anchor` (which must occur). */
  insertBefore(file: string, anchor: string, text: string): void {
    const source = this.read(file);
    const at = source.indexOf(anchor);
    assert.ok(at >= 0, `${file} no longer contains ${JSON.stringify(anchor)}: update this test with the file`);
    this.write(file, source.slice(0, at) + text + source.slice(at));
  }

  /** The core's files (paths inside the core) that differ from the repository's, or are new. */
  changedFiles(): string[] {
    const copy = join(this.root, 'server/src/language');
    return filesUnder(copy)
      .map((path) => relative(copy, path))
      .filter((file) => !existsSync(join(coreRoot, file)) || readFileSync(join(coreRoot, file), 'utf8') !== readFileSync(join(copy, file), 'utf8'))
      .sort();
  }

  /** Type-checks the copy under the core's own tsconfig; the compiler's errors, one per line. */
  typecheck(): string[] {
    const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '--pretty', 'false', '-p', this.path('tsconfig.json')], { encoding: 'utf8' });
    return tsc.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
  }

  /** Runs a TypeScript module of the copy (or beside it) with tsx; its standard output. */
  run(file: string): { status: number | null; stdout: string; stderr: string } {
    const tsx = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
    const result = spawnSync(process.execPath, [tsx, file], { cwd: this.root, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
