import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { availabilities, partyKinds, regimes } from '../../server/src/language/ast/vocabulary';
import { keywordDocs } from '../../server/src/language/features/keyword-docs';
import type { ClauseLibrary, LibraryClause } from '../../server/src/language/library/library-types';
import { keywordWords } from '../../server/src/language/syntax/tokens';
import { fixture, mainUri, oddDocuments, oddPositions } from './feature-fixture';

function hoverAt(source: string, files: Record<string, string> = {}, library?: ClauseLibrary) {
  const { service, position } = fixture(source, files, library ? { library } : {});
  return service.hover(mainUri, position);
}

const costs: LibraryClause = {
  id: 'costs/mou', title: 'Costs', heading: 'Costs', wording: 'mou', kinds: ['memorandum'], topics: ['costs'], satisfies: [],
  text: 'Each Participant will bear its own costs.\nSubject to funds.', placeholders: [], rationale: 'r', source: 'FCDO guidance',
  status: 'approved', version: '1', origin: 'built-in',
};
const library: ClauseLibrary = { get: (id) => (id === costs.id ? costs : undefined), all: () => [costs], forTopic: () => [], problems: [] };

describe('hover', () => {
  it('has a meaning for every keyword of the language', () => {
    assert.deepEqual(keywordWords.filter((w) => !keywordDocs[w]), []);
  });

  it('explains a keyword', () => {
    const h = hoverAt('channel C between EE { mar$0king TLP:AMBER }');
    assert.match(h?.contents ?? '', /^\*\*marking\*\* — The handling marking/);
    assert.deepEqual(h?.range, { start: { line: 0, character: 23 }, end: { line: 0, character: 30 } });
  });

  it('explains a closed value', () => {
    assert.match(hoverAt('channel C between EE { marking TLP:AM$0BER }')?.contents ?? '', /TLP:AMBER\*\* — TLP label: Limited disclosure/);
    assert.match(hoverAt('participant EE "E" { kind national-c$0ert }')?.contents ?? '', /national CERT/);
  });

  it('the hover of a statement keyword lists every value of its closed set (one source: the vocabulary)', () => {
    const cases: [string, readonly string[]][] = [
      ['participant EE "E" { ki$0nd state }', partyKinds.values],
      ['participant EE "E" { regi$0mes GDPR }', regimes.values],
      ['participant EE "E" { contact Duty "D" avai$0lable 24/7 }', availabilities.values],
    ];
    for (const [source, values] of cases) {
      const contents = hoverAt(source)?.contents ?? '';
      assert.deepEqual(values.filter((v) => !contents.includes(v)), [], contents);
    }
    assert.match(hoverAt('participant EE "E" { ki$0nd government }')?.contents ?? '', /government,/);
  });

  it('the VS Code snippets offer every party kind (participant), every kind that concludes treaties (party), and no other word', () => {
    const snippets = JSON.parse(readFileSync(new URL('../../snippets/entente.json', import.meta.url), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
    const kindsOf = (prefix: string) =>
      Object.values(snippets)
        .filter((s) => s.prefix === prefix)
        .flatMap((s) => s.body)
        .flatMap((line) => [...line.matchAll(/kind \$\{\d+\|([^|]+)\|\}/g)].map((m) => m[1].split(',')))[0] ?? [];
    assert.deepEqual([...kindsOf('participant')].sort(), [...partyKinds.values].sort());
    assert.deepEqual([...kindsOf('party')].sort(), ['government', 'international-organisation', 'state']);
  });

  it("shows a party's record from the registry, with EU membership and its declared regimes only", () => {
    const registry = 'participant EE "Estonian Information System Authority" { kind national-cert jurisdiction EE contact Duty "CERT-EE" available 24/7 email "cert@cert.ee" }\n';
    const text = hoverAt('use "registry.entente"\nchannel C between E$0E', { 'registry.entente': registry })?.contents ?? '';
    assert.match(text, /\*\*EE\*\* — Estonian Information System Authority/);
    assert.match(text, /jurisdiction: EE \(EU member\)/);
    // Nothing is inferred from the jurisdiction: NIS2 binds entities, not every EU party (issue #9).
    assert.doesNotMatch(text, /regimes/);
    const declared = hoverAt('use "registry.entente"\nchannel C between E$0E', { 'registry.entente': registry.replace(' }\n', ' regimes GDPR }\n') })?.contents ?? '';
    assert.match(declared, /regimes: GDPR/);
    assert.match(text, /contact Duty CERT-EE — 24\/7 · cert@cert\.ee/);
    assert.match(text, /Record from\* registry\.entente/);
  });

  it("shows a defined term's definition where prose uses it", () => {
    assert.equal(hoverAt('define "Incident" means "an event"\nclause C """Each Inci$0dent."""')?.contents, '**“Incident”** means an event');
  });

  it("shows a library clause's approved text and how an edited copy departs from it", () => {
    const h = hoverAt('clause Costs from library "costs/m$0ou" """Each Participant will bear its own costs.\nSubject to availability of funds."""', {}, library);
    assert.match(h?.contents ?? '', /> Each Participant will bear its own costs\./);
    assert.match(h?.contents ?? '', /This copy departs from the approved text/);
    assert.match(h?.contents ?? '', /\*\*availability of\*\*/);
    const same = hoverAt('clause Costs from library "costs/m$0ou" """Each Participant will bear\n   its own costs. Subject to funds."""', {}, library);
    assert.match(same?.contents ?? '', /Each Participant will bear its own costs/);
    assert.doesNotMatch(same?.contents ?? '', /departs/);
  });

  it('gives the rationale and source of the rule behind a diagnostic, once an analysis has finished', () => {
    const { service, position } = fixture('participant EE "E"\nchannel C between EE, S$0E');
    // Hover reads the latest finished analysis and never runs one (the editor publishes first).
    assert.doesNotMatch(service.hover(mainUri, position)?.contents ?? '', /\*\*unknown-reference\*\*/);
    service.diagnostics(mainUri);
    const text = service.hover(mainUri, position)?.contents ?? '';
    assert.match(text, /\*\*unknown-reference\*\*/);
    assert.match(text, /\*Source:\*/);
  });

  it('answers nothing, without throwing, on odd input', () => {
    for (const doc of oddDocuments) {
      const { service } = fixture(doc);
      for (const p of oddPositions) assert.doesNotThrow(() => service.hover(mainUri, p));
    }
    assert.equal(fixture('').service.hover(mainUri, { line: 0, character: 0 }), undefined);
  });
});
