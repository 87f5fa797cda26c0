/**
 * The quick-fix review's item 14 (test/probes/fix-review/REPORT.md): 'will' → 'shall' rewrote a
 * unilateral letter beside the EU–US PNR Agreement (the DHS letter, the Council Presidency's
 * reply), and half a coordinated sentence ("the EU shall be represented …, and DHS will be
 * represented"). Another author's text is never rewritten, and a sentence is rewritten whole or
 * not at all.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { draftFixesIn as fixesIn, findingsOf, repoText } from '../helpers/fix-review';

const pnr = 'test/real-instruments/eu-us-pnr-agreement-2007.entente';
// `fixesIn` reads the Agreement as the draft it was: a rewrite changes the wording of the signed
// text, and a concluded text is offered mechanical fixes only (analysis/concluded-text-fixes.ts).

describe("'will' → 'shall' keeps other authors' letters and whole sentences (fix review, item 14)", () => {
  it('offers no rewrite inside the DHS letter or the Council Presidency\'s reply', () => {
    for (const line of [561, 564, 579]) assert.deepEqual(fixesIn(pnr, 'treaty-mou-wording', line), [], `line ${line}`);
  });

  it('offers no rewrite that would leave a coordinated sentence half converted', () => {
    // "the EU will be represented …, and DHS will be represented"; "will work … and will encourage".
    for (const line of [242, 331]) assert.deepEqual(fixesIn(pnr, 'treaty-mou-wording', line), [], `line ${line}`);
  });

  it("still rewrites the Agreement's own 'will' where the sentence has no other", () => {
    assert.deepEqual(fixesIn(pnr, 'treaty-mou-wording', 325).map((f) => f.edits.map((e) => e.newText)), [['shall']]);
  });

  it('rewrites nothing in the Agreement as signed in 2007: the finding stays and says why', () => {
    const [finding] = findingsOf(repoText(pnr), 'treaty-mou-wording', 325);
    assert.ok(finding);
    assert.deepEqual(finding.fixes, []);
    assert.match(finding.message, /The text is concluded \(the date of the last signature is 2007-07-26\): no rewrite is offered, and none is called for/);
  });

  it('rewrites every judged occurrence of the sentence in one fix', () => {
    const text = 'treaty "Treaty" { status binding }\nparty EE "Estonia"\nparty FI "Finland"\nclause Sharing """Each Party will share indicators and each Party will report incidents."""\n';
    const findings = diagnose(text).filter((d) => d.code === 'treaty-mou-wording');
    assert.equal(findings.length, 2);
    const [fix] = findings[0].fixes;
    assert.equal(fix.title, "Replace 'will' with 'shall' here and the other 1 in the sentence (changes the wording that shows whether the text binds)");
    assert.match(applyCodeFix(text, fix), /Each Party shall share indicators and each Party shall report incidents\./);
  });
});
