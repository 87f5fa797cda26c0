/**
 * A reply that reproduces the offer (ex6 item 4; render/reply-quotation.ts). The replies of the
 * harness's exchanges quote the letter they accept ("I have the honour to acknowledge receipt of
 * your letter of 22 April 1987 which reads as follows: (Zoals in Nr. I) …", Ireland–Netherlands
 * 1987; likewise NL–UK 1986, NL–US 1959, NL–SE 1995, NL–SCSL 2010, CW–HR 2013); the series print
 * the quotation as "(zoals in Nr. I)", the signed reply holds the offer's text. A drafter chooses
 * it in the reply's own words: a paragraph that names the letter and ends "which reads as
 * follows:" is followed in every export by the offer as exported (terms numbered, cross-references
 * resolved), set off as a quotation. Near misses: a reply that accepts by reference (the EE–FI
 * notes), a reply's own "the following:" that names no letter, and the transcribed replies, whose
 * announcing sentence runs on into the series' "(Zoals in Nr. I)".
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService, type RenderedInstrument } from '../../server/src/language';
import JSZip from 'jszip';
import { readDocx, type DocxParagraph } from './docx-reader';
import { exportedRealInstrument, repoRoot } from './render-fixtures';

const uri = 'file:///t/letters.entente';
function opened(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return service;
}
const sample = (name: string) => readFileSync(join(repoRoot, 'samples', name), 'utf8');
const letters = sample('cert-letters-arrangement.entente');
const notes = sample('ee-fi-exchange-of-notes.entente');
const texts = (doc: RenderedInstrument, index: number) => doc.articles[index].paragraphs.map((p) => (typeof p === 'string' ? { text: p, quoted: false } : { text: `${p.label ? `${p.label} ` : ''}${p.text}`, quoted: p.quoted === true }));

describe('a reply that announces the offer\'s text reproduces it', () => {
  it('cert-letters sample: after "which reads as follows:" the whole offer, terms included, as a quotation; then the acceptance', () => {
    const doc = opened(letters).renderModel(uri)!;
    const offer = texts(doc, 0);
    const reply = texts(doc, 1);
    const at = reply.findIndex((p) => p.text.endsWith('which reads as follows:'));
    assert.equal(at, 1, reply.map((p) => p.text).join('\n'));
    // The offer word for word, between the quotation marks the letters print: before its first words, after its last.
    const marked = offer.map((p, i) => ({ text: `${i === 0 ? '“' : ''}${p.text}${i === offer.length - 1 ? '”' : ''}`, quoted: true }));
    assert.deepEqual(reply.slice(at + 1, at + 1 + offer.length), marked);
    assert.match(reply[at + 1 + offer.length].text, /^I have the honour to confirm that the arrangement proposed in your letter is acceptable to NCSC-FI\./);
    assert.ok(reply.slice(at + 1 + offer.length).every((p) => !p.quoted));
    assert.ok(offer.every((p) => !p.quoted), 'the offer itself is no quotation');
  });

  it('Markdown quotes it as a block quote, HTML in blockquote, Akoma Ntoso marks it, Word prints it in the reply', async () => {
    const service = opened(letters);
    const md = service.render(uri, 'markdown')!;
    const reply = md.slice(md.indexOf('## Reply'));
    assert.match(reply, /which reads as follows:\n\n> “Dear Colleague,\n\n> I have the honour to propose the following arrangement/);
    assert.match(reply, /^> 1\\\. Exchange of information$/m);
    assert.match(reply, /^> I propose that this letter and your confirmatory reply constitute an arrangement/m);
    assert.match(reply, /^> To the Director of the National Cyber Security Centre Finland, Helsinki”$/m);
    assert.equal((reply.match(/[“”]/g) ?? []).length, 2, 'one mark opens the quotation, one closes it');
    const html = service.render(uri, 'html')!;
    assert.match(html.slice(html.indexOf('Reply from')), /<blockquote class="quoted"><p>“Dear Colleague,<\/p><\/blockquote>/);
    assert.match(html.slice(html.indexOf('Reply from')), /Finland, Helsinki”<\/p><\/blockquote>/);
    const akn = service.render(uri, 'akn')!;
    assert.match(akn.slice(akn.indexOf('Reply from')), /<p class="quotation">“Dear Colleague,<\/p>/);
    assert.match(akn.slice(akn.indexOf('Reply from')), /<p class="quotation">I have the honour to propose the following arrangement/);
    assert.match(akn.slice(akn.indexOf('Reply from')), /<p class="quotation">To the Director of the National Cyber Security Centre Finland, Helsinki”<\/p>/);
    const word = (await readDocx((await service.renderDocx(uri))!)).body.filter((b): b is DocxParagraph => b.kind === 'p').map((p) => p.text);
    // The reply's heading (after the table of contents), then the offer's last sentence again inside it.
    const replyStart = word.findIndex((p) => p.trim().startsWith('Reply from') && p.startsWith('\n'));
    assert.ok(replyStart > 0, word.slice(0, 8).join('\n'));
    assert.ok(word.slice(replyStart).some((p) => p.startsWith('I propose that this letter and your confirmatory reply')), word.slice(replyStart).join('\n'));
  });

  it('a quoted proposal cites its terms by the same numbers (EE–FI notes, replying "which reads as follows:")', () => {
    const quoting = notes.replace(
      'The Embassy of the Republic of Finland has the honour to confirm that the proposal set out in the\n  Ministry\'s Note No. 27/2027 is acceptable',
      'The Embassy of the Republic of Finland has the honour to acknowledge receipt of the Ministry\'s Note\n  No. 27/2027, which reads as follows:\n\n  The Embassy has the honour to confirm that the proposal set out in that Note is acceptable',
    );
    assert.notEqual(quoting, notes);
    const md = opened(quoting).render(uri, 'markdown')!;
    const reply = md.slice(md.indexOf('## Note No. 114/2027'));
    assert.match(reply, /^> The seconding Government shall bear .* governed by paragraph 3\.$/m);
    assert.match(reply, /^> 3\\\. Claims$/m);
  });

  it('near misses: a reply by reference, a reply\'s own "the following:", a transcribed reply', () => {
    const byReference = opened(notes).renderModel(uri)!;
    assert.ok(texts(byReference, 1).every((p) => !p.quoted));
    const ownList = letters.replace('I have the honour to acknowledge receipt of your letter of 1 February 2027, which reads as\n  follows:', 'I have the honour to inform you of the following:');
    assert.notEqual(ownList, letters);
    assert.ok(texts(opened(ownList).renderModel(uri)!, 1).every((p) => !p.quoted));
    const ieNl = exportedRealInstrument('ie-nl-unemployment-reimbursement-waiver-letters-1987');
    assert.match(ieNl, /which reads as follows: \(Zoals in Nr\. I\) I, on behalf of the competent authority/);
    assert.doesNotMatch(ieNl, /^> /m);
  });
});

describe('the quotation in Word is a named paragraph style', () => {
  /** The .docx's parts as text: the body and the style sheet. */
  async function parts(text: string) {
    const bytes = (await opened(text).renderDocx(uri))!;
    const zip = await JSZip.loadAsync(bytes);
    return { document: await zip.file('word/document.xml')!.async('string'), styles: await zip.file('word/styles.xml')!.async('string'), read: await readDocx(bytes) };
  }

  it('cert-letters sample: each quoted paragraph is in Word\'s own Quote style, with no indent of its own, so a ministry\'s template restyles it', async () => {
    const { document, styles, read } = await parts(letters);
    const paragraphs = read.body.filter((b): b is DocxParagraph => b.kind === 'p');
    const quoted = paragraphs.filter((p) => p.style === 'Quote');
    const offer = opened(letters).renderModel(uri)!.articles[0].paragraphs.length;
    assert.equal(quoted.length, offer, quoted.map((p) => p.text).join('\n'));
    assert.equal(quoted[0].text, '“Dear Colleague,');
    assert.equal(quoted.at(-1)!.text, 'To the Director of the National Cyber Security Centre Finland, Helsinki”');
    assert.equal(quoted[2].text, '1.\tExchange of information');
    // The reply's own paragraphs around the quotation are not in the style.
    const at = paragraphs.findIndex((p) => p.style === 'Quote');
    assert.match(paragraphs[at - 1].text, /which reads as follows:$/);
    assert.equal(paragraphs[at + offer].style, undefined);
    // Word's built-in name and id, defined once, one indent in, roman; the paragraphs carry no w:ind over it.
    const style = /<w:style w:type="paragraph" w:styleId="Quote"[^>]*>([\s\S]*?)<\/w:style>/.exec(styles)?.[1];
    assert.ok(style, styles.slice(0, 400));
    assert.match(style, /<w:name w:val="Quote"\/>/);
    assert.match(style, /<w:basedOn w:val="Normal"\/>/);
    assert.match(style, /<w:ind w:left="1134" w:right="567"\/>/);
    assert.doesNotMatch(style, /<w:i\/>|<w:jc /);
    const quotedXml = document.split('<w:p>').filter((p) => p.includes('<w:pStyle w:val="Quote"/>'));
    assert.equal(quotedXml.length, offer);
    assert.ok(quotedXml.every((p) => !p.includes('<w:ind ')), 'no quoted paragraph overrides the style\'s indent');
  });

  it('near miss: a reply by reference (the EE–FI notes) has no Quote paragraph and no quotation marks', async () => {
    const { read } = await parts(notes);
    const paragraphs = read.body.filter((b): b is DocxParagraph => b.kind === 'p');
    assert.ok(paragraphs.length > 10);
    assert.ok(paragraphs.every((p) => p.style !== 'Quote'));
    assert.ok(paragraphs.every((p) => !/^“|”$/.test(p.text)));
  });
});
