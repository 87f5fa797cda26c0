/**
 * term-used-in-lower-case on a concluded text (treaty lawyer lr9, defect 9): the London Protocol
 * 1996 defines "9. “Permit” means permission granted in advance …" (Art. 1(9), BWBV0003139) and
 * writes "permit" throughout; the capital opens the entry. Under every profile the note must not
 * ask for the signed text's uses to be rewritten, and it gives the concluded-text sentence. A draft
 * keeps the drafting advice (near miss). Since lr10, defect 5, the real entry (‘‘Permit’’ in
 * doubled turned commas) draws no note at all (lr10-term-openings.test.ts): the variant here puts
 * the term after a comma, where its capital is the drafter's and the note stays.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const london = replaced(repoText('test/real-instruments/imo-london-dumping-protocol-1996.entente'), '  9. ‘‘Permit’’ means', '  9. In this Protocol, ‘‘Permit’’ means');
const lowerCase = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'term-used-in-lower-case');

describe('term-used-in-lower-case on a concluded text (lr9, defect 9)', () => {
  for (const profile of [undefined, 'strict', 'treaty-review']) {
    it(`London Protocol 1996 "Permit" after a comma (${profile ?? 'default'}): no rewriting of the signed text, the concluded-text sentence`, () => {
      const permit = lowerCase(london, profile).filter((d) => d.message?.startsWith('"Permit"'));
      assert.equal(permit.length, 1);
      const message = permit[0].message ?? '';
      assert.doesNotMatch(message, /write the uses as defined/);
      assert.match(message, /where the capital only opens the entry of the definitions list, those uses are the defined term/);
      assert.match(message, /The text is concluded \(it was adopted on 1996-11-07\): its words are not to be changed; .*the point is for an amending instrument or the next draft\./);
      assert.deepEqual(permit[0].fixes ?? [], []);
    });
  }

  it('near miss: a draft keeps the drafting advice', () => {
    const draft = 'mou "Draft" {\n  status non-binding\n}\ndefine "Incident" means "an event that compromises a network"\nclause Notice """\n  Each Participant will report each incident promptly.\n"""\n';
    const [finding] = lowerCase(draft);
    assert.ok(finding);
    assert.match(finding.message ?? '', /write the uses as defined/);
    assert.doesNotMatch(finding.message ?? '', /concluded/);
  });
});
