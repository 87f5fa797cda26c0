/**
 * The quick-fix review's items 15 and 21 (test/probes/fix-review/REPORT.md): deleting what the
 * checker reads as unused. A definition the text may use in another form ("disclosed in
 * confidence"), a security agreement (the record of what protects classified material) and a
 * contact (a party's point of contact, "unused" because a reference to it is misspelt) are not
 * offered for deletion; a dead definition and an empty body still are, without a new error.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { draftFixesIn, draftOf, findingsOf, repoText } from '../helpers/fix-review';

const errors = (text: string) => diagnose(text).filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);

describe('deletions of what the checker reads as unused (fix review, items 15 and 21)', () => {
  it('item 15: deletes no definition the text uses in another form', () => {
    for (const [path, line] of [
      ['test/real-instruments/nato-technical-information-1970.entente', 192], // "disclosed in confidence"
    ] as const) {
      assert.deepEqual(draftFixesIn(path, 'unused-term', line), [], `${path}:${line}`);
    }
    // "critical infrastructure/key resources" is the term with every word lowered: noted as such, never unused (lf51, lr29 D10).
    assert.deepEqual(findingsOf(draftOf(repoText('test/real-instruments/nl-us-homeland-security-2012.entente')), 'unused-term', 231), []);
    // "unauthorised disclosure or use" writes "unauthorised use" by ellipsis: no finding at all now (seventy-fifth run, defect 5).
    assert.deepEqual(findingsOf(draftOf(repoText('test/real-instruments/nato-technical-information-1970.entente')), 'unused-term', 201), []);
  });

  it('item 15: still offers to delete a dead definition, leaving no new error', () => {
    const path = 'test/real-instruments/acs-natural-disasters-1999.entente';
    for (const line of [294, 296]) {
      // A deletion changes the text: offered on the text read as a draft.
      const [fix] = draftFixesIn(path, 'unused-term', line);
      assert.ok(fix, `line ${line}: "Risk" and "Secondary threat" are dead`);
      assert.deepEqual(errors(applyCodeFix(draftOf(repoText(path)), fix)), errors(draftOf(repoText(path))));
    }
  });

  // Twenty-fifth run, the reviewer's point ("Not done" there): the deletion falsifies the record of
  // a concluded treaty, whose Art. 4(1)(q) exists and must be transcribed. The warning stays.
  it('offers no deletion on a concluded text, and says why (Aruba–Czech TIEA 2015, ACS 1999)', () => {
    for (const [path, line, date] of [
      ['test/real-instruments/aw-cz-tax-information-exchange-2015.entente', 269, 'the signature date is 2015-06-29'],
      ['test/real-instruments/acs-natural-disasters-1999.entente', 294, 'the signature date is 1999-04-17'],
    ] as const) {
      const [finding] = findingsOf(repoText(path), 'unused-term', line);
      assert.ok(finding, `${path}:${line}: the finding stays`);
      assert.deepEqual(finding.fixes, [], `${path}:${line}`);
      assert.ok(finding.message.endsWith(`The text is concluded (${date}): no fix that changes it is offered; the point is for an amending instrument or the next draft.`), finding.message);
    }
  });

  it('item 21: deletes no security agreement and no contact', () => {
    assert.deepEqual(draftFixesIn('test/probes/seventeenth/nlus-1978-gsoia-declared-not-referenced.entente', 'unused-declaration', 22), []);
    for (const line of [18, 19]) assert.deepEqual(draftFixesIn('test/probes/fix-review/mech-references.entente', 'unused-declaration', line), [], `mech-references:${line}`);
    for (const line of [16, 17]) assert.deepEqual(draftFixesIn('test/probes/fix-review/mech-near-misses.entente', 'unused-declaration', line), [], `mech-near-misses:${line}`);
  });

  it('item 21: still offers to delete a body with no members that nobody escalates to', () => {
    const text = 'participant EE "Estonia"\nparticipant FI "Finland"\nbody Board "Board"\n';
    const fixes = diagnose(text).filter((d) => d.code === 'unused-declaration').flatMap((d) => d.fixes);
    assert.deepEqual(fixes.map((f) => f.title), ["Delete 'Board' from the instrument"]);
    assert.deepEqual(errors(applyCodeFix(text, fixes[0])), errors(text));
  });
});
