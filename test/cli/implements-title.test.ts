/**
 * `implements "<treaty title>"` names a treaty that is not transcribed: no file is looked for
 * (unresolved-file's rationale). The twenty-sixth real-instruments run found the command line
 * reporting the title as a file "outside the workspace" (error file-not-read) whenever the file
 * was checked from a working folder that does not contain it: the title was asked for as a path
 * relative to the document, and the host refused that path before it could be "not found". Run on
 * a copy of the Argentina–Netherlands memorandum of 2014 (which implements its tax treaty by
 * title), in-process and through the installed bin; the near misses are a `.entente` path, which
 * is still looked for and still refused or reported missing.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bothWays, repoRoot } from './cli-harness';

const memorandum = 'ar-nl-tax-information-mou-2014.entente';
const title = 'Verdrag tussen het Koninkrijk der Nederlanden en de Republiek Argentinië tot het vermijden van dubbele belasting en het voorkomen van het ontgaan van belasting met betrekking tot belastingen naar het inkomen en naar het vermogen';

describe('entente check: implements "<treaty title>" from any working folder', () => {
  let root: string;
  let probes: string;
  let elsewhere: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'entente-implements-'));
    probes = join(root, 'probes');
    elsewhere = join(root, 'elsewhere');
    mkdirSync(probes);
    mkdirSync(elsewhere);
    copyFileSync(join(repoRoot, 'test/real-instruments', memorandum), join(probes, memorandum));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  for (const [how, entente] of bothWays) {
    it(`${how}: reads the title as a title, whatever the working folder`, () => {
      assert.ok(readFileSync(join(probes, memorandum), 'utf8').includes(`implements "${title}"`));
      for (const cwd of [elsewhere, repoRoot, '/', probes]) {
        const result = entente(['check', '--format', 'json', join(probes, memorandum)], cwd);
        const codes = (JSON.parse(result.stdout) as { code: string; severity: string }[]).map((d) => `${d.severity} ${d.code}`);
        assert.deepEqual(codes.filter((c) => /file-not-read|unresolved-file/.test(c)), [], `from ${cwd}`);
        assert.equal(result.status, 0, `from ${cwd}: ${result.stdout}`);
      }
    });

    it(`${how}: still refuses an .entente path outside the workspace, and reports one that is missing`, () => {
      const text = readFileSync(join(probes, memorandum), 'utf8').replace(`implements "${title}"`, 'implements "treaty.entente"');
      const copy = join(probes, 'by-path.entente');
      writeFileSync(copy, text);
      const outside = entente(['check', copy], elsewhere);
      assert.equal(outside.status, 1);
      assert.match(outside.stdout, /error file-not-read The implemented instrument "treaty\.entente" is outside the workspace/);
      const inside = entente(['check', copy], probes);
      assert.equal(inside.status, 1);
      assert.match(inside.stdout, /error unresolved-file Cannot find the treaty "treaty\.entente"/);
    });
  }
});
