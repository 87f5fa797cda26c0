/**
 * lr17, D1 applied to `treaty-registration-none`: UN Charter Art. 102(1) (read: BWBV0004143) reaches
 * "every treaty … entered into by any Member of the United Nations after the present Charter comes
 * into force". A treaty concluded before the Charter is not reported; on a concluded text the duty is
 * said of each Party that was a UN Member when it entered into the treaty. A draft is entered into
 * now: today's membership is the condition, and the message is unchanged.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const none = (text: string) => diagnose(text).filter((d) => d.code === 'treaty-registration-none');
const treaty = (done: string) =>
  `treaty "Agreement on fisheries" {\n  status binding\n  registration none\n${done}  effect on signature\n}\nparty NL "the Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty BE "the Kingdom of Belgium" { kind state jurisdiction BE }\nclause Art1 "Article 1" """\n  The Parties shall cooperate on fisheries.\n"""\n`;

describe('lr17, D1: treaty-registration-none states Art. 102(1) with its condition', () => {
  it('a treaty concluded before the Charter (1930): not reported', () => {
    assert.deepEqual(none(treaty('  done at "The Hague" on 1930-05-01 in duplicate\n')), []);
  });

  it('a concluded treaty of 1990: each Party that was a UN Member when it entered into the treaty, and no advice to make it non-binding', () => {
    const [finding] = none(treaty('  done at "The Hague" on 1990-05-01 in duplicate\n'));
    assert.equal(finding.severity, 'error');
    // Both Members when they consented on signature in 1990 (data/un-admissions.ts): named as such, from the same reading as missing-registration (lr19, D1).
    assert.match(finding.message, /^NL, BE were UN Members on entering into the treaty: UN Charter Art\. 102\(1\) obliges each of them to have it registered with the UN Secretariat as soon as possible \(every treaty "entered into by any Member of the United Nations after the present Charter comes into force"/u);
    // lr20, D4: the transcription keeps the text's own words; no advice to declare article-102.
    assert.match(finding.message, /the transcription keeps `registration none` where it records those words of the text/u);
    assert.doesNotMatch(finding.message, /non-binding/u);
  });

  it('near misses: concluded on the day the Charter came into force is reported (lr18, D4); a draft keeps the plain duty', () => {
    // France a Member from 24 October 1945; NL and BE only from December 1945 (data/un-admissions.ts).
    const withFrance = treaty('  done at "The Hague" on 1945-10-24 in duplicate\n').replace('party BE "the Kingdom of Belgium" { kind state jurisdiction BE }', 'party FR "the French Republic" { kind state jurisdiction FR }');
    assert.equal(none(withFrance).length, 1);
    const [draft] = none(treaty(''));
    assert.match(draft.message, /^NL, BE are UN Members: UN Charter Art\. 102\(1\) obliges them to register this treaty with the UN Secretariat once it is in force\. Write `registration article-102`/u);
  });
});
