/**
 * Who numbers the exported text (test/render/EXPORT-REVIEW.md, systemic finding 3 and item 29):
 * a transcription whose clauses carry their own designations ("Article 1 – …", "Section 2",
 * "1", "Annex A") is numbered by its drafter, so every cross-reference of the text keeps pointing
 * at the article it names. Each test renders a real transcription (or a small document) and
 * asserts on the headings and their order, in every format.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { carriesDesignation, isPreambleHeading, namesAttachment } from '../../server/src/language/render/self-numbering';
import { aknProblems } from './akn-structure';
import { dumpDocx, readDocx } from './docx-reader';
import { exportedDraftedRealInstrument, openDraftedRealInstrument } from './drafted-variant';
import { openSample, openTemplates, sampleNames, exportedRealInstrument } from './render-fixtures';

const exported = exportedRealInstrument;
/**
 * A concluded text prints no generated provision (render/unprinted-note.ts): what is printed
 * outside a drafter's numbering is tested on the drafted variant (test/render/drafted-variant.ts).
 */
const drafted = exportedDraftedRealInstrument;

/** The Markdown headings, in order, without the `##`. */
const headings = (md: string, level = '##') => md.split('\n').filter((l) => l.startsWith(`${level} `)).map((l) => l.slice(level.length + 1));
/** Where a line starting so stands in the export (-1 when absent). */
const at = (md: string, start: string) => md.split('\n').findIndex((l) => l.startsWith(start));

describe('export numbering: a text its drafter numbers keeps its numbers', () => {
  describe('which headings carry the drafter’s own designation', () => {
    const designated = [
      'Article 1 – Object and scope of the Agreement', 'Article IV', 'Art. 3', 'Artikel 10 – Geschillenbeslechting', 'Section 2', 'Paragraph 3', 'Part II', 'Chapter 1',
      'Protocol, Article 1 (Article 5)', 'Annex A', 'Appendix', 'Schedule', 'Articles 1(c) and 2 – Definitions', 'Article 16 bis', 'Article 6A', 'Chapter I – Definitions, Article 1',
      'Statutes, Article 1. Legal status', 'Procedures, paragraph 1 – General', 'Annex as referred to in Article 17 of the Agreement', 'Protocol – Preamble',
      'Schedule A (paras. 4–5)', 'Attachment 1 – Administrative Factors', 'Annex — Major Maintenance', 'Article I. Establishment',
      // Dutch, French, German.
      'Hoofdstuk 4', 'Bijlage 2', 'Chapitre III', 'Titre I', 'Annexe 2', 'Abschnitt 2', 'Kapitel 3', 'Teil II', 'Anlage 1', '§ 4',
      // A bare number, as numbered paragraphs and sections are headed.
      '1', '22', '1 Background information', '1. Purpose', '2.b Security Costs', '3.–4. Operating procedures', 'II. General Principles', 'VIII Entry into force',
    ];
    for (const heading of designated) it(`“${heading}” is a designation`, () => assert.ok(carriesDesignation(heading)));

    const nearMisses = [
      'Articles of association', 'Annual report', 'Annexes', 'Part of the budget', 'Parties', 'Particulars', 'Titles', 'Schedule of meetings', 'Scheduled maintenance',
      'Protocol on incident reporting', 'Protocols', 'Rules of procedure', 'Sectional interests', 'Chapter and verse', '24/7 points of contact', '72 hours', '2027 review',
      'CV Requirements', 'Definitions', 'Exchange of information', 'Final formula', 'Preamble', 'Nr. I, opening', 'Mutual Security Protection (paras. 1–12)', 'Annex-based approach',
    ];
    for (const heading of nearMisses) it(`“${heading}” is not`, () => assert.equal(carriesDesignation(heading), false));

    it('a preamble is recognised by its heading alone, not a protocol’s preamble', () => {
      for (const h of ['Preamble', 'Preambule', 'Préambule', 'Präambel', 'Opening recital', 'Recitals']) assert.ok(isPreambleHeading(h), h);
      for (const h of ['Protocol – Preamble', 'Preamble to the Protocol', 'Preamble and scope']) assert.equal(isPreambleHeading(h), false, h);
    });

    it('an attached instrument is named by its title, an article on annexes is not one', () => {
      assert.ok(namesAttachment('Annex as referred to in Article 17'));
      assert.ok(namesAttachment('Statutes, Article 1. Legal status'));
      assert.equal(namesAttachment('Article 10 – Annexes'), false);
    });
  });

  describe('NL–Samoa tax information exchange (2009): review item 14', () => {
    it('the drafter’s Articles 1–13 keep their numbers, in order, with no generated number before them', () => {
      const md = exported('nl-ws-tax-information-exchange-2009');
      const main = headings(md).slice(0, 13);
      assert.deepEqual(main.map((h) => /^Article (\d+) – /.exec(h)?.[1]), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
      assert.equal(main[7], 'Article 8 – Confidentiality', '“confidential in the manner provided in Article 8” points at Article 8');
      assert.doesNotMatch(md, /^## Article \d+ — /m);
      assert.match(md, /treated as confidential in the manner provided in Article 8/);
    });

    it('the preamble is the preamble, before Article 1, and not an article', () => {
      const md = exported('nl-ws-tax-information-exchange-2009');
      const preamble = at(md, 'The Government of the Kingdom of the Netherlands and the Government of Samoa, Desiring');
      assert.ok(preamble > 0 && preamble < at(md, '## Article 1 – '));
      assert.ok(at(md, 'Have agreed as follows:') < at(md, '## Article 1 – '));
      assert.equal(headings(md).filter((h) => /^Preamble$|— Preamble/.test(h)).length, 0);
    });

    it('drafted: generated articles a drafter’s article covers are not printed; the others follow Article 13, unnumbered and marked as proposed', () => {
      const md = drafted('nl-ws-tax-information-exchange-2009');
      assert.ok(!headings(md, '###').includes('Definitions'), 'Article 4 – Definitions is the text’s definitions');
      assert.ok(!headings(md).includes('Definitions'));
      const outside = at(md, '## *Provisions stated only in the declarations — not numbered in the text*');
      assert.ok(outside > at(md, '## Article 13 – Termination'));
      assert.ok(outside < at(md, 'IN WITNESS WHEREOF'));
      assert.equal(md.split('\n')[outside + 2], '*Proposed from the declarations; not yet in the numbered text.*');
      assert.deepEqual(headings(md, '###'), ['Information', 'Designated authorities and points of contact']);
      // Two blanks of the channel's undertaking, and "[who]" for its two time limits: the text's own words say who provides (lf40).
      assert.match(md.split('\n')[0], /^> \*\*DRAFT — 4 blanks to fill; 2 provisions outside the text’s numbering\*\*$/);
    });

    it('the Agreement’s final formula and signatures come before the Protocol, which keeps its own', () => {
      const md = exported('nl-ws-tax-information-exchange-2009');
      // The Agreement's own signature lines, in its final formula (no generated block repeats them: header-formulas / export-review-2 tests).
      const signed = at(md, 'DONE at Mexico City (Mexico) this first day of September 2009');
      assert.ok(signed > 0 && md.split('\n')[signed].endsWith('For Samoa: TUUU ANASII LEOTA'));
      assert.ok(at(md, 'IN WITNESS WHEREOF, the undersigned') < signed);
      const protocol = headings(md).slice(-7);
      assert.deepEqual(protocol, ['Protocol – Preamble', 'Protocol, Article 1 (Article 5)', 'Protocol, Article 2 (Article 12)', 'Protocol, Article 3', 'Protocol, Article 4', 'Protocol, Article 5', 'Protocol – Testimonium']);
      assert.ok(at(md, '## Protocol – Preamble') > signed);
    });
  });

  it('NL–Eurojust (2006), review item 55: “the procedure set out in Article 23” is Article 23, Settlement of Disputes; the Annex follows the signatures', () => {
    const md = exported('nl-eurojust-seat-agreement-2006');
    assert.match(md, /according to the procedure set out in Article 23/);
    assert.ok(headings(md).includes('Article 23 – Settlement of Disputes'));
    assert.ok(!headings(md).some((h) => /^Article \d+ — /.test(h)));
    const annex = headings(md).findIndex((h) => h.startsWith('Annex as referred to in Article 17'));
    assert.equal(annex, headings(md).length - 1);
    assert.ok(at(md, '## Annex as referred to') > at(md, '**For '));
  });

  it('Benelux readmission protocol (2013), review item 59: “Article 15 of this Implementing Protocol” is Entry into force; Annexes 1–3 follow the signatures', () => {
    const md = exported('benelux-ba-readmission-protocol-2013');
    assert.match(md, /in accordance with the procedures described in Article 15 of this Implementing Protocol/);
    assert.ok(headings(md).some((h) => h.startsWith('Article 15 – Entry into force')));
    assert.deepEqual(headings(md).slice(-3).map((h) => h.slice(0, 7)), ['Annex 1', 'Annex 2', 'Annex 3']);
    assert.ok(at(md, '## Annex 1') > at(md, '**For '));
  });

  it('NL–Australia MH17 (2014), review item 42: paragraphs 1–22 are headed by their own numbers', () => {
    const md = exported('nl-au-mh17-personnel-2014');
    assert.deepEqual(headings(md).slice(0, 22), Array.from({ length: 22 }, (_, i) => String(i + 1)));
    assert.doesNotMatch(md, /^## Paragraph \d+ — /m);
  });

  it('Benelux crisis MoU (2006): the Dutch “Artikel” headings and the “Preambule” are the drafter’s', () => {
    const md = exported('benelux-crisis-management-mou-2006');
    assert.deepEqual(headings(md).slice(0, 11).map((h) => /^Artikel (\d+) – /.exec(h)?.[1]), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    assert.ok(at(md, 'Het Koninkrijk België, het Koninkrijk der Nederlanden') < at(md, '## Artikel 1 – '));
    assert.ok(!headings(md).includes('Preambule'));
  });

  it('the drafter’s final formula is printed once, where the final formula goes, not as an article (NL–Hong Kong 2002, “IN WITNESS whereof”)', () => {
    const md = exported('nl-hk-mutual-legal-assistance-2002');
    assert.ok(!headings(md).includes('Final formula'));
    // No generated formula ("… being duly authorised thereto …") beside the drafter's: the text's own, as transcribed
    // twice (at the end of Article 24 and as the final formula), each a paragraph of its own (ninety-first run, defect 4).
    assert.equal(md.split('\n').filter((l) => /^IN WITNESS WHEREOF the undersigned, being duly authori[sz]ed thereto/i.test(l)).length, 0, 'no generated formula beside the drafter’s');
    assert.equal(md.split('\n').filter((l) => /^IN WITNESS whereof the undersigned, being duly authorised by their respective Governments/.test(l)).length, 2);
    assert.ok(at(md, 'IN WITNESS whereof the undersigned, being duly authorised by their respective Governments') < at(md, '## Interpretative note Nr. I'));
  });

  it('every real transcription whose clauses number themselves gets no generated number, and its draft names what is outside its numbering', () => {
    for (const name of ['budapest-convention', 'coe-ets30-mutual-assistance-criminal-1959', 'nl-opcw-facility-agreement-1998', 'nl-unu-intech-memorandum-of-agreement-1989', 'nl-us-customs-mutual-assistance-1996']) {
      const { service, uri } = openDraftedRealInstrument(`${name}.entente`);
      const doc = service.renderModel(uri)!;
      assert.equal(doc.numbering, 'drafter', name);
      assert.ok([...doc.articles, ...doc.annexed, ...(doc.outside?.articles ?? [])].every((a) => a.num === undefined), name);
      const outside = doc.outside?.articles.length ?? 0;
      assert.ok(outside > 0, `${name}: each has provisions outside its numbering`);
      if (outside > 0) assert.match(doc.draft?.label ?? '', new RegExp(`${outside} provisions? outside the text’s numbering`), name);
    }
  });

  describe('HTML, Akoma Ntoso and Word follow the same structure', () => {
    it('HTML, drafted: the drafter’s headings without a number, the outside provisions under their own heading, the Protocol after the signatures', () => {
      const html = drafted('nl-ws-tax-information-exchange-2009', 'html');
      assert.match(html, /<h2 id="article-1-h"><span class="heading">Article 1 – Object and scope of the Agreement<\/span><\/h2>/);
      assert.doesNotMatch(html, /<span class="num">/);
      const outside = html.indexOf('<section class="outside-numbering"');
      assert.ok(outside > html.indexOf('Article 13 – Termination') && outside < html.indexOf('<section class="final-formula"'));
      assert.match(html, /<p class="outside-lead"><em>Proposed from the declarations; not yet in the numbered text\.<\/em><\/p>/);
      assert.match(html, /<h3 id="article-\d+-h"><span class="heading">Information<\/span><\/h3>/);
      assert.ok(html.indexOf('Protocol – Preamble</span></h2>') > html.indexOf('<div class="signatures">'));
      assert.match(html, /<p class="draft" role="note"><strong>DRAFT — 4 blanks to fill; 2 provisions outside the text’s numbering<\/strong><\/p>/);
    });

    it('Akoma Ntoso, drafted: articles without a num of ours, the drafter’s preamble, the outside provisions in an hcontainer, the Protocol in the conclusions', () => {
      const xml = drafted('nl-ws-tax-information-exchange-2009', 'akn');
      assert.deepEqual(aknProblems(xml), []);
      assert.match(xml, /<article eId="art_1"><heading>Article 1 – Object and scope of the Agreement<\/heading>/);
      assert.doesNotMatch(xml, /<num>Article \d+<\/num>/);
      const preamble = /<preamble>(.*?)<\/preamble>/.exec(xml)?.[1].replace(/<\/?term[^>]*>/g, '');
      assert.equal(preamble, '<p>The Government of the Kingdom of the Netherlands and the Government of Samoa, Desiring to facilitate the exchange of information with respect to taxes;</p><formula name="enactingFormula"><p>Have agreed as follows:</p></formula>');
      assert.match(xml, /<hcontainer eId="hcontainer_outside" name="outsideNumbering"><heading>Provisions stated only in the declarations — not numbered in the text<\/heading><intro><p>Proposed from the declarations; not yet in the numbered text\.<\/p><\/intro><article /);
      const conclusions = xml.slice(xml.indexOf('<conclusions>'));
      assert.ok(conclusions.indexOf('<tblock') > conclusions.lastIndexOf('<signature>'));
      assert.match(conclusions, /<tblock eId="tblock_\d+"><heading>Protocol, Article 1 \(Article 5\)<\/heading>/);
    });

    it('Akoma Ntoso is well-formed and structured for every drafter-numbered transcription tried', () => {
      for (const name of ['benelux-ba-readmission-protocol-2013', 'nl-us-customs-mutual-assistance-1996', 'nl-au-mh17-personnel-2014', 'gwp-organisation-mou-2002']) assert.deepEqual(aknProblems(exported(name, 'akn')), [], name);
    });

    it('Word, drafted: no heading in the Word list that numbers articles, the outside provisions as Heading 2, the Protocol after the signature table', async () => {
      const { service, uri } = openDraftedRealInstrument('nl-ws-tax-information-exchange-2009.entente');
      const dump = dumpDocx(await readDocx((await service.renderDocx(uri))!));
      assert.doesNotMatch(dump, /Article %1/);
      assert.match(dump, /\[Heading1\][^\n]*Article 1 – Object and scope of the Agreement/);
      assert.match(dump, /\[Heading2\][^\n]*\bInformation\b/);
      // Under the heading (after the table of contents), before the first provision: the line saying they are proposed.
      const lead = dump.indexOf('Proposed from the declarations; not yet in the numbered text.');
      assert.ok(lead > dump.indexOf('[Heading1]  / Provisions stated only in the declarations'));
      assert.ok(lead < dump.search(/\[Heading2\][^\n]*\bInformation\b/));
      assert.ok(dump.indexOf('[Heading1]  / Protocol – Preamble') > dump.indexOf('For the Government of Samoa'));
    });
  });

  describe('a text whose clauses do not number themselves is numbered as before', () => {
    it('every sample and template is numbered by the renderer, with nothing outside or after the signatures (but the exchanges of notes, which are their notes)', () => {
      const exchanges = ['ee-fi-exchange-of-notes.entente', 'cert-letters-arrangement.entente'];
      // A concluded transcription keeps its own numbers ("Article 35 – 24/7 Network").
      const concluded = ['budapest-24-7-excerpt.entente'];
      for (const name of concluded) assert.equal(openSample(name).service.renderModel(openSample(name).uri)!.numbering, 'drafter', name);
      const opened = [...sampleNames.filter((s) => !exchanges.includes(s) && !concluded.includes(s)).map((s) => openSample(s)), ...openTemplates()];
      for (const name of exchanges) assert.equal(openSample(name).service.renderModel(openSample(name).uri)!.numbering, 'drafter', name);
      for (const { service, uri, name } of opened) {
        const doc = service.renderModel(uri)!;
        assert.equal(doc.numbering, 'renderer', name);
        assert.equal(doc.outside, undefined, name);
        assert.deepEqual(doc.annexed, [], name);
        doc.articles.forEach((a, i) => assert.equal(a.num, `${doc.unit} ${i + 1}`, name));
      }
    });

    it('a clause headed “Preamble” is the preamble there too, before Article 1, and the articles are numbered from 1', () => {
      const service = createEntenteService({ readFile: () => undefined });
      const uri = 'file:///t/preamble.entente';
      service.open(uri, `treaty "Agreement on Cyber Cooperation" {
  status binding
  languages English
  done at "Tallinn" on 2027-01-01
}
party EE "Republic of Estonia" { kind state jurisdiction EE }
party FI "Republic of Finland" { kind state jurisdiction FI }
clause Preamble "Preamble" """
  The Republic of Estonia and the Republic of Finland, Recognising the value of cooperation; Have agreed as follows:
"""
clause Costs "Costs" about costs """
  Each Party shall bear its own costs.
"""
`);
      const md = service.render(uri, 'markdown')!;
      assert.deepEqual(headings(md), ['Article 1 — Costs']);
      assert.ok(at(md, 'The Republic of Estonia and the Republic of Finland, Recognising the value of cooperation;') < at(md, '## Article 1 — Costs'));
      assert.equal(md.match(/Have agreed as follows:/g)?.length, 1, 'no generated preamble beside the drafter’s');
      assert.doesNotMatch(md, /hereinafter referred to/);
    });
  });
});
