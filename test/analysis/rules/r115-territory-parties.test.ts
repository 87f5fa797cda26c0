/**
 * Hundred-and-fifteenth real-instrument run (test/real-instruments/HUNDRED-AND-FIFTEENTH-RUN.md):
 * the NL(Aruba)–Faroes and NL(Antilles)–Sweden TIEAs, Paris, 10 September 2009 (read: BWBV0003498,
 * BWBV0003509), whose parties act "in respect of" a territory of a Member State's realm.
 * - D1: UN Charter Art. 102 binds the State that enters into the treaty for the territory: the
 *   Kingdom of the Netherlands for Aruba and the Antilles, the Kingdom of Denmark for the Faroes.
 * - D2: missing-transfer-safeguards on a bilateral treaty signed before 24 May 2016 whose only open
 *   question is the date of consent: a note that asks for the date of entry into force.
 * - D3: a party written with its Member State's code but named for the territory ("The Government
 *   of the Faroes", DK) is not "an EU Member State bound by Union law", nor a GDPR sender.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const awFo = repoText('test/real-instruments/aw-fo-tax-information-exchange-2009.entente');
const anSe = repoText('test/real-instruments/an-se-tax-information-exchange-2009.entente');
const of = (text: string, code: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);

const awParty = 'party AW "The Kingdom of the Netherlands, in respect of Aruba" {\n  kind state\n  jurisdiction AW\n  regimes outside-union-law\n}';
const foParty = 'party FO "The Government of the Faroes" {\n  kind government\n  jurisdiction FO\n  regimes outside-union-law\n}';
/** The probes: the Aruba party written NL (P1, P2 without regimes), the Faroese Government written DK (P3, P10 without regimes). */
const p1 = replaced(awFo, awParty, awParty.replace('jurisdiction AW', 'jurisdiction NL'));
const p2 = replaced(awFo, awParty, awParty.replace('jurisdiction AW', 'jurisdiction NL').replace('  regimes outside-union-law\n', ''));
const p3 = replaced(awFo, foParty, foParty.replace('jurisdiction FO', 'jurisdiction DK'));
const p10 = replaced(awFo, foParty, foParty.replace('jurisdiction FO', 'jurisdiction DK').replace('  regimes outside-union-law\n', ''));

// lr30 D8: the membership is set beside the State, never after the territory's name.
describe('r115 D1: Art. 102 binds the State that enters into the treaty for its territory', () => {
  it('NL(Aruba)–Faroes: the note is raised, naming the Kingdom of the Netherlands and the Kingdom of Denmark', () => {
    const [finding, ...rest] = of(awFo, 'missing-registration');
    assert.deepEqual(rest, []);
    assert.ok(finding, 'missing-registration raised');
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /AW is the Kingdom of the Netherlands, a UN Member on entering into the treaty, in respect of Aruba; FO acts for the Kingdom of Denmark, a UN Member on entering into the treaty, in respect of the Faroe Islands, so Art\. 102 of the UN Charter applies\./u);
  });

  it('NL(Antilles)–Sweden: no "if" for the Kingdom of the Netherlands in respect of the Netherlands Antilles', () => {
    const [finding] = of(anSe, 'missing-registration');
    assert.match(finding.message, /SE was a UN Member on entering into the treaty; AN is the Kingdom of the Netherlands, a UN Member on entering into the treaty, in respect of the Netherlands Antilles/u);
    assert.doesNotMatch(finding.message, /if it was a UN Member/u);
  });

  it('near miss: territories whose treaty-making was not read (the French ones) are not linked, and two of them stay outside Art. 102', () => {
    const french = replaced(replaced(awFo, awParty, awParty.replace('jurisdiction AW', 'jurisdiction NC')), foParty, foParty.replace('jurisdiction FO', 'jurisdiction PF'));
    assert.deepEqual(of(french, 'missing-registration'), []);
  });

  it('near miss: the link takes the State’s own admission — signed on 1 November 1945, after Denmark’s (24 October) and before the Netherlands’ (10 December), consent undated', () => {
    const early = replaced(awFo, 'done at "Paris" on 2009-09-10 in duplicate', 'done at "Paris" on 1945-11-01 in duplicate');
    const [finding] = of(early, 'missing-registration');
    assert.match(finding.message, /FO acts for the Kingdom of Denmark, a UN Member on entering into the treaty, in respect of the Faroe Islands, so Art\. 102 of the UN Charter applies\. Art\. 102 of the UN Charter binds AW if it was a UN Member when it entered into the treaty\./u);
  });
});

describe('r115 D2: missing-transfer-safeguards where only the date of consent is open', () => {
  it('NL(Antilles)–Sweden, signed 2009-09-10, consent undated: a note under every profile that asks for the date of entry into force', () => {
    for (const profile of [undefined, 'strict', 'treaty-review']) {
      const [finding] = of(anSe, 'missing-transfer-safeguards', profile);
      assert.equal(finding.severity, 'info', profile);
      assert.match(finding.message, /If the Member State concluded it \(consented to be bound\) before 24 May 2016 \(the signature date is 2009-09-10; consent follows it\)/u);
      assert.match(finding.message, /record its entry into force from the treaty series \(`entered into force on <date> "<source>"`\); in force before 24 May 2016, it was concluded before that day and this stays a note; in force on or after it, Art\. 96 may not keep it, and this is a warning\./u);
    }
  });

  it('near miss: a recorded entry into force on or after 24 May 2016 (a made-up date) keeps the warning', () => {
    const late = replaced(anSe, 'done at "Paris" on 2009-09-10 in duplicate', 'done at "Paris" on 2009-09-10 in duplicate\n  entered into force on 2017-01-01 "probe"');
    const [finding] = of(late, 'missing-transfer-safeguards');
    assert.equal(finding.severity, 'warning');
    assert.doesNotMatch(finding.message, /record its entry into force/u);
  });

  it('near miss: a treaty signed after 24 May 2016 is no note', () => {
    const after = replaced(anSe, 'done at "Paris" on 2009-09-10 in duplicate', 'done at "Paris" on 2017-09-10 in duplicate');
    assert.notEqual(of(after, 'missing-transfer-safeguards')[0]?.severity, 'info');
  });
});

describe('r115 D3: a party named for a territory outside the Union, written with its Member State’s code', () => {
  it('P1–P3, P10: no "EU Member State bound by Union law", no GDPR sender', () => {
    for (const [name, text] of [['P1', p1], ['P2', p2], ['P3', p3], ['P10', p10]] as const) {
      for (const d of diagnose(text, {})) assert.doesNotMatch(d.message, /EU Member State bound by Union law|processing is under the GDPR/u, `${name}: ${d.code}`);
      assert.deepEqual(of(text, 'missing-relation-to-other-obligations'), [], name);
      assert.deepEqual(of(text, 'possible-transfer-without-safeguards'), [], name);
    }
  });

  it('`regimes GDPR` on the Aruba party written NL is out of reach, as with AW (probe P9)', () => {
    const text = replaced(awFo, awParty, awParty.replace('jurisdiction AW', 'jurisdiction NL').replace('regimes outside-union-law', 'regimes GDPR'));
    const [finding] = of(text, 'regime-not-binding-on-party');
    assert.match(finding.message, /AW is the Kingdom of the Netherlands in respect of Aruba, outside the EU\/EEA \(Aruba is an overseas country or territory/u);
  });

  it('near miss: the Kingdom named without a territory is a Member State bound by Union law', () => {
    const plain = replaced(p2, '"The Kingdom of the Netherlands, in respect of Aruba"', '"The Kingdom of the Netherlands"');
    const [finding] = of(plain, 'missing-relation-to-other-obligations');
    assert.match(finding.message, /AW is an EU Member State bound by Union law/u);
  });

  it('near miss: a name that also covers the European part, or joins the State to the territory, is not the territory alone', () => {
    const european = replaced(p2, '"The Kingdom of the Netherlands, in respect of Aruba"', '"The Kingdom of the Netherlands, in respect of the European part of the Netherlands and Aruba"');
    const joined = replaced(p10, '"The Government of the Faroes"', '"The Government of the Kingdom of Denmark and the Government of the Faroes"');
    for (const text of [european, joined]) assert.equal(of(text, 'missing-relation-to-other-obligations').length, 1);
  });
});

describe('lr30 D3: a name that also acts for the State is not the territory alone', () => {
  const treaty = (name: string) => `treaty "Agreement on police cooperation" {
  status binding
  consent by signature
  effect on signature
  duration indefinite
  termination with notice of 6 months
  amendment by written agreement
  disputes by negotiation
}
party NL "${name}" { kind state jurisdiction NL regimes GDPR }
party US "The United States of America" { kind state jurisdiction US }
`;
  for (const name of [
    'The Kingdom of the Netherlands, also in respect of Aruba',
    'The Kingdom of the Netherlands (for the Kingdom in Europe and in respect of Aruba)',
    'The Kingdom of the Netherlands, in respect of the Netherlands and Aruba',
  ]) {
    it(`"${name}": GDPR is not said to be outside its reach`, () => {
      assert.deepEqual(diagnose(treaty(name)).filter((d) => d.code === 'regime-not-binding-on-party'), []);
    });
  }
  it('near miss: "The Kingdom of the Netherlands, in respect of Aruba" acts for Aruba alone', () => {
    assert.equal(diagnose(treaty('The Kingdom of the Netherlands, in respect of Aruba')).filter((d) => d.code === 'regime-not-binding-on-party').length, 1);
  });
});
