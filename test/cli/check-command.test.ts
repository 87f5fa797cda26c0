/** `entente check`: output formats, exit statuses, and the acceptance scenarios. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/main';

function cli(args: string[], cwd = process.cwd()): { status: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const status = run(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd }) as number;
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const samples = new URL('../../samples/', import.meta.url).pathname;

describe('entente check', () => {
  it('prints nothing but the summary for a clean sample and exits 0', () => {
    const { status, out, err } = cli(['check', join(samples, 'cert-cert-mou.entente')]);
    assert.equal(status, 0, out);
    assert.equal(out, '');
    assert.match(err, /1 file checked: 0 errors, 0 warnings/);
  });

  it('reports garbage inserted at three places as errors at those places, as JSON, and exits 1', () => {
    const lines = readFileSync(join(samples, 'cert-cert-mou.entente'), 'utf8').split('\n');
    // Lines 5, 21 and 42 of the result: one inside the header, one inside a party, one in a protocol.
    const places = [5, 21, 42];
    for (const at of places) lines.splice(at, 0, '%%% this line is garbage ###');
    const dir = mkdtempSync(join(tmpdir(), 'entente-'));
    const file = join(dir, 'broken.entente');
    writeFileSync(file, lines.join('\n'));
    const { status, out } = cli(['check', '--format', 'json', file], dir);
    assert.equal(status, 1);
    const diagnostics = JSON.parse(out) as { file: string; range: { start: { line: number; character: number } }; severity: string; code: string }[];
    const syntaxLines = new Set(diagnostics.filter((d) => d.code === 'syntax-error' && d.severity === 'error').map((d) => d.range.start.line));
    for (const line of places) assert.ok(syntaxLines.has(line), `no syntax error on line ${line}: ${[...syntaxLines].join(', ')}`);
    assert.equal(diagnostics[0].file, 'broken.entente');
  });

  it('reports a file of random bytes with diagnostics, exit 1 and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-'));
    const file = join(dir, 'random.entente');
    const bytes = Buffer.alloc(4096);
    let seed = 42;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    writeFileSync(file, bytes);
    const { status, out, err } = cli(['check', file], dir);
    assert.equal(status, 1);
    assert.match(out, /random\.entente:\d+:\d+ error syntax-error /);
    assert.doesNotMatch(out + err, /\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('prints path:line:col severity code message in text format (1-based)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-'));
    writeFileSync(join(dir, 'a.entente'), 'participant EE "E"\nchannel C between EE, XX\n');
    const { status, out } = cli(['check', '.'], dir);
    assert.equal(status, 1);
    assert.match(out, /^a\.entente:2:23 error unknown-reference Unknown party 'XX'/m);
  });

  it('exits 2 with a clear message on bad usage and unreadable input', () => {
    const noArgs = cli(['check']);
    assert.equal(noArgs.status, 2);
    assert.match(noArgs.err, /name the files or folders to check/);
    assert.equal(cli(['check', '--format', 'xml', samples]).status, 2);
    assert.equal(cli(['frobnicate']).status, 2);
    const missing = cli(['check', '/no/such/file.entente']);
    assert.equal(missing.status, 2);
    assert.match(missing.err, /cannot read \/no\/such\/file\.entente/);
    assert.doesNotMatch(missing.err, /\n\s+at /);
  });

  it('reports first-line columns as the editor does when the file starts with a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-'));
    writeFileSync(join(dir, 'plain.entente'), 'channel C between EE, XX\n');
    writeFileSync(join(dir, 'bom.entente'), '\uFEFFchannel C between EE, XX\n');
    const columns = (file: string) => (JSON.parse(cli(['check', file, '--format', 'json'], dir).out) as { range: unknown }[]).map((d) => d.range);
    assert.ok(columns('plain.entente').length > 0);
    assert.deepEqual(columns('bom.entente'), columns('plain.entente'));
  });
});
