/**
 * Every eId of an Akoma Ntoso export is unique in its document (AKN naming convention; the OASIS
 * 3.0 schema refuses a duplicate), and every `#…` reference (`refersTo`, `as`, `href`) points at an
 * element of the kind it names: a party at a TLCOrganization, a term or definition at a TLCTerm,
 * a role at a TLCRole. Checked on every sample and every real transcription, parsed back with the
 * project's XML parser (fast-xml-parser). Seven transcriptions once failed xmllint on this alone:
 * a defined term named like a role ("Party") or a party ("Eurojust", "the Czech Republic"), and a
 * depositary that is also a party (Bonn Agreement).
 */
import assert from 'node:assert/strict';
import { all, attrs, parser, tag, type Node } from './akn-structure';
import { exportedRealInstrument, openSample, realInstrumentNames, sampleNames } from './render-fixtures';

/** The elements of the export, parsed. */
function nodesOf(xml: string): Node[] {
  const root = (parser.parse(xml) as Node[]).find((n) => tag(n) === 'akomaNtoso')!;
  return all(root);
}

/** The kind of element each reference must point at. */
function expectedTarget(element: string, attribute: string): string | undefined {
  if (attribute === 'as') return 'TLCRole';
  if (element === 'party' || element === 'FRBRauthor') return 'TLCOrganization';
  if (element === 'term' || element === 'def') return 'TLCTerm';
  if (element === 'role') return 'TLCRole';
  return undefined;
}

/** What is wrong with the export's eIds and references (empty when nothing is). */
function identifierProblems(xml: string): string[] {
  const nodes = nodesOf(xml);
  const problems: string[] = [];
  const byId = new Map<string, string[]>();
  for (const n of nodes) {
    const id = attrs(n).eId;
    if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), tag(n)]);
  }
  for (const [id, tags] of byId) if (tags.length > 1) problems.push(`eId "${id}" on ${tags.join(', ')}`);
  for (const n of nodes) {
    for (const attribute of ['refersTo', 'as', 'href']) {
      const value = attrs(n)[attribute];
      if (!value?.startsWith('#')) continue;
      const targets = byId.get(value.slice(1));
      const expected = expectedTarget(tag(n), attribute);
      if (!targets) problems.push(`${tag(n)} ${attribute}="${value}" points nowhere`);
      else if (expected && !targets.includes(expected)) problems.push(`${tag(n)} ${attribute}="${value}" points at ${targets.join(', ')}, not ${expected}`);
    }
  }
  return problems;
}

/** The reference elements (TLC…) of an export, as `tag eId showAs`. */
function references(xml: string): string[] {
  return nodesOf(xml)
    .filter((n) => tag(n).startsWith('TLC'))
    .map((n) => `${tag(n)} ${attrs(n).eId} ${attrs(n).showAs}`);
}

describe('rendering: Akoma Ntoso eIds are unique and every reference resolves', () => {
  it('the check finds a duplicate eId, a reference to nothing and one to the wrong kind (it can fail)', () => {
    const { service, uri } = openSample('baltic-cyber-convention.entente');
    const xml = service.render(uri, 'akn')!;
    assert.deepEqual(identifierProblems(xml), []);
    assert.match(identifierProblems(xml.replace('eId="computerData"', 'eId="party"')).join(), /eId "party" on TLCTerm, TLCRole/);
    assert.match(identifierProblems(xml.replace('<def refersTo="#computerData">', '<def refersTo="#computerdata">')).join(), /def refersTo="#computerdata" points nowhere/);
    assert.match(identifierProblems(xml.replace('<def refersTo="#computerData">', '<def refersTo="#republicOfEstonia">')).join(), /points at TLCOrganization, not TLCTerm/);
  });

  for (const sample of sampleNames) {
    it(`sample ${sample}`, () => {
      const { service, uri } = openSample(sample);
      assert.deepEqual(identifierProblems(service.render(uri, 'akn')!), []);
    });
  }

  for (const name of realInstrumentNames) {
    it(`real instrument ${name}`, () => {
      assert.deepEqual(identifierProblems(exportedRealInstrument(name.replace(/\.entente$/, ''), 'akn')), []);
    });
  }

  it('a defined term "Party" is a TLCTerm of its own beside the role the parties sign as', () => {
    const xml = exportedRealInstrument('nl-us-homeland-security-2012', 'akn');
    const refs = references(xml);
    assert.ok(refs.includes('TLCRole party Party'));
    assert.ok(refs.includes('TLCTerm term_party Party'));
    assert.match(xml, /<FRBRauthor href="#governmentOfTheKingdomOfTheNetherlands" as="#party"\/>/);
    assert.match(xml, /<term refersTo="#term_party">Party<\/term>/);
    assert.doesNotMatch(xml, /<term refersTo="#party">/);
    // Near miss: "Participant", defined in this treaty, shares its eId with no role of it and keeps its key.
    assert.ok(refs.includes('TLCTerm participant Participant'));
  });

  it('a defined term named like a party ("Eurojust") is a TLCTerm apart from the party it names', () => {
    const xml = exportedRealInstrument('nl-eurojust-seat-agreement-2006', 'akn');
    const refs = references(xml);
    assert.ok(refs.includes('TLCOrganization eurojust Eurojust'));
    assert.ok(refs.includes('TLCTerm term_eurojust Eurojust'));
    assert.match(xml, /<FRBRauthor href="#eurojust" as="#party"\/>/);
    assert.match(xml, /<term refersTo="#term_eurojust">Eurojust<\/term>/);
  });

  it('a depositary that is a party is the one organisation it is, referenced once', () => {
    const xml = exportedRealInstrument('bonn-agreement-north-sea-pollution-1983', 'akn');
    const german = references(xml).filter((r) => r.includes('FederalRepublicOfGermany'));
    assert.deepEqual(german, ['TLCOrganization theGovernmentOfTheFederalRepublicOfGermany The Government of the Federal Republic of Germany']);
  });

  it('near miss: a depositary that is no party keeps its own reference', () => {
    const xml = exportedRealInstrument('unece-industrial-accidents-convention-1992', 'akn');
    assert.ok(references(xml).some((r) => /^TLCOrganization \S+ Secretary-General of the United Nations$/.test(r)), references(xml).join('\n'));
  });
});
