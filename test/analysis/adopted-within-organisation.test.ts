/**
 * Eighty-sixth run, defect 2: on ILO Convention No. 181 (1997), silent on reservations and
 * disputes, missing-reservations-clause said that the general regime governs and that "a State that
 * joins later may make one", and missing-dispute-settlement that disputes go to means "of the
 * Parties' own choice". A treaty adopted within an international organisation is subject to the
 * Vienna Convention "without prejudice to any relevant rules of the organization" (VCLT Art. 5,
 * read: BWBV0003441), and the ILO Constitution refers questions of interpretation of its
 * Conventions to the International Court of Justice (Art. 37(1), read: BWBV0001986). Where the
 * text's preamble says an organ of an organisation adopts it, both messages now defer to the
 * organisation's rules. Near misses: "The States Parties to this Convention", a Conference of the
 * Parties that adopts a protocol, an organ that opens the preamble but does not adopt the text, an
 * organ named later in the preamble, a memorandum.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const ilo = repoText('test/real-instruments/ilo-private-employment-agencies-1997.entente');
const unesco = repoText('test/real-instruments/unesco-exchange-of-publications-1958.entente');

const header =
  'treaty "Convention concerning Home Work" {\n  status binding\n  languages English, French authentic\n  done at "Geneva" on 1996-06-20\n  consent by ratification\n  effect 12 months after last ratification by 2 States\n  denunciation with notice of 1 year\n  amendment by a new Convention revising this Convention\n  depositary "the Director-General of the International Labour Office"\n  registration article-102\n}\n' +
  'party Members "Members of the International Labour Organization" {\n  kind state\n  class open\n}\n';
const q = '"""';
const withPreamble = (preamble: string, kind = header) =>
  `${kind}clause Preamble "Preamble" ${q}\n  ${preamble}\n${q}\nclause Art1 "Article 1" ${q}\n  A Member shall adopt a national policy on home work.\n${q}\n`;

const message = (text: string, code: string) => diagnose(text).find((d) => d.code === code)?.message ?? '';
const general = /the general regime governs: a reservation may be made/;
const laterJoiner = /a State that joins later may make one/;
const ownChoice = /by means of the Parties' own choice/;

describe('eighty-sixth run, defect 2: a treaty its preamble says an organisation adopted defers to the organisation\'s rules (VCLT Art. 5)', () => {
  it('ILO C181: the reservations note names Art. 5 and the organisation\'s rules, and no longer says a later State may make one', () => {
    const m = message(ilo, 'missing-reservations-clause');
    assert.match(m, /adopted by the General Conference of the International Labour Organization \(its preamble says so\)/);
    assert.match(m, /"without prejudice to any relevant rules of the organization" \(VCLT Art\. 5\b/);
    assert.match(m, /whether a reservation may be made at all is for those rules and the organisation's practice/);
    assert.doesNotMatch(m, general);
    assert.doesNotMatch(m, laterJoiner);
  });

  it('ILO C181: the disputes note quotes the ILO Constitution (Arts. 37(1), 26(1)) and gives no free choice of means', () => {
    const m = message(ilo, 'missing-dispute-settlement');
    assert.match(m, /\(VCLT Art\. 5\b/);
    assert.match(m, /to the International Court of Justice "for decision" \(Art\. 37\(1\)\)/);
    assert.match(m, /\(Art\. 26\(1\)\)/);
    assert.match(m, /Subject to those rules, a dispute-settlement procedure can be added/);
    assert.doesNotMatch(m, ownChoice);
  });

  it('UNESCO 1958: Art. 5 as well, with no rule of another organisation put in its mouth', () => {
    const d = message(unesco, 'missing-dispute-settlement');
    assert.match(d, /adopted by the General Conference of the United Nations Educational, Scientific and Cultural Organization/);
    // lr20, D7: no dispute rules presumed; the UNESCO Constitution's own clause said to reach only itself (Art. XIV(2)).
    assert.match(d, /any rules of the organisation on disputes under treaties adopted within it come first \(the checker has not read them\); the UNESCO Constitution's own dispute clause does not reach this treaty/);
    assert.doesNotMatch(d, /Art\. 37|ILO/);
    assert.doesNotMatch(message(unesco, 'missing-reservations-clause'), general);
  });

  it('a short text in the ILO form reads the same', () => {
    const text = withPreamble('The General Conference of the International Labour Organization, Having been convened at Geneva, adopts, this twentieth day of June of the year one thousand nine hundred and ninety-six, the following Convention, which may be cited as the Home Work Convention, 1996:');
    assert.match(message(text, 'missing-reservations-clause'), /\(VCLT Art\. 5\b/);
    assert.match(message(text, 'missing-dispute-settlement'), /Art\. 37\(1\)/);
  });

  const nearMisses: Record<string, string> = {
    'the States Parties open the preamble': 'The States Parties to this Convention, Noting that the General Conference of the International Labour Organization adopts, this day, the following Convention on home work,',
    'a Conference of the Parties adopts a protocol': 'The Conference of the Parties to the Convention on Home Work adopts, this twentieth day of June, the following Protocol:',
    'the organ opens the preamble but does not adopt the text': 'The General Conference of the International Labour Organization, Having been convened at Geneva, recommends that Members consider the following provisions:',
    'an organ of something that is no organisation': 'The Council of the European Union adopts this Convention on home work:',
  };
  for (const [what, preamble] of Object.entries(nearMisses)) {
    it(`near miss: ${what} — the general regime, as before`, () => {
      const text = withPreamble(preamble);
      assert.match(message(text, 'missing-reservations-clause'), general, what);
      assert.doesNotMatch(message(text, 'missing-reservations-clause'), /VCLT Art\. 5\b/, what);
      assert.match(message(text, 'missing-dispute-settlement'), ownChoice, what);
    });
  }

  it('near miss: a memorandum with that preamble is no treaty, and the law of treaties is not read into it', () => {
    const mou = 'memorandum "Memorandum on home work" {\n  status non-binding\n  signed at "Geneva" on 1996-06-20\n}\nparty A "Participant A" { kind government jurisdiction NL }\nparty B "Participant B" { kind government jurisdiction BE }\n';
    const text = withPreamble('The General Conference of the International Labour Organization adopts, this day, the following Convention:', mou);
    assert.doesNotMatch(message(text, 'missing-dispute-settlement'), /VCLT Art\. 5|Art\. 37/);
  });
});
