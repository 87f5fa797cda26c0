/**
 * `missing-body-costs` where the body's own article gives its finances to financial rules
 * (SEVENTY-FIRST-RUN.md, defect 3). OSPAR 1992 Art. 10 establishes the Commission, and 10(5) reads
 * "The Commission shall draw up its Financial Regulations which shall be adopted by unanimous vote
 * of the Contracting Parties" (BWBV0001119): the text provides for the Commission's costs, meetings
 * included, by delegation, and no note is due. Near misses: the same words in a clause that is not
 * the body's and does not name it; "Financial Rules" adopted at a preparatory meeting (CNS 1994,
 * Art. 22(1)), which name the occasion, not the body. The note states no default, and on a
 * concluded text no profile makes it more than a note.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { draftOf, findingsOf, wholeText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const code = 'missing-body-costs';
const ospar = wholeText('test/real-instruments/ospar-convention-1992.entente');
const art105 = '  5. The Commission shall draw up its Financial Regulations which shall be adopted by unanimous vote of the Contracting Parties.';

/** A small treaty: a committee established in its own article, a costs clause on other costs. */
const small = (committeeArticle: string, other = '') => `treaty "Agreement" {
  status binding
}
party AA "State A" { kind state }
party BB "State B" { kind state }
party CC "State C" { kind state }
body Committee "Committee (Article 5)" members AA, BB, CC meets annually
clause Art5 "Article 5 – Committee" about governance """
  1. A Committee of representatives of the Parties is hereby established.
${committeeArticle}
"""
clause Art9 "Article 9 – Costs of assistance" about costs """
  The cost of carrying out any action under Article 7 shall be borne by the requesting Party.
${other}
"""
`;

describe('missing-body-costs: financial rules in the body\'s own article (OSPAR Art. 10(5))', () => {
  it('OSPAR: no note on the Commission, under any profile', () => {
    for (const profile of [undefined, 'treaty-review', 'strict', 'mou-review']) {
      const found = diagnose(ospar, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);
      assert.deepEqual(found, [], String(profile));
    }
  });

  it('OSPAR without Art. 10(5) (and the Financial Regulations of Art. 12(3)): the note is raised, names no default and says where the words belong', () => {
    const without = replaced(replaced(ospar, `${art105}\n`, ''), ' in accordance with its Rules of Procedure and its Financial Regulations.', ' in accordance with its Rules of Procedure.');
    const [note] = findingsOf(without, code);
    assert.ok(note);
    assert.equal(note.severity, 'info');
    assert.doesNotMatch(note.message, /default|bears its own/);
    // Signed: no sentence is asked for (lr22, D7); the draft says where the words belong.
    assert.match(note.message, /not reach the meetings of body Commission\. The text is concluded/);
    assert.match(findingsOf(draftOf(without), code)[0].message, /or give them to financial rules that the Parties adopt or the body adopts\./);
    // On the concluded text, strict keeps it a note; on the draft strict makes it a warning.
    assert.deepEqual(diagnose(without, { settings: { profile: 'strict' } }).filter((d) => d.code === code).map((d) => d.severity), ['info']);
    assert.deepEqual(diagnose(draftOf(without), { settings: { profile: 'strict' } }).filter((d) => d.code === code).map((d) => d.severity), ['warning']);
  });

  it('the same words in the body\'s own article silence it; in the costs clause without naming the body they do not', () => {
    assert.deepEqual(findingsOf(small('  2. The Committee shall draw up its Financial Regulations, adopted by consensus.'), code), []);
    assert.deepEqual(findingsOf(small('  2. The Parties shall adopt financial rules for the Committee.'), code), []);
    const [note] = findingsOf(small('  2. The Committee shall review the implementation of this Agreement.', '  The Parties shall adopt financial rules for the Trust Fund.'), code);
    assert.ok(note, 'financial rules for something else, outside the body\'s article, do not reach the Committee');
    assert.match(note.message, /say who bears them in Art5 \(the body's own article\) or in the costs clause/);
  });

  it('lr17 D5: a body that only applies another\'s financial rules gets no finances from them', () => {
    for (const words of [
      '  2. The Committee shall ensure that joint projects under Article 6 comply with the financial rules of each Party.',
      '  2. The Committee shall apply the financial regulations of the Parties to its projects.',
      '  2. The Committee shall report on the application of the financial rules of the other Party.',
    ]) assert.equal(findingsOf(small(words), code).length, 1, words);
    // Near misses: rules that are its own, made for it, or made by it stay silent.
    for (const words of [
      '  2. The Committee shall adopt its own Rules of Procedure and financial rules.',
      '  2. The Committee shall meet in accordance with the financial regulations to be adopted by the Parties.',
      '  2. The financial rules of the Committee shall be laid down by the Parties.',
    ]) assert.deepEqual(findingsOf(small(words), code), [], words);
  });

  it('"Financial Rules" adopted at a preparatory meeting (CNS Art. 22(1)) name the occasion, not the body', () => {
    const [note] = findingsOf(
      small('  2. The Committee shall review the implementation of this Agreement.', '  At the preparatory meeting the Parties shall prepare and adopt by consensus Rules of Procedure and Financial Rules.'),
      code,
    );
    assert.ok(note);
  });
});
