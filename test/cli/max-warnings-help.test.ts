/** `--max-warnings` (ESLint's meaning), `--version` and `--help` per command, both ways. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '../../server/src/cli/main';
import { bothWays, repoRoot, stackTrace } from './cli-harness';

// Warnings (missing-amendment, missing-breach-procedure… whatever the rules say) and no error:
// the test counts them from the JSON output rather than assuming a number.
const warningsOnly = `memorandum "MoU" {
  status non-binding
  languages English
  signed at "Tallinn" on 2027-03-01
  effect on signature
  duration 5 years
  discontinue with notice of 6 months
  disputes by consultation
}
participant EE "Estonia" {
  contact Desk "desk" available 24/7 email "a@b.ee"
}
participant FI "Finland" {
  contact Desk "desk" available 24/7 email "c@d.fi"
}
channel C between EE, FI {
  carries indicators
  marking TLP:AMBER
}
`;

describe('entente check --max-warnings, --version and --help', () => {
  let folder: string;
  let warnings: number;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'entente-max-'));
    writeFileSync(join(folder, 'warned.entente'), warningsOnly);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  for (const [how, entente] of bothWays) {
    describe(how, () => {
      it('counts the fixture: warnings, no error', () => {
        const result = entente(['check', 'warned.entente', '--format', 'json'], folder);
        const found = JSON.parse(result.stdout) as { severity: string }[];
        assert.equal(found.filter((d) => d.severity === 'error').length, 0, result.stdout);
        warnings = found.filter((d) => d.severity === 'warning').length;
        assert.ok(warnings >= 1, result.stdout);
        assert.equal(result.status, 0);
      });

      it('exits 1 only when the warnings exceed N, and says why on stderr', () => {
        const atLimit = entente(['check', 'warned.entente', '--max-warnings', String(warnings)], folder);
        assert.equal(atLimit.status, 0, atLimit.stderr);
        const over = entente(['check', 'warned.entente', '--max-warnings', String(warnings - 1)], folder);
        assert.equal(over.status, 1);
        assert.match(over.stderr, new RegExp(`^entente: ${warnings} warnings?, more than --max-warnings ${warnings - 1} allows\\.$`, 'm'));
        assert.equal(entente(['check', 'warned.entente', `--max-warnings=0`, '--format', 'sarif'], folder).status, 1);
        assert.equal(entente(['check', 'warned.entente', '--max-warnings', '0', '--format', 'json'], folder).status, 1);
      });

      it('keeps exit 1 for errors whatever --max-warnings allows', () => {
        const result = entente(['check', join(repoRoot, 'samples/review-me.entente'), '--max-warnings', '1000'], folder);
        assert.equal(result.status, 1);
        assert.doesNotMatch(result.stderr, /more than --max-warnings/);
      });

      it('--version prints the version of package.json', () => {
        const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
        for (const flag of ['--version', '-v']) {
          const result = entente([flag], folder);
          assert.equal(result.status, 0);
          assert.equal(result.stdout, `${version}\n`);
        }
      });

      it('--help lists every command; each command has its own help with options and exit statuses', () => {
        const overview = entente(['--help'], folder);
        assert.equal(overview.status, 0);
        assert.deepEqual(entente(['help'], folder), overview);
        for (const command of commands) {
          assert.match(overview.stdout, new RegExp(`^  ${command.name} +\\S`, 'm'));
          // Every spelling in-process; one through the bin (each start of the program costs a second).
          const spellings = [[command.name, '--help'], [command.name, '-h'], ['help', command.name], [command.name, 'x.entente', '--bogus', '--help']];
          for (const args of how === 'run() in-process' ? spellings : spellings.slice(0, 1)) {
            const help = entente(args, folder);
            assert.equal(help.status, 0, args.join(' '));
            assert.equal(help.stdout, `${command.help}\n`);
            assert.match(help.stdout, new RegExp(`^Usage: entente ${command.name}`));
            assert.match(help.stdout, /^Exit status: /m);
            assert.doesNotMatch(help.stdout + help.stderr, stackTrace);
          }
        }
        assert.match(entente(['check', '--help'], folder).stdout, /--max-warnings N/);
        assert.match(entente(['check', '--help'], folder).stdout, /--format text\|json\|sarif/);
        assert.match(entente(['fmt', '--help'], folder).stdout, /--check/);
      });
    });
  }
});
