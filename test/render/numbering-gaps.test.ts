/**
 * A concluded transcription that leaves articles out marks the gap where its printed numbering jumps
 * (the treaty lawyer’s third check, point 2: UNCAC's export went from Art. 4 to Art. 43 with nothing
 * saying Arts. 5–42 are left out). The mark is editorial, outside the text's words, in the note's
 * style (render/numbering-gaps.ts).
 */
import assert from 'node:assert/strict';
import { numberingGaps } from '../../server/src/language/render/numbering-gaps';
import { aknProblems } from './akn-structure';
import { dumpDocx, readDocx } from './docx-reader';
import { openDraftedRealInstrument } from './drafted-variant';
import { openRealInstrument } from './render-fixtures';

describe('a concluded transcription marks the articles it leaves out (the treaty lawyer’s third check, point 2)', () => {
  const { service, uri } = openRealInstrument('un-convention-against-corruption-2003.entente');

  it('UNCAC: “[Articles 5 to 42 are not transcribed.]” between Article 4 and Article 43, and each later gap', () => {
    const doc = service.renderModel(uri)!;
    assert.deepEqual(doc.articles.filter((a) => a.gapBefore).map((a) => `${a.gapBefore} ${a.heading}`), [
      // The preamble, which the transcription says it omits (`omitted "the preamble"`), before Article 1.
      '[Not transcribed: the preamble.] Article 1',
      '[Articles 5 to 42 are not transcribed.] Article 43',
      '[Articles 44 and 45 are not transcribed.] Article 46',
      '[Article 47 is not transcribed.] Article 48',
      '[Articles 50 to 55 are not transcribed.] Article 56',
      '[Articles 60 to 62 are not transcribed.] Article 63',
    ]);
  });

  it('in every format, in the note’s style, outside the article', async () => {
    const md = service.render(uri, 'markdown')!;
    assert.match(md, /\n> \*\\\[Articles 5 to 42 are not transcribed\.\\\]\*\n\n## Article 43\n/);
    const html = service.render(uri, 'html')!;
    assert.match(html, /<aside class="editorial-note" role="note"><p><em>\[Articles 5 to 42 are not transcribed\.\]<\/em><\/p><\/aside>\s*<section[^>]*>\s*<h2[^>]*>[^]*?Article 43/);
    const akn = service.render(uri, 'akn')!;
    assert.match(akn, /<hcontainer eId="hcontainer_notTranscribed_\d+" name="notTranscribed"><content><p><omissis>\[Articles 5 to 42 are not transcribed\.\]<\/omissis><\/p><\/content><\/hcontainer><article/);
    assert.deepEqual(aknProblems(akn), []);
    const docx = dumpDocx(await readDocx((await service.renderDocx(uri))!));
    assert.match(docx, /\[EditorialNote\] ?\[Articles 5 to 42 are not transcribed\.\]/);
  });

  it('reads the numbers it can compare, and says nothing where it cannot', () => {
    assert.deepEqual([...numberingGaps(['Article 1 – Scope', 'Article 2', 'Article 5 – Costs'])], [[2, '[Articles 3 and 4 are not transcribed.]']]);
    assert.deepEqual([...numberingGaps(['Articles 3–5 – Exchange', 'Article 6', 'Articles 7–9 – Investigations', 'Article 12'])], [[3, '[Articles 10 and 11 are not transcribed.]']]);
    // Near misses: consecutive numbers, a heading naming more than its number, Roman numerals, a numbering that starts again, another unit.
    for (const headings of [
      ['Article 1', 'Article 2', 'Article 3'],
      ['Article 1', 'Articles 1(c) and 2 – Definitions', 'Articles 3–5 – Exchange'],
      ['Article I', 'Article V'],
      ['Article 9', 'Annex', 'Article 1'],
      ['Article 2', 'Section 7'],
    ]) assert.deepEqual([...numberingGaps(headings)], [], headings.join(' / '));
  });

  it('near miss: a whole transcription (NL–Eurojust 2006, Art. 1 as `define`s) says no article is "not transcribed" — only that Article 1 is not printed; a draft has no mark', () => {
    const eurojust = openRealInstrument('nl-eurojust-seat-agreement-2006.entente');
    const md = eurojust.service.render(eurojust.uri, 'markdown')!;
    assert.doesNotMatch(md, /not transcribed\.\\?\]/);
    // Then its definitions, which stand there in no clause, as the marked insertion (definitions-in-place.ts).
    assert.match(md, /\n> \*\\\[Article 1’s wording is not printed; the definitions the transcription places here follow\.\\\]\*\n\n> \*\\\[Definitions as transcribed, [^\n]*\n>\n> “Eurojust Decision”: the Council Decision of 28 February 2002 [^]*?\n> “Member State”: any Member State of the European Union\n\n## Article 2 – Immunity/);
    const drafted = openDraftedRealInstrument('un-convention-against-corruption-2003.entente');
    assert.ok(drafted.service.renderModel(drafted.uri)!.articles.every((a) => a.gapBefore === undefined));
  });

  // The December 2026 check, point 3: a leading gap had no mark (CNS from Art. 5, Budapest from Art. 23, UNCLOS from Art. 192).
  it('a leading gap: “[Articles 1 to 191 are not transcribed.]” before UNCLOS Art. 192; “not printed” where `define`s may hold those articles (CNS, Budapest, UNECE, CETS 182)', () => {
    const first = (name: string) => openRealInstrument(`${name}.entente`).service.renderModel(openRealInstrument(`${name}.entente`).uri)!.articles[0];
    const cases: [string, string, RegExp][] = [
      // UNCLOS says it omits "the preamble" and "Articles 1 to 191" (`omitted`): the declared words stand for the jump, one mark.
      ['un-unclos-marine-environment-final-clauses-1982', '[Not transcribed: the preamble.] [Articles 1 to 191 are not transcribed.]', /^Article 192/],
      // CNS and UNECE say they omit the preamble (`omitted`), marked before the jump. The jump's numbers a
      // declared part covers are said "not transcribed" in the transcriber's words, only the rest "not
      // printed" (lr8, defect 4: merged into one "not printed" mark, "not transcribed" was lost).
      ['iaea-nuclear-safety-convention-1994', '[Not transcribed: the preamble.] [Articles 1 to 4 are not transcribed.]', /^Article 5/],
      // Its four `define`s stand there, in no clause: inserted after the jump's mark (definitions-in-place.ts, below).
      // Articles 2–22 after them, as the text has them (ninety-fifth run, defect 4).
      ['budapest-convention', '[Article 1’s wording is not printed; the definitions the transcription places here follow.]', /^Article 23/],
      ['unece-industrial-accidents-convention-1992', '[Not transcribed: the preamble.] [Article 1 is not printed.] [Articles 2 to 9 are not transcribed.]', /^Article 10/],
      ['coe-ets182-second-mla-protocol-2001', '[Articles 1 to 10 are not transcribed.]', /^Article 11/],
    ];
    for (const [name, mark, heading] of cases) {
      const article = first(name);
      assert.equal(article.gapBefore, mark, name);
      assert.match(article.heading, heading, name);
    }
    assert.equal(first('budapest-convention').gapAfterInsertion, '[Articles 2 to 22 are not transcribed.]');
    // Before the first article, the AKN body stays valid.
    const budapest = openRealInstrument('budapest-convention.entente');
    const akn = budapest.service.render(budapest.uri, 'akn')!;
    assert.match(akn, /<omissis>\[Article 1’s wording is not printed; the definitions the transcription places here follow\.\]<\/omissis><\/p><\/content><\/hcontainer><hcontainer eId="hcontainer_definitionsAsTranscribed_1" name="definitionsAsTranscribed" status="editorial"><content><p class="editorialNote">\[Definitions as transcribed, /);
    assert.match(akn, /<\/hcontainer><hcontainer eId="hcontainer_notTranscribedAfterDefinitions_1" name="notTranscribed"><content><p><omissis>\[Articles 2 to 22 are not transcribed\.\]<\/omissis><\/p><\/content><\/hcontainer><article eId="art_1">/);
    assert.match(akn, /<item eId="hcontainer_definitionsAsTranscribed_1__list_1__item_1"><p>“<def refersTo="#computerSystem">computer system<\/def>”: /);
    assert.deepEqual(aknProblems(akn), []);
  });

  it('leading near misses: a text that begins at Article 1, Roman numerals, another unit, a later restart; none without `leading`', () => {
    assert.deepEqual([...numberingGaps(['Article 1', 'Article 2'], 'not transcribed')], []);
    assert.deepEqual([...numberingGaps(['Article II – Purpose', 'Article III'], 'not transcribed')], []);
    assert.deepEqual([...numberingGaps(['Section 3', 'Section 4'], 'not transcribed')], []);
    assert.deepEqual([...numberingGaps(['Paragraph 4'], 'not transcribed')], []);
    assert.deepEqual([...numberingGaps(['Article 1', 'Article 2', 'Annex', 'Article 3'], 'not transcribed')], []);
    assert.deepEqual([...numberingGaps(['Chapter III; Article 7 – General principles', 'Article 8'], 'not transcribed')], []);
    assert.deepEqual([...numberingGaps(['Article 2', 'Article 3'])], []);
    assert.deepEqual([...numberingGaps(['Article 2', 'Article 3'], 'not printed')], [[0, '[Article 1 is not printed.]']]);
    // Roman numbering (NL–Switzerland 2007 opens at "Article II"): silent, as numbering-gaps.ts reads no Roman numerals.
    const ch = openRealInstrument('nl-ch-military-exercises-2007.entente');
    // (Only its Article I's definitions, which stand before Article II in no clause, inserted there: definitions-in-place.ts.)
    assert.ok(ch.service.renderModel(ch.uri)!.articles.every((a) => a.gapBefore === undefined));
    // A text that begins at Article 1 (UNCAC): no numbering mark before it, only the preamble it says it omits (`omitted "the preamble"`).
    const uncac = openRealInstrument('un-convention-against-corruption-2003.entente');
    const articles = uncac.service.renderModel(uncac.uri)!.articles;
    assert.match(articles[0].heading, /^Article 1\b/);
    assert.equal(articles[0].gapBefore, '[Not transcribed: the preamble.]');
    assert.ok(!articles[0].gapBefore.includes('Article'));
  });
});
