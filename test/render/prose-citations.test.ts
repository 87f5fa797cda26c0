/**
 * `§Name` wherever the export prints the drafter's prose, not only in a clause or a note: a
 * channel's purpose, a definition, a protocol's content, the header's reservations (ex6 item 3;
 * model/provision-names.ts `citingTexts`, render/render-context.ts `phrase`). Each is written with
 * the number the export gives the provision, in every format; a name the instrument lacks is
 * reported there as in a clause; renaming the clause renames the citation in the purpose. Near
 * misses: a `§` before a digit ("§ 3 of the Act") and the same name without `§` stay as written.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { applyEdits, fixture, mainUri, slice } from '../features/feature-fixture';
import { readDocx, type DocxParagraph } from './docx-reader';

const memorandum = `memorandum "M" {
  status non-binding
  amendment by written decision
  reservations "only those to §Handling"
}
participant EE "Estonia"
participant FI "Finland"
define "Incident" means "an event handled under §Handling"
channel Intel between EE, FI {
  carries indicators
  marking TLP:AMBER
  onward sharing none
  purpose "the handling of incidents under §Handling, and of what the Participants decide under §amendment, not under § 3 of the Act or Handling"
}
clause Handling "Handling of incidents" """
  Each Participant will handle incidents in good faith.
"""
`;
const uri = 'file:///t/prose.entente';
function opened(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return service;
}
const purpose = /the handling of incidents under (.+?), and of what the Participants decide under (.+?), not under § 3 of the Act or Handling/;

describe('§Name in every text the export prints in the drafter\'s words', () => {
  it('a channel\'s purpose, a definition and a reservation cite the provision by the number the export gives it, in Markdown, Akoma Ntoso and Word', async () => {
    const service = opened(memorandum);
    const md = service.render(uri, 'markdown')!.replace(/\s+/g, ' ');
    const handling = /Paragraph (\d+) — Handling of incidents/.exec(md)?.[1];
    const amendment = /Paragraph (\d+) — Amendment/.exec(md)?.[1];
    assert.ok(handling && amendment, md);
    assert.deepEqual(purpose.exec(md)?.slice(1), [`paragraph ${handling}`, `paragraph ${amendment}`]);
    assert.match(md, new RegExp(`an event handled under paragraph ${handling}`));
    assert.match(md, new RegExp(`The only reservations that may be made to this Memorandum are those to paragraph ${handling}\\.`));
    assert.doesNotMatch(md, /§Handling|§amendment|cross-reference/);
    const akn = service.render(uri, 'akn')!.replace(/\s+/g, ' ');
    assert.deepEqual(purpose.exec(akn)?.slice(1), [`paragraph ${handling}`, `paragraph ${amendment}`]);
    const word = (await readDocx((await service.renderDocx(uri))!)).body.filter((b): b is DocxParagraph => b.kind === 'p').map((p) => p.text).join('\n');
    assert.deepEqual(purpose.exec(word.replace(/\s+/g, ' '))?.slice(1), [`paragraph ${handling}`, `paragraph ${amendment}`]);
    assert.deepEqual(service.diagnostics(uri).filter((d) => d.code === 'unknown-provision-reference'), []);
  });

  it('a name the instrument lacks is reported in a purpose as in a clause, and printed as a blank', () => {
    const text = memorandum.replace('under §Handling, and', 'under §Handlng, and');
    const service = opened(text);
    const found = service.diagnostics(uri).filter((d) => d.code === 'unknown-provision-reference');
    assert.deepEqual(found.map((d) => slice(text, d.range)), ['§Handlng']);
    assert.match(service.render(uri, 'markdown')!, /the handling of incidents under \*\*\\\[cross-reference\\\]\*\*/);
  });

  it('near miss: a § in a text the checks do not read for citations (the treaty a mutual assistance block names) is printed as written, not as a blank', () => {
    const text = memorandum.replace('participant FI "Finland"\n', 'participant FI "Finland"\nassistance {\n  basis mutual-legal-assistance\n  under "Agreement §Handling of 2004"\n}\n');
    assert.notEqual(text, memorandum);
    assert.match(opened(text).render(uri, 'markdown')!, /made under the Agreement §Handling of 2004\./);
  });

  it('renaming the clause renames the §Name in the purpose, the definition and the reservation', () => {
    const { service, text } = fixture(memorandum);
    const edit = service.rename(mainUri, { line: text.split('\n').findIndex((l) => l.startsWith('clause Handling')), character: 9 }, 'Incidents');
    assert.ok(!('error' in edit), JSON.stringify(edit));
    const renamed = applyEdits(text, edit.changes[mainUri]);
    assert.equal((renamed.match(/§Incidents/g) ?? []).length, 3, renamed);
    assert.match(renamed, /not under § 3 of the Act or Handling"/, 'the word without § is prose');
  });
});
