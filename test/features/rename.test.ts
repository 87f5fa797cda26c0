import assert from 'node:assert/strict';
import { applyEdits, base, fixture, mainUri, oddDocuments, oddPositions } from './feature-fixture';

describe('rename', () => {
  it('renames a party: declaration, every reference and the party half of EE.Duty', () => {
    const { service, position, text } = fixture(`participant E$0E "Estonia" { contact Duty "CERT-EE" }
participant FI "Finland"
channel C between EE, FI { contacts EE.Duty }
body B members EE, FI chair EE
`);
    const edit = service.rename(mainUri, position, 'EST');
    assert.ok(!('error' in edit));
    assert.equal(
      applyEdits(text, edit.changes[mainUri]),
      `participant EST "Estonia" { contact Duty "CERT-EE" }
participant FI "Finland"
channel C between EST, FI { contacts EST.Duty }
body B members EST, FI chair EST
`,
    );
  });

  it('renames a contact from its use in `contacts`', () => {
    const { service, position, text } = fixture(`participant EE "Estonia" { contact Duty "CERT-EE" }
channel C between EE { contacts EE.Du$0ty }
`);
    const edit = service.rename(mainUri, position, 'Desk');
    assert.ok(!('error' in edit));
    assert.equal(applyEdits(text, edit.changes[mainUri]), `participant EE "Estonia" { contact Desk "CERT-EE" }
channel C between EE { contacts EE.Desk }
`);
  });

  it('renames a defined term and its uses in prose, but not other words containing it', () => {
    const { service, position, text } = fixture(`define "Incident" means "x"
clause C """An Incid$0ent is not an Incidental matter."""
`);
    const edit = service.rename(mainUri, position, 'Cyber Incident');
    assert.ok(!('error' in edit));
    assert.equal(applyEdits(text, edit.changes[mainUri]), `define "Cyber Incident" means "x"
clause C """An Cyber Incident is not an Incidental matter."""
`);
  });

  it('renames across a registry and the instrument that uses it', () => {
    const { service, position } = fixture('use "registry.entente"\nchannel C between E$0E\n', { 'registry.entente': 'participant EE "Estonia"\n' });
    const edit = service.rename(mainUri, position, 'EST');
    assert.ok(!('error' in edit));
    assert.deepEqual(Object.keys(edit.changes).sort(), [mainUri, base + 'registry.entente']);
  });

  it('refuses keywords, non-symbols, invalid and taken names with a clear message', () => {
    const { service } = fixture('participant EE "Estonia"\nparticipant FI "Finland"\nchannel C between EE, FI\n');
    const onKeyword = service.prepareRename(mainUri, { line: 2, character: 2 });
    assert.ok('error' in onKeyword && /‘channel’ is a word of the language/.test(onKeyword.error));
    const onString = service.prepareRename(mainUri, { line: 0, character: 18 });
    assert.ok('error' in onString && /no name here/.test(onString.error));
    const ok = service.prepareRename(mainUri, { line: 2, character: 19 });
    assert.deepEqual(ok, { range: { start: { line: 2, character: 18 }, end: { line: 2, character: 20 } }, placeholder: 'EE' });
    const taken = service.rename(mainUri, { line: 2, character: 19 }, 'FI');
    assert.ok('error' in taken && /party named FI already exists/.test(taken.error));
    const keyword = service.rename(mainUri, { line: 2, character: 19 }, 'channel');
    assert.ok('error' in keyword && /not a keyword/.test(keyword.error));
    const bad = service.rename(mainUri, { line: 2, character: 19 }, '1 two');
    assert.ok('error' in bad && /not a valid id/.test(bad.error));
  });

  it('refuses, without throwing, on odd input', () => {
    for (const doc of oddDocuments) {
      const { service } = fixture(doc);
      for (const p of oddPositions) {
        assert.ok('error' in service.prepareRename(mainUri, p) || doc.length > 0);
        assert.doesNotThrow(() => service.rename(mainUri, p, 'X'));
      }
    }
  });
});
