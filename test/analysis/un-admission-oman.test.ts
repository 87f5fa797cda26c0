/**
 * Oman's date of admission to the United Nations, read in the Yearbook of the United Nations 1971,
 * Appendix I, "Roster of the United Nations (As at 31 December 1971)": "Oman 7 Oct. 1971"
 * (data/un-admissions.ts; NINETY-THIRD-RUN.md defect 2). The NL–Oman Agreement of 1987 (BWBV0002678)
 * was entered into by two Members, and missing-registration says so instead of "binds OM if it was, or
 * acted for, a UN Member". Near miss: the same treaty dated before the admission keeps the condition
 * for Oman.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { wholeText } from '../helpers/fix-review';

const oman = wholeText('test/real-instruments/nl-om-economic-technological-cooperation-1987.entente');
const registration = (text: string) => diagnose(text).filter((d) => d.code === 'missing-registration');

describe('Oman a UN Member from 7 October 1971 (r93 defect 2)', () => {
  it('NL–Oman 1987: both Parties UN Members on entering into the treaty, no condition for Oman', () => {
    const [finding] = registration(oman);
    assert.match(finding.message, /NL, OM act for or in their States, UN Members on entering into the treaty, so Art\. 102 of the UN Charter applies/);
    assert.doesNotMatch(finding.message, /binds OM if it was/);
  });

  it('near miss: the same treaty signed in 1970, before the admission, does not say Oman was a Member then', () => {
    const [finding] = registration(oman.replace('done at "Muscat" on 1987-09-19', 'done at "Muscat" on 1970-09-19'));
    assert.doesNotMatch(finding.message, /NL, OM act for or in their States, UN Members/);
  });
});
