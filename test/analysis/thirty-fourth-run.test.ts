/**
 * The thirty-fourth real-instrument run (test/real-instruments/THIRTY-FOURTH-RUN.md), from the two
 * Article 17 maritime drug-interdiction treaties it transcribed: the Council of Europe Agreement on
 * illicit traffic by sea (ETS 156, 1995; BWBV0004141) and the San José Agreement (MARSAMCAR, 2003;
 * BWBV0004611).
 *
 * Point 3 (treaty-amendment-by-decision): an amendment adopted by an organ or a meeting of the
 * Parties, with no acceptance, approval or ratification by the Parties, is a simpler procedure than
 * the treaty's own consent: the info note is raised. The real texts, which add "acceptance by all
 * the Parties" (ETS 156 Art. 33(4)–(5)) or "instruments of acceptance or approval from all of the
 * Parties" (San José Art. 33(3)), stay silent.
 *
 * Closing-list item 1 / point 1 (missing-purpose-limitation): a channel described only in the
 * text's words is still exempt, unless its words put the content in criminal cases — the stage and
 * results of "investigations, prosecutions and judicial proceedings" (San José Art. 26(2)).
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const ets156 = repoText('test/real-instruments/coe-ets156-illicit-traffic-by-sea-1995.entente');
const sanJose = repoText('test/real-instruments/marsamcar-caribbean-maritime-air-trafficking-2003.entente');
const iaea1986 = repoText('test/real-instruments/iaea-assistance-nuclear-emergency-1986.entente');
const ets62 = repoText('test/real-instruments/coe-ets62-information-on-foreign-law-1968.entente');
const bonn = repoText('test/real-instruments/bonn-agreement-north-sea-pollution-1983.entente');

const amendment = (text: string) => findingsOf(text, 'treaty-amendment-by-decision');

describe('thirty-fourth real-instrument run, point 3: amendment adopted by an organ without acceptance', () => {
  const ets156Art33 = 'adoption by the Committee of Ministers and acceptance by all the Parties, Article 33';
  const sanJoseArt33 = 'adoption at a meeting of the Parties by consensus of the Parties therein represented, and acceptance or approval from all of the Parties, Article 33';

  it('ETS 156 as concluded (adoption, then acceptance by all the Parties, Art. 33(3)–(5)) is silent', () => {
    assert.deepEqual(amendment(ets156), []);
  });

  it('ETS 156 with adoption by the Committee of Ministers alone raises the info note on the procedure', () => {
    const found = amendment(replaced(ets156, ets156Art33, 'adoption by the Committee of Ministers, Article 33'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, /the amendment procedure the header states \(proposal of any Party, opinion of the European Committee on Crime Problems, adoption by the Committee of Ministers, Article 33\) would amend it without such an act/);
  });

  it('San José as concluded (acceptance or approval from all of the Parties, Art. 33(3)) is silent', () => {
    assert.deepEqual(amendment(sanJose), []);
  });

  it('San José with adoption at a meeting of the Parties by consensus alone raises the info note', () => {
    const found = amendment(replaced(sanJose, sanJoseArt33, 'adoption at a meeting of the Parties by consensus of the Parties therein represented, Article 33'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /consent to be bound by the treaty is given by/);
  });

  it('near miss: adoption laid down in an instrument open to signature, in force after consent to be bound (IAEA 1986, Art. 16) is silent', () => {
    assert.match(iaea1986, /conference of States Parties adopting amendments/);
    assert.deepEqual(amendment(iaea1986), []);
  });

  it('near miss: a treaty bound by signature alone has no ratification to bypass', () => {
    const bySignature = replaced(
      replaced(sanJose, sanJoseArt33, 'adoption at a meeting of the Parties by consensus of the Parties therein represented, Article 33'),
      '  consent by signature, ratification, acceptance, approval\n',
      '  consent by signature\n',
    );
    assert.deepEqual(amendment(bySignature), []);
  });
});

describe('thirty-fourth real-instrument run, closing item 1: results of prosecutions on a text-only channel', () => {
  const purpose = (text: string) => findingsOf(text, 'missing-purpose-limitation');

  it('raises missing-purpose-limitation on San José channel Results (Art. 26(2)), with no fix on the concluded text', () => {
    const found = purpose(sanJose);
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, sanJose.split('\n').findIndex((l) => l.startsWith('channel Results ')));
    assert.match(found[0].message, /^Channel Results does not limit the use of what it carries/);
    assert.deepEqual(found[0].fixes, []);
  });

  it('near miss: the same channel carrying only the laws and procedures of Art. 25(1) stays exempt', () => {
    const lawsOnly = sanJose.replace(/  carries "its respective applicable laws and procedures", [^\n]*\n/, '  carries "its respective applicable laws and procedures"\n');
    assert.notEqual(lawsOnly, sanJose);
    assert.deepEqual(purpose(lawsOnly), []);
  });

  it('near miss: "the results thereof" of a boarding (Art. 26(1)) without the proceedings stays exempt', () => {
    const boardingOnly = sanJose.replace(/  carries "its respective applicable laws and procedures", [^\n]*\n/, '  carries "the results thereof"\n');
    assert.notEqual(boardingOnly, sanJose);
    assert.deepEqual(purpose(boardingOnly), []);
  });

  it('near misses: statements of law (ETS 62) and pollution assessments for all Parties (Bonn 1983) stay exempt', () => {
    assert.deepEqual(purpose(ets62), []);
    assert.deepEqual(purpose(bonn), []);
  });

  it('near miss: a use rule on the channel silences it (an onward sharing rule and a purpose)', () => {
    const ruled = replaced(sanJose, '  exchange subject-to-national-law\n', '  exchange subject-to-national-law\n  purpose "the implementation of this Agreement"\n  onward sharing with-consent\n');
    assert.deepEqual(purpose(ruled), []);
  });
});
