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
import { entryKind, fileReader, ReadBoundary, readFileBytes, readTextFile, readTextFileAsync, readUri, readUriText, skipsEntry, toUri, walkFiles, walkFilesAsync, writeTextFile } from '../../server/src/host/node-files';

describe('host: reading files', () => {
  let dir: string;
  let inside: ReadBoundary;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-host-'));
    inside = ReadBoundary.of([dir]);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file, and reports a missing file, a folder and a non-file URI as failures without throwing', async () => {
    writeFileSync(join(dir, 'a.entente'), 'participant EE');
    assert.deepEqual(readTextFile(join(dir, 'a.entente'), inside), { ok: true, path: join(dir, 'a.entente'), text: 'participant EE' });
    const missing = readTextFile(join(dir, 'nope.entente'), inside);
    assert.ok(!missing.ok && missing.failure === 'not-found' && missing.code === 'ENOENT', JSON.stringify(missing));
    const folder = readTextFile(dir, inside);
    assert.ok(!folder.ok && folder.failure === 'not-a-file', JSON.stringify(folder));
    assert.deepEqual(await readTextFileAsync(join(dir, 'a.entente'), inside), readTextFile(join(dir, 'a.entente'), inside));
    assert.equal((await readTextFileAsync(dir, inside)).ok, false);
    const untitled = readUri('untitled:Untitled-1', inside);
    assert.ok(!untitled.ok && untitled.failure === 'not-a-file-uri');
    assert.equal(readUriText(toUri(join(dir, 'a.entente')), inside), 'participant EE');
    assert.equal(readUriText(toUri(join(dir, 'nope.entente')), inside), undefined);
  });

  it('reads bytes as stored for a command that must keep the encoding, by the same policy', () => {
    writeFileSync(join(dir, 'bom.entente'), '\uFEFFx');
    const read = readFileBytes(join(dir, 'bom.entente'), inside);
    assert.ok(read.ok && [...read.bytes].join() === '239,187,191,120', JSON.stringify(read));
    const folder = readFileBytes(dir, inside);
    assert.ok(!folder.ok && folder.failure === 'not-a-file');
  });

  it('reads regular files only: a device and a named pipe are refused, not read, even inside the boundary', async () => {
    const everywhere = ReadBoundary.of(['/']);
    symlinkSync('/dev/zero', join(dir, 'zero.entente'));
    for (const zero of [readTextFile(join(dir, 'zero.entente'), everywhere), await readTextFileAsync(join(dir, 'zero.entente'), everywhere)]) {
      assert.ok(!zero.ok && zero.failure === 'not-a-file', JSON.stringify(zero));
    }
    execFileSync('mkfifo', [join(dir, 'pipe.entente')]);
    for (const pipe of [readTextFile(join(dir, 'pipe.entente'), inside), await readTextFileAsync(join(dir, 'pipe.entente'), inside)]) {
      assert.ok(!pipe.ok && pipe.failure === 'not-a-file', JSON.stringify(pipe));
    }
    writeFileSync(join(dir, 'real.entente'), 'x');
    symlinkSync(join(dir, 'real.entente'), join(dir, 'link.entente'));
    assert.deepEqual(readTextFile(join(dir, 'link.entente'), inside), { ok: true, path: join(dir, 'link.entente'), text: 'x' });
  });

  it('reads nothing outside the boundary, after resolving links, and says the same whether or not anything is there', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'entente-outside-'));
    try {
      writeFileSync(join(outside, 'secret.entente'), 'participant XX "Secret"');
      mkdirSync(join(dir, 'ws'));
      const ws = ReadBoundary.of([join(dir, 'ws')]);
      symlinkSync(join(outside, 'secret.entente'), join(dir, 'ws', 'link.entente'));
      symlinkSync(join(outside, 'missing.entente'), join(dir, 'ws', 'dangling.entente'));
      symlinkSync(outside, join(dir, 'ws', 'folder-link'));
      symlinkSync('/dev/zero', join(dir, 'ws', 'zero.entente'));
      const attempts = [
        join(outside, 'secret.entente'), // an absolute path
        join(outside, 'missing.entente'), // the same, to nothing
        join(dir, 'ws', '..', '..', outside.slice(1), 'secret.entente'), // ../ out of the boundary
        join(dir, 'ws', 'link.entente'), // a link to a file outside
        join(dir, 'ws', 'dangling.entente'), // a link to nothing outside
        join(dir, 'ws', 'folder-link', 'secret.entente'), // through a linked folder
        join(dir, 'ws', 'folder-link', 'missing.entente'),
        join(dir, 'ws', 'zero.entente'), // a device, through a link
        '/etc/passwd',
      ];
      for (const path of attempts) {
        for (const read of [readTextFile(path, ws), await readTextFileAsync(path, ws), readFileBytes(path, ws)]) {
          assert.deepEqual(read, { ok: false, path, failure: 'outside-workspace', code: undefined, message: 'outside the workspace: not read' }, path);
        }
        const asUri = fileReader(() => ws)(toUri(path));
        assert.deepEqual(asUri, { ok: false, failure: 'outside-workspace' }, path);
      }
      assert.deepEqual(fileReader(() => ws)('https://example.org/registry.entente'), { ok: false, failure: 'outside-workspace' });
      // Inside the boundary, a missing file is not found.
      assert.equal((readTextFile(join(dir, 'ws', 'nope.entente'), ws) as { failure: string }).failure, 'not-found');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('caps every read before reading: a file over the limit is refused, its size taken from the open file', async () => {
    writeFileSync(join(dir, 'big.entente'), 'x'.repeat(2048));
    for (const read of [readTextFile(join(dir, 'big.entente'), inside, 1024), await readTextFileAsync(join(dir, 'big.entente'), inside, 1024), readFileBytes(join(dir, 'big.entente'), inside, 1024)]) {
      assert.ok(!read.ok && read.failure === 'too-large', JSON.stringify(read));
    }
    const exact = readTextFile(join(dir, 'big.entente'), inside, 2048);
    assert.ok(exact.ok && exact.text.length === 2048);
  });

  it('gives the text as an editor shows it: without a byte order mark', async () => {
    writeFileSync(join(dir, 'bom.entente'), '\uFEFFparticipant EE');
    assert.equal(readUriText(toUri(join(dir, 'bom.entente')), inside), 'participant EE');
    const read = await readTextFileAsync(join(dir, 'bom.entente'), inside);
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
