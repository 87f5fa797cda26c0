/**
 * Hundred-and-tenth run, defect 1 (rf111): which "will" `treaty-mou-wording` reports. It is the
 * verb by which the signatories commit themselves (model/signatory-subject.ts):
 * - with a declared Government as subject, by its declared name or the text's short forms of it
 *   ("the Netherlands Government will make every effort", NL–Mozambique technical cooperation
 *   Agreement 1984, Art. 4(1), BWBV0002615; probe p11 with the declared name);
 * - with the Parties as the agent of a passive ("All expenditure will be agreed upon by the
 *   Contracting Parties", NL–Guyana Tropenbos Agreement 1989, Art. V, BWBV0002769);
 * and not in a clause that, standing without "that" after its sentence's own verb, describes what
 * later arrangements will contain ("The ensuing arrangements will stipulate the specific
 * contributions … each Contracting Party will make to agreed activities", Art. IV(4)(a)).
 * Near misses: "each Party will …" (probe p12), a subject after an opening adverbial clause or
 * after "and", and "will" after "agree that" are still reported; a Government that is not a
 * signatory, "the Federal Government", "as will be agreed by", a Party's nominees, "will not have
 * to bear" and "it is the understanding of … that" are not.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const q = '"""';
const treaty = (body: string, parties = mozambique) => `treaty "Agreement on Technical Cooperation" {
  status binding
}
${parties}
clause Art4 "Article 4" ${q}
  ${body}
${q}
`;
const mozambique = `party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }
party MZ "The Government of the People's Republic of Mozambique" { kind government jurisdiction MZ }`;
const guyana = `party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }
party GY "The Government of the Cooperative Republic of Guyana" { kind government jurisdiction GY }`;

/** The words of its sentence before each reported "will", up to 40 characters. */
function reported(body: string, parties = mozambique): string[] {
  const text = treaty(body, parties);
  return diagnose(text)
    .filter((d) => d.code === 'treaty-mou-wording' && /^'will'/u.test(d.message))
    .map((d) => {
      const line = text.split('\n')[d.range.start.line];
      assert.equal(line.slice(d.range.start.character, d.range.end.character), 'will');
      return line.slice(Math.max(0, d.range.start.character - 40), d.range.start.character).split('. ').pop()!.trim();
    });
}

describe('hundred-and-tenth run, defect 1: the operative "will" of a treaty', () => {
  it('NL–Mozambique 1984, Art. 4(1): each Government named by its short form is the subject of its "will"', () => {
    const art4 =
      "1. The Government of Mozambique, after consulting with the Netherlands Government, will have the right to request the recall of any Netherlands personnel whose work or conduct is unsatisfactory; the Netherlands Government, after similar consultations with the Mozambican Government, will have the right to recall any Netherlands personnel at any time; in case of recall, the Netherlands Government will make every effort to obtain an adequate replacement for the recalled Netherlands personnel if the Government of Mozambique so requests.";
    assert.equal(reported(art4).length, 3);
  });

  it('NL–Mozambique 1984, Art. 2(l): "the Mozambican Government will take over" after an opening clause', () => {
    assert.equal(reported('In case no housing is available after a period of two months of first arrival in Mozambique of the said personnel, the Mozambican Government will take over all the allowances.').length, 1);
  });

  it('probe p11: the declared name as subject, in lower case, is reported', () => {
    assert.equal(reported('In case of recall, the Government of the Kingdom of the Netherlands will make every effort to obtain an adequate replacement.').length, 1);
  });

  it('NL–Guyana 1989: Art. V is reported, Art. IV(4)(a) is not', () => {
    assert.deepEqual(
      reported(
        "a) recommend to the Contracting Parties the acceptance for funding of proposed activities and supporting administrative arrangements to be signed by the nominees of the Contracting Parties. The ensuing arrangements will stipulate the specific contributions financial and kind - each Contracting Party will make to agreed activities. All expenditure will be agreed upon by the Contracting Parties according to the standard procedures in the respective countries, on the basis of the Committee's recommendations, which should form a coherent plan of activities.",
        guyana,
      ),
      ['All expenditure'],
    );
  });

  it('near miss (probe p12): "each Party will make every effort" is still reported', () => {
    assert.equal(reported('In case of recall, each Party will make every effort to obtain an adequate replacement.').length, 1);
  });

  it('near miss: a subject after an opening adverbial clause with a modal, or after "and", is still reported', () => {
    assert.equal(reported('Where a Party may be affected the other Party will notify it without delay.').length, 1);
    assert.equal(reported('Each Party shall designate a contact point and each Party will inform the other of it.').length, 1);
    assert.equal(reported('The Contracting Parties agree that each Contracting Party will bear its own costs.').length, 1);
  });

  it('near miss: a passive whose agent is a declared Government or both Governments is reported', () => {
    assert.equal(reported('Reimbursement will be effected by the Government of the Netherlands upon presentation of statements of account.').length, 1);
    assert.equal(reported('The programme will be jointly determined by both Governments.').length, 1);
  });

  it('not a signatory: another Government, a generic one, the Parties\' nominees, "as will be agreed"', () => {
    assert.deepEqual(reported('The Government of Suriname will be informed. The Federal Government will act. The Surinamese Government will reply.'), []);
    assert.deepEqual(reported('The arrangements will be signed by the Contracting Parties\' nominees.'), []);
    assert.deepEqual(reported('The projects will be carried out in such manner as will be agreed by the Contracting Parties.'), []);
  });

  it('not a commitment: "will not have to bear" (NL–India 1983, Art. 6) and "it is the understanding of … that" (NL–Egypt notes 1983)', () => {
    const india = `party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }
party IN "The Government of the Republic of India" { kind government jurisdiction IN }`;
    assert.deepEqual(reported('The Government of the Kingdom of the Netherlands will not have to bear any taxes, duties and fiscal charges imposed in India on such equipment and supplies.', india), []);
    const egypt = `party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }
party EG "The Government of the Arab Republic of Egypt" { kind government jurisdiction EG }`;
    assert.deepEqual(
      reported('The Embassy has the honour to inform the Ministry that it is the understanding of the Government of the Kingdom of the Netherlands, that the Government of the Arab Republic of Egypt will not levy any taxes.', egypt),
      [],
    );
    // Near miss: the same Government committing itself in a sentence of its own is reported.
    assert.equal(reported('The Government of the Arab Republic of Egypt will exempt the equipment from all import duties.', egypt).length, 1);
  });
});
