/**
 * One drafting point, one finding (twenty-third real-instrument run, "Points for the engineers"):
 * an MoU whose divisions are headed "Article 1" … "Article N" gets one `mou-treaty-wording`
 * finding, on the first heading, with every other heading and the text's own references to them
 * as related places, and one fix that renames them all together — not one warning per heading
 * whose fixes, applied one by one, leave "Paragraph 2" cited as "Article 2". Citations of other
 * instruments stay silent and untouched; an "Article N of …" the checker cannot place keeps its
 * own finding without a fix.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';
import { draftOf } from '../helpers/fix-review';
import type { EntenteDiagnostic } from '../../server/src/language/rules/diagnostic';

const signedDeNl = readFileSync('test/real-instruments/de-nl-tax-rulings-exchange-mou-2015.entente', 'utf8');
// Renaming the headings changes the words of the signed MoU (2015): the fix is offered to the MoU
// read as the draft it was (analysis/concluded-text-fixes.ts).
const deNl = draftOf(signedDeNl);
const onArticle = (text: string) =>
  diagnose(text).filter((d) => d.code === 'mou-treaty-wording' && /^'Articles?'|^The signed text uses treaty wording \('Articles?' heading/u.test(d.message));

/** The text with one fix's edits applied (edits do not overlap). */
function applied(text: string, d: EntenteDiagnostic): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const edits = [...(d.fixes?.[0]?.edits ?? [])].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  return edits.reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

const mou = (clauses: string) => `memorandum "Memorandum of Understanding" {\n  status non-binding\n}\nparticipant DE "Germany"\nparticipant NL "Netherlands"\n${clauses}`;
const clause = (id: string, heading: string, body: string) => `clause ${id} "${heading}" """\n  ${body}\n"""\n`;

describe('mou-treaty-wording: divisions headed "Article"', () => {
  it('reports the DE–NL MoU’s eight headings and four references once, with the others as related places', () => {
    const found = onArticle(deNl);
    assert.equal(found.length, 1);
    const [d] = found;
    assert.match(d.message, /^'Article' heads 8 divisions of this MoU and stands in 4 references to them: treaty wording/u);
    assert.equal(d.related.length, 11);
    assert.equal(deNl.split('\n')[d.range.start.line], 'clause Art1 "Article 1" about points-of-contact """');
    assert.equal(d.fixes?.length, 1);
    assert.equal(d.fixes?.[0].effect, 'legal');
    assert.equal(d.fixes?.[0].edits.length, 12);
  });

  it('renames nothing in the MoU as signed in 2015: the one finding stays and says why', () => {
    const [d] = onArticle(signedDeNl);
    assert.equal(d.related.length, 11);
    assert.deepEqual(d.fixes, []);
    // On the signed MoU the headings are evidence about its status: confirm it, do not rewrite (lf6).
    assert.match(d.message, /^The signed text uses treaty wording \('Article' heading 8 divisions\): confirm that the status declared \(non-binding\) is right\. The text is concluded \(the signature date is 2015-07-14\): its words stand as signed and are evidence about its status; no rewrite is offered\.$/u);
    assert.equal(d.severity, 'warning');
  });

  it('renames headings and references together, and leaves the citation of the Directive alone', () => {
    const after = applied(deNl, onArticle(deNl)[0]);
    assert.deepEqual(onArticle(after), []);
    assert.match(after, /clause Art2 "Paragraph 2"/u);
    assert.match(after, /referred to in Paragraph 2 of this Memorandum/u);
    assert.match(after, /The provisions of Article 9 of\n {2}the Council Directive number 2011\/16\/EU/u);
  });

  it('keeps a citation of another instrument silent and out of the group', () => {
    const text = mou(clause('Art1', 'Article 1', 'The provisions of Article 9 of Directive 2011/16/EU apply to the exchange.') + clause('Art2', 'Article 2', 'The Participants will exchange information.'));
    const found = onArticle(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].related.length, 1);
    assert.doesNotMatch(applied(text, found[0]), /Paragraph 9/u);
  });

  it('keeps its own finding, without a fix, for an "Article N of …" it cannot place', () => {
    const text = mou(clause('Art1', 'Article 1', 'The Participants will apply Article 9 of the rules of procedure of the committee.') + clause('Art2', 'Article 2', 'The Participants will exchange information.'));
    const found = onArticle(text);
    assert.equal(found.length, 2);
    const unplaced = found.find((d) => /may cite a provision of another instrument/u.test(d.message));
    assert.ok(unplaced);
    assert.deepEqual(unplaced.fixes, []);
    assert.ok(found.some((d) => /heads 2 divisions/u.test(d.message)));
  });

  it('leaves a single "Article" heading to its own finding', () => {
    const found = onArticle(mou(clause('Art1', 'Article 1', 'The Participants will exchange information.')));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^'Article' is treaty wording: in a non-binding MoU write 'Paragraph'/u);
  });

  it('says nothing of Article headings in a treaty', () => {
    const text = `treaty "Agreement" {\n  status binding\n}\nparty DE "Germany"\nparty NL "Netherlands"\n${clause('Art1', 'Article 1', 'The Parties shall exchange information.')}${clause('Art2', 'Article 2', 'The Parties shall consult.')}`;
    assert.deepEqual(onArticle(text), []);
  });
});
