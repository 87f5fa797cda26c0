/**
 * Fifty-sixth real-instrument run (test/real-instruments/FIFTY-SIXTH-RUN.md), item 2: on the OECD
 * Convention of 14 December 1960 missing-amendment said "the default rule (VCLT Art. 40, as customary
 * law only …)", which claims that Art. 40 is custom. The Convention "applies only to treaties which
 * are concluded by States after the entry into force of the present Convention with regard to such
 * States", without prejudice to "any rules set forth in the present Convention to which treaties
 * would be subject under international law independently of the Convention" (VCLT Art. 4, read:
 * BWBV0003441; in force 27 January 1980). Now: for a treaty between States concluded before that
 * day, every article is cited "only so far as it states customary law", and missing-amendment states
 * the general rule (amendment by agreement between the parties, binding only those that accept it)
 * and only compares Arts. 39–40.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const oecd = repoText('test/real-instruments/oecd-convention-1960.entente');

function messageOf(text: string, code: string): string {
  const found = diagnose(text).filter((d) => d.code === code);
  assert.equal(found.length, 1, `${code}: ${found.length}`);
  return found[0].message;
}

const generalRule = /silent on (?:amendment|it), it can be amended by agreement between the parties, and an amendment binds only the parties that accept it \(the general rule; compare VCLT Arts\. 39–40, only so far as they state customary law: the treaty was concluded before the Vienna Convention entered into force on 27 January 1980 \(Art\. 4\)\)/;

describe('fifty-sixth run, item 2: a treaty concluded before the Vienna Convention is not said to fall under its Art. 40, nor Art. 40 said to be custom', () => {
  it('the OECD Convention (1960): the general rule, Arts. 39–40 only compared', () => {
    const message = messageOf(oecd, 'missing-amendment');
    assert.match(message, generalRule);
    assert.doesNotMatch(message, /default rule|as customary law only|VCLT Art\. 40\b/);
  });

  it('every other citation on it says "only so far as it states customary law", not that the article is custom', () => {
    const disputes = messageOf(oecd, 'missing-dispute-settlement');
    assert.match(disputes, /\(VCLT Arts\. 39–41, only so far as they state customary law: the treaty was concluded before the Vienna Convention entered into force on 27 January 1980 \(Art\. 4\)\)/);
    const relation = messageOf(oecd, 'missing-relation-to-other-obligations');
    assert.match(relation, /\(VCLT Art\. 30, only so far as it states customary law: the treaty was concluded before/);
    for (const m of [disputes, relation]) assert.doesNotMatch(m, /as customary law only/);
  });

  it('near miss: concluded after 27 January 1980, the finding stays and cites Art. 40 as the default rule, with the Art. 4 caveat', () => {
    const message = messageOf(replaced(oecd, 'on 1960-12-14', 'on 1985-12-14'), 'missing-amendment');
    // A concluded text is a note that states the law (sixty-fourth run, item 1). lr14, D3: the general
    // rule with Arts. 39, 40(4) under the Art. 4 condition; Art. 40(2)'s procedure only as between
    // Parties the Convention binds, never claimed as custom.
    assert.match(message, /an amendment binds only the parties that accept it \(the general rule; VCLT Arts\. 39, 40\(4\), as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as they state customary law\); as between Parties that are bound by the Convention for this treaty, any proposal to amend it .* is also notified to all the contracting States, .*\(VCLT Art\. 40\(2\)\)/);
    assert.doesNotMatch(message, /customary law where|40\(2\), \(4\)/);
  });

  it('near miss: a draft (dated 2027) keeps the drafting wording with Art. 40', () => {
    const message = messageOf(replaced(oecd, 'on 1960-12-14', 'on 2027-12-14'), 'missing-amendment');
    assert.match(message, /^State how the treaty is amended: .*falls under the default rule \(VCLT Art\. 40, as between Parties that are bound by the Vienna Convention/);
  });

  it('near miss: the day the Convention entered into force is no longer before it', () => {
    const message = messageOf(replaced(oecd, 'on 1960-12-14', 'on 1980-01-27'), 'missing-amendment');
    assert.match(message, /\(the general rule; VCLT Arts\. 39, 40\(4\), as between Parties .*is also notified to all the contracting States.*\(VCLT Art\. 40\(2\)\)/);
    assert.match(messageOf(replaced(oecd, 'on 1960-12-14', 'on 1980-01-26'), 'missing-amendment'), generalRule);
  });
});

/**
 * Hundred-and-second run (test/real-instruments/HUNDRED-AND-SECOND-RUN.md), defect 2: with the date
 * only in the final formula ("DONE at The Hague, on the 15th day of November, 1965"), the messages said
 * "The text is concluded (its final formula dates it 1965-11-15)" and yet cited Arts. 39, 40(4) "as
 * between Parties that are bound by the Vienna Convention for this treaty", with Art. 40(2)'s
 * procedure and Arts. 19–23 likewise, though no State is bound by it for a treaty concluded before 27
 * January 1980 (Art. 4). The final formula's date now counts as the signature's does.
 */
describe('hundred-and-second run, defect 2: a final formula dated before 27 January 1980 is a conclusion before the Vienna Convention', () => {
  const hcch = repoText('test/real-instruments/hcch-service-convention-1965.entente');
  const undated = replaced(hcch, 'done at "The Hague" on 1965-11-15 in single copy', 'done at "The Hague" in single copy');
  const beforeTheConvention = /only so far as they state customary law: the treaty was concluded before the Vienna Convention entered into force on 27 January 1980 \(Art\. 4\)/;

  it('HCCH Service Convention without a header date: Arts. 39–40 only compared, no Art. 40(2) sentence; Arts. 19–23 likewise', () => {
    const amendment = messageOf(undated, 'missing-amendment');
    assert.match(amendment, /The text is concluded \(its final formula dates it 1965-11-15\)/);
    assert.match(amendment, generalRule);
    assert.doesNotMatch(amendment, /bound by the Vienna Convention for this treaty|40\(2\)/);
    const reservations = messageOf(undated, 'missing-reservations-clause');
    assert.match(reservations, /VCLT Arts\. 19–23, only so far as they state customary law: the treaty was concluded before/);
    assert.doesNotMatch(reservations, /bound by the Vienna Convention for this treaty/);
    // The same words as with the header date.
    assert.equal(amendment.replace('its final formula dates it', 'the signature date is'), messageOf(hcch, 'missing-amendment'));
  });

  it('near miss: a final formula dated after the Convention entered into force keeps the Art. 4 condition and Art. 40(2)', () => {
    const later = replaced(undated, 'Convention. DONE at The Hague, on the 15th day of November, 1965,', 'Convention. DONE at The Hague, on the 15th day of November, 1985,');
    const amendment = messageOf(later, 'missing-amendment');
    assert.match(amendment, /its final formula dates it 1985-11-15/);
    assert.match(amendment, /VCLT Arts\. 39, 40\(4\), as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\).*\(VCLT Art\. 40\(2\)\)/);
    assert.doesNotMatch(amendment, beforeTheConvention);
  });
});
