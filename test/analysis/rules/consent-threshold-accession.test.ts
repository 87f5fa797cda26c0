/**
 * Fifty-sixth real-instrument run (test/real-instruments/FIFTY-SIXTH-RUN.md), probe 5 and item 3:
 * consent-threshold-unreachable read any word "accession" in a clause as accession possible before
 * entry into force. On the OECD Convention (1960) with 21 consents required of 20 Signatories, Art. 16
 * ("The Council may decide to invite any Government … to accede") and Art. 21 (the depositary gives
 * notice of instruments of accession) kept the finding away. Accession by invitation or decision of
 * an organ the treaty establishes cannot precede entry into force (the Council takes over "When
 * this Convention comes into force", Art. 15); a notification duty opens nothing
 * (rules/support/accession-reading.ts).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const oecd = repoText('test/real-instruments/oecd-convention-1960.entente');

/** Probe 5: 21 consents, no class of acceding Governments, no `accession` in the header. */
function probe(text = oecd): string {
  let t = replaced(text, 'by 15 signatories', 'by 21 signatories');
  t = replaced(t, 'consent by ratification, acceptance, accession', 'consent by ratification, acceptance');
  t = replaced(t, 'party Acceding-Governments "Any Government prepared to assume the obligations of membership invited to accede" {\n  kind government\n  class open\n}\n', '');
  return replaced(t, ', US, Acceding-Governments mandate', ', US mandate');
}

const unreachable = (text: string) => diagnose(text).filter((d) => d.code === 'consent-threshold-unreachable');
const art16 = 'The Council may decide to invite any Government prepared to assume the obligations of\n  membership to accede to this Convention.';

describe('fifty-sixth run, item 3: accession by invitation of an organ of the treaty adds no consent before entry into force', () => {
  it('probe 5: 21 consents of 20 Signatories, Arts. 16 and 21 as written: unreachable', () => {
    const found = unreachable(probe());
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Entry into force needs 21 consents, but at most 20 parties can consent/);
  });

  it('with `accession` in the header too: Art. 16 still opens it only once the Council exists', () => {
    const t = replaced(probe(), 'consent by ratification, acceptance', 'consent by ratification, acceptance, accession');
    assert.equal(unreachable(t).length, 1);
  });

  it('"open for accession by any Government": accession may come first, no finding', () => {
    const t = replaced(probe(), art16, 'This Convention shall be open for accession by any Government prepared to assume the\n  obligations of membership.');
    assert.equal(unreachable(t).length, 0);
  });

  it('"any State may accede", with accessions counted for entry into force: no finding', () => {
    let t = replaced(probe(), art16, 'Any State may accede to this Convention.');
    t = replaced(t, '(c) after 30th September, 1961,', '(c) counting instruments of accession, after 30th September, 1961,');
    assert.equal(unreachable(t).length, 0);
  });

  it('an invitation by an organ of another organisation (the Committee of Ministers of the Council of Europe) can come first: no finding', () => {
    const t = replaced(probe(), art16, 'The Committee of Ministers of the Council of Europe may invite any Government to accede to this\n  Convention.');
    assert.equal(unreachable(t).length, 0);
  });

  it('the Council not declared as a body of the Parties: the organ is not known to be the treaty’s, no finding', () => {
    const t = replaced(probe(), /body Council "Council" members [^\n]*\n/u.exec(probe())![0], '');
    assert.equal(unreachable(t).length, 0);
  });

  it('near miss: the real text (15 of 20, an open class of acceding Governments) stays without the finding', () => {
    assert.equal(unreachable(oecd).length, 0);
  });
});
