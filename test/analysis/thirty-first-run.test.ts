/**
 * The thirty-first real-instrument run (test/real-instruments/THIRTY-FIRST-RUN.md), from the two
 * texts it transcribed: the Agreement between the Netherlands (in respect of Aruba) and the United
 * States on the transfer of certain forfeited assets (11 March 1994; BWBV0003774) and the Criminal
 * Law Convention on Corruption (ETS 173; BWBV0001532).
 *
 * Items 1–2: a signed treaty that "pertains only to the transfer of the dollars 92,702.40" (para. 5)
 * has one performance for its object; it ends by performance (VCLT Art. 54), is not open to
 * denunciation (Art. 56(1)) and is amended by agreement (Art. 39): not asked for termination or
 * amendment. A draft of it, or a standing regime, still is.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';

const arubaPath = 'test/real-instruments/nl-us-aruba-forfeited-assets-1994.entente';
const aruba = repoText(arubaPath);

const codes = (text: string) => diagnose(text).map((d) => d.code);

/** Para. 5's first words as transcribed (wrapped over two lines). */
const para5 = /This Agreement pertains only to the transfer of the dollars 92,702\.40/g;

describe('thirty-first real-instrument run, items 1–2: a signed treaty whose object is one performance', () => {
  it('does not ask the signed Aruba agreement for termination (error) or amendment', () => {
    const found = codes(aruba);
    assert.ok(!found.includes('missing-termination'));
    assert.ok(!found.includes('missing-amendment'));
    // The reviewer's debatable findings stay.
    assert.ok(found.includes('missing-duration'));
    assert.ok(found.includes('missing-dispute-settlement'));
  });

  it('near miss: the unsigned draft of the same text is still asked (an unfinished draft)', () => {
    // Its final formula's date in words would date it too (hundred-and-fourth run, defect 1): a draft has blanks there.
    const found = codes(aruba.replace(' on 1994-03-11', '').replaceAll('this eleventh day of March 1994', 'this … day of … 1994'));
    assert.ok(found.includes('missing-termination'));
    assert.ok(found.includes('missing-amendment'));
  });

  it('near miss: without the words of para. 5 the signed text is an ordinary treaty', () => {
    const ordinary = aruba.replace(para5, 'This Agreement concerns the transfer of the dollars 92,702.40');
    assert.notEqual(ordinary, aruba);
    const found = codes(ordinary);
    assert.ok(found.includes('missing-termination'));
    assert.ok(found.includes('missing-amendment'));
  });

  it('near miss: a standing exchange (a channel with no deadline, both sending) is not one performance', () => {
    const standing = aruba.replace(/  from NL\n/, '').replace(/  deadline "[^"]*" within 6 months of receipt\n/, '');
    assert.notEqual(standing, aruba);
    assert.ok(codes(standing).includes('missing-termination'));
  });

  it('near miss: a body set up by the text makes it a standing regime', () => {
    const withBody = aruba.replace('// Para. 3:', 'body Committee "Joint Committee" members NL, US mandate "reviews the use of the funds"\n\n// Para. 3:');
    assert.notEqual(withBody, aruba);
    assert.ok(!codes(withBody).includes('syntax-error'));
    assert.ok(codes(withBody).includes('missing-termination'));
  });
});

describe('thirty-first real-instrument run, item 3: a single report between the two Governments', () => {
  it('does not ask for a point of contact on the Aruba report (para. 3), signed or draft', () => {
    assert.ok(!codes(aruba).includes('missing-points-of-contact'));
    assert.ok(!codes(aruba.replace(' on 1994-03-11', '')).includes('missing-points-of-contact'));
  });

  it('near miss: the same report channel under a text that is not about one transfer is still asked', () => {
    const ordinary = aruba.replace(para5, 'This Agreement concerns the transfer of the dollars 92,702.40');
    assert.ok(codes(ordinary).includes('missing-points-of-contact'));
  });

  it('near miss: a channel on which both Governments send (no `from`) is an exchange, still asked', () => {
    const both = aruba.replace(/  from NL\n/, '');
    assert.notEqual(both, aruba);
    assert.ok(codes(both).includes('missing-points-of-contact'));
  });

  it('near miss: a report channel with no deadline is still asked', () => {
    const undated = aruba.replace(/  deadline "[^"]*" within 6 months of receipt\n/, '');
    assert.notEqual(undated, aruba);
    assert.ok(codes(undated).includes('missing-points-of-contact'));
  });
});

describe('thirty-first real-instrument run, item 4: a body the convention joins, established by another act', () => {
  const ets173 = repoText('test/real-instruments/coe-ets173-criminal-law-corruption-1999.entente');
  const recital = /establishing\s+the “Group of States against Corruption – GRECO”/g;

  it('does not ask ETS 173 who bears the costs of the meetings of GRECO (preamble, Art. 24)', () => {
    assert.ok(!codes(ets173).includes('missing-costs'));
  });

  it('near miss: without the recital of Resolution (98) 7 establishing GRECO, the body is counted', () => {
    const noRecital = ets173.replace(recital, 'on the “Group of States against Corruption – GRECO”');
    assert.notEqual(noRecital, ets173);
    assert.ok(codes(noRecital).includes('missing-costs'));
  });

  it('near miss: a body this Convention itself establishes is counted', () => {
    const own = ets173.replace(recital, 'and this Convention establishing the “Group of States against Corruption – GRECO”');
    assert.notEqual(own, ets173);
    assert.ok(codes(own).includes('missing-costs'));
  });
});
