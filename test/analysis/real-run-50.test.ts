/**
 * Fiftieth real-instrument run (test/real-instruments/FIFTIETH-RUN.md), closing items 1–2, on the
 * Netherlands–Latvia Europol liaison-officer notes of 2004 (BWBV0001640).
 *
 * 1. missing-relation-to-other-obligations dates every party's membership, not only a founder's:
 *    Latvia replied on 5 April 2004 and acceded on 1 May 2004 (Treaty of Accession, Athens, 16 April
 *    2003, Art. 2(2), BWBV0001642), so it was no Member State when the treaty was concluded
 *    (rules/support/union-membership.ts). Near misses: the reply after 1 May 2004, and the Polish
 *    notes (reply 20 August 2004).
 * 2. missing-dispute-settlement reads an arbitration article in the text's own words ("Any dispute
 *    … concerning the interpretation or application of this Agreement … shall be referred for final
 *    decision to a tribunal of three arbitrators", Attachment, 9(1)) when the header declares
 *    nothing (rules/support/own-final-clauses.ts). Near misses: the same sentence on another
 *    treaty, one that refers nothing, and the text without the article.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const latvia = repoText('test/real-instruments/nl-lv-europol-liaison-officers-notes-2004.entente');
const poland = repoText('test/real-instruments/nl-pl-europol-liaison-officers-notes-2004.entente');

function relation(text: string): string {
  const found = diagnose(text).filter((d) => d.code === 'missing-relation-to-other-obligations');
  assert.equal(found.length, 1);
  return found[0].message;
}

const disputesRaised = (text: string) => diagnose(text).some((d) => d.code === 'missing-dispute-settlement');

describe('fiftieth run: EU membership dated for every party; an arbitration article in the text’s words (items 1–2)', () => {
  it('item 1: Latvia, which replied on 5 April 2004, is not called a Member State bound by Union law then', () => {
    const message = relation(latvia);
    assert.match(message, /\(NL is an EU Member State bound by Union law; LV is an EU Member State since 1 May 2004, bound by Union law now but not when the notes constituting this treaty were exchanged \(2004-04-05\), nor when consent to be bound was given if that was before accession \(the header does not date consent\)\)/);
    assert.doesNotMatch(message, /NL, LV are EU Member States/);
  });

  it('item 1, probe 1: notes dated 1990 name Latvia as acceding in 2004, the Netherlands as a Member State of the Communities', () => {
    const in1990 = replaced(replaced(latvia, 'at "Riga" on 2004-02-17', 'at "Riga" on 1990-02-17'), 'at "Riga" on 2004-04-05', 'at "Riga" on 1990-04-05');
    const message = relation(in1990);
    assert.match(message, /LV is an EU Member State since 1 May 2004, bound by Union law now but not when the notes constituting this treaty were exchanged \(1990-04-05\), nor when consent to be bound was given if that was before accession \(the header does not date consent\)/);
    assert.match(message, /NL was a Member State of the European Communities when the notes constituting this treaty were exchanged \(1990-04-05\), bound by Community law then/);
    assert.doesNotMatch(message, /LV is an EU Member State bound by Union law/);
  });

  it('item 1, near miss: a reply after 1 May 2004 finds both Member States', () => {
    const after = replaced(latvia, 'at "Riga" on 2004-04-05', 'at "Riga" on 2004-05-05');
    assert.match(relation(after), /\(NL, LV are EU Member States bound by Union law\)/);
    assert.doesNotMatch(relation(after), /acceded/);
  });

  it('item 1, near miss: the Polish reply of 20 August 2004 finds both Member States', () => {
    assert.match(relation(poland), /\(NL, PL are EU Member States bound by Union law\)/);
    assert.doesNotMatch(relation(poland), /acceded/);
  });

  it('item 1: Sweden, which acceded after the NL–Sweden memorandum of 1984, is dated too (fifty-sixth run, item 1: every date printed, its source named in data/union-membership.ts)', () => {
    const message = relation(repoText('test/real-instruments/nl-se-classified-military-1984.entente'));
    assert.match(message, /SE acts for or in its State, an EU Member State since 1 January 1995, bound by Union law now but not when this treaty was signed \(1984-10-29\), nor when consent to be bound was given if that was before accession \(the header does not date consent\)\)/);
    assert.doesNotMatch(message, /later/);
  });

  const undeclared = replaced(latvia, '\n  disputes by arbitration\n', '\n');

  it('item 2, probe 2: the Attachment’s arbitration article states the procedure though the header does not', () => {
    assert.equal(disputesRaised(latvia), false);
    assert.equal(disputesRaised(undeclared), false);
  });

  it('item 2, near miss: the same sentence on another treaty is not this one’s procedure', () => {
    const other = replaced(undeclared, /application of this Agreement, or any question/, 'application of the Europol Convention, or any question');
    assert.equal(disputesRaised(other), true);
  });

  it('item 2, near miss: a dispute that is only "not settled amicably", sent nowhere, states no procedure', () => {
    const nowhere = replaced(undeclared, /amicably, shall\s+be referred for final decision to a tribunal of three arbitrators, at the request of the\s+Sending State or the Government\./, 'amicably, shall remain a matter between them.');
    assert.equal(disputesRaised(nowhere), true);
  });
});
