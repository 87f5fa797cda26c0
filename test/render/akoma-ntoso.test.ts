/**
 * The Akoma Ntoso rendering, parsed back with a real XML parser (fast-xml-parser) and checked
 * against the structure the AKN 3.0 schema requires of the parts it uses: root and namespace;
 * `act` (treaty) or `doc` (MoU) with its `name`; the order meta → preface → preamble → body
 * (`mainBody` for a doc) → conclusions; FRBR Work, Expression and Manifestation with their
 * required properties in schema order; a TLC reference for every party, every term and every
 * `refersTo`/`as`/`href` that points into the document; `num` before `heading`; unique eIds;
 * `def` for each defined term and `term` for its uses; a `signature` per party.
 *
 * No npm package ships the OASIS schema (searched: akoma, akn, legaldocml). The eight samples
 * were also validated once with `xmllint --schema akomantoso30.xsd` (the OASIS 3.0 XSD, not
 * committed: downloaded material stays out of the repository): all eight validate.
 */
import assert from 'node:assert/strict';
import { aknProblems, all, attrs, elements, parser, tag, textOf, type Node } from './akn-structure';
import { openSample, sampleNames } from './render-fixtures';

function parsed(xml: string): Node {
  return elements((parser.parse(xml) as Node[]).find((n) => tag(n) === 'akomaNtoso')!)[0];
}

describe('rendering: Akoma Ntoso 3.0', () => {
  it('the structure check finds what the schema would refuse (it can fail)', () => {
    const { service, uri } = openSample('ee-fi-cyber-defence-agreement.entente');
    const good = service.render(uri, 'akn')!;
    assert.deepEqual(aknProblems(good), []);
    assert.match(aknProblems(good.replace('<FRBRcountry value="int"/>', '')).join(), /FRBRWork has no FRBRcountry/);
    assert.match(aknProblems(good.replace(/<num>Article 1<\/num><heading>Definitions<\/heading>/, '<heading>Definitions</heading><num>Article 1</num>')).join(), /does not start with num/);
    assert.match(aknProblems(good.replace('<body>', '<body><p>').replace('</body>', '</body>')).join(), /not well-formed/);
    assert.match(aknProblems(good.replace('refersTo="#republicOfEstonia"', 'refersTo="#EE"')).join(), /points nowhere/);
  });

  for (const sample of sampleNames) {
    it(`${sample}: well-formed, and has the parts the standard requires`, () => {
      const { service, uri } = openSample(sample);
      const xml = service.render(uri, 'akn')!;
      assert.deepEqual(aknProblems(xml), []);
      const model = service.renderModel(uri)!;
      const type = parsed(xml);
      assert.equal(tag(type), model.treaty ? 'act' : 'doc');
      const nodes = all(type);
      const units = nodes.filter((n) => tag(n) === (model.treaty ? 'article' : 'paragraph') && attrs(n).eId?.match(/^(art|para)_\d+$/));
      // The letters of an exchange and what is printed outside their text are units without a number of the renderer's.
      const printed = [...model.articles, ...(model.outside?.articles ?? []), ...model.annexed];
      assert.equal(units.length, printed.length);
      assert.deepEqual(units.map((u) => textOf(elements(u)[0])), printed.map((a) => a.num ?? a.heading));
      const organisations = nodes.filter((n) => tag(n) === 'TLCOrganization').map((n) => attrs(n).eId);
      for (const party of model.parties) assert.ok(organisations.includes(party.key), `no TLC reference for ${party.name}`);
      const signatures = nodes.filter((n) => tag(n) === 'signature');
      assert.equal(signatures.length, model.signatures.length);
      // A declaration is issued, an exchange of notes is signed note by note, a class of States signs
      // State by State: none has signature blocks of its own (test/render/header-formulas.test.ts).
      // A concluded excerpt prints only what its clauses hold: no generated preamble or signature blocks (README, "Provisions generated from the declarations").
      const unsigned = ['cyber-stability-declaration.entente', 'ee-fi-exchange-of-notes.entente', 'cert-letters-arrangement.entente', 'baltic-preservation-protocol.entente', 'budapest-24-7-excerpt.entente'];
      if (!sample.startsWith('annex') && !unsigned.includes(sample)) {
        assert.ok(model.signatures.length >= 2);
        assert.ok(nodes.some((n) => tag(n) === 'preamble') && nodes.some((n) => tag(n) === 'formula' && attrs(n).name === 'enactingFormula'));
        assert.ok(nodes.some((n) => tag(n) === 'conclusions'));
      }
      const defs = nodes.filter((n) => tag(n) === 'def').map((n) => attrs(n).refersTo);
      assert.deepEqual(defs, model.terms.map((t) => `#${t.key}`), 'a def for each defined term');
    });
  }

  it('a treaty is an act named treaty; an MoU a doc named memorandumOfUnderstanding, its paragraphs in mainBody', () => {
    const treaty = openSample('baltic-cyber-convention.entente');
    assert.match(treaty.service.render(treaty.uri, 'akn')!, /<act name="treaty" contains="originalVersion">/);
    const mou = openSample('cert-cert-mou.entente');
    const xml = mou.service.render(mou.uri, 'akn')!;
    assert.match(xml, /<doc name="memorandumOfUnderstanding" contains="originalVersion">/);
    assert.match(xml, /<mainBody><paragraph eId="para_1"><num>Paragraph 1<\/num><heading>Definitions<\/heading>/);
  });

  it('marks defined terms where used, and the parties in the preamble', () => {
    const { service, uri } = openSample('baltic-cyber-convention.entente');
    const xml = service.render(uri, 'akn')!;
    assert.match(xml, /<def refersTo="#computerData">Computer Data<\/def>/);
    assert.match(xml, /A Party that becomes aware of a <term refersTo="#crossBorderIncident">Cross-Border Incident<\/term>/);
    assert.match(xml, /<preamble><p><party refersTo="#republicOfEstonia" as="#party">The Republic of Estonia<\/party>, <party refersTo="#republicOfFinland" as="#party">/);
    assert.match(xml, /<FRBRlanguage language="eng"\/>/);
  });

  it('a placeholder is an inline named placeholder', () => {
    const { service, uri } = openSample('review-me.entente');
    assert.match(service.render(uri, 'akn')!, /<inline name="placeholder">\[date of signature\]<\/inline>/);
  });
});
