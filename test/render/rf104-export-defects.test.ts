/**
 * Export defects of the hundred-and-fifth run (NL–Singapore economic cooperation 1972, BWBV0003393),
 * each with its near miss.
 * - D1: a draft's `define` whose meaning carries the text's own connector ("means the rights relating
 *   to –") or a qualifier before it ("in respect of either Contracting Party means –", Art. I) is
 *   printed as written, never "means means" or "means in respect of … means".
 * - D3: a line that opens with a label out of sequence ("(e)" then "(d)", Art. VIII as the series prints
 *   it) is a new item, its label as written; the signatures after a formula that ends item (b) of the
 *   Protocol are paragraphs of their own, not words of (b).
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import { definingWords, inclusiveMeaning } from '../../server/src/language/util/definition-connectors';
import type { ListItem, Paragraph } from '../../server/src/language/render/instrument-model';
import { exportedRealInstrument } from './render-fixtures';

type Para = Exclude<Paragraph, string>;
const shape = (text: string) => (splitParagraphs(text) as Para[]).map((p) => [p.label, p.text, (p.items ?? []).map((i: ListItem) => `${i.label} ${i.text}`)]);

function render(source: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/rf104.entente';
  service.open(uri, source);
  return service.render(uri, 'markdown')!;
}

const draft = (body: string) => `treaty "Agreement" {\n  status binding\n}\nparty NL "the Government of the Kingdom of the Netherlands" { kind government }\nparty SG "the Government of the Republic of Singapore" { kind government }\n${body}`;

const nationals = 'in respect of either Contracting Party means – (a) natural persons having the nationality of that Contracting Party; (b) legal persons constituted in accordance with the laws of that Contracting Party';
const property = 'means the rights relating to – (a) literary and scientific works; (b) phonograms';

describe('export defects of the hundred-and-fifth run (rf104)', () => {
  it('D1: Art. I, a leading "means" and a qualifier before "means" are the text\'s own connector, printed once', () => {
    const md = render(draft(`define "investments" means "includes every kind of asset, in particular – (a) movable and immovable property"\ndefine "nationals" means "${nationals}"\ndefine "intellectual property" means "${property}"\n`));
    assert.match(md, /“nationals” in respect of either Contracting Party means – \(a\) natural persons/u);
    assert.match(md, /“intellectual property” means the rights relating to – \(a\) literary/u);
    assert.match(md, /“investments” includes every kind of asset/u);
    assert.doesNotMatch(md, /means means|means in respect of|means includes/u);
    // NL–Syria air services 2001: "in relation to either Contracting Party shall be deemed to be …".
    assert.equal(definingWords('in relation to either Contracting Party shall be deemed to be the land areas'), 'in relation to either Contracting Party shall be deemed to be the land areas');
  });

  it('D1 near misses: a meaning with no connector of its own takes "means"; "means of" and a qualifier with no connector are words of the meaning', () => {
    const md = render(draft('define "Incident" means "an event that compromises a network or information system"\n'));
    assert.match(md, /“Incident” means an event that compromises/u);
    assert.equal(definingWords('the carriage of nuclear material by any means of transportation'), 'means the carriage of nuclear material by any means of transportation');
    assert.equal(definingWords('in relation to New Zealand, a New Zealand citizen'), 'means in relation to New Zealand, a New Zealand citizen');
    assert.equal(definingWords('in relation to vehicles, means of transport of goods'), 'means in relation to vehicles, means of transport of goods');
    assert.equal(definingWords('a vessel of any type whatsoever and includes hydrofoil boats'), 'means a vessel of any type whatsoever and includes hydrofoil boats');
  });

  it('lr25 D2: a qualifier then a comma and the meaning\'s own "includes", "is deemed to be" or "which includes" is no connector of the text: "means" is printed', () => {
    for (const meaning of [
      'in respect of a computer system, any event that includes unauthorised access to it',
      'with regard to the Parties, information that is deemed to be personal',
      'in relation to Estonia, the Information System Authority, which includes its CERT-EE',
      'in respect of a Party whose authority includes the CERT, the national CSIRT',
    ]) {
      assert.equal(definingWords(meaning), `means ${meaning}`, meaning);
      assert.equal(inclusiveMeaning(meaning), undefined, meaning);
    }
    // The qualifier closed by its comma, the connector the first verb after it, stays the text's own.
    assert.equal(definingWords('in respect of either Contracting Party, means natural persons'), 'in respect of either Contracting Party, means natural persons');
  });

  it('D3: Art. VIII, "(e)" then "(d)" then "(e)": each line that opens with a label is an item, as written', () => {
    const art8 = 'and in particular –\n(a) nett profits;\n(b) funds necessary;\n(e) additional funds necessary for the development of an investment;\n(d) earnings of natural persons;\n(e) the proceeds of liquidation of capital;\n(f) funds in repayment of loans; and\n(h) royalties.';
    assert.deepEqual(shape(art8)[0][2], ['(a) nett profits;', '(b) funds necessary;', '(e) additional funds necessary for the development of an investment;', '(d) earnings of natural persons;', '(e) the proceeds of liquidation of capital;', '(f) funds in repayment of loans; and', '(h) royalties.']);
    const md = exportedRealInstrument('nl-singapore-economic-cooperation-1972');
    assert.match(md, /\n {3}- \(e\) additional funds necessary for the development of an investment;\n {3}- \(d\) earnings of natural persons;\n {3}- \(e\) the proceeds of liquidation of capital;/u);
  });

  it('D3 near misses: a label after a line that ends no item stays in its sentence; a label of another kind is no item of the list', () => {
    // "… referred to in paragraphs (c) and" then "(a) of Article 2": the sentence's own reference.
    assert.deepEqual(shape('The Parties shall:\n(a) act;\n(b) apply the rules referred to in paragraphs (c) and\n(a) of Article 2;\n(c) report.')[0][2], ['(a) act;', '(b) apply the rules referred to in paragraphs (c) and (a) of Article 2;', '(c) report.']);
    // The HCCH continued lettering (rf101): "(i)" after "(h)" is the letter i, and still the ninth item.
    const letters = 'abcdefgh'.split('').map((l) => `(${l}) item ${l};`);
    assert.deepEqual(shape(`The Letter shall specify:\n${letters.join('\n')}\n(i) any special method.`)[0][2], [...letters, '(i) any special method.']);
  });

  it('D3: the Protocol, its signatures after the formula that ends (b) are paragraphs of their own', () => {
    const protocol = 'the understanding that –\n(a) In respect of Article XIV, any right accorded shall mean any right accorded after 1965.\n(b) This Protocol shall form an integral part of the said Agreement. IN WITNESS WHEREOF, the undersigned representatives, duly authorized thereto, have signed the Protocol. DONE at Singapore this sixteenth day of May 1972, in duplicate, in the English language.\nFor the Government of the Kingdom of the Netherlands: (sd.) PEKELHARING (R. C. Pekelharing)\nFor the Government of the Republic of Singapore: (sd.) G. E. BOGAARS (G. E. Bogaars)';
    const paragraphs = shape(protocol);
    assert.equal(paragraphs.length, 3);
    assert.match(String(paragraphs[0]?.[2]?.[1]), /^\(b\) This Protocol shall form an integral part of the said Agreement\. IN WITNESS WHEREOF.* in the English language\.$/u);
    assert.deepEqual(paragraphs.slice(1).map(([, text]) => text), ['For the Government of the Kingdom of the Netherlands: (sd.) PEKELHARING (R. C. Pekelharing)', 'For the Government of the Republic of Singapore: (sd.) G. E. BOGAARS (G. E. Bogaars)']);
    const md = exportedRealInstrument('nl-singapore-economic-cooperation-1972');
    assert.match(md, /in the English language\.\n\nFor the Government of the Kingdom of the Netherlands: \(sd\.\) PEKELHARING \(R\. C\. Pekelharing\)\n\nFor the Government of the Republic of Singapore:/u);
  });

  it('D3 near miss: a Party named at the start of an item\'s line, no formula before it, stays the list\'s', () => {
    const authorities = 'The competent authorities shall be:\n(a) For the Kingdom of the Netherlands: the Minister of Justice;\nFor the Republic of Singapore: the Attorney-General.';
    assert.deepEqual(shape(authorities).map(([, text]) => text), ['The competent authorities shall be:']);
  });
});
