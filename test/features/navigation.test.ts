import assert from 'node:assert/strict';
import { base, fixture, mainUri, oddDocuments, oddPositions, slice } from './feature-fixture';

const registry = `participant EE "Estonia" {
  contact Duty "CERT-EE" available 24/7
}
participant FI "Finland"
`;

const main = `use "registry.entente"
participant EE
participant FI
channel Intel between EE, FI {
  contacts EE.Duty
}
body Board members E$0E, FI meets every 6 months chair EE
protocol P { notify EE within 24 hours via Intel }
`;

describe('navigation', () => {
  it('goes from a use of a party to its declaration, then to the registry record', () => {
    const { service, position } = fixture(main, { 'registry.entente': registry });
    const locations = service.definition(mainUri, position);
    assert.deepEqual(
      locations.map((l) => `${l.uri.slice(base.length)}:${l.range.start.line}:${l.range.start.character}`),
      ['main.entente:1:12', 'registry.entente:0:12'],
    );
  });

  it('goes from a `via` channel to the channel', () => {
    const { service } = fixture(main.replace('$0', ''), { 'registry.entente': registry });
    const [location] = service.definition(mainUri, { line: 7, character: 45 });
    assert.equal(location.uri, mainUri);
    assert.deepEqual(location.range.start, { line: 3, character: 8 });
  });

  it('goes from a `use` path to the file', () => {
    const { service } = fixture(main.replace('$0', ''), { 'registry.entente': registry });
    assert.deepEqual(service.definition(mainUri, { line: 0, character: 8 }).map((l) => l.uri), [base + 'registry.entente']);
  });

  it('finds every reference to a party across the registry and the instrument', () => {
    const { service, position, text } = fixture(main, { 'registry.entente': registry });
    const refs = service.references(mainUri, position, true);
    const inMain = refs.filter((r) => r.uri === mainUri);
    assert.deepEqual(inMain.map((r) => `${r.range.start.line}:${r.range.start.character}`), ['1:12', '3:22', '4:11', '6:19', '6:53', '7:20']);
    assert.ok(inMain.every((r) => slice(text, r.range) === 'EE'));
    assert.deepEqual(refs.filter((r) => r.uri !== mainUri).map((r) => `${r.uri.slice(base.length)}:${r.range.start.line}`), ['registry.entente:0']);
    assert.equal(service.references(mainUri, position, false).length, refs.length - 2);
  });

  it('finds a contact used as `EE.Duty` from its declaration in the registry', () => {
    const { service } = fixture(main.replace('$0', ''), { 'registry.entente': registry });
    service.model(mainUri);
    const refs = service.references(base + 'registry.entente', { line: 1, character: 11 }, false);
    assert.deepEqual(refs.map((r) => `${r.uri.slice(base.length)}:${r.range.start.line}:${r.range.start.character}`), ['main.entente:4:14']);
  });

  it('searches workspace files indexed by the host', () => {
    const { service } = fixture(registry);
    service.indexWorkspaceFile(base + 'other.entente', 'use "main.entente"\nchannel C between EE, FI\n');
    const refs = service.references(mainUri, { line: 0, character: 13 }, false);
    assert.deepEqual(refs.map((r) => `${r.uri.slice(base.length)}:${r.range.start.line}:${r.range.start.character}`), ['other.entente:1:18']);
  });

  it('does not mix up a same-named party of an unrelated instrument', () => {
    const { service } = fixture('participant EE "Estonia"\nchannel C between EE\n');
    service.indexWorkspaceFile(base + 'unrelated.entente', 'participant EE "Estonia"\nchannel D between EE\n');
    assert.ok(service.references(mainUri, { line: 0, character: 12 }, true).every((r) => r.uri === mainUri));
  });

  it('highlights the declaration as write and the uses as read, in this document only', () => {
    const { service, position } = fixture(main, { 'registry.entente': registry });
    const highlights = service.documentHighlights(mainUri, position);
    assert.equal(highlights.length, 6);
    assert.deepEqual(highlights.filter((h) => h.kind === 'write').map((h) => h.range.start.line), [1]);
  });

  it('finds a defined term in prose, its plural too, as unused-term counts it (rf85, item 2)', () => {
    const { service, position } = fixture('define "Inci$0dent" means "x"\nclause C """An Incident, or Incidents."""\n');
    const refs = service.references(mainUri, position, false);
    assert.deepEqual(refs.map((r) => `${r.range.start.line}:${r.range.start.character}`), ['1:15', '1:28']);
  });

  it('answers nothing, without throwing, on odd input', () => {
    for (const doc of oddDocuments) {
      const { service } = fixture(doc);
      for (const p of oddPositions) {
        assert.doesNotThrow(() => {
          service.definition(mainUri, p);
          service.references(mainUri, p, true);
          service.documentHighlights(mainUri, p);
        });
      }
      assert.deepEqual(service.definition('file:///unknown.entente', { line: 0, character: 0 }), []);
    }
  });
});
