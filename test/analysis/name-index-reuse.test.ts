/**
 * The linker's name index (which declarations write each name: model/reference-list.ts) is made
 * with every full linking and patched by each keystroke after it (model/linker.ts). A keystroke
 * that renames a declaration asks it which other declarations to link again, so a wrong index
 * leaves a reference resolving to a name that is gone, or not to one that appeared. Edits follow
 * one another in one service, each version's references (what each resolves to) and diagnostics
 * compared with a fresh service's: typing inside a term's use; a channel, a participant and a
 * clause renamed and back (the index as the open made it, then as keystrokes patched it); a term
 * renamed, defined and undefined (each a full linking, so a new index), and a rename right after.
 */
import assert from 'node:assert/strict';
import { createEntenteService, type EntenteService } from '../../server/src/language/service';
import type { Reference } from '../../server/src/language/model/symbols';

const uri = 'file:///w/doc.entente';
const plain = (refs: readonly Reference[]) =>
  refs.map((r) => ({ kind: r.kind, name: r.name, range: r.range, target: r.target && { kind: r.target.kind, name: r.target.name, uri: r.target.uri, at: r.target.nameRange } }));
const seen = (service: EntenteService) => ({ references: plain(service.model(uri)!.references), diagnostics: service.diagnostics(uri) });
const fresh = (text: string) => {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  return seen(service);
};

const start = [
  'memorandum "Memorandum of Understanding on Cyber Security" {',
  '  status non-binding',
  '}',
  'participant EE "Estonia"',
  'participant FI "Finland"',
  'define "Incident" means "an event that compromises a system"',
  'channel Intel between EE, FI',
  'channel Other between EE, FI',
  'clause Report "Reporting" """',
  '  Each Participant will report each Incident over §Intel, as §Meet says.',
  '"""',
  'clause Meet "Meetings" """',
  '  The Participants will meet after each Incident and use §Desk.',
  '"""',
  '',
].join('\n');

const edits: [string, (t: string) => string][] = [
  ['typing inside a use of the term', (t) => t.replace('each Incident over', 'each xIncident over')],
  ['the typed letter deleted', (t) => t.replace('each xIncident over', 'each Incident over')],
  ['the cited channel renamed (the index the open made)', (t) => t.replace('channel Intel ', 'channel Intelx ')],
  ['renamed back', (t) => t.replace('channel Intelx ', 'channel Intel ')],
  ['a participant renamed: the channels\' members no longer resolve', (t) => t.replace('participant FI ', 'participant FX ')],
  ['renamed back', (t) => t.replace('participant FX ', 'participant FI ')],
  ['a channel declared under a cited name', (t) => t.replace('channel Other ', 'channel Desk ')],
  ['the cited clause renamed', (t) => t.replace('clause Meet ', 'clause Meeting ')],
  ['renamed back', (t) => t.replace('clause Meeting ', 'clause Meet ')],
  ['the term renamed (a full linking)', (t) => t.replace('define "Incident"', 'define "Incidents"')],
  ['then the cited channel renamed (the new index)', (t) => t.replace('channel Intel ', 'channel Intelx ')],
  ['the term renamed back', (t) => t.replace('define "Incidents"', 'define "Incident"')],
  ['a second term defined, used in a clause', (t) => t.replace('channel Intel', 'define "Participant" means "a signatory"\nchannel Intel')],
  ['then the channel named back', (t) => t.replace('channel Intelx ', 'channel Intel ')],
  ['then the other channel named Desk no more', (t) => t.replace('channel Desk ', 'channel Desks ')],
  ['the second term undefined', (t) => t.replace('define "Participant" means "a signatory"\n', '')],
  ['then Desk declared again', (t) => t.replace('channel Desks ', 'channel Desk ')],
  ['typing inside a use of the term again', (t) => t.replace('after each Incident', 'after each Incidentx')],
];

describe('the linker\'s name index, made by the open and patched by keystrokes', () => {
  it('leaves every reference and diagnostic as a fresh service finds them after each edit', () => {
    const service = createEntenteService({ readFile: () => undefined });
    let text = start;
    service.open(uri, text, 1);
    assert.deepStrictEqual(seen(service), fresh(text));
    const targets: string[] = [];
    for (const [index, [what, edit]] of edits.entries()) {
      const next = edit(text);
      assert.notEqual(next, text, `${what}: the edit applies`);
      text = next;
      service.update(uri, text, index + 2);
      const after = seen(service);
      assert.deepStrictEqual(after, fresh(text), what);
      targets.push(JSON.stringify(after.references.map((r) => r.target?.name ?? null)));
    }
    assert.ok(new Set(targets).size >= 5, 'the edits changed what the references resolve to');
  });
});
