/**
 * The README's invariants about the language core, held by reading every import:
 * - the core imports no `vscode*`, no Node built-in and nothing outside itself but its two
 *   parser libraries (its own tsconfig, `types: []`, makes Node and DOM globals compile errors);
 * - the language server, the command line, the Node host and the VS Code client enter the core
 *   only through its facade, `server/src/language/index.ts`;
 * - the core's folders import one another without cycles;
 * - only the Node host module touches the file system.
 */
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { coreFolder, coreRoot, cycles, importsOf, repoRoot, typeScriptFiles, type SourceImport } from './source-imports';

const core = relative(repoRoot, coreRoot);
const coreImports = typeScriptFiles(coreRoot).flatMap(importsOf);
/**
 * Parser and JSON-with-comments libraries, the Word writer (render/docx.ts), and the ISO 639
 * language names (data/language-names.ts): plain ECMAScript that runs in Node and in a browser
 * alike, no file system.
 */
const allowedPackages = new Set(['chevrotain', 'jsonc-parser', 'docx', 'iso-639-1', 'iso-639-2']);
const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

const outsideCallers = ['server/src/lsp', 'server/src/cli', 'server/src/host', 'client/src'];
const callerImports = outsideCallers.flatMap((dir) => typeScriptFiles(join(repoRoot, dir)).flatMap(importsOf));

const show = (list: readonly SourceImport[]) => list.map((i) => `${i.from}: '${i.specifier}'`);

describe('architecture: the language core and its one door', () => {
  it('scans a real set of files (the checks below cannot pass vacuously)', () => {
    assert.ok(coreImports.length > 300, `only ${coreImports.length} core imports found`);
    assert.ok(callerImports.some((i) => i.resolved === `${core}/index.ts`), 'no caller imports the facade');
  });

  it('the core imports no vscode, no LSP package and no Node built-in', () => {
    const bad = coreImports.filter((i) => i.specifier.startsWith('vscode') || nodeBuiltins.has(i.specifier) || i.specifier.startsWith('node:'));
    assert.deepEqual(show(bad), []);
  });

  it('the core imports nothing outside itself but its parser libraries and the Word writer', () => {
    const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
    const bad = coreImports.filter((i) => (i.resolved ? !i.resolved.startsWith(`${core}/`) : !allowedPackages.has(packageOf(i.specifier))));
    assert.deepEqual(show(bad), []);
  });

  it('lsp/, cli/, host/ and the client enter the core only through server/src/language/index.ts', () => {
    const bad = callerImports.filter((i) => i.resolved?.startsWith(`${core}/`) && i.resolved !== `${core}/index.ts`);
    assert.deepEqual(show(bad), []);
  });

  it('the core folders import one another without cycles', () => {
    const edges = new Map<string, Set<string>>();
    for (const i of coreImports) {
      if (!i.resolved?.startsWith(`${core}/`)) continue;
      const from = coreFolder(i.from);
      const to = coreFolder(i.resolved);
      if (!edges.has(from)) edges.set(from, new Set());
      if (from !== to) edges.get(from)!.add(to);
    }
    assert.ok(edges.size >= 10, [...edges.keys()].join());
    const found = cycles(edges).map((cycle) => {
      // Name an import that closes the cycle, so the failure says where to look.
      const witness = coreImports.find((i) => i.resolved && cycle.includes(coreFolder(i.from)) && cycle.includes(coreFolder(i.resolved)) && coreFolder(i.from) !== coreFolder(i.resolved));
      return `${cycle.join(' ↔ ')} (e.g. ${witness?.from} → ${witness?.specifier})`;
    });
    assert.deepEqual(found, []);
  });

  it('only the Node host module (server/src/host/node-files.ts and its walker node-walk.ts) touches the file system', () => {
    const everywhere = ['server/src', 'client/src'].flatMap((dir) => typeScriptFiles(join(repoRoot, dir)).flatMap(importsOf));
    const fileSystem = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);
    const host = new Set(['server/src/host/node-files.ts', 'server/src/host/node-walk.ts']);
    const bad = everywhere.filter((i) => fileSystem.has(i.specifier) && !host.has(i.from));
    assert.deepEqual(show(bad), []);
  });

  it('the cycle finder finds a cycle (so the check above can fail)', () => {
    const edges = new Map([['model', new Set(['library'])], ['library', new Set(['model', 'ast'])], ['ast', new Set<string>()]]);
    assert.deepEqual(cycles(edges), [['library', 'model']]);
  });
});
