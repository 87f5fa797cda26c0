/**
 * Hundred-and-second run (HCCH Service Convention 1965, BWBV0002015), defects 1 and 3: the generated
 * final clauses speak of no more States than the header statement they render.
 * - D1: `subsequently 60 days after ratification` beside `consent by ratification, accession` is
 *   Art. 27's "for each signatory State which ratifies subsequently": the sentence speaks of States
 *   that ratify, not of "any State that expresses its consent", which took in acceding States, who
 *   deposit no instrument of ratification and whose entry into force Art. 28 sets apart. Near miss:
 *   `after consent-to-be-bound` keeps "any State that expresses its consent" (Budapest Art. 36(4)).
 * - D3: among classes of States, who may accede is the text's description ("Any State not
 *   represented at the Tenth Session", Art. 28), which no statement holds: a blank, not "a State
 *   that has not signed". Near miss: among named States the sentence stays.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderText } from './render-fixtures';

const service1965 = readFileSync(new URL('../real-instruments/hcch-service-convention-1965.entente', import.meta.url), 'utf8');

/** The transcription's header and parties as a draft: no date, no clauses (the reviewer's probe p7, shortened). */
function draft(header: string, parties = classes): string {
  return `treaty "Convention on the service abroad of judicial and extrajudicial documents in civil or commercial matters" {
  status binding
  languages English, French authentic
  opened for signature
${header}
  depositary "the Ministry of Foreign Affairs of the Netherlands"
}
${parties}
clause Art1 "Article 1" about purpose """
  The present Convention shall apply in all cases, in civil or commercial matters, where there is occasion to transmit a judicial or extrajudicial document for service abroad.
"""
`;
}

// The two classes, as the transcription declares them.
const classes = service1965.slice(service1965.indexOf('party Session-States'), service1965.indexOf('designate '));
const named = ['EE', 'FI', 'LV'].map((id) => `party ${id} "State ${id}" { kind state }\n`).join('');
const header1965 = (later: string) => `  consent by ratification, accession\n  effect 60 days after last ratification by 3 States\n  subsequently ${later}`;

describe('r102: the States a generated final clause speaks of', () => {
  it('D1: `subsequently 60 days after ratification` speaks of the States that ratify (Art. 27), not of acceding States', () => {
    assert.ok(classes.includes('class open'), 'the transcription declares its classes');
    const md = renderText(draft(header1965('60 days after ratification')));
    assert.match(md, /For each State that ratifies this Convention after its entry into force, this Convention shall enter into force on the sixtieth day following the date of deposit of its instrument of ratification\./);
    assert.doesNotMatch(md, /expresses its consent to be bound by this Convention after its entry into force/);
  });

  it('D1, the other way (probe p11): `after accession` speaks of the States that accede, and gives a late ratification a blank, never their date', () => {
    const md = renderText(draft(header1965('60 days after accession')));
    assert.match(md, /For each State that accedes to this Convention after its entry into force, this Convention shall enter into force on the sixtieth day following the date of deposit of its instrument of accession\./);
    assert.doesNotMatch(md, /ratifies this Convention after[^[]*sixtieth|expresses its consent to be bound by this Convention after/);
    // The header says nothing of a late ratification: a blank for the drafter (lg47), not the acceding States' rule.
    assert.match(md, /For each State that ratifies this Convention after its entry into force, this Convention shall enter into force \*\*\\\[date of entry into force for a ratifying State, in the text’s words\\\]\*\*\./);
  });

  it('D1, the later-of form: "For each State that ratifies … after the date of deposit of the third instrument …"', () => {
    const md = renderText(draft(header1965('60 days after ratification or on entry-into-force whichever is later'), named));
    assert.match(md, /For each State that ratifies this Convention after the date of deposit of the third instrument of ratification, this Convention shall enter into force on the sixtieth day following the date of deposit of its instrument of ratification or on the date this Convention enters into force in accordance with the preceding paragraph, whichever is later\./);
  });

  it('near miss: `after consent-to-be-bound` is every State that consents later, by whatever means (Budapest Art. 36(4))', () => {
    const md = renderText(draft(header1965('60 days after consent-to-be-bound')));
    assert.match(md, /For any State that expresses its consent to be bound by this Convention after its entry into force, this Convention shall enter into force on the sixtieth day following the date of the expression of its consent to be bound\./);
  });

  it('D3: among classes of States, who may accede is a blank for the text’s words (Art. 28), not "a State that has not signed"', () => {
    const md = renderText(draft(header1965('60 days after ratification')));
    assert.match(md, /The consent of each signatory State to be bound by this Convention shall be expressed by ratification\./);
    assert.match(md, /The consent of \*\*\\\[the States that may accede, in the text’s words\\\]\*\* to be bound by this Convention shall be expressed by accession\./);
    assert.doesNotMatch(md, /has not signed/);
  });

  it('near miss: among named States, accession is for a State that has not signed; a class of organisations beside them changes nothing', () => {
    const sentence = /The consent of a State that has not signed this Convention to be bound by it shall be expressed by accession\./;
    assert.match(renderText(draft(header1965('60 days after ratification'), named)), sentence);
    const organisations = `${named}party REIO "Any regional economic integration organisation" {\n  kind international-organisation\n  class open\n}\n`;
    assert.match(renderText(draft(header1965('60 days after ratification'), organisations)), sentence);
  });

  it('the concluded transcription prints no generated sentence on either (its Arts. 26–28 are printed)', () => {
    const md = renderText(service1965);
    assert.doesNotMatch(md, /has not signed|the States that may accede|For each State that ratifies|For any State that expresses/);
    assert.match(md, /Any State not represented at the Tenth Session of the Hague Conference on Private International Law may accede to the present Convention/);
  });
});
