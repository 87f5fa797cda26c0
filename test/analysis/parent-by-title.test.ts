/**
 * Eighty-ninth run, defect 5: `protocol "…" of "<title>"` read the string only as a file path: a
 * transcriber naming the parent treaty by its title got `unresolved-file` at error (or
 * `file-not-read` outside a workspace) and, the header having a parent, every final-clause check
 * fell silent. Now a string that is not a file name (util/file-or-title.ts) is the parent's title:
 * no file is looked for, the parent is absent as where no `of` is written, and the checks ask this
 * instrument. Near misses: a file name that leads nowhere (`.entente`, a path, a misspelt
 * extension) stays an error, whose message says a title is also accepted.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { namesAFile } from '../../server/src/language/util/file-or-title';
import { createEntenteService } from '../../server/src/language/service';

const title = 'European Agreement on the Exchange of Tissue-typing Reagents';
const protocol = (of: string) => `protocol "Additional Protocol to the ${title}"${of} {
  status binding
  languages English, French authentic
  done at "Strasbourg" on 1976-06-24 in single copy deposited with "the archives of the Council of Europe"
  opened for signature
  consent by signature, ratification, acceptance
  depositary "the Secretary General of the Council of Europe"
}
party States "The member States of the Council of Europe signatory to the Agreement and to this Additional Protocol" {
  kind state
  class open
}
clause Art3 "Article 3" about definitions """
  No State may become a Contracting Party to the Agreement without at the same time becoming a Contracting Party to this Additional Protocol, which forms an integral part of the Agreement.
"""
`;
const codes = (text: string, files: Record<string, string> = {}) => diagnose(text, { files }).map((d) => `${d.code}@${d.range.start.line}`).sort();

describe('eighty-ninth run, defect 5: a parent named by its title', () => {
  it('reads a string that is not a file name as a title', () => {
    for (const t of [title, 'GSOIA', 'Convention (ETS No. 26)', 'Agreement of 1990/1991 on Transit', ' Treaty of Paris ']) assert.equal(namesAFile(t), false, t);
    for (const f of ['parent.entente', 'My Treaties/parent.ENTENTE', '../treaty', 'treaties\\parent', 'treaty.entnte', '']) assert.equal(namesAFile(f), true, f);
  });

  it('a protocol `of "<title>"` is checked as one with no `of`: no file error, nothing suppressed', () => {
    const titled = codes(protocol(` of "${title}"`));
    assert.deepEqual(titled, codes(protocol('')));
    assert.ok(titled.some((c) => c.startsWith('integral-part-final-clauses')), titled.join());
    assert.ok(!titled.some((c) => /unresolved-file|file-not-read/.test(c)), titled.join());
  });

  it('an annex `of "<title>"` looks for no file', () => {
    const found = codes(`annex "Annex I" of "Agreement between Estonia and Finland on Cyber Security" {\n  status binding\n}\nparty EE "Republic of Estonia" { kind state jurisdiction EE }\n`);
    assert.ok(!found.some((c) => /unresolved-file|file-not-read/.test(c)), found.join());
  });

  it('near miss: a file name that leads nowhere is still an error, and the message says a title is accepted', () => {
    for (const path of ['agreement.entente', 'treaties/agreement', 'agreement.entnte']) {
      const found = diagnose(protocol(` of "${path}"`)).filter((d) => d.code === 'unresolved-file');
      assert.equal(found.length, 1, path);
      assert.match(found[0].message, /Cannot find the parent instrument ".*" \(relative to this file\): correct the path, or, if the parent is not transcribed, name it by its title/);
    }
  });

  it('near miss: a parent file that is found is read, and its final clauses are the parent’s', () => {
    const parent = 'treaty "European Agreement" {\n  status binding\n}\n';
    const found = codes(protocol(' of "agreement.entente"'), { 'agreement.entente': parent });
    assert.ok(!found.some((c) => /unresolved-file|integral-part-final-clauses|missing-reservations-clause/.test(c)), found.join());
  });

  it('hover, outline, links and export show the title', () => {
    const uri = 'file:///fixture/annex.entente';
    const service = createEntenteService({ readFile: () => undefined });
    const text = `annex "Annex I" of "Agreement between Estonia and Finland on Cyber Security" {\n  status binding\n  effect on entry-into-force\n}\n`;
    service.open(uri, text);
    const at = { line: 0, character: text.indexOf('Agreement between') + 3 };
    const hovered = service.hover(uri, at);
    assert.match(String(hovered?.contents), /Parent instrument\*\* \(named by its title\): Agreement between Estonia and Finland on Cyber Security/);
    assert.equal(service.documentSymbols(uri)[0].detail, 'annex of Agreement between Estonia and Finland on Cyber Security');
    assert.deepEqual(service.documentLinks(uri), []);
    const markdown = service.render(uri, 'markdown') ?? '';
    assert.match(markdown, /\*Annex to the Agreement between Estonia and Finland on Cyber Security\*/);
    assert.match(markdown, /forms an integral part of the Agreement between Estonia and Finland on Cyber Security and shall enter into force on the same date as that Agreement\./);
  });

  it('a protocol’s export names its parent in the sentences that need it, never as “Annex to”', () => {
    const uri = 'file:///fixture/protocol.entente';
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, `protocol "Protocol to the Agreement between Estonia and Finland on Cyber Security" of "Agreement between Estonia and Finland on Cyber Security" {\n  status binding\n  effect on entry-into-force\n}\nparty EE "Republic of Estonia" { kind state jurisdiction EE }\nparty FI "Republic of Finland" { kind state jurisdiction FI }\n`);
    const markdown = service.render(uri, 'markdown') ?? '';
    assert.ok(!/Annex to/.test(markdown), markdown);
    assert.match(markdown, /forms an integral part of the Agreement between Estonia and Finland on Cyber Security/);
  });
});
