/**
 * lr6 item 3 (an independent treaty lawyer's check of 5 December 2026), the NL–AE customs
 * Agreement 2015 (BWBV0005937) exported as a draft: Art. 16(1), "Any information received under
 * this Agreement shall be used solely for the purposes of this Agreement and by the Customs
 * administrations, except in cases in which the Customs administration furnishing such information
 * has expressly approved in writing its use for other purposes or by other Government authorities
 * of the Contracting Parties, subject to any terms and conditions it may specify." The consent is
 * the furnishing Customs administration's, not the State's; the language cannot say so, so the
 * generated sentence names no consenting body but the originator, and the purpose sentence keeps
 * the exception in the text's words.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftedVariant } from './drafted-variant';
import { agreementUri as uri, openedAgreement as opened, repoRoot } from './render-fixtures';

describe('NL–AE 2015 drafted: who consents to onward sharing (lr6 item 3)', () => {
  const source = readFileSync(join(repoRoot, 'test/real-instruments', 'nl-ae-customs-mutual-assistance-2015.entente'), 'utf8');
  const md = opened(draftedVariant(source, 'nl-ae-customs-mutual-assistance-2015')).render(uri, 'markdown')!.replace(/\s+/g, ' ');

  it('the onward sentence names no consenting body other than the originator', () => {
    assert.match(md, /Information shall be shared onward only with the prior written consent of its originator, and only with other Government authorities of the Contracting Parties\./);
    assert.doesNotMatch(md, /consent of the originating Party/);
  });

  it('Art. 16(1) is printed whole, with its exception, the furnishing administration and its terms, and only once', () => {
    // Since lf11 a draft does not reprint as a proposal the words its numbered text prints (render/reprinted-words.ts):
    // the purpose the transcription quotes from Art. 16(1) is printed once, as the article itself.
    const whole = /used solely for the purposes of this Agreement and by the Customs administrations, except in cases in which the Customs administration furnishing such information has expressly approved in writing its use for other purposes or by other Government authorities of the Contracting Parties, subject to any terms and conditions it may specify\./g;
    assert.equal([...md.matchAll(whole)].length, 1);
    assert.doesNotMatch(md, /by the Customs administrations \(Article 16\(1\)\)/);
  });
});
