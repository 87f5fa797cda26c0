/**
 * `entente fmt`: the editor's formatter on files. Writes in place; `--check` lists what would
 * change and exits 1, never writing; every sample and fixture formats idempotently and keeps
 * every non-whitespace character. In-process and through the installed bin.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createEntenteService } from '../../server/src/language/service';
import { applyEdits } from '../../server/src/cli/fmt-command';
import { bothWays, repoRoot, runInProcess } from './cli-harness';
import { ententeFiles } from '../helpers/entente-files';

/** Every .entente file of the repository's samples and test fixtures. */
const ink = (text: string) => text.replace(/\s+/g, '');

const messy = `memorandum   "M"
{ status non-binding   duration 5 years
}
participant EE "E" {contact Duty "x" available 24/7 // trailing note
kind national-cert}
`;

describe('entente fmt', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'entente-fmt-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  for (const [how, entente] of bothWays) {
    describe(how, () => {
      it('formats a file in place as the editor does, and leaves a formatted one untouched', () => {
        writeFileSync(join(folder, 'messy.entente'), messy);
        const service = createEntenteService();
        service.open('file:///messy.entente', messy);
        const editorResult = applyEdits(messy, service.format('file:///messy.entente', { tabSize: 2, insertSpaces: true }));
        assert.notEqual(editorResult, messy);

        const result = entente(['fmt', 'messy.entente'], folder);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(result.stdout, 'Formatted messy.entente\n');
        assert.match(result.stderr, /^1 file checked, 1 formatted\.$/m);
        assert.equal(readFileSync(join(folder, 'messy.entente'), 'utf8'), editorResult);
        assert.match(editorResult, /^participant EE "E" \{\n  contact Duty "x" available 24\/7 \/\/ trailing note\n  kind national-cert\n\}\n$/m);

        const again = entente(['fmt', 'messy.entente'], folder);
        assert.equal(again.status, 0);
        assert.equal(again.stdout, '');
        assert.match(again.stderr, /1 file checked, 0 formatted/);
      });

      it('--check lists the files that would change, exits 1 and writes nothing; 0 when none would', () => {
        mkdirSync(join(folder, 'drafts'));
        writeFileSync(join(folder, 'drafts', 'messy.entente'), messy);
        cpSync(join(repoRoot, 'samples/cert-cert-mou.entente'), join(folder, 'drafts', 'clean.entente'));
        const result = entente(['fmt', '--check', 'drafts'], folder);
        assert.equal(result.status, 1);
        assert.equal(result.stdout, `${join('drafts', 'messy.entente')}\n`);
        assert.match(result.stderr, /1 of 2 files would be reformatted by entente fmt\./);
        assert.equal(readFileSync(join(folder, 'drafts', 'messy.entente'), 'utf8'), messy);

        const clean = entente(['fmt', 'drafts/clean.entente', '--check'], folder);
        assert.equal(clean.status, 0);
        assert.equal(clean.stdout, '');
        assert.match(clean.stderr, /1 file already formatted\./);
      });

      it('--indent tab and --indent 4 indent blocks as asked', () => {
        writeFileSync(join(folder, 'a.entente'), messy);
        writeFileSync(join(folder, 'b.entente'), messy);
        assert.equal(entente(['fmt', '--indent', 'tab', 'a.entente'], folder).status, 0);
        assert.match(readFileSync(join(folder, 'a.entente'), 'utf8'), /^\tkind national-cert$/m);
        assert.equal(entente(['fmt', '--indent=4', 'b.entente'], folder).status, 0);
        assert.match(readFileSync(join(folder, 'b.entente'), 'utf8'), /^ {4}kind national-cert$/m);
        assert.equal(entente(['fmt', '--check', '--indent', '4', 'b.entente'], folder).status, 0);
        assert.equal(entente(['fmt', '--check', 'b.entente'], folder).status, 1);
      });

      it('keeps a byte-order mark, turns CRLF into LF, and re-indents only a file with syntax errors', () => {
        writeFileSync(join(folder, 'bom.entente'), '\uFEFFparticipant EE "E" {\r\ncontact Duty "x"\r\n}\r\n');
        const broken = 'participant EE "E" {\n      contact Duty "x" %%% junk   here\n}\n';
        writeFileSync(join(folder, 'broken.entente'), broken);
        assert.equal(entente(['fmt', 'bom.entente', 'broken.entente'], folder).status, 0);
        const bom = readFileSync(join(folder, 'bom.entente'), 'utf8');
        assert.ok(bom.startsWith('\uFEFF'));
        assert.doesNotMatch(bom, /\r/);
        assert.equal(ink(bom), ink('\uFEFFparticipant EE "E" {contact Duty "x"}'));
        assert.equal(readFileSync(join(folder, 'broken.entente'), 'utf8'), 'participant EE "E" {\n  contact Duty "x" %%% junk   here\n}\n');
      });
    });
  }

  it('formats every sample and test fixture idempotently, keeping every non-whitespace character', function () {
    this.timeout(120_000);
    const sources = [...ententeFiles(join(repoRoot, 'samples')), ...ententeFiles(join(repoRoot, 'test'))];
    assert.ok(sources.length >= 50, `only ${sources.length} files`);
    const copies = sources.map((source) => {
      const copy = join(folder, 'all', relative(repoRoot, source));
      mkdirSync(join(copy, '..'), { recursive: true });
      cpSync(source, copy);
      return { source, copy };
    });
    const first = runInProcess(['fmt', 'all'], folder);
    assert.equal(first.status, 0, first.stderr);
    assert.ok(first.stdout.split('\n').filter(Boolean).length >= 5, 'too few files changed for the test to mean anything');
    for (const { source, copy } of copies) {
      assert.equal(ink(readFileSync(copy, 'utf8')), ink(readFileSync(source, 'utf8')), `fmt changed a word of ${relative(repoRoot, source)}`);
    }
    const second = runInProcess(['fmt', '--check', 'all'], folder);
    assert.equal(second.status, 0, `not idempotent:\n${second.stdout}`);
    assert.match(second.stderr, new RegExp(`^${copies.length} files already formatted\\.$`, 'm'));
  });
});
