/**
 * The IMO form of tacit acceptance (the treaty lawyers' open items of December 2026, item 2):
 * an amendment to an appendix "shall be deemed to have been accepted at the end of a period … unless
 * within that period an objection is communicated to the Secretary-General by not less than one
 * third of the Parties", and then "shall enter into force … with respect to all Parties with the
 * exception of those which, before that date, have objected to it" (OPRC 1990, BWBV0002364,
 * Art. 14(2)(f)(ii), (g)(ii); OPRC-HNS Protocol 2000, BWBV0004763, Art. 12(2)(f)(ii), (g)(ii)).
 * A Party that did nothing is bound without its acceptance, beside a treaty subject to
 * ratification: what treaty-amendment-by-decision asks a reviewer to check. Only a third of the
 * Parties can stop the amendment, so the veto form's "binds every Party" would be false.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { underlined } from '../helpers/underlined';

const oprc = repoText('test/real-instruments/imo-oprc-oil-pollution-preparedness-1990.entente');
const hns = repoText('test/real-instruments/imo-oprc-hns-protocol-2000.entente');
const amendment = (text: string) => findingsOf(text, 'treaty-amendment-by-decision');

/** A treaty subject to ratification, amended as the words say. */
const treaty = (procedure: string) => `treaty "Convention" {\n  status binding\n  consent by ratification\n  amendment by ${procedure}\n}\n`;

describe('treaty-amendment-by-decision: IMO tacit acceptance of appendices unless a third of the Parties object', () => {
  for (const [name, text, words] of [
    ['OPRC 1990 Art. 14(2)(f)(ii)', oprc, 'tacitly unless one third of the Parties object'],
    ['OPRC-HNS 2000 Art. 12(2)(f)(ii)', hns, 'tacitly for an appendix unless one third object'],
  ] as const) {
    it(`${name}: a note on the appendix track, saying that a Party that did not object is bound`, () => {
      const [finding, ...rest] = amendment(text);
      assert.ok(finding, 'raised');
      assert.equal(rest.length, 0);
      assert.equal(finding.severity, 'info');
      assert.equal(underlined(text, finding.range), words);
      // The treaty lawyer's reading (December 2026): deemed accepted unless the named share objects
      // within the period; then binding on every Party that has not objected before entry into force.
      assert.match(finding.message, /an amendment to an appendix is deemed accepted unless one third of the Parties object within the period the treaty sets, and it then binds every Party that has not objected before it enters into force, without that Party's ratification, acceptance or approval \(tacit acceptance\); the header's summary also names another procedure, and which procedure amends each of the instrument's other provisions is for [^:]* to say: lawful where the treaty so provides \(VCLT Art\. 39, as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\); check that each Party's constitutional law allows an amendment to bind it this way\./);
      assert.doesNotMatch(finding.message, /does not stop|share of the Parties it names/);
      // Art. 14(8) / 12(8) (technical appendices only) and the absence of any appendix today are in
      // the transcriptions' engineers' notes: the finding cannot know them from the words.
      assert.doesNotMatch(finding.message, /technical|no appendix/);
    });
  }

  it('reads the treaty\'s own words: "deemed to have been accepted … unless … an objection is communicated … by not less than one third of the Parties"', () => {
    const [finding] = amendment(treaty('adoption by the Committee, deemed to have been accepted at the end of a period unless within that period an objection is communicated to the Secretary-General by not less than one third of the Parties'));
    assert.ok(finding);
    assert.match(finding.message, /deemed accepted unless not less than one third of the Parties object within the period the treaty sets, and it then binds every Party that has not objected before it enters into force/);
    assert.doesNotMatch(finding.message, /binds every Party,|an amendment to which no Party objects/);
  });

  it('names a majority as the text does ("unless a majority of the Parties object")', () => {
    const [finding] = amendment(treaty('proposal of a Party, tacitly unless a majority of the Parties object'));
    assert.ok(finding);
    assert.match(finding.message, /deemed accepted unless a majority of the Parties object within the period/);
  });

  it('near miss: the article and Annex track alone ("accepted by two thirds of the Parties") stays silent', () => {
    assert.deepEqual(amendment(treaty('consideration in the Committee adopting amendments by two-thirds majority of the Parties present and voting accepted by two thirds of the Parties')), []);
  });

  it('near miss: an adoption "unless one third of the Parties object" that ratification follows stays silent', () => {
    assert.deepEqual(amendment(treaty('adoption at a meeting of the Parties unless one third of the Parties object, then ratification by each Party')), []);
  });

  it('near miss: "deemed to have been accepted" if no objection at all is stated keeps the veto message (ATP 1970 Art. 18(5))', () => {
    const [finding] = amendment(treaty('proposal of a Party, deemed to have been accepted if no objection is stated'));
    assert.ok(finding);
    assert.match(finding.message, /an amendment (?:to [^,]*? )?to which no Party objects binds every Party/);
  });

  // Fifty-ninth run, item 3: SAR 1979 Art. III(2)(e)–(h) (read: BWBV0003096), the two tracks in one
  // sentence, the tacit one's part written after its words.
  it('SAR 1979: the tacit track is the rest of the Annex, stopped by more than one third; the Articles and listed paragraphs are the other procedure', () => {
    const sar = repoText('test/real-instruments/imo-sar-maritime-search-rescue-1979.entente');
    const [finding, ...rest] = amendment(sar);
    assert.ok(finding, 'raised');
    assert.equal(rest.length, 0);
    assert.equal(underlined(sar, finding.range), 'tacit acceptance unless more than one third object');
    assert.match(finding.message, /an amendment to the rest of the Annex is deemed accepted unless more than one third of the Parties object within the period the treaty sets/);
    assert.match(finding.message, /the header's summary also names another procedure, and which procedure amends each of the instrument's other provisions is for/);
    assert.doesNotMatch(finding.message, /two-thirds of the Parties object|Articles and listed Annex paragraphs and by tacit/);
  });

  it('the same order with the part first stays as it was: "for the Annex by tacit acceptance unless one third object"', () => {
    const [finding] = amendment(treaty('adoption by the Committee entering into force on acceptance by two-thirds of the Parties for the Articles, and for the Annex by tacit acceptance unless one third object'));
    assert.ok(finding);
    assert.match(finding.message, /an amendment to the Annex is deemed accepted unless one third of the Parties object/);
  });

  it('near miss: a part after a comma is the next track, not the tacit one\'s', () => {
    const [finding] = amendment(treaty('adoption by the Committee for the Annex tacitly unless one third of the Parties object, for the Convention by acceptance by two-thirds'));
    assert.ok(finding);
    assert.match(finding.message, /an amendment to the Annex is deemed accepted unless one third of the Parties object/);
    assert.doesNotMatch(finding.message, /amendment to the Convention is deemed/);
  });
});
