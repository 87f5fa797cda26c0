/**
 * Treaty lawyer lr31, D6 (research/lr31/REPORT.md): on signed texts that do supply what is asked in words the
 * transcription has not declared, three drafting findings sent the point to "an amending instrument or the next
 * draft": `missing-exercise-terms` on the Benelux crisis MoU 2006 (Art. 9: the exchange is "getest door de bevoegde
 * autoriteiten van de drie landen"), `time-limit-without-start` on the EU–US PNR Agreement 2007 (DHS letter III:
 * notice "that such data … has been accessed"), `passive-notification` on NL–OPCW 1998 (the sentence before names
 * "The inspected State Party"). Now each says that where the text says it, the reading is the transcription's to
 * record, and only otherwise the point is for an amendment; `of receipt` is among the starts offered.
 * Near miss: on a draft, no concluded-text sentence.
 */
import assert from 'node:assert/strict';
import { draftOf, findingsOf, repoText } from '../../helpers/fix-review';

const cases = [
  ['benelux-crisis-management-mou-2006', 'missing-exercise-terms', /where the text says in words the declaration lacks who conducts the exercise, how often or what it covers, declare them \(`led by …`/],
  ['eu-us-pnr-agreement-2007', 'time-limit-without-start', /where its words say from when the time runs \(the event the duty names: an access, a receipt, a request\), record that reading/],
  ['nl-opcw-facility-agreement-1998', 'passive-notification', /where another sentence of the clause names who notifies, the text is clear as signed and nothing is to be changed/],
] as const;

describe('lr31 D6: a reading the signed text supplies is the transcription\'s to record', () => {
  for (const [file, code, words] of cases) {
    const text = repoText(`test/real-instruments/${file}.entente`);
    it(`${file}: ${code}`, () => {
      const found = findingsOf(text, code);
      assert.ok(found.length > 0);
      for (const d of found) assert.match(d.message, words);
    });
    it(`near miss: ${file} read as a draft says no concluded-text sentence`, () => {
      for (const d of findingsOf(draftOf(text), code)) assert.doesNotMatch(d.message, /The text is concluded|amending instrument/);
    });
  }
  it('time-limit-without-start offers `of receipt` among the starts', () => {
    const found = findingsOf(repoText('test/real-instruments/eu-us-pnr-agreement-2007.entente'), 'time-limit-without-start');
    assert.match(found[0].message, /\(or `of detection`, `of classification`, `of receipt`\)/);
  });
});
