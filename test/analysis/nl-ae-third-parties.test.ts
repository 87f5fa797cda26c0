/**
 * The lawyers' open items of 5 December 2026, item 3: NL–AE customs 2015 (BWBV0006527). Art. 16(1):
 * information is used "by the Customs administrations, except in cases in which the Customs
 * administration furnishing such information has expressly approved in writing its use for other
 * purposes or by other Government authorities of the Contracting Parties … However, it shall not be
 * transferred to third countries." Art. 18(3): personal data "may be transmitted to other
 * authorities only with the issuing Customs Administration's written consent"; Art. 18(10):
 * "Personal data shall not be transmitted to third parties."
 *
 * Read together, the consent opens the Contracting Parties' other authorities and nothing else: were
 * those authorities "third parties" under Art. 18(10), Art. 18(3) would open nothing. The drafted
 * export's sentence ("only with other Government authorities of the Contracting Parties") and the
 * findings say no more than that, so nothing is changed; this guards it — no generated sentence and
 * no finding may say that a consent opens a third party or a third country.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { draftedVariant } from '../render/drafted-variant';
import { agreementUri, openedAgreement } from '../render/render-fixtures';

const name = 'nl-ae-customs-mutual-assistance-2015';
const signed = repoText(`test/real-instruments/${name}.entente`);
const generated = () => {
  const md = openedAgreement(draftedVariant(signed, name)).render(agreementUri, 'markdown')!.replace(/\s+/g, ' ');
  return md.slice(md.indexOf('Provisions stated only in the declarations'));
};

describe("the lawyers' open items of 5 December 2026, item 3: NL–AE Art. 18(10) beside the consent of Art. 16(1)", () => {
  it('the transcription keeps both bars verbatim (Arts. 16(1), 18(10))', () => {
    const text = signed.replace(/\s+/g, ' ');
    assert.ok(text.includes('However, it shall not be transferred to third countries.'));
    assert.ok(text.includes('10. Personal data shall not be transmitted to third parties.'));
  });

  it('the drafted export opens only the Contracting Parties\' other authorities, and no third party or country', () => {
    const provisions = generated();
    assert.match(provisions, /Information shall be shared onward only with the prior written consent of its originator, and only with other Government authorities of the Contracting Parties\./);
    assert.doesNotMatch(provisions, /third (?:part|countr|State)/i);
  });

  it('no finding on the signed text or its draft says a consent opens anyone', () => {
    for (const text of [signed, draftedVariant(signed, name)]) {
      for (const d of diagnose(text)) assert.doesNotMatch(d.message, /third part|third countr|onward/i, d.code);
    }
  });
});
