/**
 * lr15, D2–D3: on a concluded text, missing-registration and missing-reservations-clause ask for no
 * clause and point to no amending instrument, and stay notes under every profile.
 *
 * D2: UN Charter Art. 102(1) ("Every treaty … entered into by any Member … shall as soon as
 * possible be registered", read: BWBV0004143) binds each Member directly; nothing is missing from
 * a signed text that does not repeat it, and if the treaty is unregistered the remedy is to
 * register it. D3: a reservation is made "when signing, ratifying, accepting, approving or
 * acceding" (VCLT Arts. 2(1)(d), 19, read: BWBV0003441); a clause added by amendment would govern
 * none already made. Near miss: the same text as a draft keeps its warning under strict, and its
 * draft advice.
 * lr16, D6: Art. 102(1) is a duty ("shall as soon as possible be registered"), not an option: the
 * note says each Party that was a UN Member when it entered into the treaty is bound to have it
 * registered (lr17, D1), never that it "may".
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const text = (signed: boolean) =>
  `treaty "Agreement between Estonia, Finland and Latvia on Cyber Incident Cooperation" {\n  status binding\n  languages English authentic\n${signed ? '  signed at "Tallinn" on 2019-05-01\n  effect on 2019-07-01\n' : ''}  amendment by written decision\n}\n\n` +
  'party EE "Republic of Estonia"\nparty FI "Republic of Finland"\nparty LV "Republic of Latvia"\n\nclause Cooperation """\n  The Parties shall cooperate in the handling of cyber incidents.\n"""\n';

const of = (source: string, code: string, profile?: string) => diagnose(source, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);

describe('lr15 D2–D3: registration and reservations on a concluded text', () => {
  for (const profile of [undefined, 'strict', 'treaty-review']) {
    it(`missing-registration: a note under ${profile ?? 'default'}, saying that the duty is the Charter's and that registering is the remedy`, () => {
      const [finding, ...rest] = of(text(true), 'missing-registration', profile);
      assert.deepEqual(rest, []);
      assert.equal(finding.severity, 'info');
      // No Party known to have been a UN Member then: the note opens with the condition (lr19, D9).
      assert.match(finding.message, /^The text does not say who registers the treaty; if a Party was a UN Member when it entered into it, registration with the UN Secretariat falls to the Parties once it is in force\. If the text names who registers it/);
      assert.match(finding.message, /no clause is missing: the duty to register is the Charter's \(Art\. 102\(1\)\), not the treaty's\. If it has not been registered .*each Party that was a UN Member when it entered into the treaty is bound to have it registered as soon as possible \(Art\. 102\(1\): every treaty "entered into by any Member of the United Nations after the present Charter comes into force" "shall as soon as possible be registered"\); no amending instrument is needed\.$/);
      assert.doesNotMatch(finding.message, /the point is for an amending instrument/);
      assert.doesNotMatch(finding.message, /\bmay register\b/);
      assert.deepEqual(finding.fixes, []);
    });

    it(`missing-reservations-clause: a note under ${profile ?? 'default'}, saying when reservations are made and nothing of amending`, () => {
      const [finding, ...rest] = of(text(true), 'missing-reservations-clause', profile);
      assert.deepEqual(rest, []);
      assert.equal(finding.severity, 'info');
      assert.match(finding.message, /Art\. 20\(2\)/);
      assert.match(finding.message, /nothing in it is to be changed\. A reservation is made when a State signs, ratifies, accepts, approves or accedes to the treaty \(VCLT Arts\. 2\(1\)\(d\), 19\): any made are in the record of its signature and of each instrument of consent\.$/);
      assert.doesNotMatch(finding.message, /amending instrument|next draft|joins later/);
    });
  }

  it('near miss: the same text as a draft keeps its warnings under strict and asks for the clauses', () => {
    const [registration] = of(text(false), 'missing-registration', 'strict');
    assert.equal(registration.severity, 'warning');
    assert.match(registration.message, /^Say how the treaty will be registered/);
    const [reservations] = of(text(false), 'missing-reservations-clause', 'strict');
    assert.equal(reservations.severity, 'warning');
    assert.match(reservations.message, /^Say whether reservations are permitted/);
  });
});
