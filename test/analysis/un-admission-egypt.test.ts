/**
 * Egypt a UN Member on every day since 24 October 1945 (NINETY-SEVENTH-RUN.md defect 2; read: the
 * UN's list by date of admission, page 6, note 1, and the Yearbook rosters as at 31 December 1954,
 * 1957 and 1975; data/un-admissions.ts). The NL–Egypt Agreement of 1976 (BWBV0003674) was entered
 * into by two Members, and missing-registration says so instead of "binds EG if it was a UN Member".
 * Near miss: Syria, whose separate membership lapsed from 1958 to 1961 while it was part of the
 * United Arab Republic, keeps the condition.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { wholeText } from '../helpers/fix-review';
import { unAdmission } from '../../server/src/language/data/un-admissions';

const egypt = wholeText('test/real-instruments/nl-eg-technical-cooperation-1976.entente');
const registration = (text: string) => diagnose(text).find((d) => d.code === 'missing-registration')?.message ?? '';

describe('Egypt a UN Member from 24 October 1945 (r97 defect 2)', () => {
  it('NL–Egypt 1976: both Parties UN Members on entering into the treaty, no condition for Egypt', () => {
    const message = registration(egypt);
    assert.match(message, /NL, EG were UN Members on entering into the treaty, so Art\. 102 of the UN Charter applies/);
    assert.doesNotMatch(message, /binds EG if it was/);
    assert.equal(unAdmission('EG')?.text, 'a UN Member from 24 October 1945');
  });

  it('near miss: Syria (the same text with SY) keeps the condition; its code stays out of the list', () => {
    const syria = egypt.replace('jurisdiction EG', 'jurisdiction SY').replace('party EG ', 'party SY ');
    assert.match(registration(syria), /binds SY if it was a UN Member when it entered into the treaty/);
    assert.equal(unAdmission('SY'), undefined);
  });
});
