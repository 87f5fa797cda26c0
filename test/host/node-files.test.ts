/**
 * The Node host module: one reader that never throws (a failure kind instead), one walker with
 * one skip rule, driven the same way blocking (command line, library loader) and not blocking
 * (the server's workspace indexer).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { entryKind, readFileBytes, readTextFile, readTextFileAsync, readUri, readUriText, skipsEntry, toUri, walkFiles, walkFilesAsync, writeTextFile } from '../../server/src/host/node-files';

describe('host: reading files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-host-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file, and reports a missing file, a folder and a non-file URI as failures without throwing', async () => {
    writeFileSync(join(dir, 'a.entente'), 'participant EE');
    assert.deepEqual(readTextFile(join(dir, 'a.entente')), { ok: true, path: join(dir, 'a.entente'), text: 'participant EE' });
    const missing = readTextFile(join(dir, 'nope.entente'));
    assert.ok(!missing.ok && missing.failure === 'not-found' && missing.code === 'ENOENT', JSON.stringify(missing));
    const folder = readTextFile(dir);
    assert.ok(!folder.ok && folder.failure === 'not-a-file', JSON.stringify(folder));
    assert.deepEqual(await readTextFileAsync(join(dir, 'a.entente')), readTextFile(join(dir, 'a.entente')));
    assert.equal((await readTextFileAsync(dir)).ok, false);
    const untitled = readUri('untitled:Untitled-1');
    assert.ok(!untitled.ok && untitled.failure === 'not-a-file-uri');
    assert.equal(readUriText(toUri(join(dir, 'a.entente'))), 'participant EE');
    assert.equal(readUriText(toUri(join(dir, 'nope.entente'))), undefined);
  });

  it('reads bytes as stored for a command that must keep the encoding, by the same policy', () => {
    writeFileSync(join(dir, 'bom.entente'), '\uFEFFx');
    const read = readFileBytes(join(dir, 'bom.entente'));
    assert.ok(read.ok && [...read.bytes].join() === '239,187,191,120', JSON.stringify(read));
    const folder = readFileBytes(dir);
    assert.ok(!folder.ok && folder.failure === 'not-a-file');
  });

  it('reads regular files only: a device behind a link and a named pipe are refused, not read', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.entente'));
    const zero = readTextFile(join(dir, 'zero.entente'));
    assert.ok(!zero.ok && zero.failure === 'not-a-file', JSON.stringify(zero));
    execFileSync('mkfifo', [join(dir, 'pipe.entente')]);
    const pipe = readTextFile(join(dir, 'pipe.entente'));
    assert.ok(!pipe.ok && pipe.failure === 'not-a-file', JSON.stringify(pipe));
    writeFileSync(join(dir, 'real.entente'), 'x');
    symlinkSync(join(dir, 'real.entente'), join(dir, 'link.entente'));
    assert.deepEqual(readTextFile(join(dir, 'link.entente')), { ok: true, path: join(dir, 'link.entente'), text: 'x' });
  });

  it('gives the text as an editor shows it: without a byte order mark', async () => {
    writeFileSync(join(dir, 'bom.entente'), '\uFEFFparticipant EE');
    assert.equal(readUriText(toUri(join(dir, 'bom.entente'))), 'participant EE');
    const read = await readTextFileAsync(join(dir, 'bom.entente'));
    assert.ok(read.ok && read.text === 'participant EE');
  });

  it('writes a file in a new folder and says what is at a path', () => {
    const path = join(dir, 'new', 'mou.entente');
    assert.deepEqual(writeTextFile(path, 'x'), { ok: true, path });
    assert.equal(entryKind(path), 'file');
    assert.equal(entryKind(join(dir, 'new')), 'directory');
    assert.equal(entryKind(join(dir, 'none')), 'missing');
    const refused = writeTextFile(join(path, 'below-a-file.entente'), 'x');
    assert.ok(!refused.ok && refused.code !== undefined, JSON.stringify(refused));
  });
});

describe('host: the one folder walker', () => {
  let dir: string;
  const touch = (...parts: string[]) => {
    mkdirSync(join(dir, ...parts.slice(0, -1)), { recursive: true });
    writeFileSync(join(dir, ...parts), '');
  };
  const found = (files: readonly string[]) => files.map((f) => relative(dir, f));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-walk-'));
    touch('b.entente');
    touch('a.entente');
    touch('notes.txt');
    touch('.hidden.entente');
    touch('sub', 'c.entente');
    touch('sub', 'deeper', 'd.entente');
    for (const skipped of ['.git', 'node_modules', 'dist', 'out', '.vscode-test']) touch(skipped, 'x.entente');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('one skip rule: hidden entries, dependencies and build output', () => {
    assert.deepEqual(['.git', '.draft.entente', 'node_modules', 'dist', 'out'].filter((n) => !skipsEntry(n)), []);
    assert.deepEqual(['samples', 'registry', 'a.entente', 'outbox', 'distribution'].filter(skipsEntry), []);
  });

  it('finds the files with the suffix, depth first and by name, skipping by the rule', () => {
    const walk = walkFiles(dir, { suffix: '.entente' });
    assert.deepEqual(found(walk.files), ['a.entente', 'b.entente', 'sub/c.entente', 'sub/deeper/d.entente']);
    assert.deepEqual(walk.problems, []);
    assert.equal(walk.truncated, false);
  });

  it('stops at a depth and at a number of files, and says it was cut short', () => {
    assert.deepEqual(found(walkFiles(dir, { suffix: '.entente', maxDepth: 1 }).files), ['a.entente', 'b.entente', 'sub/c.entente']);
    const limited = walkFiles(dir, { suffix: '.entente', maxFiles: 2 });
    assert.deepEqual(found(limited.files), ['a.entente', 'b.entente']);
    assert.equal(limited.truncated, true);
  });

  it('walks the same way without blocking', async () => {
    assert.deepEqual(await walkFilesAsync(dir, { suffix: '.entente', maxDepth: 1 }), walkFiles(dir, { suffix: '.entente', maxDepth: 1 }));
  });

  it('reports a folder it cannot list instead of throwing, and does not follow links', () => {
    const missing = walkFiles(join(dir, 'gone'), { suffix: '.entente' });
    assert.deepEqual(missing.files, []);
    assert.equal(missing.problems.length, 1);
    symlinkSync(join(dir, 'sub'), join(dir, 'linked'));
    assert.ok(!found(walkFiles(dir, { suffix: '.entente' }).files).some((f) => f.startsWith('linked')));
  });
});
