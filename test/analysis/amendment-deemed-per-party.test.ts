/**
 * treaty-amendment-by-decision: the tacit tracks lr15 D1's fix had silenced, OSPAR's opt-out, and a
 * share route whose next sentence binds the others only on their own instrument.
 *
 * lr16 D1: "whichever is later" needs the Party's own act only where that act is an instrument or a
 * notification of its own ("the deposit of its instrument of acceptance", lr15 D1; VCLT Art. 40(4),
 * read: BWBV0003441). Where each Party's acceptance is deemed ("deemed accepted by a Party unless it
 * notifies an objection"), "on its acceptance" takes in the acceptance deemed, and the silent Party is
 * bound once the period has run: tacit. An exception "for a Party that has notified an objection" is
 * an opt-out, as the London Protocol 1996 Art. 22(4)'s "except for those Contracting Parties which …
 * make a declaration that they are not able to accept" is (read: BWBV0003139): tacit too.
 *
 * Seventy-first run, defect 2 (OSPAR 1992, BWBV0001119, Art. 19(3)): an Appendix amendment "shall
 * enter into force on the expiry of a period of two hundred days after its adoption for those
 * Contracting Parties which are bound by that Appendix and have not within that period notified the
 * Depositary Government in writing that they are unable to accept that amendment": a Party that
 * did nothing is bound. The track is ", and, for an Appendix, …", and the message says so.
 *
 * lr16 D5: "in force for all Parties ninety days after acceptance by two thirds of the Parties.
 * Thereafter it shall enter into force for any other Party on the deposit of its instrument of
 * acceptance" binds a Party that has not accepted only on its own instrument: silent, as Art. 40(4).
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';

const ospar = repoText('test/real-instruments/ospar-convention-1992.entente');
const amendment = (text: string) => findingsOf(text, 'treaty-amendment-by-decision');
const treaty = (procedure: string) => `treaty "Convention" {\n  status binding\n  consent by ratification\n  amendment by ${procedure}\n}\n`;

describe('treaty-amendment-by-decision: a deeming of each Party\'s acceptance, and an objection exception (lr16 D1)', () => {
  for (const procedure of [
    'proposal, deemed accepted by a Party unless it notifies an objection within twelve months, and in force for each Party on its acceptance or ninety days after adoption, whichever is later',
    'proposal, deemed to have been accepted by each Party unless it objects within one year, in force for that Party on its acceptance or ninety days after adoption, if that is later',
    'proposal, deemed accepted by a Party unless it notifies an objection within twelve months, and in force for each Party on its acceptance',
  ]) {
    it(`noted: each Party's acceptance deemed, "its acceptance" takes it in (${procedure.slice(-50)})`, () => {
      const [finding, ...rest] = amendment(treaty(procedure));
      assert.ok(finding);
      assert.equal(rest.length, 0);
      assert.match(finding.message, /takes effect for each Party that has not objected, without its ratification, acceptance or approval/);
    });
  }

  for (const ending of ['except for a Party that has notified an objection', 'except for any Party which has made an objection', 'except for those Parties which have lodged an objection']) {
    it(`noted: an objection exception is an opt-out (${ending})`, () => {
      const [finding] = amendment(treaty(`proposal, deemed accepted unless one third of the Parties object within twelve months, and in force for each Party on its acceptance or ninety days after adoption, whichever is later, ${ending}`));
      assert.ok(finding);
      assert.match(finding.message, /tacit acceptance/);
    });
  }

  for (const procedure of [
    // lr15 D1 itself: the Party's own instrument is still needed.
    'proposal, deemed accepted unless one third of the Parties object within twelve months, in force for each Party on the deposit of its instrument of acceptance or ninety days after adoption, whichever is later',
    // Each Party's acceptance deemed, but entry into force on its own instrument or notification.
    'proposal, deemed accepted by a Party unless it notifies an objection within twelve months, and in force for each Party on the deposit of its instrument of acceptance or ninety days after adoption, whichever is later',
    'proposal, deemed accepted by each Party unless it objects, in force for each Party on notification of its acceptance or ninety days after adoption, whichever is later',
    // A collective approval, then each Party's own acceptance.
    'proposal, approved unless a Party objects within twelve months, and in force for each Party on its acceptance or ninety days after adoption, whichever is later',
    // An exception for those that consented is no opt-out.
    'proposal, deemed accepted unless one third of the Parties object, in force for each Party on the deposit of its instrument of acceptance or ninety days after adoption, whichever is later, except for a Party that has deposited an instrument of acceptance earlier',
  ]) {
    it(`near miss, not raised: ${procedure.slice(0, 90)}…`, () => {
      assert.deepEqual(amendment(treaty(procedure)), []);
    });
  }
});

describe('treaty-amendment-by-decision: OSPAR 1992 Art. 19(3), "have not within that period notified … that they are unable to accept"', () => {
  it('the OSPAR file: a note on the Appendix track, an amendment to an Appendix, citing Art. 19', () => {
    const [finding, ...rest] = amendment(ospar);
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /\(Article 19 – Amendment of appendices; in the header's summary: into force on the expiry of a period of two hundred days after its adoption for those Contracting Parties which are bound by that Appendix and have not within that period notified the Depositary Government in writing that they are unable to accept that amendment\), an amendment to an Appendix takes effect for each Party that has not objected/);
    assert.doesNotMatch(finding.message, /an amendment to any Annex/);
    const [reviewed] = diagnose(ospar, { settings: { profile: 'treaty-review' } }).filter((d) => d.code === 'treaty-amendment-by-decision');
    assert.equal(reviewed?.severity, 'warning');
  });

  for (const track of [
    'entering into force after two hundred days for those Parties which are bound by that Appendix and have not within that period notified the Depositary in writing that they are unable to accept it',
    'entering into force after two hundred days for those Parties which are bound by that Appendix and have not notified the Depositary that they are unable to approve it',
  ]) {
    it(`noted: ${track.slice(40, 120)}…`, () => {
      const [finding] = amendment(treaty(`proposal and ratification by the Parties, and, for an Appendix, adoption by a three-quarters majority vote, ${track}`));
      assert.ok(finding);
      assert.match(finding.message, /an amendment to an Appendix takes effect for each Party that has not objected/);
    });
  }

  for (const track of [
    'entering into force after two hundred days for those Parties which are bound by that Appendix and have notified the Depositary that they are able to accept it',
    'entering into force for those Parties which are bound by that Appendix and have not yet ratified it on their ratification',
  ]) {
    it(`near miss, not raised: ${track.slice(0, 100)}…`, () => {
      assert.deepEqual(amendment(treaty(`proposal and ratification by the Parties, and, for an Appendix, adoption by a three-quarters majority vote, ${track}`)), []);
    });
  }
});

describe('treaty-amendment-by-decision: a share route whose next sentence binds the others on their own instrument (lr16 D5)', () => {
  for (const procedure of [
    'proposal, in force for all Parties ninety days after acceptance by two thirds of the Parties. Thereafter it shall enter into force for any other Party on the deposit of its instrument of acceptance',
    'proposal, in force for all Parties ninety days after acceptance by two thirds of the Parties, and thereafter for each other Party ninety days after the deposit of its instrument of acceptance',
    'proposal, binding on all the Parties once three quarters of the Parties have deposited instruments of ratification. It shall enter into force for every other Party when it ratifies it',
  ]) {
    it(`not raised: ${procedure.slice(-80)}`, () => {
      assert.deepEqual(amendment(treaty(procedure)), []);
    });
  }

  for (const procedure of [
    'proposal, in force for all Parties ninety days after acceptance by two thirds of the Parties. Thereafter it shall enter into force for any other Party without its acceptance',
    'proposal, in force for all Parties ninety days after acceptance by two thirds of the Parties. Thereafter it shall bind every other Party, including those that have not accepted it',
    'proposal, in force for all Parties ninety days after acceptance by two thirds of the Parties. Instruments of acceptance are deposited with the Secretary-General',
  ]) {
    it(`near miss, still raised: ${procedure.slice(-80)}`, () => {
      const [finding] = amendment(treaty(procedure));
      assert.ok(finding);
      assert.match(finding.message, /names \(two thirds\) has ratified, accepted or approved it, and then binds every Party/);
    });
  }
});
