/**
 * `.entente.json` read as VS Code reads its own settings files, and hostile configuration
 * (issue 12 item 4): a byte order mark, comments and trailing commas are accepted and the
 * settings apply; prototype keys are refused with a warning and change nothing; a broken or
 * absurdly deep file stops the check with exit 2 and the line and column at fault; a deep team
 * library file is a warning, not a crash; and columns after a byte order mark are counted as
 * VS Code counts them.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/main';

const documentText = `memorandum "MoU" {
  status non-binding
  signed at "Tallinn" on 2027-03-01
  effect on signature
}
participant EE "Estonia"
participant FI "Finland"
channel Intel between EE, FI, SE {
  marking TLP:AMBER
}
`;

describe('entente check: .entente.json as JSONC, and hostile configuration', () => {
  let folder: string;
  let file: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'entente-jsonc-'));
    file = join(folder, 'mou.entente');
    writeFileSync(file, documentText);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function cli(...args: string[]): { status: number; out: string; err: string } {
    let out = '';
    let err = '';
    const status = run(['check', file, ...args], { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), cwd: folder }) as number;
    return { status, out, err };
  }

  const codes = (out: string) => (JSON.parse(out) as { code: string; severity: string }[]).map((d) => `${d.code}:${d.severity}`);

  it('accepts a byte order mark, comments and trailing commas, and applies the settings', () => {
    const config = '\uFEFF// review settings\n{\n  "profile": "strict", /* before signature */\n  "rules": {\n    "missing-costs": "off",\n  },\n}\n';
    writeFileSync(join(folder, '.entente.json'), config);
    const { status, out, err } = cli('--format', 'json');
    assert.equal(status, 1, err);
    assert.equal(err, '', 'no warning about the file');
    const found = codes(out);
    assert.ok(!found.some((c) => c.startsWith('missing-costs:')), 'the rules setting applied');
    assert.ok(found.includes('missing-duration:error'), `the strict profile applied: ${found.join(', ')}`);
  });

  it('refuses prototype keys with a warning, and they change nothing', () => {
    const plain = cli('--format', 'json').out;
    writeFileSync(
      join(folder, '.entente.json'),
      '{ "__proto__": { "profile": "strict", "rules": { "missing-costs": "off" } }, "constructor": { "profile": "strict" }, "rules": { "__proto__": "off", "constructor": "error", "prototype": "off", "missing-duration": "constructor", "missing-amendment": "toString" } }',
    );
    const { out, err } = cli('--format', 'json');
    assert.deepEqual(codes(out), codes(plain), 'not one severity changed');
    for (const key of ['__proto__', 'constructor', 'prototype']) assert.match(err, new RegExp(`"${key}" cannot be a (setting|rule code)`));
    assert.match(err, /severity of missing-duration must be one of .* not "constructor"; ignored/);
    assert.match(err, /severity of missing-amendment must be one of .* not "toString"; ignored/);
  });

  it('stops with exit 2 and the line and column of a syntax error (a byte order mark is not a column)', () => {
    writeFileSync(join(folder, '.entente.json'), '\uFEFF{\n  "profile": "strict"\n  "rules": {}\n}\n');
    const { status, err } = cli();
    assert.equal(status, 2);
    assert.match(err, /\.entente\.json:3:3: the configuration is not valid JSON .*: JSON syntax: comma expected/);
  });

  it('stops with exit 2 on a configuration nested absurdly deep, without a stack overflow', () => {
    writeFileSync(join(folder, '.entente.json'), `{"rules": ${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`);
    const { status, err } = cli();
    assert.equal(status, 2);
    assert.match(err, /\.entente\.json:1:\d+: nested more than \d+ levels deep/);
    assert.doesNotMatch(err, /call stack|internal error/i);
  });

  it('reads an empty or comment-only configuration as no settings', () => {
    writeFileSync(join(folder, '.entente.json'), '// nothing configured yet\n');
    const { status, err } = cli();
    assert.equal(status, 1);
    assert.doesNotMatch(err, /entente\.json/);
  });

  it('warns about a team library file nested 3,000 levels deep and checks with the rest of the library', () => {
    const library = join(folder, 'clauses');
    mkdirSync(library);
    writeFileSync(join(library, 'deep.clauses.json'), `{"clauses": [${'['.repeat(6000)}`);
    writeFileSync(join(library, 'team.clauses.json'), JSON.stringify({ clauses: [] }));
    const { status, out, err } = cli('--library', library, '--format', 'json');
    assert.equal(status, 1, 'the check ran: errors in the document, not a crash (exit 2)');
    assert.match(err, /deep\.clauses\.json:1: nested more than \d+ levels deep/);
    assert.doesNotMatch(err, /call stack|internal error/i);
    assert.ok(codes(out).length > 0);
  });

  it('counts columns after a byte order mark as VS Code does', () => {
    writeFileSync(file, `\uFEFF${documentText}`);
    const withMark = cli().out;
    writeFileSync(file, documentText);
    assert.equal(withMark, cli().out);
    assert.match(withMark, /mou\.entente:1:1 /);
    assert.match(withMark, /mou\.entente:8:31 error unknown-reference/);
  });
});
