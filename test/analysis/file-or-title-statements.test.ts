/**
 * One home for "file or title" (util/file-or-title.ts, `namesAFile`): `implements "…"`,
 * `incorporates … from "…"` and `amends "…"` decide as `of "…"` does. Before, they tested only a
 * `.entente` suffix: a misspelt path ("treaties/convention", "convention.entnte") was silently a
 * title, nothing was looked for, and `amends "x.entente"` was never looked for at all. Now a string
 * that reads as a file is looked for and, leading nowhere, is `unresolved-file` whose message says
 * a title is accepted; a title (words, or one word with no separator or extension) is never an error.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { createEntenteService } from '../../server/src/language/service';

const convention = 'treaty "Convention on Cybercrime" {\n  status binding\n  disputes by negotiation\n  amendment by written agreement\n}\n';
const statements: Record<string, { text: (x: string) => string; says: RegExp }> = {
  implements: {
    text: (x) => `arrangement "Memorandum" {\n  status non-binding\n  implements "${x}" article 7\n}\n`,
    says: /^Cannot find the treaty ".*" \(relative to this file\): correct the path; if the treaty is not transcribed, name it by its title \(`implements "<title>"`: words, not a path or a file name\)/u,
  },
  incorporates: {
    text: (x) => `protocol "Protocol" {\n  status binding\n  incorporates disputes from "${x}"\n}\n`,
    says: /^Cannot find ".*", whose provisions this instrument incorporates \(relative to this file\): correct the path, or, if that instrument is not transcribed, name it by its title \(`from "<title>"`: words, not a path or a file name\)\.$/u,
  },
  amends: {
    text: (x) => `treaty "Protocol amending the Convention" {\n  status binding\n  amends "${x}"\n}\n`,
    says: /^Cannot find the treaty ".*" that this instrument amends \(relative to this file\): correct the path, or, if that treaty is not transcribed, name it by its title \(`amends "<title>"`: words, not a path or a file name\)\.$/u,
  },
};
const fileFindings = (text: string, files: Record<string, string> = {}) => diagnose(text, { files }).filter((d) => /^(?:unresolved-file|file-not-read|use-cycle)$/u.test(d.code));

describe('implements, incorporates and amends decide file or title as `of` does', () => {
  for (const [statement, { text, says }] of Object.entries(statements)) {
    it(`${statement}: a title is never an error`, () => {
      for (const title of ['Convention on Cybercrime', 'GSOIA', 'Convention (ETS No. 185)', 'Agreement of 1990/1991 on Transit']) assert.deepEqual(fileFindings(text(title)), [], title);
    });

    it(`${statement}: a path-like string that leads nowhere is an error whose message says a title is accepted`, () => {
      for (const path of ['missing.entente', 'treaties/convention', 'treaties\\\\convention', 'convention.entnte', '']) {
        const found = fileFindings(text(path));
        assert.deepEqual(found.map((d) => `${d.code}/${d.severity}`), ['unresolved-file/error'], path);
        assert.match(found[0].message, says, path);
      }
    });

    it(`${statement}: a file that is there is read, not reported`, () => {
      assert.deepEqual(fileFindings(text('convention.entente'), { 'convention.entente': convention }), []);
    });

    it(`${statement}: a file outside the workspace is file-not-read, not "cannot find"`, () => {
      const found = fileFindings(text('../elsewhere/convention.entente'));
      assert.deepEqual(found.map((d) => d.code), ['file-not-read']);
      assert.match(found[0].message, /is outside the workspace: not read/u);
    });
  }

  it('amends: a file that is read is named by its title in the findings and the export', () => {
    const service = createEntenteService({ readFile: (uri) => (uri === 'file:///fixture/convention.entente' ? convention : undefined) });
    const uri = 'file:///fixture/protocol.entente';
    service.open(uri, statements.amends.text('convention.entente'));
    const note = service.diagnostics(uri).find((d) => d.code === 'amending-instrument-final-clauses');
    assert.match(note?.message ?? '', /amends the Convention on Cybercrime/u);
    assert.match(service.render(uri, 'markdown') ?? '', /amends the Convention on Cybercrime\./u);
  });

  it('incorporates: a path without .entente that is there is read, and a missing provision reported', () => {
    const found = diagnose(statements.incorporates.text('treaties/convention').replace('disputes', 'costs'), { files: { 'treaties/convention': convention } });
    assert.deepEqual(found.filter((d) => d.code === 'incorporated-provision-missing').length, 1);
    assert.equal(found.filter((d) => d.code === 'unresolved-file').length, 0);
  });

  it('links every file the header names, no title; a changed file re-checks the documents that name it', () => {
    const service = createEntenteService({ readFile: () => undefined });
    const files = 'file:///fixture/';
    const header = `treaty "Protocol" {\n  status binding\n  implements "gsa.entente"\n  incorporates disputes from "convention.entente"\n  amends "treaties/convention"\n}\n`;
    service.open(files + 'p.entente', header);
    service.open(files + 't.entente', `treaty "Protocol" {\n  status binding\n  implements "General Security Agreement"\n  incorporates disputes from "Convention on Cybercrime"\n  amends "GSOIA"\n}\n`);
    assert.deepEqual(
      service.documentLinks(files + 'p.entente').map((l) => l.target),
      [files + 'gsa.entente', files + 'convention.entente', files + 'treaties/convention'],
    );
    assert.deepEqual(service.documentLinks(files + 't.entente'), []);
    for (const target of ['gsa.entente', 'convention.entente', 'treaties/convention']) assert.deepEqual(service.dependents(files + target, [files + 'p.entente', files + 't.entente']), [files + 'p.entente'], target);
  });
});
