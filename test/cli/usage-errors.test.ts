/**
 * Absurd inputs: every usage or input error is one line on stderr starting `entente:`, nothing
 * on stdout, exit status 2, never a stack trace — in-process and through the installed bin.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bothWays, samplesDir, stackTrace } from './cli-harness';

interface Case {
  readonly args: readonly string[];
  readonly says: RegExp;
}

const cases: readonly Case[] = [
  { args: [], says: /^entente: name a command: check, fmt, render, new, library/ },
  { args: ['frobnicate'], says: /^entente: unknown command frobnicate; the commands are check, fmt, render, new, library/ },
  { args: ['help', 'frobnicate'], says: /unknown command frobnicate/ },
  { args: ['check'], says: /name the files or folders to check, .*\(see entente check --help\)$/ },
  { args: ['check', 'missing.entente'], says: /^entente: cannot read missing\.entente: no such file or folder$/ },
  { args: ['check', 'binaries'], says: /^entente: binaries holds no \.entente files$/ },
  { args: ['check', 'empty'], says: /^entente: empty holds no \.entente files$/ },
  { args: ['check', '/dev/null'], says: /cannot read \/dev\/null: not a file or a folder/ },
  { args: ['check', 'fifo.entente'], says: /cannot read fifo\.entente: not a file or a folder/ },
  { args: ['check', '/proc/self/mem'], says: /^entente: cannot read \/proc\/self\/mem: EIO$/ },
  { args: ['check', 'samples', '--max-warnings', 'abc'], says: /--max-warnings must be a whole number of 0 or more, not "abc"/ },
  { args: ['check', 'samples', '--max-warnings', '-1'], says: /--max-warnings must be a whole number of 0 or more, not "-1"/ },
  { args: ['check', 'samples', '--max-warnings', '1.5'], says: /not "1\.5"/ },
  { args: ['check', 'samples', '--max-warnings='], says: /not ""/ },
  { args: ['check', 'samples', '--max-warnings'], says: /--max-warnings needs a value/ },
  { args: ['check', 'samples', '--max-warnings', '--format', 'json'], says: /--max-warnings needs a value/ },
  { args: ['check', 'samples', '--format', 'xml'], says: /--format must be text, json or sarif, not "xml"/ },
  { args: ['check', 'samples', '--format', 'SARIF'], says: /--format must be text, json or sarif, not "SARIF"/ },
  { args: ['check', 'samples', '--format', 'json', '--format', 'sarif'], says: /--format was given more than once/ },
  { args: ['check', 'samples', '--frobnicate'], says: /unknown option --frobnicate \(see entente check --help\)/ },
  { args: ['check', '-x', 'samples'], says: /unknown option -x/ },
  { args: ['check', 'samples', '--profile', 'lenient'], says: /unknown profile "lenient"/ },
  { args: ['check', 'samples', '--config', 'nope.json'], says: /cannot read the configuration .*nope\.json/ },
  { args: ['fmt'], says: /name the files or folders to format/ },
  { args: ['fmt', 'binaries'], says: /binaries holds no \.entente files/ },
  { args: ['fmt', 'binary.entente'], says: /^entente: binary\.entente is not a text file \(it holds NUL bytes\); nothing was formatted$/ },
  { args: ['fmt', 'latin1.entente'], says: /^entente: latin1\.entente is not UTF-8 text; nothing was formatted$/ },
  { args: ['fmt', 'samples', 'latin1.entente'], says: /latin1\.entente is not UTF-8 text; nothing was formatted/ },
  { args: ['fmt', '--indent', 'nine', 'samples'], says: /--indent must be a number of spaces from 1 to 8 or tab, not "nine"/ },
  { args: ['fmt', '--check=yes', 'samples'], says: /--check takes no value/ },
  { args: ['fmt', '--write', 'samples'], says: /unknown option --write/ },
  { args: ['new'], says: /name a template and the file to create/ },
  { args: ['new', 'peace-treaty', 'x.entente'], says: /unknown template peace-treaty/ },
  { args: ['library', 'extra'], says: /entente library takes no arguments, not extra/ },
  { args: ['library', '--format', 'csv'], says: /--format must be text or json, not "csv"/ },
];

describe('entente: usage and input errors', () => {
  let folder: string;
  const latin1 = Buffer.from('participant EE "Eesti Vabariik \xe4"\n', 'latin1');
  const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 0xff, 0xfe, 0x0a, 0]);

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'entente-absurd-'));
    cpSync(samplesDir, join(folder, 'samples'), { recursive: true });
    mkdirSync(join(folder, 'binaries'));
    writeFileSync(join(folder, 'binaries', 'a.out'), binary);
    writeFileSync(join(folder, 'binaries', 'image.png'), binary);
    mkdirSync(join(folder, 'empty'));
    writeFileSync(join(folder, 'binary.entente'), binary);
    writeFileSync(join(folder, 'latin1.entente'), latin1);
    const fifo = spawnSync('mkfifo', [join(folder, 'fifo.entente')]);
    assert.equal(fifo.status, 0, 'mkfifo is needed to test a FIFO named as input');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  for (const [how, entente] of bothWays) {
    describe(how, () => {
      for (const { args, says } of cases) {
        it(`entente ${args.join(' ')}`, () => {
          const result = entente(args, folder);
          assert.equal(result.status, 2, result.stderr);
          assert.equal(result.stdout, '');
          const lines = result.stderr.split('\n').filter((line) => line !== '');
          assert.equal(lines.length, 1, `not one line:\n${result.stderr}`);
          assert.match(lines[0], /^entente: /);
          assert.match(lines[0], says);
          assert.doesNotMatch(result.stderr, stackTrace);
        });
      }

      it('writes nothing when fmt meets one file it cannot format among good ones', () => {
        const messy = 'participant   EE "E"\n';
        writeFileSync(join(folder, 'samples', 'messy.entente'), messy);
        try {
          assert.equal(entente(['fmt', 'samples', 'latin1.entente'], folder).status, 2);
          assert.equal(readFileSync(join(folder, 'samples', 'messy.entente'), 'utf8'), messy);
          assert.deepEqual(readFileSync(join(folder, 'latin1.entente')), latin1);
        } finally {
          rmSync(join(folder, 'samples', 'messy.entente'));
        }
      });
    });
  }
});
