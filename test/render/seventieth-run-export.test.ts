/**
 * Seventieth run (EUTELSAT Convention, Paris 1982 as amended 1999; read: BWBV0002146, Art. II),
 * export defects, with near misses:
 *
 * - The heading "Establishment of EUTELSAT and the Company Eutelsat S.A." was printed "… S.A": the
 *   closing full stop of a heading is dropped, but a stop that ends an abbreviation is the heading's
 *   words. "Costs." and "Annex B." still lose theirs.
 * - Art. II prints "b)" alone on its line, its words being the items i)–iii) below it. The bare label
 *   was read as words of a), and "c)" and "d)", not continuing any open list, ran into item iii):
 *   two paragraphs printed as part of one Party's obligation. A label in brackets alone on its line
 *   after a sentence end opens its paragraph, as a number alone did (fifty-first run). Near miss: a
 *   label wrapped onto its own line inside a sentence ("in sub-paragraph / b) / of Article 3")
 *   stays in the sentence.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import { endsInAbbreviation } from '../../server/src/language/render/render-context';
import type { Paragraph } from '../../server/src/language/render/instrument-model';
import { readDocx } from './docx-reader';
import { exportedRealInstrument, openRealInstrument } from './render-fixtures';

type Para = Exclude<Paragraph, string>;
const eutelsat = 'eutelsat-convention-1982';

function markdown(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/seventieth.entente';
  service.open(uri, text);
  return service.render(uri, 'markdown')!;
}

describe('seventieth run: the export keeps a heading\'s abbreviation and a bare label\'s paragraph', () => {
  it('EUTELSAT Art. II: the heading ends "Eutelsat S.A." in Markdown, HTML and Akoma Ntoso', () => {
    assert.match(exportedRealInstrument(eutelsat), /^## Article II – Establishment of EUTELSAT and the Company Eutelsat S\.A\.$/mu);
    assert.match(exportedRealInstrument(eutelsat, 'html'), /Establishment of EUTELSAT and the Company Eutelsat S\.A\.<\/span><\/h2>/u);
    assert.match(exportedRealInstrument(eutelsat, 'akn'), /and the Company Eutelsat S\.A\.<\/heading>/u);
  });

  it('a heading keeps an abbreviation\'s stop; near misses: an ordinary closing stop or a single letter\'s is dropped', () => {
    const md = markdown('memorandum "Draft" {\n  status non-binding\n}\nclause A "Article 1 – Costs." """\n  1. Each Participant bears its costs.\n"""\nclause B "Article 2 – Relations with Acme Ltd." """\n  1. Acme Ltd. is consulted.\n"""\nclause C "Annex B." """\n  1. Forms.\n"""\n');
    assert.match(md, /^## Article 1 – Costs$/mu);
    assert.match(md, /^## Article 2 – Relations with Acme Ltd\.$/mu);
    assert.match(md, /^## Annex B$/mu);
    for (const yes of ['Eutelsat S.A.', 'the U.S.', 'Fiat S.p.A.', 'Acme Inc.', 'and Co.', 'Privileges, etc.']) assert.ok(endsInAbbreviation(yes), yes);
    for (const no of ['Costs.', 'Annex B.', 'Final clauses.', 'Article 3.']) assert.ok(!endsInAbbreviation(no), no);
  });

  it('EUTELSAT Art. II: b) is its own paragraph holding i)–iii); c) and d) are paragraphs, in every format', async () => {
    const md = exportedRealInstrument(eutelsat);
    assert.doesNotMatch(md, /EUTELSAT\. b\)/u);
    assert.doesNotMatch(md, /Eutelsat S\.A\. c\) The relationship/u);
    assert.match(md, /operation of the Company Eutelsat S\.A\.\n\nc\) The relationship between EUTELSAT/u);
    assert.match(md, /\n\nd\) The relevant provisions of Annex A/u);
    const html = exportedRealInstrument(eutelsat, 'html');
    assert.match(html, /<p><span class="label">c\)<\/span> The relationship between/u);
    assert.doesNotMatch(html, /Eutelsat S\.A\. c\)/u);
    const akn = exportedRealInstrument(eutelsat, 'akn');
    assert.match(akn, /<paragraph eId="art_1__para_2"><num>b\)<\/num><content><blockList[^>]*><item[^>]*><num>i\)<\/num>/u);
    assert.match(akn, /<paragraph eId="art_1__para_3"><num>c\)<\/num>/u);
    const { service, uri } = openRealInstrument(`${eutelsat}.entente`);
    const docx = await readDocx((await service.renderDocx(uri))!);
    const texts = docx.body.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));
    assert.ok(texts.some((t) => /^iii\)\tAny Party .* operation of the Company Eutelsat S\.A\.$/u.test(t)), 'item iii) ends with its own sentence');
    for (const start of ['c)\tThe relationship', 'd)\tThe relevant provisions']) assert.ok(texts.some((t) => t.startsWith(start)), start);
  });

  it('the split: a bracketed label alone after a sentence end opens its paragraph; near miss: a label wrapped inside a sentence stays in it', () => {
    const bare = splitParagraphs(['a) The Parties establish EUTELSAT.', 'b)', 'i) The Company will be established;', 'ii) It shall be governed by its instruments;', 'iii) Any Party shall facilitate its operation S.A.', 'c) The relationship is set by the Arrangement.', 'd) Annex A applies.'].join('\n')) as Para[];
    assert.deepEqual(bare.map((p) => p.label), ['a)', 'b)', 'c)', 'd)']);
    assert.equal(bare[1].text, '');
    assert.deepEqual(bare[1].items?.map((i) => i.label), ['i)', 'ii)', 'iii)']);
    const bracketed = splitParagraphs(['(a) The Parties establish it.', '(b)', '(i) first;', '(ii) second.', '(c) The end.'].join('\n')) as Para[];
    assert.deepEqual(bracketed.map((p) => p.label), ['(a)', '(b)', '(c)']);
    const wrapped = splitParagraphs(['a) The measures listed in sub-paragraph', 'b)', 'of Article 3 apply.'].join('\n')) as Para[];
    assert.deepEqual(wrapped.map((p) => p.label), ['a)']);
    assert.match(wrapped[0].text, /sub-paragraph b\) of Article 3 apply\./u);
  });
});
