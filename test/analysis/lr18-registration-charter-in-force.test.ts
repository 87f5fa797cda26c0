/**
 * lr18, D4 and D5 on the registration findings.
 *
 * D4: UN Charter Art. 102(1) (read: BWBV0004143) reaches a treaty "entered into by any Member of the
 * United Nations after the present Charter comes into force"; the Charter came into force on the
 * deposit of the ratifications Art. 110(3) requires, on 24 October 1945 (ask.un.org/faq/14595), and
 * no State was a Member before it. A treaty of 1 August 1945 — after the signature of 26 June — is
 * not reached: no error.
 *
 * D5: on a concluded text `treaty-registration-none` does not send the reader to an amending
 * instrument: the duty is the Charter's and prevails (Arts. 102(1), 103).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const treaty = (done: string) =>
  `treaty "Agreement on fisheries" {\n  status binding\n  registration none\n${done}  effect on signature\n}\nparty NL "the Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty BE "the Kingdom of Belgium" { kind state jurisdiction BE }\nclause Art1 "Article 1" """\n  The Parties shall cooperate on fisheries.\n"""\n`;
const none = (text: string) => diagnose(text).filter((d) => d.code === 'treaty-registration-none');
const onDay = (iso: string) => treaty(`  done at "Brussels" on ${iso} in duplicate\n`);
// France a Member from 24 October 1945 (data/un-admissions.ts); the Netherlands and Belgium only from December 1945.
const withFrance = (iso: string) => onDay(iso).replace('party BE "the Kingdom of Belgium" { kind state jurisdiction BE }', 'party FR "the French Republic" { kind state jurisdiction FR }');

describe('lr18, D4: the Charter\'s entry into force, not its signature, is the cut-off', () => {
  it('a treaty of 1 August 1945 (signed Charter, not yet in force): no treaty-registration-none', () => {
    assert.deepEqual(none(onDay('1945-08-01')), []);
  });
  it('near miss: the day before entry into force is outside, the day itself inside', () => {
    assert.deepEqual(none(withFrance('1945-10-23')), []);
    assert.equal(none(withFrance('1945-10-24')).length, 1);
    // Nor NL–BE that day: neither State was yet a Member when it entered into the treaty (eighty-fourth run).
    assert.deepEqual(none(onDay('1945-10-24')), []);
  });
});

describe('lr18, D5: treaty-registration-none on a concluded text asks for no amendment', () => {
  it('a treaty of 1995: registration is the remedy, the Charter prevails, no "amending instrument or the next draft"', () => {
    const [finding] = none(onDay('1995-08-01'));
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /The text is concluded \(the signature date is 1995-08-01\): nothing in its words is to be changed and no amending instrument is needed/u);
    assert.match(finding.message, /\(Arts\. 102\(1\), 103\)/u);
    assert.match(finding.message, /registration by any one of them relieving the others/u);
    assert.doesNotMatch(finding.message, /the point is for an amending instrument/u);
    assert.deepEqual(finding.fixes ?? [], []);
  });
  it('near miss: a draft keeps its fix and no concluded-text note', () => {
    const [draft] = none(treaty(''));
    assert.equal(draft.fixes?.length, 1);
    assert.doesNotMatch(draft.message, /The text is concluded/u);
  });
});
