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
  it('cert-letters sample: after "which reads as follows:" the offer, terms included, through its complimentary close, as a quotation; then the acceptance', () => {
    const doc = opened(letters).renderModel(uri)!;
    const whole = texts(doc, 0);
    const reply = texts(doc, 1);
    const at = reply.findIndex((p) => p.text.endsWith('which reads as follows:'));
    assert.equal(at, 1, reply.map((p) => p.text).join('\n'));
    // The offer ends with its close, its signatory and its addressee: the quotation stops at the
    // close ("… our highest consideration,” I am able to confirm …", BWBV0001738).
    assert.deepEqual(whole.slice(-3).map((p) => p.text), ['Yours sincerely,', 'Head of CERT-EE, Information System Authority', 'To the Director of the National Cyber Security Centre Finland, Helsinki']);
    const offer = whole.slice(0, -2);
    // The offer word for word, between the quotation marks the letters print: before its first words, after its close.
    const marked = offer.map((p, i) => ({ text: `${i === 0 ? '“' : ''}${p.text}${i === offer.length - 1 ? '”' : ''}`, quoted: true }));
    assert.deepEqual(reply.slice(at + 1, at + 1 + offer.length), marked);
    assert.match(reply[at + 1 + offer.length].text, /^I have the honour to confirm that the arrangement proposed in your letter is acceptable to NCSC-FI\./);
    assert.ok(reply.slice(at + 1 + offer.length).every((p) => !p.quoted));
    assert.ok(!reply.some((p) => p.quoted && /Head of CERT-EE|To the Director/.test(p.text)), 'the offer\'s signatory and addressee are not quoted');
    assert.ok(offer.every((p) => !p.quoted), 'the offer itself is no quotation');
  });

  it('Markdown quotes it as a block quote, HTML in blockquote, Akoma Ntoso marks it, Word prints it in the reply', async () => {
    const service = opened(letters);
    const md = service.render(uri, 'markdown')!;
    const reply = md.slice(md.indexOf('## Reply'));
    assert.match(reply, /which reads as follows:\n\n> “Dear Colleague,\n\n> I have the honour to propose the following arrangement/);
    assert.match(reply, /^> 1\\\. Exchange of information$/m);
    assert.match(reply, /^> I propose that this letter and your confirmatory reply constitute an arrangement/m);
    assert.match(reply, /^> Yours sincerely,”$/m);
    assert.doesNotMatch(reply, /^> (?:Head of CERT-EE|To the Director)/m);
    assert.equal((reply.match(/[“”]/g) ?? []).length, 2, 'one mark opens the quotation, one closes it');
    const html = service.render(uri, 'html')!;
    assert.match(html.slice(html.indexOf('Reply from')), /<blockquote class="quoted"><p>“Dear Colleague,<\/p><\/blockquote>/);
    assert.match(html.slice(html.indexOf('Reply from')), /<blockquote class="quoted"><p>Yours sincerely,”<\/p><\/blockquote>/);
    const akn = service.render(uri, 'akn')!;
    assert.match(akn.slice(akn.indexOf('Reply from')), /<p class="quotation">“Dear Colleague,<\/p>/);
    assert.match(akn.slice(akn.indexOf('Reply from')), /<p class="quotation">I have the honour to propose the following arrangement/);
    assert.match(akn.slice(akn.indexOf('Reply from')), /<p class="quotation">Yours sincerely,”<\/p>/);
    assert.doesNotMatch(akn, /<p class="quotation">(?:Head of CERT-EE|To the Director)/);
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

describe('the quotation ends at the offer\'s complimentary close', () => {
  const quotedOf = (text: string) => texts(opened(text).renderModel(uri)!, 1).filter((p) => p.quoted).map((p) => p.text);

  it('a note in the third person: through "the assurances of its highest consideration.", not the place and date after it', () => {
    const quoting = notes
      .replace(
        'The Embassy of the Republic of Finland has the honour to confirm that the proposal set out in the\n  Ministry\'s Note No. 27/2027 is acceptable',
        'The Embassy of the Republic of Finland has the honour to acknowledge receipt of the Ministry\'s Note\n  No. 27/2027, which reads as follows:\n\n  The Embassy has the honour to confirm that the proposal set out in that Note is acceptable',
      )
      .replace('the assurances of its highest consideration.\n"""\n\nnote Reply', 'the assurances of its highest consideration.\n\n  Tallinn, 12 April 2027\n"""\n\nnote Reply');
    assert.match(quoting, /Tallinn, 12 April 2027/);
    assert.match(quoting, /which reads as follows:/);
    const quoted = quotedOf(quoting);
    assert.match(quoted[0], /^“The Ministry of Foreign Affairs of the Republic of Estonia presents its compliments/);
    assert.equal(quoted.at(-1), 'The Ministry of Foreign Affairs of the Republic of Estonia avails itself of this opportunity to renew to the Embassy of the Republic of Finland the assurances of its highest consideration.”');
    assert.ok(!quoted.some((p) => p.includes('Tallinn, 12 April 2027')));
  });

  it('near miss: an offer with no close the export can tell is quoted whole, as written', () => {
    const noClose = letters.replace('  Yours sincerely,\n\n  Head of CERT-EE', '  Head of CERT-EE');
    assert.notEqual(noClose, letters);
    assert.equal(quotedOf(noClose).at(-1), 'To the Director of the National Cyber Security Centre Finland, Helsinki”');
    // "consideration" in the body is not a close: "the assurance(s) of my/our/its … consideration" is.
    const body = noClose.replace('which will come into effect on the date of your reply.', 'which I submit for your consideration.');
    assert.notEqual(body, noClose);
    assert.equal(quotedOf(body).at(-1), 'To the Director of the National Cyber Security Centre Finland, Helsinki”');
  });

  // lc30 (2b): the series print many letters with the close and the signature in one paragraph;
  // the quotation stopped at no close and reproduced the signature, the addressee and the date.
  // The words are the NL–Australia exchange of 2 December 1977 (BWBV0003467): letter Nr. I's last
  // paragraph as the series prints it, and reply Nr. II with its announcement in a paragraph of its
  // own (the series runs it on into "(zoals in Nr. I)").
  const nlAu = (last: string) => `arrangement "Netherlands-Australia Defence Security Arrangement" {
  form exchange-of-letters
  effect after notification by NL
}
party AU "The Government of Australia" { kind government jurisdiction AU }
party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }
letter LetterI "Nr. I" from AU to NL at "The Hague" on 1977-12-02 """
  Your Excellency,

  I have the honour to refer to consultations between representatives of our Governments relating
  to the establishment of security arrangements to permit and regulate the exchange of information
  between the Government of Australia and the Government of the Kingdom of the Netherlands.

  ${last}
"""
letter LetterII "Nr. II" from NL to AU at "The Hague" on 1977-12-02 answering LetterI """
  Your Excellency,

  I have the honour to acknowledge receipt of your Excellency's letter of today's date, which reads as follows:

  I have the honour to confirm that the foregoing is acceptable to the Government of the Kingdom of the
  Netherlands and that your letter and this reply constitute the Arrangement.

  Please accept, Sir, the assurance of my highest consideration. (sd.) M. VAN DER STOEL
"""
`;
  const nrI = 'If the foregoing is acceptable to the Government of the Kingdom of the Netherlands, I propose that this letter and Your Excellency\'s confirmatory reply constitute the Arrangement which will come into effect on the date on which the Government of the Kingdom of the Netherlands informs the Government of Australia in writing that the procedures constitutionally required in the Kingdom of the Netherlands have been complied with.I avail myself of this opportunity to renew to Your Excellency the assurance of my highest consideration.';
  const signed = '(sd.) DAVID FAIRBAIRN Ambassador of Australia *To* *Minister of Foreign Affairs* *of the Kingdom of the Netherlands* *The Hague.* 2 December 1977';

  it('a close with the signature after it in one paragraph (NL–Australia 1977, Nr. I): the quotation ends at the close', () => {
    const quoted = quotedOf(nlAu(`${nrI}${signed}`));
    assert.match(quoted[0], /^“Your Excellency,/);
    assert.equal(quoted.at(-1), `${nrI}”`);
    assert.ok(!quoted.some((p) => /FAIRBAIRN|2 December 1977/.test(p)), quoted.join('\n'));
  });

  it('the savings-income letters of 2004: "consideration," then the signatory, in one paragraph', () => {
    const close = 'Please accept, Sir, the assurance of our highest consideration,';
    const quoted = quotedOf(nlAu(`${close}  *For the Kingdom of the Netherlands*  T. J. A. M. DE BRUIJN Permanent Representative`));
    assert.equal(quoted.at(-1), `${close}”`);
  });

  it('near misses: a close that runs on in its sentence, or that ends a letter the paragraph quotes, is no end; nor is "consideration" in the body', () => {
    // "…consideration, and …": a lower-case word goes on with the sentence; the paragraph is quoted whole.
    const runsOn = 'The Government of Australia gives the assurance of its full consideration, and will reply within one month.';
    assert.equal(quotedOf(nlAu(runsOn)).at(-1), `${runsOn}”`);
    // "…consideration,” I am able to confirm …" (the savings-income replies): the close of a letter quoted inside.
    const inner = 'which reads: “Sir, … Please accept, Sir, the assurance of our highest consideration,” I am able to confirm that Aruba is in agreement with the contents of your letter.';
    assert.equal(quotedOf(nlAu(inner)).at(-1), `${inner}”`);
    // "for your consideration." names no assurance: no close, quoted whole with what follows.
    const body = 'I submit the foregoing for your consideration. (sd.) DAVID FAIRBAIRN';
    assert.equal(quotedOf(nlAu(body)).at(-1), `${body}”`);
  });

  it('near miss: a reply by reference prints as written, its own close included', () => {
    const reply = texts(opened(notes).renderModel(uri)!, 1);
    assert.ok(reply.every((p) => !p.quoted && !/[“”]/.test(p.text)));
    assert.match(reply.at(-1)!.text, /the assurances of its highest consideration\.$/);
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
    // The offer without its signatory and addressee: the quotation ends at the close.
    const offer = opened(letters).renderModel(uri)!.articles[0].paragraphs.length - 2;
    assert.equal(quoted.length, offer, quoted.map((p) => p.text).join('\n'));
    assert.equal(quoted[0].text, '“Dear Colleague,');
    assert.equal(quoted.at(-1)!.text, 'Yours sincerely,”');
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
