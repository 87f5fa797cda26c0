/**
 * Where a concluded text's unplaced definitions go, read from the header's `omitted` list, and how
 * a numbering gap the list covers only in part is marked (sixty-seventh run, defects 2 and 3).
 *
 * Defect 2: European Convention on Extradition 1957, Art. 25 (definition of "detention order")
 * transcribed as a `define` after the preamble; Articles 1–11 listed under `omitted` with their
 * headings. The export put the insertion at the first jump (Articles 1–11, explained by the list)
 * and printed "[Article 25 is not transcribed.]" — false, and the note said "where the text has it".
 * A jump over numbers the list names is explained by the omission; the one number it does not name
 * is the definitions' article: the insertion stands there, after "[Article 25 is not printed.]".
 * Several such numbers: the place is not known, and the insertion and the note say so; none is
 * called "not transcribed".
 *
 * Defect 3: `omitted` lists Articles 1 and 3–12 with headings, Article 2 not: the jump's one mark
 * "[Articles 1 to 12 are not transcribed.]" dropped the headings the transcriber supplied.
 *
 * Near misses: a file with no `omitted` list and one jump (the place is the jump, as before); a jump
 * whose numbers are all listed and no other (the place is not known: nothing inserted, the note
 * names the definition as not printed); a partly declared jump with no `define`.
 */
import assert from 'node:assert/strict';
import { insertionLead, insertionLeadInferred, insertionLeadPlaceUnknown } from '../../server/src/language/render/definitions-insertion';
import { openRealInstrument, renderText } from './render-fixtures';

const render = renderText;

const mdEscape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** A concluded text with the articles given (number and heading), the `define` after the preamble, and the `omitted` parts. */
function text(articles: readonly number[], omitted: readonly string[], withDefine = true, defineBefore = articles[0]): string {
  const omittedLine = omitted.length > 0 ? `  omitted ${omitted.map((o) => `"${o}"`).join(', ')}\n` : '';
  const define = 'define "detention order" means "any order involving deprivation of liberty"\n';
  const clauses = articles.map((n) => `${withDefine && n === defineBefore ? define : ''}clause Art${n} "Article ${n} – Provision ${n}" """\n${n}. The Parties shall cooperate in matter ${n}.\n"""\n`).join('\n');
  return `treaty "Convention on Things" {
${omittedLine}  status binding
  languages English authentic
  done at "Paris" on 1999-05-01 in single copy deposited with "the archives"
}
party A "State A"
party B "State B"

clause Preamble "Preamble" """
THE PARTIES, desiring to cooperate, HAVE AGREED AS FOLLOWS:
"""

${clauses}`;
}

const lines = (md: string) => md.split('\n').filter((l) => l.trim() !== '');
const leadLine = `> *${mdEscape(insertionLead)}*`;
/** The lead where the one unlisted gap is taken for the definitions' by inference (lr16, D3). */
const unknownLine = `> *${mdEscape(insertionLeadPlaceUnknown)}*`;
/** The lead where the one unlisted gap is taken for the definitions' by inference (lr16, D3). */
const inferredLine = (gap: string) => `> *${mdEscape(insertionLeadInferred(gap))}*`;

describe('a concluded text’s definitions go to the numbering gap the omitted list does not name (sixty-seventh run, defect 2)', () => {
  it('European Extradition 1957: the insertion after "[Article 25 is not printed.]", not after the omitted Articles 1–11', () => {
    const { service, uri } = openRealInstrument('european-extradition-1957.entente');
    const md = service.render(uri, 'markdown')!;
    const all = lines(md);
    assert.doesNotMatch(md, /Article 25 is not transcribed/);
    // The file puts it before Article 12: Article 25 is taken for its place by inference, and said so (lr16, D3).
    const at = all.indexOf('> *\\[Article 25 is not printed, and the header’s omitted list does not name it.\\]*');
    assert.ok(at > 0, 'the mark of Art. 25 says "not printed" and unlisted');
    assert.equal(all[at + 1], inferredLine('Article 25'));
    assert.match(all[at + 3], /^> “detention order”: any order involving deprivation of liberty/);
    assert.match(all[at + 4], /^## Article 26/);
    // The omitted Articles 1–11 are marked with their headings and followed by Article 12, no insertion between.
    const first = all.findIndex((l) => l.includes('Article 11 (Capital punishment) is not transcribed'));
    assert.match(all[first + 1], /^## Article 12/);
    assert.match(md, /as a marked insertion at the one gap in the numbering that the header’s omitted list does not name \(Article 25; where the text has it is not known\):/);
  });

  it('near miss: several jumps, every number listed — no insertion after the listed marks', () => {
    const md = render(text([4, 6, 7], ['Articles 1 to 3', 'Article 5']));
    const all = lines(md);
    assert.match(md, /\\[Articles 1 to 3 are not transcribed\.\\]/);
    const at = all.indexOf('> *\\[Article 5 is not transcribed.\\]*');
    assert.match(all[at + 1], /^## Article 6/);
    assert.equal(all.indexOf(leadLine), -1);
    assert.doesNotMatch(md, /where the text has it/);
  });

  it('the unlisted number is the definitions’: "[Article 2 is not printed.]" and the insertion before Article 3', () => {
    const md = render(text([1, 3, 6], ['Articles 4 and 5'], true, 6));
    const all = lines(md);
    // The file puts it before Article 6: moved to the one unlisted gap by inference, never said to be the text's place (lr16, D3).
    const at = all.indexOf('> *\\[Article 2 is not printed, and the header’s omitted list does not name it.\\]*');
    assert.ok(at > 0);
    assert.equal(all[at + 1], inferredLine('Article 2'));
    assert.match(all[at + 3], /^> “detention order”:/);
    assert.match(all[at + 4], /^## Article 3/);
    assert.match(md, /\\\[Articles 4 and 5 are not transcribed\.\\\]/);
    assert.doesNotMatch(md, /Article 2 is not transcribed|where the text has it:/);
  });

  it('near miss: no omitted list and one jump — the place is the jump, as before', () => {
    const md = render(text([1, 3, 4], [], true, 3));
    const all = lines(md);
    // The file puts it there: the mark says Article 2's wording is not printed and its definitions follow (seventy-fourth run, defect 3).
    const at = all.indexOf('> *\\[Article 2’s wording is not printed; the definitions the transcription places here follow.\\]*');
    assert.equal(all[at + 1], leadLine);
    assert.match(md, /where the transcription puts it, in the gap of Article 2:/);
  });

  // lr16, D3: any of them may hold the definitions, so none is asserted or inferred to be theirs; the
  // definitions stay where the file puts them (at one of the jumps), the place said unknown — never
  // dropped from the export (the lead's correction of rd39, which left them out).
  it('several unlisted jumps: printed where the file puts it, the place said unknown, no jump "not transcribed"', () => {
    const md = render(text([2, 4, 6], []));
    const all = lines(md);
    assert.doesNotMatch(md, /is not transcribed/);
    const at = all.indexOf('> *\\[Article 1 is not printed.\\]*');
    assert.equal(all[at + 1], unknownLine);
    assert.match(all[at + 3], /^> “detention order”:/);
    assert.match(md, /\\\[Article 3 is not printed\.\\\]/);
    assert.match(md, /\\\[Article 5 is not printed\.\\\]/);
    assert.doesNotMatch(md, /where the text has it:|this export does not know its place/);
    assert.match(md, /as a marked insertion where the transcription puts it \(where the text has it is not known\):/);
  });

  it('near miss: the define between two articles that follow each other (before Article 1) — it may be part of either: not inserted', () => {
    const md = render(text([1, 3, 4], []));
    assert.equal(lines(md).indexOf(leadLine), -1);
    assert.match(md, /\\[Article 2 is not printed\.\\]/);
    assert.doesNotMatch(md, /where the text has it/);
  });

  it('near miss: every jump listed — nothing inserted, nothing said to be where the text has it', () => {
    const md = render(text([2, 3], ['Article 1 (Scope)']));
    assert.equal(lines(md).indexOf(leadLine), -1);
    assert.doesNotMatch(md, /where the text has it/);
    assert.match(md, /Definition ‘detention order’|“detention order”|detention order/);
    assert.match(md, /\\\[Article 1 \(Scope\) is not transcribed\.\\\]/);
  });
});

describe('a jump the omitted list covers only in part keeps the listed headings (sixty-seventh run, defect 3)', () => {
  const listed = ['Article 1 (Scope)', ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `Article ${n} (Heading ${n})`)];

  it('no define: the headings kept, Article 2 named apart as not transcribed', () => {
    const md = render(text([13, 14], listed, false));
    assert.doesNotMatch(md, /Articles 1 to 12/);
    const marks = lines(md).find((l) => l.includes('Article 1 (Scope)'))!;
    assert.match(marks, /^> \*\\\[Article 1 \(Scope\) is not transcribed\.\\\] \\\[Article 2 is not transcribed\.\\\] \\\[Article 3 \(Heading 3\) is not transcribed\.\\\]/);
    assert.match(marks, /\\\[Article 12 \(Heading 12\) is not transcribed\.\\\]\*$/);
  });

  it('with a define: Article 2 is the definitions’ — "not printed", then the insertion', () => {
    const md = render(text([13, 14], listed));
    const all = lines(md);
    const marks = all.findIndex((l) => l.includes('Article 1 (Scope)'));
    assert.match(all[marks], /\\\[Article 1 \(Scope\) is not transcribed\.\\\] \\\[Article 2’s wording is not printed; the definitions the transcription places here follow\.\\\]\*$/);
    assert.equal(all[marks + 1], leadLine);
    // Article 3 and the rest after Article 2's definitions, as the text has them (ninety-fifth run, defect 4).
    const after = all.findIndex((l) => l.includes('Article 3 (Heading 3)'));
    assert.ok(after > marks + 2 && all[after + 1].startsWith('## Article 13'), all.join('\n'));
    assert.match(md, /where the transcription puts it, in the gap of Article 2:/);
  });

  it('near miss: a jump the list covers whole is said in the list’s words alone', () => {
    const md = render(text([3, 4], ['Article 1 (Scope)', 'Article 2 (Aims)'], false));
    assert.match(md, /> \*\\\[Article 1 \(Scope\) is not transcribed\.\\\] \\\[Article 2 \(Aims\) is not transcribed\.\\\]\*/);
  });
});
