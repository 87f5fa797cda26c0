/**
 * A draft's `define`s are printed in the article whose words announce them and hold none of them;
 * a concluded text's are printed there as a marked insertion, never as the Parties' words
 * (render/definitions-in-place.ts; fifty-eighth run, item 3; the treaty lawyer's thirteenth check,
 * D5). ITPGRFA 2001, Art. 2
 * (read: BWBV0001763): "For the purpose of this Treaty, the following terms shall have the meanings
 * hereunder assigned to them. These definitions are not intended to cover trade in commodities:",
 * then "“In situ conservation” means the conservation of ecosystems …" and seven more. The export
 * printed the chapeau and no definition, and its note named none.
 */
import assert from 'node:assert/strict';
import { aknProblems } from './akn-structure';
import { openRealInstrument, renderText } from './render-fixtures';
import { openDraftedRealInstrument } from './drafted-variant';

const itpgrfa = 'fao-itpgrfa-plant-genetic-resources-2001.entente';

/** The lines of the Markdown export from a heading up to the next. */
function article(md: string, heading: string): string[] {
  const lines = md.split('\n').filter((l) => l.trim() !== '');
  const at = lines.findIndex((l) => l.startsWith(`## ${heading}`));
  const next = lines.findIndex((l, i) => i > at && l.startsWith('## '));
  return lines.slice(at + 1, next);
}

const render = renderText;

const concluded = (clause: string, defines: string) =>
  `treaty "Treaty" {\n  status binding\n  opened for signature at "the FAO" on 2001-11-03\n}\nparty A "Members of FAO" { kind state class open }\n${defines}clause Art1 "Article 1 – Objectives" """\n  The objectives of this Treaty are the conservation of plant genetic resources.\n"""\n${clause}clause Art3 "Article 3 – Scope" """\n  This Treaty relates to plant genetic resources.\n"""\n`;
const chapeau = 'clause Art2 "Article 2 – Use of terms" about definitions """\n  For the purpose of this Treaty, the following terms shall have the meanings hereunder assigned to them:\n"""\n';
const defines = 'define "Variety" means "a plant grouping, within a single botanical taxon of the lowest known rank."\ndefine "Genetic material" means "any material of plant origin"\n';

describe('definitions where the text has them (fifty-eighth run, item 3; treaty lawyer’s thirteenth check, D5)', () => {
  it('ITPGRFA Art. 2 (concluded): the chapeau, then the eight as the marked insertion, none printed as the text’s words, in every format', () => {
    const { service, uri } = openRealInstrument(itpgrfa);
    const md = service.render(uri, 'markdown')!;
    const lines = article(md, 'Article 2 – Use of terms');
    assert.equal(lines.length, 18);
    assert.match(lines[0], /^For the purpose of this Treaty, .* trade in commodities:$/);
    assert.match(lines[1], /^> \*\\\[Definitions as transcribed, not in the text’s own wording: /);
    assert.match(lines[3], /^> “In situ conservation”: the conservation of ecosystems/);
    assert.match(lines[17], /^> “Centre of crop diversity”: /);
    // The "“X” means" form is the export's, not the text's: nowhere in the printed text.
    assert.doesNotMatch(md.split('Not part of the text')[0], /” means /);
    for (const format of ['html', 'akn'] as const) {
      const out = service.render(uri, format)!;
      assert.match(out, /Definitions as transcribed, not in the text’s own wording/, format);
      assert.match(out, /Centre of crop diversity(?:<\/(?:term|def|dfn)>)?”: /, format);
      assert.doesNotMatch(out, /Centre of crop diversity(?:<\/(?:term|def|dfn)>)?” means/, format);
    }
    assert.deepEqual(aknProblems(service.render(uri, 'akn')!), []);
  });

  it('a draft prints them after the announcing words, worded and punctuated as the generated article', () => {
    const draft = concluded(chapeau, defines).replace('  opened for signature at "the FAO" on 2001-11-03\n', '');
    assert.deepEqual(article(render(draft), 'Article 2'), [
      'For the purpose of this Treaty, the following terms shall have the meanings hereunder assigned to them:',
      '“Variety” means a plant grouping, within a single botanical taxon of the lowest known rank;',
      '“Genetic material” means any material of plant origin.',
    ]);
    // The concluded text: the marked insertion instead, each meaning as transcribed (its full stop kept, none added).
    assert.deepEqual(article(render(concluded(chapeau, defines)), 'Article 2').slice(2), ['>', '> “Variety”: a plant grouping, within a single botanical taxon of the lowest known rank.', '>', '> “Genetic material”: any material of plant origin']);
    // The drafted ITPGRFA too, with no generated "Definitions" article beside Art. 2.
    const { service, uri } = openDraftedRealInstrument(itpgrfa);
    const md = service.render(uri, 'markdown')!;
    assert.equal(article(md, 'Article 2 – Use of terms').length, 9);
    assert.doesNotMatch(md, /^#+ .*Definitions$/m);
  });

  it('near misses: a clause that holds its definitions is printed as written; one that refers elsewhere gets no mark, and the note names them', () => {
    const holding = 'clause Art2 "Article 2 – Use of terms" about definitions """\n  For the purpose of this Treaty:\n  "Variety" means a plant grouping.\n"""\n';
    const md = render(concluded(holding, defines));
    assert.ok(article(md, 'Article 2').includes('For the purpose of this Treaty: "Variety" means a plant grouping.'));
    // The clause stands for "Variety" only: "Genetic material", which its words do not hold, is the
    // marked insertion after them, never dropped (seventy-first and seventy-third runs, defect 1); "Variety" is not printed twice.
    assert.match(md, /printed (?:before|after) the article’s own words as transcribed, which hold its other definitions/);
    assert.match(md, /“Genetic material”: /);
    assert.doesNotMatch(md, /“Variety”: |Definitions ‘/);
    const elsewhere = 'clause Art2 "Article 2 – Use of terms" about definitions """\n  The terms used in this Treaty have the meanings given to them in the Convention on Biological Diversity.\n"""\n';
    const referring = render(concluded(elsewhere, defines));
    assert.equal(article(referring, 'Article 2').length, 1);
    assert.doesNotMatch(referring, /Definitions as transcribed/);
    assert.match(referring, /Not part of the text.*Definitions ‘Variety’ and ‘Genetic material’/);
    // No clause on definitions: nothing is added to another article (the note names the definitions).
    const none = render(concluded('', defines));
    assert.ok(!article(none, 'Article 1').some((l) => / means /.test(l)));
    assert.match(none, /Definitions ‘Variety’ and ‘Genetic material’/);
  });
});

/**
 * A concluded text's `define`s standing in the file between clauses, in none, where the printed
 * numbering skips their article (definitions-in-place.ts; reviewers of the fifty-ninth and sixtieth
 * runs): EMEP Financing Protocol 1984 Art. 1, Caribbean LBS Protocol 1999 Art. I, MARPOL 1973 Art. 2
 * (the sixty-fifth run). The marked insertion at their place prints them as transcribed; the text's
 * words are not invented around them.
 */
describe('definitions standing between clauses in a concluded text are inserted where they stand', () => {
  const between = (before: string, after: string) =>
    `treaty "Treaty" {\n  status binding\n  opened for signature at "the FAO" on 2001-11-03\n}\nparty A "Members of FAO" { kind state class open }\nclause ${before.split(' ')[1]} "Article ${before}" """\n  The objectives of this Treaty are the conservation of plant genetic resources.\n"""\n${defines}clause A${after} "Article ${after} – Scope" """\n  This Treaty relates to plant genetic resources.\n"""\n`;
  const inserted = '> “Variety”: a plant grouping, within a single botanical taxon of the lowest known rank.\n>\n> “Genetic material”: any material of plant origin';

  it('EMEP 1984: after the mark of its Article 1, before Article 2, in every format; the transcriber’s words only inside the insertion', () => {
    const { service, uri } = openRealInstrument('unece-lrtap-emep-financing-protocol-1984.entente');
    const md = service.render(uri, 'markdown')!;
    const lines = md.split('\n').filter((l) => l.trim() !== '');
    const at = lines.findIndex((l) => l.startsWith('## Article 2'));
    assert.equal(lines[at - 10], '> *\\[Article 1’s wording is not printed; the definitions the transcription places here follow.\\]*');
    assert.match(lines[at - 9], /^> \*\\\[Definitions as transcribed, /);
    assert.match(lines[at - 7], /^> “UN assessment rate”: /);
    assert.match(lines[at - 1], /^> “Geographical scope of EMEP”: /);
    // The transcriber's "(Article 1(1))" is printed only in the insertion's lines, never in the text's.
    const text = md.split('Not part of the text')[0].split('\n').filter((l) => !l.startsWith('>')).join('\n');
    assert.doesNotMatch(text, /Article 1\(1\)|means a Contracting Party/);
    for (const format of ['html', 'akn'] as const) assert.match(service.render(uri, format)!, /UN assessment rate(?:<\/(?:def|dfn)>)?”: /, format);
    assert.deepEqual(aknProblems(service.render(uri, 'akn')!), []);
  });

  it('Caribbean LBS 1999: before Article II, where nothing stood', () => {
    const { service, uri } = openRealInstrument('caribbean-lbs-protocol-1999.entente');
    const lines = service.render(uri, 'markdown')!.split('\n').filter((l) => l.trim() !== '');
    const at = lines.findIndex((l) => l.startsWith('## Article II'));
    assert.match(lines[at - 1], /^> “Monitoring”: /);
    assert.match(lines[at - 13], /^> \*\\\[Definitions as transcribed, /);
    assert.match(service.render(uri, 'html')!, /<aside class="editorial-note" role="note"><p><em>\[Definitions as transcribed, [^<]*<\/em><\/p><p>“<dfn id="term-convention">Convention<\/dfn>”: /);
  });

  it('only where the numbering skips an article at their place; not on a draft', () => {
    // The skipped Article 2 is "not printed" (the definitions may be its words), not "not transcribed".
    assert.match(render(between('1 – Objectives', '3')), /\n> \*\\\[Article 2’s wording is not printed; the definitions the transcription places here follow\.\\\]\*\n\n> \*\\\[Definitions as transcribed, [^\n]*\n>\n> “Variety”: [^]*\n\n## Article 3/);
    assert.ok(render(between('1 – Objectives', '3')).includes(`${inserted}\n\n## Article 3`));
    assert.match(render(between('1 – Objectives', '3'), 'html'), /<p>“<dfn id="term-variety">Variety<\/dfn>”: a plant grouping/);
    assert.deepEqual(aknProblems(render(between('1 – Objectives', '3'), 'akn')), []);
    // No article skipped there: the transcriber's place may not be the text's (NATO 1997: its Annex I before Article 1).
    assert.doesNotMatch(render(between('1 – Objectives', '2')), /Definitions as transcribed/);
    const { service, uri } = openRealInstrument('nato-security-of-information-1997.entente');
    assert.doesNotMatch(service.render(uri, 'markdown')!, /Definitions as transcribed/);
    // A draft prints the generated definitions article instead.
    const draft = between('1 – Objectives', '3').replace('  opened for signature at "the FAO" on 2001-11-03\n', '');
    assert.doesNotMatch(render(draft), /Definitions as transcribed/);
    assert.match(render(draft), /“Variety” means a plant grouping/);
  });
});
