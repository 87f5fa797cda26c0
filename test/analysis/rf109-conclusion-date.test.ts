/**
 * Hundred-and-ninth and hundred-and-tenth runs (test/real-instruments/HUNDRED-AND-NINTH-RUN.md,
 * HUNDRED-AND-TENTH-RUN.md).
 *
 * r109 D1 = r110 D2: with the header's date removed, the NL–Indonesia Agreement of 1964 is dated only
 * by its final formula ("DONE at The Hague, this third day of April 1964"). The checker called it
 * concluded on that day, yet `missing-relation-to-other-obligations` said "NL acts for or in its
 * State, an EU Member State bound by Union law" (there was no Union in 1964), and `missing-registration`
 * no longer named the Netherlands, a UN Member since 1945, as bound. The formula's date is now the
 * date of conclusion for every finding (model/conclusion.ts, `conclusionOf`).
 *
 * r109 D3 = r110 D3: a Party whose signature is on or after its admission to the UN consented on or
 * after it (consent is expressed by signature, VCLT Art. 12, or by ratification, acceptance or approval
 * of a treaty signed "subject to ratification", Art. 14; read: BWBV0003441), so Art. 102 binds it.
 * What was missing was the admission dates of the Republic of Korea and Mozambique
 * (data/un-admissions.ts).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const indonesia = repoText('test/real-instruments/nl-indonesia-technical-cooperation-1964.entente');
const mozambique = repoText('test/real-instruments/nl-mz-technical-cooperation-1984.entente');
const korea = repoText('test/real-instruments/nl-korea-economic-technological-cooperation-1982.entente');

function messageOf(text: string, code: string): string {
  const found = diagnose(text).filter((d) => d.code === code);
  assert.equal(found.length, 1, `${code}: ${found.length}`);
  return found[0].message;
}

const formulaOnly = replaced(indonesia, 'done at "The Hague" on 1964-04-03 in two originals', 'done at "The Hague" in two originals');

describe('r109 D1 / r110 D2: the date read from the final formula is the date of conclusion for every finding', () => {
  it('NL–Indonesia 1964, dated only by "DONE at The Hague, this third day of April 1964": the European Communities and Community law', () => {
    const message = messageOf(formulaOnly, 'missing-relation-to-other-obligations');
    // lr28 D10: the formula dates the signature, not the consent (by approval, undated): no "and consented to".
    assert.match(message, /NL acts for or in its State, a Member State of the European Communities when this treaty was signed \(1964-04-03\), bound by Community law then, and by Union law when consent to be bound was given, if that was on or after 1 December 2009 \(the header does not date consent\)/u);
    assert.doesNotMatch(message, /EU Member State|bound by Union law/u);
    assert.match(message, /its final formula dates it 1964-04-03/u);
  });

  it('and missing-registration names the Netherlands, a UN Member since 1945, as bound; the condition stays for Indonesia', () => {
    const message = messageOf(formulaOnly, 'missing-registration');
    assert.match(message, /NL acts for or in its State, a UN Member on entering into the treaty, so Art\. 102 of the UN Charter applies\./u);
    assert.match(message, /Art\. 102 of the UN Charter binds ID if it was, or acted for, a UN Member when it entered into the treaty\./u);
  });

  it('the findings say what they say with the header date, but for the evidence of conclusion (and, lr28 D10, the undated consent)', () => {
    for (const code of ['missing-relation-to-other-obligations', 'missing-registration', 'missing-amendment', 'missing-dispute-settlement']) {
      const withHeader = messageOf(indonesia, code)
        .replace('the signature date is 1964-04-03', 'its final formula dates it 1964-04-03')
        .replace('(1964-04-03), bound by Community law then', '(1964-04-03), bound by Community law then, and by Union law when consent to be bound was given, if that was on or after 1 December 2009 (the header does not date consent)');
      assert.equal(messageOf(formulaOnly, code), withHeader, code);
    }
  });

  it('near miss: a formula dated after the Union was founded still says "an EU Member State bound by Union law"', () => {
    const later = replaced(formulaOnly, '\n  DONE at The Hague, this third day of April 1964,', '\n  DONE at The Hague, this third day of April 2014,');
    assert.match(messageOf(later, 'missing-relation-to-other-obligations'), /NL acts for or in its State, an EU Member State bound by Union law/u);
  });

  it('near miss: a formula with a blank date is a draft\'s: no date of conclusion, no past membership claimed', () => {
    const blank = replaced(formulaOnly, '\n  DONE at The Hague, this third day of April 1964,', '\n  DONE at The Hague, this … day of … 1964,');
    const message = messageOf(blank, 'missing-registration');
    assert.doesNotMatch(message, /on entering into the treaty|final formula dates it/u);
    assert.match(message, /^Say how the treaty will be registered with the UN Secretariat once in force: NL, ID act for or in their States, UN Members, so Art\. 102/u);
  });
});

describe('r109 D3 / r110 D3: a Party that signed on or after its admission to the UN is named as bound', () => {
  it('NL–Mozambique 1984 (Maputo, 12 July 1984): NL and MZ both named, no condition for MZ', () => {
    const message = messageOf(mozambique, 'missing-registration');
    assert.match(message, /NL, MZ act for or in their States, UN Members on entering into the treaty, so Art\. 102 of the UN Charter applies\./u);
    assert.doesNotMatch(message, /binds MZ if/u);
  });

  it('NL–Korea signed 1 January 1992 (the r109 probe), consent by approval undated: KR named as bound', () => {
    const message = messageOf(replaced(korea, 'on 1982-12-01 in duplicate', 'on 1992-01-01 in duplicate'), 'missing-registration');
    assert.match(message, /NL, KR act for or in their States, UN Members on entering into the treaty/u);
    assert.doesNotMatch(message, /binds KR if/u);
  });

  it('near miss: the real NL–Korea text, signed 1 December 1982 subject to approval: the condition for KR stays', () => {
    const message = messageOf(korea, 'missing-registration');
    assert.match(message, /Art\. 102 of the UN Charter binds KR if it was, or acted for, a UN Member when it entered into the treaty\./u);
    assert.match(message, /NL acts for or in its State, a UN Member on entering into the treaty/u);
  });

  it('near miss: signed 16 September 1991, the day before admission, subject to approval: still the condition', () => {
    const message = messageOf(replaced(korea, 'on 1982-12-01 in duplicate', 'on 1991-09-16 in duplicate'), 'missing-registration');
    assert.match(message, /binds KR if it was, or acted for, a UN Member when it entered into the treaty/u);
  });

  it('near miss: bound on signature in 1982, before admission: Art. 102 does not bind KR for it', () => {
    const bySignature = replaced(replaced(korea, '  consent by approval\n', '  consent by signature\n'), '  effect on first day of second month after last notification\n', '  effect on signature\n');
    const message = messageOf(bySignature, 'missing-registration');
    assert.match(message, /Art\. 102 does not bind KR for this treaty: its State was not a UN Member when it entered into it \(a UN Member from 17 September 1991\)/u);
  });
});
