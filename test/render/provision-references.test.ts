/**
 * Export review 3, item 6: cross-references to the numbers the renderer gives. In a drafted
 * exchange whose proposal carries the terms (`with terms`), the terms are numbered by the export;
 * a drafter's "paragraph 9" silently points at another provision when a clause is added. A drafter
 * cites a provision by its name instead — `§Costs` (a clause), `§disputes` (the provision generated
 * from a header statement) — and every format writes its number, which follows the provision. A
 * bare number in such an exchange is reported (`generated-number-reference`), a name the instrument
 * does not have too (`unknown-provision-reference`). Near misses: citations of another text, a
 * clause that numbers its own paragraphs, exchanges whose terms the drafter writes in the notes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language';
import { checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { readDocx, type DocxParagraph } from './docx-reader';
import { repoRoot } from './render-fixtures';

const sample = readFileSync(join(repoRoot, 'samples', 'ee-fi-exchange-of-notes.entente'), 'utf8');
const security = `clause Security "Security of information" """
  Information a liaison officer receives is protected as provided in §Costs and §Status; a dispute
  on it is settled under §disputes, and this Agreement is amended as set out in §amendment.
"""

`;
/** The EE–FI notes with a clause that cites four provisions by name, placed before `before`. */
function withClause(before: string, clause = security): string {
  assert.ok(sample.includes(before), before);
  return sample.replace(before, `${clause}${before}`);
}
const uri = 'file:///t/notes.entente';
function service(text: string) {
  const s = createEntenteService({ readFile: () => undefined });
  s.open(uri, text);
  return s;
}
const sentence = /protected as provided in ([^;]+); a dispute\s+on it is settled under (.+?), and this Agreement is amended as set out in (.+?)\./;

describe('a provision cited by its name (§Name) is written with the number the export gives it', () => {
  it('Markdown: the numbers of the terms, and they follow the provisions when a clause is added before them', () => {
    const md = service(withClause('clause Liability "Claims"')).render(uri, 'markdown')!;
    assert.deepEqual(sentence.exec(md.replace(/\s+/g, ' '))?.slice(1), ['paragraph 2 and paragraph 5', 'paragraph 10', 'paragraph 9']);
    assert.match(md, /^9\\\. Amendment$/m);
    assert.match(md, /^10\\\. Settlement of disputes$/m);
    // One clause more, before Costs: every cited number moves with its provision.
    const moved = service(withClause('clause Costs "Costs"', `${security}clause Extra "Training" """\n  Each Government may invite the other's liaison officer to its national exercises.\n"""\n\n`)).render(uri, 'markdown')!;
    assert.deepEqual(sentence.exec(moved.replace(/\s+/g, ' '))?.slice(1), ['paragraph 4 and paragraph 6', 'paragraph 11', 'paragraph 10']);
    assert.match(moved, /^10\\\. Amendment$/m);
    assert.match(moved, /^4\\\. Costs$/m);
  });

  it('Akoma Ntoso and HTML: the same numbers in the same words', () => {
    const s = service(withClause('clause Liability "Claims"'));
    for (const format of ['akn', 'html'] as const) {
      const text = s.render(uri, format)!.replace(/\s+/g, ' ');
      assert.deepEqual(sentence.exec(text)?.slice(1), ['paragraph 2 and paragraph 5', 'paragraph 10', 'paragraph 9'], format);
      assert.doesNotMatch(text, /§|cross-reference/, format);
    }
    assert.match(s.render(uri, 'akn')!, /<num>9\.<\/num>\s*<content>\s*<p>Amendment<\/p>/);
  });

  it('Word: the same numbers, and no blank', async () => {
    const bytes = await service(withClause('clause Liability "Claims"')).renderDocx(uri);
    const text = (await readDocx(bytes!)).body.filter((b): b is DocxParagraph => b.kind === 'p').map((p) => p.text).join(' ');
    assert.deepEqual(sentence.exec(text.replace(/\s+/g, ' '))?.slice(1), ['paragraph 2 and paragraph 5', 'paragraph 10', 'paragraph 9']);
    assert.doesNotMatch(text, /§|cross-reference/);
  });

  it('the reply cites a term of the proposal by its number in the proposal', () => {
    const text = sample.replace('that Note and this reply constitute', 'that Note, including the costs set out in §Costs, and this reply constitute');
    assert.notEqual(text, sample);
    const md = service(text).render(uri, 'markdown')!.replace(/\s+/g, ' ');
    assert.match(md, /including the costs set out in paragraph 2, and this reply/);
  });

  it('a text the renderer numbers in articles: "Article N" for a treaty, "paragraph N" for an MoU', () => {
    const mou = 'memorandum "M" {\n  status non-binding\n  amendment by written decision\n}\nparticipant A "Alpha"\nparticipant B "Beta"\nclause Costs "Costs" about costs """\n  Each Participant will bear its own costs, unless changed under §amendment.\n"""\n';
    assert.match(service(mou).render(uri, 'markdown')!, /unless changed under paragraph \d+\./);
    const treaty = mou.replace('memorandum', 'treaty').replace('non-binding', 'binding').replace(/participant/g, 'party').replace('will', 'shall').replace('Participant', 'Party');
    const md = service(treaty).render(uri, 'markdown')!;
    const cited = /unless changed under Article (\d+)\./.exec(md)?.[1];
    assert.ok(cited, md);
    assert.match(md, new RegExp(`^## Article ${cited} — Amendment$`, 'm'));
  });

  it('a name the instrument does not have is a blank in the export and an error at the name', () => {
    const text = withClause('clause Liability "Claims"').replace('§amendment', '§amendmnt');
    assert.match(service(text).render(uri, 'markdown')!, /amended as set out in \*\*\\\[cross-reference\\\]\*\*/);
    const found = diagnose(text).filter((d) => d.code === 'unknown-provision-reference');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    const line = text.split('\n')[found[0].range.start.line];
    assert.equal(line.slice(found[0].range.start.character, found[0].range.end.character), '§amendmnt');
    // Near miss: every name of the clause above is known.
    checkNoDiagnostics(withClause('clause Liability "Claims"'), ['unknown-provision-reference', 'generated-number-reference']);
  });
});

describe('a bare number in a drafted exchange whose terms the export numbers (generated-number-reference)', () => {
  const cited = (words: string) => withClause('clause Liability "Claims"', `clause Security "Security of information" """\n  ${words}\n"""\n\n`);
  const found = (text: string) => diagnose(text).filter((d) => d.code === 'generated-number-reference');

  it('reports "paragraph 9", "paragraphs 2 and 3" and "Article 4" at the words, as a warning', () => {
    const text = cited('A dispute is settled as provided in paragraph 9; paragraphs 2 and 3 apply to it, as does Article 4.');
    const findings = found(text);
    const lines = text.split('\n');
    assert.deepEqual(findings.map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)), ['paragraph 9', 'paragraphs 2 and 3', 'Article 4']);
    assert.ok(findings.every((d) => d.severity === 'warning' && /§Id for a clause/.test(d.message)));
    // "paragraph 2 of your Note" in the reply is the proposal's number too.
    assert.equal(found(sample.replace('that Note and this reply constitute', 'that Note, paragraph 2 of your Note included, and this reply constitute')).length, 1);
  });

  it('near misses: citations of another text, a clause that numbers its own paragraphs, an exchange without `with terms`, a text not exchanged', () => {
    const other = cited('This Agreement shall be registered under Article 102 of the Charter of the United Nations; paragraph 2 of Article 4 of the Agreement of 3 April 1964 applies.');
    assert.deepEqual(found(other), []);
    const own = cited('1. A liaison officer shall protect what is marked.\n\n  2. Paragraph 1 applies after the secondment ends.');
    assert.deepEqual(found(own), []);
    const plain = cited('A dispute is settled as provided in paragraph 9.');
    assert.deepEqual(found(plain.replace(' with terms """', ' """')), []);
    assert.deepEqual(found(plain.replace('  form exchange-of-notes\n', '')), []);
  });
});
