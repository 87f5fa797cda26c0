/**
 * Sixty-second run, D4: `missing-registration` on the NL–NZ Agreement on Social Security, signed in
 * 1990, asked "how the treaty will be registered with the UN Secretariat once in force": draft
 * tense for a concluded text. Concluded, it now says that the text does not say who registers it
 * and that registration falls to the Parties once it is in force (UN Charter Art. 102). Near miss:
 * the same text as a draft (no date of signature) is still asked how it will be registered.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const nz = repoText('test/real-instruments/nl-nz-social-security-1990.entente');
const registration = (text: string) => diagnose(text).filter((d) => d.code === 'missing-registration').map((d) => d.message ?? '');

describe('r62 D4: missing-registration on a concluded text speaks of it as concluded', () => {
  it('the 1990 Agreement: no "will be registered … once in force"', () => {
    const [m] = registration(nz);
    assert.match(m, /^The text does not say who registers the treaty; registration with the UN Secretariat falls to the Parties once it is in force: NL, NZ act for or in their States, UN Members/);
    assert.doesNotMatch(m, /will be registered/);
  });
  it('near miss: the same text as a draft is asked how it will be registered', () => {
    // Its final formula's date in words would date it too (hundred-and-fourth run, defect 1): a draft has blanks there.
    const draft = replaced(replaced(nz, '  done at "Wellington" on 1990-10-08 in 2 copies\n', '  done at "Wellington" in 2 copies\n'), 'Wellington, New Zealand this eighth day of October 1990.', 'Wellington, New Zealand this … day of … 1990.');
    assert.match(registration(draft)[0], /^Say how the treaty will be registered with the UN Secretariat once in force/);
  });
});
