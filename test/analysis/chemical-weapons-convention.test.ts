/**
 * The forty-third real-instrument run (test/real-instruments/FORTY-THIRD-RUN.md): the Chemical
 * Weapons Convention (1993; BWBV0001193) and the Aarhus Convention (1998; BWBV0001700).
 *
 * Closing-list item 2 / point 1 (treaty-amendment-by-decision): tacit acceptance has two forms. On
 * the opt-out form, read since the thirty-sixth run, an amendment takes effect for each Party that
 * has not objected (Aarhus Art. 14(5)–(6): "effective for those Parties which have not submitted a
 * notification"). On the objection-veto form the change is approved as a whole unless a Party
 * objects, and then binds every Party: a change to the CWC Annexes "shall be considered approved if
 * no State Party objects to it within 90 days" and "shall enter into force for all States Parties"
 * (Art. XV(5)(d), (g)), while amendments to the Convention need "ratification or acceptance"
 * (Art. XV(3)); an ATP (1970; BWBV0004371) amendment "shall be deemed to have been accepted" if no
 * objection is stated and enters into force six months after it is "deemed to be accepted" (Art.
 * 18(5)–(6)). Both bind a Party that did nothing, beside a treaty subject to ratification (VCLT
 * Arts. 39, 40(4): otherwise an amending agreement binds only the States that become party to it).
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';
import { underlined } from '../helpers/underlined';

const cwc = repoText('test/real-instruments/opcw-chemical-weapons-convention-1993.entente');
const aarhus = repoText('test/real-instruments/unece-aarhus-environmental-information-1998.entente');

const amendment = (text: string) => findingsOf(text, 'treaty-amendment-by-decision');

/** The CWC header's words for the simplified change procedure of Art. XV(4)–(5). */
const annexTrack = 'changes related only to matters of an administrative or technical nature to provisions in the Annexes other than Sections A and C of the Confidentiality Annex, Part X of the Verification Annex and the definitions in its Part I which relate exclusively to challenge inspections, or any change to the Annex on Chemicals, by recommendation of the Executive Council approved if no State Party objects within 90 days, or, if a State Party objects, by decision of the Conference as a matter of substance, the changes approved entering into force for all States Parties 180 days after notification of their approval';

describe('forty-third real-instrument run, item 2: approval unless a Party objects (treaty-amendment-by-decision)', () => {
  it('CWC Art. XV(5)(d): Annex changes "approved if no State Party objects" raise the info note on that track', () => {
    const found = amendment(cwc);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.equal(underlined(cwc, found[0].range), 'approved if no State Party objects');
    // The qualifier is the change's, and the Conference route binds an objector (lr10, defect 2).
    assert.match(found[0].message, /a change related only to matters of an administrative or technical nature to provisions in the Annexes other than Sections A and C of the Confidentiality Annex, .* or any change to the Annex on Chemicals, binds every Party if no Party objects to it, without its ratification, acceptance or approval, and only where the Executive Council recommends its adoption \(tacit acceptance\)/);
  });

  it('the opt-out form keeps its own message: Aarhus Art. 14(5)–(6) binds each Party that has not objected', () => {
    const found = amendment(aarhus);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /takes effect for each Party that has not objected/);
    assert.doesNotMatch(found[0].message, /binds every Party/);
  });

  it('CWC Art. XV(5)(d), (g) in the text\'s own words ("considered approved …, entering into force for all States Parties") raises it', () => {
    const text = replaced(cwc, annexTrack, 'changes to the Annexes considered approved if no State Party objects to it within 90 days, entering into force for all States Parties');
    const found = amendment(text);
    assert.equal(found.length, 1);
    assert.equal(underlined(text, found[0].range), 'considered approved');
  });

  it('ATP 1970 Art. 18(6): an amendment "deemed to be accepted" enters into force and raises it', () => {
    const text = replaced(cwc, annexTrack, 'changes to the Annexes entering into force six months after the date on which the change is deemed to be accepted');
    assert.equal(amendment(text).length, 1);
  });

  it('near miss: CWC Art. XV(5)(d) "considered rejected if no State Party objects to the rejection" is silent', () => {
    const text = replaced(cwc, annexTrack, 'changes to the Annexes considered rejected if no State Party objects to the rejection, and otherwise decided by ratification or acceptance');
    assert.deepEqual(amendment(text), []);
  });

  it('near miss: CWC Art. XV(3) alone (adoption "with no State Party casting a negative vote", then ratification or acceptance by all) is silent', () => {
    assert.deepEqual(amendment(replaced(cwc, `, and ${annexTrack}`, '')), []);
  });

  it('near miss: an amendment that "shall not be deemed to have been accepted" until each Party approves is silent (ATP Art. 18(8))', () => {
    const text = replaced(cwc, annexTrack, 'changes to the Annexes not deemed to have been accepted until each Party has notified its approval');
    assert.deepEqual(amendment(text), []);
  });

  it('near miss: an adoption at the meeting "if no State Party objects", then ratification or acceptance, is silent', () => {
    const text = replaced(cwc, annexTrack, 'changes to the Annexes adopted at the Conference if no State Party objects, then ratified or accepted by all States Parties');
    assert.deepEqual(amendment(text), []);
  });

  it('near miss: texts where every amendment needs each Party\'s acceptance stay silent (Bonn 1983 Art. 16, Budapest Art. 44)', () => {
    assert.deepEqual(amendment(repoText('test/real-instruments/bonn-agreement-north-sea-pollution-1983.entente')), []);
    assert.deepEqual(amendment(repoText('test/real-instruments/budapest-convention.entente')), []);
  });
});
