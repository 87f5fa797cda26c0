/**
 * missing-reservations-clause offers both answers to a policy question (third quick-fix review,
 * questionable list; lg27). A multilateral treaty silent on reservations leaves the general regime
 * of VCLT Arts. 19–23: any reservation compatible with the object and purpose may be made (Art.
 * 19(c)), and the others accept or object (Art. 20). `reservations none` excludes them all (Art.
 * 19(a)) — on a convention open to accession it reverses that default — and `reservations
 * permitted` has the text say that they may be made. Until lg27 only `none` was offered, and
 * preferred: the fix decided the policy. Now both header forms are offered, titled as choices,
 * none preferred, and the library clause beside them is not preferred either. Real conventions
 * read as the drafts they were: the Bonn Agreement 1983 and ETS 62 (open to accession).
 */
import assert from 'node:assert/strict';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { draftOf, findingsOf, repoText } from '../helpers/fix-review';

const threeParties = 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n';

const code = 'missing-reservations-clause';

function choices(text: string) {
  const [finding] = findingsOf(text, code);
  assert.ok(finding, `${code} reported`);
  const none = finding.fixes.find((f) => f.title.startsWith('Add `reservations none`'));
  const permitted = finding.fixes.find((f) => f.title.startsWith('Add `reservations permitted`'));
  return { finding, none, permitted };
}

describe('missing-reservations-clause leaves the policy to the drafter', () => {
  for (const file of ['bonn-agreement-north-sea-pollution-1983.entente', 'coe-ets62-information-on-foreign-law-1968.entente']) {
    it(`${file} (draft): offers \`reservations none\` and \`reservations permitted\`, none preferred, each clearing the finding`, () => {
      const draft = draftOf(repoText(`test/real-instruments/${file}`));
      const { finding, none, permitted } = choices(draft);
      assert.ok(none && permitted, finding.fixes.map((f) => f.title).join(' | '));
      assert.ok(finding.fixes.every((f) => !f.preferred), 'no fix decides the policy');
      assert.match(none.title, /policy choice/);
      assert.match(permitted.title, /policy choice/);
      for (const [fix, line] of [[none, /^ {2}reservations none$/m], [permitted, /^ {2}reservations permitted$/m]] as const) {
        assert.equal(fix.effect, 'legal');
        const fixed = applyCodeFix(draft, fix);
        assert.match(fixed, line);
        assert.ok(!diagnose(fixed).some((d) => d.code === code), fix.title);
      }
      // The library clause (no reservations) is still offered, not preferred.
      const library = finding.fixes.find((f) => f.title.startsWith(libraryFixTitlePrefix));
      assert.ok(library && !library.preferred);
    });
  }

  it('near miss: a treaty that says `reservations none` or `permitted` is not asked', () => {
    for (const value of ['none', 'permitted']) {
      assert.equal(findingsOf(`treaty "Convention" {\n  reservations ${value}\n}\n${threeParties}`, code).length, 0);
    }
  });

  it('near miss: a bilateral treaty is not asked (a reservation to it is a new offer)', () => {
    const two = 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\n';
    assert.equal(findingsOf(`treaty "Agreement" {\n  effect on signature\n}\n${two}`, code).length, 0);
  });

  it('near miss: other missing-clause findings still prefer their header statement', () => {
    const [duration] = findingsOf(`treaty "Convention" {\n  effect on signature\n}\n${threeParties}`, 'missing-duration');
    assert.ok(duration?.fixes.some((f) => f.preferred));
  });
});
