/**
 * file-not-read and use-cycle: a file the host refused is reported on the path's exact range with
 * the reason and nothing about the file; a path to nothing stays unresolved-file; a use that
 * leads back to the document is reported once, on that use. The host's side (what it refuses) is
 * tested in test/host/node-files.test.ts and test/hostile/hostile-workspace.test.ts.
 */
import assert from 'node:assert/strict';
import { checkDiagnostics, diagnose } from '../helpers/fixture';
import type { FileRead } from '../../server/src/language/util/file-read';
import { maxImportedFiles } from '../../server/src/language/model/imports';

const refusing = (answers: Record<string, FileRead>) => (uri: string) => answers[uri];

describe('file-not-read', () => {
  it('reports each refusal on the path, with its reason', () => {
    checkDiagnostics(
      [
        'use "../outside.entente"',
        '//  ^^^^^^^^^^^^^^^^^^^^ file-not-read',
        'use "pipe.entente"',
        '//  ^^^^^^^^^^^^^^ file-not-read',
        'use "huge.entente"',
        '//  ^^^^^^^^^^^^^^ file-not-read',
        'use "locked.entente"',
        '//  ^^^^^^^^^^^^^^^^ file-not-read',
        'use "missing.entente"',
        'use "ok.entente"',
        'participant EE "Estonia"',
      ].join('\n'),
      {
        files: { 'ok.entente': 'participant FI "Finland"\n' },
        readFile: refusing({
          'file:///fixture/pipe.entente': { ok: false, failure: 'not-a-file' },
          'file:///fixture/huge.entente': { ok: false, failure: 'too-large' },
          'file:///fixture/locked.entente': { ok: false, failure: 'unreadable' },
        }),
      },
    );
    const messages = diagnose('use "../outside.entente"\nuse "/etc/passwd"\nannex "A" of "../../parent.entente" { }\n')
      .filter((d) => d.code === 'file-not-read')
      .map((d) => d.message);
    assert.deepEqual(
      messages.map((m) => m.slice(0, m.indexOf(': not read') + 10)),
      ['"../outside.entente" is outside the workspace: not read', '"/etc/passwd" is outside the workspace: not read', 'The parent instrument "../../parent.entente" is outside the workspace: not read'],
    );
  });

  it('reports an implemented treaty outside the workspace once, as not read, not as missing', () => {
    const found = diagnose('arrangement "Technical Arrangement" { implements "../treaty.entente" with status }\n').filter((d) => d.code === 'file-not-read' || d.code === 'unresolved-file');
    assert.deepEqual(
      found.map((d) => [d.code, d.message.slice(0, d.message.indexOf(': not read') + 10)]),
      [['file-not-read', 'The implemented instrument "../treaty.entente" is outside the workspace: not read']],
    );
  });

  it('near miss: a path to nothing inside the workspace is unresolved-file, not a refusal', () => {
    const codes = diagnose('use "missing.entente"\nparticipant EE "Estonia"\n').map((d) => d.code);
    assert.ok(codes.includes('unresolved-file') && !codes.includes('file-not-read'), codes.join());
  });

  it('quotes at most a short prefix of a long path', () => {
    const path = 'x/'.repeat(5000) + 'a.entente';
    const [finding] = diagnose(`use "/${path}"\n`).filter((d) => d.code === 'file-not-read');
    assert.ok(finding.message.length < 400, String(finding.message.length));
  });

  it(`stops bringing in files past ${maxImportedFiles}, and says so on the use that passed the limit`, () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < maxImportedFiles + 5; i++) files[`r${i}.entente`] = `use "r${i + 1}.entente"\nparticipant P${i} "P${i}"\n`;
    const found = diagnose('use "r0.entente"\nparticipant EE "Estonia"\n', { files }).filter((d) => d.code === 'file-not-read');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /brings in more files than Entente reads for one document/);
  });
});

describe('use-cycle', () => {
  it('reports a self-use once, with a fix that removes it', () => {
    const found = diagnose('use "main.entente"\nparticipant EE "Estonia"\n', { files: { 'main.entente': 'use "main.entente"\n' } }).filter((d) => d.code === 'use-cycle');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /uses itself/);
    assert.deepEqual(
      found[0].fixes.map((f) => [f.title, f.effect]),
      [['Remove this use', 'mechanical']],
    );
  });

  it('reports a longer circle once, on the use in this file, naming the way', () => {
    const files = { 'a.entente': 'use "b.entente"\nparticipant FI "Finland"\n', 'b.entente': 'use "main.entente"\nuse "a.entente"\nparticipant SE "Sweden"\n' };
    // fixtureUri is main.entente: a → b → main closes the circle.
    const found = checkDiagnostics('use "a.entente"\n//  ^^^^^^^^^^^ use-cycle\nchannel C between FI, SE\n', { files });
    assert.match(found.find((d) => d.code === 'use-cycle')!.message, /main\.entente → a\.entente → b\.entente → main\.entente/);
    // Both registries were read in full: their parties are known.
    assert.ok(!diagnose('use "a.entente"\nchannel C between FI, SE\n', { files }).some((d) => d.code === 'unknown-reference'));
  });

  it('near miss: two files using one registry is no circle', () => {
    const files = { 'a.entente': 'use "shared.entente"\n', 'shared.entente': 'participant FI "Finland"\n' };
    const codes = diagnose('use "a.entente"\nuse "shared.entente"\nchannel C between FI, FI\n', { files }).map((d) => d.code);
    assert.ok(!codes.includes('use-cycle'), codes.join());
  });
});
