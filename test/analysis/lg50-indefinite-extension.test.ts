/**
 * lg50: a term extended for an indefinite period (`renewable tacitly for indefinite period unless
 * notice …`) has no end once the extension has begun, so the notice of non-renewal is no way out of
 * it: missing-termination asks for one, where the same notice beside a recurring renewal
 * (`renewable tacitly for 5 years unless notice …`) is one at the end of every term. The texts that
 * extend so reserve the right ("each Contracting Party reserving the right to terminate the
 * Agreement upon notice of at least six months", NL–Egypt 1975 Art. VII(2); read: BWBV0004723).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const treaty = (duration: string, more = '') =>
  `treaty "Agreement" {\n  status binding\n  consent by approval\n  effect after last notification\n${duration}\n${more}  amendment by written agreement\n  disputes by negotiation\n}\nparty NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }\nparty EG "The Government of the Arab Republic of Egypt" { kind government jurisdiction EG }\n`;
const codes = (text: string) => diagnose(text).map((d) => d.code);

describe('lg50: missing-termination beside an indefinite extension', () => {
  it('an indefinite extension stopped only by notice of non-renewal is reported', () => {
    const found = diagnose(treaty('  duration 10 years renewable tacitly for indefinite period unless notice of at least 6 months')).filter((d) => d.code === 'missing-termination');
    assert.equal(found.length, 1);
  });

  it('near misses: with a termination statement, or a recurring renewal stopped by the same notice, nothing is reported', () => {
    assert.ok(!codes(treaty('  duration 10 years renewable tacitly for indefinite period unless notice of at least 6 months', '  termination with notice of at least 6 months\n')).includes('missing-termination'));
    assert.ok(!codes(treaty('  duration 10 years renewable tacitly for 5 years unless notice of at least 6 months')).includes('missing-termination'));
    assert.ok(!codes(treaty('  duration 10 years renewable tacitly unless notice of at least 6 months')).includes('missing-termination'));
  });

  it('a misspelt `indefinite` or `period` is value-out-of-range, on the word', () => {
    const found = diagnose(treaty('  duration 10 years renewable tacitly for indefinit perod', '  termination with notice of 6 months\n')).filter((d) => d.code === 'value-out-of-range');
    assert.deepEqual(found.map((d) => d.message.split(':')[0]), ["'indefinit' is not a renewal period", "'perod' is not a word after `indefinite`"]);
  });
});
