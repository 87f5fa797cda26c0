/**
 * Treaty lawyer lr11, defect 8: missing-union-law-clause dated the pre-Union branch (texts signed
 * before 1 November 1993) by signature, while the Lisbon branch asks about the day of consent. A
 * signature subject to ratification does not express consent to be bound (VCLT Art. 14(1)), so the premise is now
 * dated by consent (`consentRelativeTo`): said outright where the header dates consent before
 * 1 November 1993 (consent by signature, an entry into force before that day), conditionally where
 * it dates none: NL–Turkey 1986 Art. 30 (read: BWBV0002810) and NL–Hong Kong (probe
 * /tmp/lr10/hk-1993-06-01) enter into force after notifications the text does not date.
 * Near misses: a text signed after that day says nothing of the Union's founding.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const turkey = repoText('test/real-instruments/nl-tr-double-taxation-1986.entente');
const union = (text: string) => diagnose(text).filter((d) => d.code === 'missing-union-law-clause').map((d) => d.message ?? '');

describe('lr11, defect 8: the pre-Union branch is dated by consent, not signature', () => {
  it('NL–Turkey 1986, consent undated: "if NL consented to be bound before 1 November 1993"', () => {
    const [m] = union(turkey);
    assert.match(m, /signed on 1986-03-27 \(the signature date\) before they took effect; if NL consented to be bound before 1 November 1993, that was before the European Union existed/u);
    assert.doesNotMatch(m, /, and before the European Union existed/u);
  });

  it('consent by signature before that day: said outright', () => {
    const text = replaced(turkey, '  effect 30 days after last notification\n', '  consent by signature\n  effect on signature\n');
    const [m] = union(text);
    assert.match(m, /before they took effect, and before the European Union existed \(the Treaty on European Union took effect on 1 November 1993\)/u);
    assert.doesNotMatch(m, /if NL consented to be bound before 1 November 1993/u);
  });

  it('near miss: signed after 1 November 1993: no word of the Union\'s founding', () => {
    const text = replaced(turkey, 'on 1986-03-27 in duplicate', 'on 1995-03-27 in duplicate');
    for (const m of union(text)) assert.doesNotMatch(m, /European Union existed|1 November 1993/u);
  });
});
