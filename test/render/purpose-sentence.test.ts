/**
 * Independent lawyer's check of lc30, item 1 (lf3): the export spliced every channel's `purpose`
 * after "used only for the purpose of", whatever it held, and printed broken sentences: "used only
 * for the purpose of may be disclosed only to …" (AW–CZ 2015), "used only for the purpose of Any
 * information received …" (NL–AE 2015), "for the purpose of the purpose of bidding" (NL–US 1978).
 * The sentence now follows the shape of the words: a noun phrase is spliced as before (the near
 * miss), a phrase naming the purpose or starting with a preposition is spliced without a second
 * "for the purpose of", the rest of a sentence gets its subject, and whole sentences are printed
 * as their own.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language';
import { estoniaFinlandAgreement, repoRoot } from './render-fixtures';
import { draftedVariant } from './drafted-variant';

const uri = 'file:///t/agreement.entente';
function rendered(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return service.render(uri, 'markdown')!;
}
const quoted = (words: string) => (words.includes('\n') ? `"""\n    ${words}\n  """` : `"${words}"`);
const agreement = (purpose: string, kind: 'treaty' | 'memorandum' = 'treaty') => estoniaFinlandAgreement(`  purpose ${quoted(purpose)}\n`, kind);
const purposeOf = (purpose: string, kind: 'treaty' | 'memorandum' = 'treaty') => rendered(agreement(purpose, kind)).split('\n').find((line) => /^2\. /.test(line))?.replace(/^2\. /, '');

describe('the purpose sentence reads right whatever words the purpose holds (lf3, item 1)', () => {
  it('near miss: a noun phrase is spliced after "used only for the purpose of", as before', () => {
    assert.equal(purposeOf('handling of incidents'), 'Information exchanged under this Article shall be used only for the purpose of handling of incidents.');
    assert.equal(purposeOf('handling of incidents', 'memorandum'), 'Information exchanged under this paragraph will be used only for the purpose of handling of incidents.');
    // A verb in a relative clause does not make the phrase a sentence; nor does the month of May.
    assert.equal(purposeOf('investigations of offences that may be committed after 1 May 2027'), 'Information exchanged under this Article shall be used only for the purpose of investigations of offences that may be committed after 1 May 2027.');
    // A sentence after the phrase does not make it one either (the NCIRC–CERT-EU and PL–UA samples).
    assert.equal(purposeOf('handling of incidents affecting the constituencies of the Participants; Incident Data will not be used for any other purpose', 'memorandum'),
      'Information exchanged under this paragraph will be used only for the purpose of handling of incidents affecting the constituencies of the Participants; Incident Data will not be used for any other purpose.');
    assert.equal(purposeOf('handling of incidents and deciding what to do about them'), 'Information exchanged under this Article shall be used only for the purpose of handling of incidents and deciding what to do about them.');
    assert.equal(purposeOf('use of the data in criminal cases'), 'Information exchanged under this Article shall be used only for the purpose of use of the data in criminal cases.');
  });

  it('a phrase already naming the purpose is not given a second "for the purpose of" (NL–US 1978)', () => {
    assert.equal(purposeOf('the purpose of bidding on, and performing, a prospective defense contract'), 'Information exchanged under this Article shall be used only for the purpose of bidding on, and performing, a prospective defense contract.');
    assert.equal(purposeOf('the purposes of this Agreement'), 'Information exchanged under this Article shall be used only for the purposes of this Agreement.');
  });

  it('a prepositional or infinitive phrase is spliced after "used only" (NL–UK 2008, Lanzarote 2007, NL–PH 2001, NL–OPCW 1998)', () => {
    assert.equal(purposeOf('for the purpose of the application of the Convention'), 'Information exchanged under this Article shall be used only for the purpose of the application of the Convention.');
    assert.equal(purposeOf('For the purposes of prevention and prosecution of the offences established in accordance with this Convention (Article 37(1))'), 'Information exchanged under this Article shall be used only for the purposes of prevention and prosecution of the offences established in accordance with this Convention (Article 37(1)).');
    assert.equal(purposeOf('to verify the validity or contents of a certificate issued by the certificate issuing party'), 'Information exchanged under this Article shall be used only to verify the validity or contents of a certificate issued by the certificate issuing party.');
    assert.equal(purposeOf('for use by medical doctor only (Attachment 2, E)'), 'Information exchanged under this Article shall be for use by medical doctor only (Attachment 2, E).');
  });

  it('the rest of a sentence whose subject is the information gets it (AW–CZ 2015 Art. 8(1))', () => {
    assert.equal(purposeOf('may be disclosed only to persons or authorities concerned with the taxes covered by this Agreement. Such persons or authorities shall use such information only for such purposes.'),
      'Information exchanged under this Article may be disclosed only to persons or authorities concerned with the taxes covered by this Agreement. Such persons or authorities shall use such information only for such purposes.');
  });

  it('an item of "The Parties shall:" gets the Parties, without the source\'s list marker (NATO 1997 Art. 1(iii), ESA 2002)', () => {
    assert.equal(purposeOf('(iii) not use classified information as defined under (i) above for purposes other than those laid down in the North Atlantic Treaty;'),
      'The Parties shall not use classified information as defined under (i) above for purposes other than those laid down in the North Atlantic Treaty.');
    assert.equal(purposeOf('3. Use classified information as defined under (1) above only for purposes laid down in the ESA Convention;'),
      'The Parties shall use classified information as defined under (1) above only for purposes laid down in the ESA Convention.');
  });

  it('whole sentences are printed as their own, the list marker left off and a trailing citation inside (NL–AE 2015, NL–SE 1984, CoE 1989)', () => {
    assert.equal(purposeOf('Any information received under this Agreement shall be used solely for the purposes of this Agreement and by the Customs administrations (Article 16(1))'),
      'Any information received under this Agreement shall be used solely for the purposes of this Agreement and by the Customs administrations (Article 16(1)).');
    assert.equal(purposeOf('b. the information supplied may not be used for purposes other than those agreed upon;'), 'The information supplied may not be used for purposes other than those agreed upon.');
    assert.equal(purposeOf('The requesting authority may not use the information supplied for purposes other than those set out in its request. (Article 7(1))'),
      'The requesting authority may not use the information supplied for purposes other than those set out in its request (Article 7(1)).');
    assert.equal(purposeOf('DHS uses EU PNR strictly for the purpose of preventing and combating terrorism and related crimes.'), 'DHS uses EU PNR strictly for the purpose of preventing and combating terrorism and related crimes.');
    assert.equal(purposeOf('An authority designated by a Party which has received information from an authority designated by another Party shall not use that information for purposes other than those specified in the request for assistance.'),
      'An authority designated by a Party which has received information from an authority designated by another Party shall not use that information for purposes other than those specified in the request for assistance.');
  });

  it('the three real instruments the lawyer read print no broken sentence', () => {
    const cases: [string, RegExp][] = [
      // Its channel carries the text's own words, with no `from`: "communicated", no exchange asserted (lf40).
      ['aw-cz-tax-information-exchange-2015', /Information communicated under this Article may be disclosed only to persons or authorities \(including courts and administrative bodies\)/],
      // The purpose is the text's own Art. 16(1), which the numbered text prints: not printed again as a proposal (lr7, defect 5).
      ['nl-ae-customs-mutual-assistance-2015', /^(?![\s\S]*Any information received under this Agreement shall be used solely[\s\S]*Any information received under this Agreement shall be used solely)[\s\S]*Any information received under this Agreement shall be used solely for the purposes of this Agreement/],
      ['nl-us-defense-cooperation-mou-1978', /Information exchanged under this paragraph will be used only for the purpose of bidding on, and performing, a prospective defense contract\./],
    ];
    for (const [name, expected] of cases) {
      // Concluded texts print no generated provision (ex9): the purpose sentence is read on the drafted variant.
      const md = rendered(draftedVariant(readFileSync(join(repoRoot, 'test', 'real-instruments', `${name}.entente`), 'utf8'), name));
      assert.match(md, expected, name);
      assert.doesNotMatch(md, /for the purpose of (?:the purpose|may |Any )/, name);
    }
  });
});
