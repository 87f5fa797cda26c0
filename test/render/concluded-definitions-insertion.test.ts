/**
 * A concluded text's definitions article, written as `define`s, is printed where the text has it as
 * a marked insertion — term and meaning as transcribed, the connector and layout not the text's —
 * in every format, and the note after the text says so (render/definitions-insertion.ts).
 *
 * The sixty-sixth run: the UN Illicit Traffic Convention 1988 (BWBV0001103), Art. 1, its chapeau
 * ("… the following definitions shall apply throughout this Convention:") as the clause and the
 * definitions (a)–(u) as twenty-two `define`s; the export printed the chapeau and "[The definitions
 * of the text are not printed here: …]". The sixty-fifth run: MARPOL 1973 (BWBV0003241), Art. 2,
 * seven `define`s in no clause; the export printed "[Article 2 is not printed.]" and named them in
 * the note as not printed. Both: a whole operative article missing from the export of the text.
 *
 * Near misses: a concluded text whose clause on definitions neither announces them nor begins at a
 * later paragraph (the place is not known: the note names them, nothing is inserted); a concluded
 * text whose numbering skips no article where they stand; a draft (the generated "“X” means …"
 * form, as before: the drafter's proposals).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertionLead } from '../../server/src/language/render/definitions-insertion';
import { aknProblems } from './akn-structure';
import { readDocx } from './docx-reader';
import { openRealInstrument, repoRoot, renderText } from './render-fixtures';

const render = renderText;

/** The `define`s of a transcription: term and meaning as written in the file. */
function defines(file: string): { term: string; meaning: string }[] {
  const source = readFileSync(join(repoRoot, 'test/real-instruments', file), 'utf8');
  return [...source.matchAll(/^define "([^"]+)" means "([^"]*)"$/gmu)].map((m) => ({ term: m[1], meaning: m[2] }));
}

/** The text before the note, without the quotation blocks (the marks and the insertion): the text's own words as printed. */
const textOnly = (md: string) => md.split('\n---\n')[0].split('\n').filter((l) => !l.startsWith('>')).join('\n');

const mdEscape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

describe('a concluded text’s definitions article is printed as a marked insertion (sixty-fifth and sixty-sixth runs)', () => {
  it('UN Illicit Traffic 1988, Art. 1: the chapeau, then all twenty-two as transcribed, in order, inside the insertion', () => {
    const { service, uri } = openRealInstrument('un-illicit-traffic-1988.entente');
    const md = service.render(uri, 'markdown')!;
    const lines = md.split('\n').filter((l) => l.trim() !== '');
    const at = lines.findIndex((l) => l === '## Article 1 – Definitions');
    assert.match(lines[at + 1], /the following definitions shall apply throughout this Convention:$/);
    assert.equal(lines[at + 2], `> *${mdEscape(insertionLead)}*`);
    const expected = defines('un-illicit-traffic-1988.entente');
    assert.equal(expected.length, 22);
    const entries = lines.slice(at + 3).filter((l) => l !== '>');
    expected.forEach((d, i) => assert.equal(entries[i], `> “${d.term}”: ${mdEscape(d.meaning)}`, d.term));
    // Then the marks of the omitted Articles 2–6, and Article 7.
    assert.match(entries[22], /^> \*\\\[Article 2 \(Scope of the Convention\) is not transcribed\.\\\]/);
    // No "not printed here" mark left, and no "“X” means" printed as the text's.
    assert.doesNotMatch(md, /not printed here|” means /);
    // Outside the quotation blocks (the marks and the insertion), no word of a meaning: nothing of the transcription printed as the text's.
    assert.doesNotMatch(textOnly(md), /International Narcotics Control Board|genus Erythroxylon/);
    // The note says the definitions are printed from the declarations, and does not name them as not printed.
    const note = md.split('\n---\n')[1];
    assert.match(note, /none generated from the declarations\. Its 22 definitions, which the transcription holds as declarations \(\\`define\\`\), are printed from them as a marked insertion where the text has them/);
    assert.doesNotMatch(note, /Definitions ‘/);
  });

  it('UN Illicit Traffic 1988: the same insertion in HTML, Akoma Ntoso (editorial status, `def`) and Word (the editorial styles)', async () => {
    const { service, uri } = openRealInstrument('un-illicit-traffic-1988.entente');
    const html = service.render(uri, 'html')!;
    assert.match(html, /<aside class="editorial-note" role="note"><p><em>\[Definitions as transcribed, [^<]*<\/em><\/p><p>“<dfn id="term-board">Board<\/dfn>”: the International Narcotics Control Board /);
    assert.match(html, /<p>“<dfn id="term-transitState">Transit State<\/dfn>”: a State through the territory of which /);
    const akn = service.render(uri, 'akn')!;
    // lr15, D5: the insertion is a container of its own, editorial as a whole, not the text's paragraph 2.
    assert.match(akn, /<\/paragraph><hcontainer eId="art_1__hcontainer_definitionsAsTranscribed_1" name="definitionsAsTranscribed" status="editorial"><content><p class="editorialNote">\[Definitions as transcribed, [^<]*<\/p><blockList status="editorial" eId="art_1__hcontainer_definitionsAsTranscribed_1__list_1">/);
    assert.equal([...akn.matchAll(/<item eId="art_1__hcontainer_definitionsAsTranscribed_1__list_1__item_\d+"><p>“<def refersTo="#[^"]+">/g)].length, 22);
    assert.doesNotMatch(akn, /art_1__para_2/);
    assert.deepEqual(aknProblems(akn), []);
    const body = (await readDocx((await service.renderDocx(uri))!)).body.filter((p) => p.kind === 'p');
    const lead = body.findIndex((p) => p.text === insertionLead);
    assert.equal(body[lead].style, 'EditorialNote');
    const entries = body.slice(lead + 1, lead + 23);
    assert.ok(entries.every((p) => p.style === 'EditorialInsertion'), entries.map((p) => p.style).join());
    assert.match(entries[0].text, /^“Board”: the International Narcotics Control Board/);
    assert.match(entries[21].text, /^“Transit State”: /);
  });

  it('MARPOL 1973, Art. 2: the seven after the marks of Articles 1–3, before Article 4; the note no longer names them as not printed', () => {
    const { service, uri } = openRealInstrument('marpol-1973.entente');
    const md = service.render(uri, 'markdown')!;
    const lines = md.split('\n').filter((l) => l.trim() !== '');
    // Article 3's mark after the definitions of Article 2, as the text has it (ninety-fifth run, defect 4).
    const at = lines.findIndex((l) => l.startsWith('## Article 4'));
    assert.equal(lines[at - 17], '> *\\[Article 1 (General Obligations under the Convention) is not transcribed.\\] \\[Article 2’s wording is not printed; the definitions the transcription places here follow.\\]*');
    assert.equal(lines[at - 16], `> *${mdEscape(insertionLead)}*`);
    assert.equal(lines[at - 1], '> *\\[Article 3 (Application) is not transcribed.\\]*');
    const entries = lines.slice(at - 15, at - 1).filter((l) => l !== '>');
    assert.deepEqual(entries, defines('marpol-1973.entente').map((d) => `> “${d.term}”: ${mdEscape(d.meaning)}`));
    const note = md.split('\n---\n')[1];
    assert.match(note, /Its 7 definitions, which the transcription holds as declarations/);
    assert.match(note, /3 declarations are not printed as separate provisions \(the text’s own provisions are printed as transcribed\): Incident protocol ‘IncidentReport’/);
    assert.doesNotMatch(note, /Definitions ‘/);
    assert.deepEqual(aknProblems(service.render(uri, 'akn')!), []);
    assert.match(service.render(uri, 'akn')!, /<hcontainer eId="hcontainer_definitionsAsTranscribed_1" name="definitionsAsTranscribed" status="editorial"><content><p class="editorialNote">\[Definitions as transcribed, /);
  });
});

describe('near misses: no insertion where the place is not known, nor on a draft', () => {
  const header = (concluded: boolean) => `treaty "Agreement" {\n  status binding\n${concluded ? '  done at "Tallinn" on 2010-05-04 in duplicate\n' : ''}}\nparty EE "The Republic of Estonia" { kind state }\nparty FI "The Republic of Finland" { kind state }\n`;
  const two = 'define "Incident" means "any event having an actual adverse effect on the security of network and information systems"\ndefine "Agency" means "the national cyber security agency of a Party"\n';
  const cooperation = 'clause Art2 "Article 2 – Cooperation" """\n  Each Agency shall report every Incident to the other Party.\n"""\n';

  it('a concluded clause on definitions that does not announce them (no colon, no later paragraph): nothing inserted, the note names them', () => {
    const clause = 'clause Art1 "Article 1 – Definitions" about definitions """\n  For the purposes of this Agreement the following definitions apply.\n"""\n';
    const md = render(header(true) + clause + two + cooperation);
    assert.doesNotMatch(md, /Definitions as transcribed|” means |”: any event/);
    assert.match(md.split('\n---\n')[1], /Definitions ‘Incident’ and ‘Agency’/);
    assert.doesNotMatch(md.split('\n---\n')[1], /marked insertion/);
  });

  it('a concluded text whose numbering skips no article where they stand: nothing inserted, the note names them', () => {
    const first = 'clause Art1 "Article 1 – Scope" """\n  This Agreement applies to incidents.\n"""\n';
    const md = render(header(true) + first + two + cooperation);
    assert.doesNotMatch(md, /Definitions as transcribed/);
    assert.match(md.split('\n---\n')[1], /Definitions ‘Incident’ and ‘Agency’/);
  });

  it('a concluded text where only some stand at a skipped article: those inserted, the others named in the note', () => {
    const first = 'clause Art1 "Article 1 – Scope" """\n  This Agreement applies to incidents.\n"""\n';
    const third = 'clause Art3 "Article 3 – Cooperation" """\n  Each Agency shall report every Incident to the other Party.\n"""\n';
    const fourth = 'clause Art4 "Article 4 – Costs" """\n  Each Party shall bear its own costs.\n"""\n';
    const [incident, agency] = two.trim().split('\n');
    const md = render(`${header(true)}${first}${incident}\n${third}${agency}\n${fourth}`);
    assert.match(md, /> \*\\\[Article 2’s wording is not printed; the definitions the transcription places here follow\.\\\]\*\n\n> \*\\\[Definitions as transcribed[^\n]*\n>\n> “Incident”: any event [^\n]*\n\n## Article 3/);
    assert.doesNotMatch(md, /“Agency”: /);
    const note = md.split('\n---\n')[1];
    assert.match(note, /One definition of the text, which the transcription holds as a declaration \(\\`define\\`\), is printed from it as a marked insertion/);
    assert.match(note, /Definition ‘Agency’/);
    assert.doesNotMatch(note, /‘Incident’/);
  });

  it('a draft announcing its definitions with ":" prints the generated “X” means … form, no insertion and no note', () => {
    const clause = 'clause Art1 "Article 1 – Definitions" about definitions """\n  For the purposes of this Agreement:\n"""\n';
    const md = render(header(false) + clause + two + cooperation);
    assert.match(md, /\n“Incident” means any event having an actual adverse effect on the security of network and information systems;\n\n“Agency” means the national cyber security agency of a Party\.\n/);
    assert.doesNotMatch(md, /Definitions as transcribed|Not part of the text/);
  });
});
