import assert from 'node:assert/strict';
import type { ClauseLibrary, LibraryClause } from '../../server/src/language/library/library-types';
import { fixture, mainUri, oddDocuments, oddPositions } from './feature-fixture';

function labels(source: string, files: Record<string, string> = {}, library?: ClauseLibrary): string[] {
  const { service, position } = fixture(source, files, library ? { library } : {});
  return service.complete(mainUri, position).map((i) => i.label);
}

const parties = 'participant EE "Estonia" { contact Duty "CERT-EE" }\nparticipant FI "Finland"\n';

const costs: LibraryClause = {
  id: 'costs/mou',
  title: 'Costs',
  heading: 'Costs',
  wording: 'mou',
  kinds: ['memorandum'],
  topics: ['costs'],
  satisfies: ['MC22'],
  text: 'Each {{Participant}} will bear its own costs.',
  placeholders: [{ name: 'Participant', description: 'the participant word', default: 'Participant' }],
  rationale: 'Costs must be settled.',
  source: 'FCDO Treaties and MoUs guidance',
  status: 'approved',
  version: '1',
  origin: 'built-in',
};
const library: ClauseLibrary = { get: (id) => (id === costs.id ? costs : undefined), all: () => [costs], forTopic: () => [costs], problems: [] };

describe('completion', () => {
  it('offers declarations and construct snippets at the top of an empty file', () => {
    const result = labels('$0');
    assert.ok(result.includes('participant') && result.includes('channel') && result.includes('channel …'));
    assert.ok(!result.includes('carries') && !result.includes('between'));
  });

  it('offers only parties after `between`, also after a comma', () => {
    assert.deepEqual(labels(parties + 'channel C between $0'), ['EE', 'FI']);
    assert.deepEqual(labels(parties + 'channel C between EE, $0'), ['EE', 'FI']);
  });

  it('offers the channel\'s own members after `from`, and levels after `classification from`', () => {
    const three = parties + 'participant LV "Latvia"\n';
    assert.deepEqual(labels(three + 'channel C between EE, LV {\n  from $0\n}'), ['EE', 'LV']);
    assert.deepEqual(labels(three + 'channel C between EE, LV {\n  carries personal-data\n  from EE, $0\n}'), ['EE', 'LV']);
    // A channel whose members are not written yet: every party.
    assert.deepEqual(labels(three + 'channel C between {\n  from $0\n}'), ['EE', 'FI', 'LV']);
    const levels = labels(three + 'channel C between EE, LV {\n  classification from $0\n}');
    assert.ok(levels.includes('CONFIDENTIAL') && !levels.includes('EE'), levels.join(', '));
    assert.ok(labels(three + 'channel C between EE, LV {\n  $0\n}').includes('from'));
  });

  it('offers the statements of a channel block, not those of a party block, nor declarations', () => {
    const result = labels(parties + 'channel C between EE {\n  $0\n}');
    assert.ok(result.includes('carries') && result.includes('marking') && result.includes('contacts'));
    assert.ok(!result.includes('kind') && !result.includes('participant') && !result.includes('status'));
  });

  it('does not offer a new statement while the current one is incomplete', () => {
    const result = labels(parties + 'channel C between EE {\n  carries indicators, $0\n}');
    assert.ok(result.includes('malware-samples'));
    assert.ok(!result.includes('marking'));
  });

  it('offers closed values: TLP labels, party kinds, units agreeing with the number, jurisdictions', () => {
    assert.deepEqual(labels('channel C between EE { marking $0 }'), ['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER', 'TLP:GREEN', 'TLP:CLEAR']);
    assert.ok(labels('participant EE "E" { kind nat$0 }').includes('national-cert'));
    assert.deepEqual(labels('memorandum "x" { duration 5 $0 }'), ['hours', 'days', 'working-days', 'weeks', 'months', 'years']);
    assert.ok(labels('memorandum "x" { discontinue with notice of 1 $0 }').includes('month'));
    const codes = labels('participant EE "E" { jurisdiction $0 }');
    assert.ok(codes.includes('EE') && codes.includes('EU') && codes.includes('US'));
    assert.deepEqual(labels('participant EE "E" { contact "x" available $0 }').sort(), ['24/7', 'office-hours']);
  });

  it('offers channels after `via`, agreements after `under`, bodies after `escalate to`, contacts after `EE.`', () => {
    const decls = parties + 'channel Intel between EE, FI\nsecurity-agreement GSA between EE, FI\nbody Board members EE\n';
    assert.deepEqual(labels(decls + 'protocol P { notify EE within 24 hours via $0 }'), ['Intel']);
    assert.deepEqual(labels(decls + 'channel D between EE { classification SECRET under $0 }'), ['GSA']);
    assert.deepEqual(labels(decls + 'protocol P { escalate to $0 }'), ['Board']);
    assert.deepEqual(labels(decls + 'channel D between EE { contacts EE.$0 }'), ['Duty']);
    assert.deepEqual(labels(decls + 'exercise X every 12 months led by $0'), ['EE', 'FI']);
  });

  it('replaces the word typed so far', () => {
    const { service, position } = fixture(parties + 'channel C between E$0');
    const [item] = service.complete(mainUri, position);
    assert.deepEqual(item.range, { start: { line: 2, character: 18 }, end: { line: 2, character: 19 } });
  });

  it('offers parties from a used registry', () => {
    assert.deepEqual(labels('use "registry.entente"\nchannel C between $0', { 'registry.entente': parties }), ['EE', 'FI']);
  });

  it('offers library clauses inside `from library "`, with the approved text in the documentation', () => {
    const { service, position } = fixture('memorandum "M" { status non-binding }\nclause Costs from library "$0', {}, { library });
    const items = service.complete(mainUri, position);
    assert.deepEqual(items.map((i) => [i.label, i.insertText]), [['costs/mou', 'costs/mou"']]);
    assert.match(items[0].documentation ?? '', /Each Participant will bear its own costs/);
  });

  it('offers whole library clauses where a declaration may start, rendered as a snippet', () => {
    const { service, position } = fixture('memorandum "M" { status non-binding }\n$0', {}, { library });
    const item = service.complete(mainUri, position).find((i) => i.label === 'clause costs/mou');
    assert.ok(item?.insertTextIsSnippet);
    assert.match(item.insertText, /^clause \$\{100:Costs\} "Costs" from library "costs\/mou" """\n  Each Participant will bear its own costs\.\n"""/);
  });

  it('offers capitalised defined terms inside prose, and nothing in a place name', () => {
    assert.deepEqual(labels('define "Incident" means "x"\nclause C """An Inc$0"""'), ['Incident']);
    assert.deepEqual(labels('define "Incident" means "x"\nchannel C between EE { purpose "any $0" }'), ['Incident']);
    assert.deepEqual(labels('define "Incident" means "x"\nmemorandum "M" { signed at "Tal$0" }'), []);
  });

  it('offers rule codes in a suppression comment', () => {
    assert.ok(labels('// entente-disable-next-line unk$0').includes('unknown-reference'));
    assert.deepEqual(labels('// a plain comment $0'), []);
  });

  // Speed is measured by bench/, not asserted here: timed assertions flake on shared machines.
  it('never throws on odd input', () => {
    for (const doc of [...oddDocuments, 'channel C between EE {\n' + 'carries x, '.repeat(2000)]) {
      const { service } = fixture(doc);
      for (const p of [...oddPositions, { line: 1, character: 5 }]) {
        assert.ok(Array.isArray(service.complete(mainUri, p)));
      }
    }
  });
});
