/**
 * The Word document read back (unzipped, every part parsed as XML): Word's own Title and
 * Heading 1 styles, articles numbered by a Word list ("Article %1" / "Paragraph %1") rather than
 * typed numbers, numbered paragraphs and lettered items, a TOC field Word refreshes on opening,
 * the header with the title (and DRAFT), the footer with PAGE and NUMPAGES fields, the final
 * formula, and a signature table with a block for every party.
 */
import assert from 'node:assert/strict';
import { readDocx, type DocxContent, type DocxParagraph } from './docx-reader';
import { openSample, sampleNames } from './render-fixtures';

async function docx(name: string): Promise<{ content: DocxContent; parties: number; formula: string; blocks: string[] }> {
  const { service, uri } = openSample(name);
  const bytes = await service.renderDocx(uri);
  assert.ok(bytes && bytes.length > 5000, `${name}: no Word document`);
  const model = service.renderModel(uri)!;
  // The model marks placeholders with private-use brackets; Word shows them highlighted, without the marks.
  const plain = (text: string) => text.replace(/[\uE000\uE001]/g, '');
  return { content: await readDocx(bytes), parties: model.signatures.length, formula: plain(model.testimonium.at(-1) ?? ''), blocks: model.signatures.map((s) => plain(s.for)) };
}

const paragraphs = (c: DocxContent) => c.body.filter((b): b is DocxParagraph => b.kind === 'p');

describe('rendering: the Word document, read back', () => {
  it('the treaty: Title, Heading 1 numbered "Article %1" by Word, the TOC field, header and page-number footer', async () => {
    const { content } = await docx('ee-fi-cyber-defence-agreement.entente');
    const ps = paragraphs(content);
    assert.equal(ps.find((p) => p.style === 'Title')?.text, 'Agreement between the Republic of Estonia and the Republic of Finland on Cooperation in Cyber Defence');
    const headings = ps.filter((p) => p.style === 'Heading1');
    assert.ok(headings.length >= 15, `${headings.length} headings`);
    for (const h of headings) {
      assert.ok(h.numId, `heading "${h.text}" is not in a Word list`);
      assert.equal(content.lists.get(h.numId)?.[0], 'Article %1');
      assert.doesNotMatch(h.text, /Article \d/, 'the number comes from the list, not typed');
    }
    assert.deepEqual(headings.slice(0, 3).map((h) => h.text.trim()), ['Definitions', 'Protection of classified information', 'Exchange of classified information']);
    assert.ok(content.fieldCodes.some((c) => /^TOC\b/.test(c)), content.fieldCodes.join());
    assert.equal(content.updateFields, true);
    assert.match(content.header, /^Agreement between the Republic of Estonia/);
    assert.deepEqual(content.footerFields, ['PAGE', 'NUMPAGES']);
    const numbered = ps.filter((p) => p.numId && p.style !== 'Heading1');
    assert.ok(numbered.some((p) => content.lists.get(p.numId!)?.[0] === '%1.'), 'numbered paragraphs');
    assert.ok(numbered.some((p) => p.level === '1' && content.lists.get(p.numId!)?.[1] === '(%2)'), 'lettered items');
  });

  it('the MoU is numbered by paragraphs and signed, not done', async () => {
    const { content } = await docx('cert-cert-mou.entente');
    const heading = paragraphs(content).find((p) => p.style === 'Heading1')!;
    assert.equal(content.lists.get(heading.numId!)?.[0], 'Paragraph %1');
    assert.ok(paragraphs(content).some((p) => p.text === 'Signed at Tallinn on 1 March 2027, in the English, Estonian and Finnish languages, all three texts being equally valid. In case of any divergence of interpretation, the English text will prevail.'));
  });

  for (const name of sampleNames) {
    it(`${name}: the final formula and a signature block for every party`, async () => {
      const { content, parties, formula: expected, blocks: expectedBlocks } = await docx(name);
      const tables = content.body.filter((b) => b.kind === 'table');
      if (name.startsWith('annex')) {
        assert.equal(parties, 0, 'an annex is signed with its parent');
        return;
      }
      const formula = paragraphs(content).find((p) => /^(Done|Signed|Issued) at /i.test(p.text));
      // An exchange of notes is signed note by note: no formula of its own (header-formulas.test.ts).
      if (!expected) return assert.equal(formula, undefined, 'a formula the model does not have');
      assert.ok(formula, 'no testimonium');
      assert.equal(formula.text, expected);
      // A declaration is issued, a class of States signs State by State: no signature blocks.
      if (parties === 0) return assert.ok(!tables.some((t) => t.kind === 'table' && t.rows.flat().some((cell) => cell.startsWith('For '))), 'signature blocks the model does not have');
      const signatureTable = tables[tables.length - 1];
      assert.ok(signatureTable && signatureTable.kind === 'table');
      const blocks = signatureTable.rows.flat().filter((cell) => cell.startsWith('For '));
      // Each block: "For …", the line to sign on, and who signs when the instrument says.
      assert.deepEqual(blocks.map((b) => b.split('\n')[0]), expectedBlocks);
      for (const b of blocks) assert.match(b, /\n_{10,}/, `no signature line in ${b}`);
      assert.equal(blocks.length, parties, blocks.join(' | '));
      assert.ok(parties >= 2);
    });
  }

  it('a draft says DRAFT in its header and highlights its placeholders', async () => {
    const { content } = await docx('review-me.entente');
    assert.match(content.header, /DRAFT — \d+ unresolved problems/);
    const highlighted = paragraphs(content).flatMap((p) => p.highlighted);
    assert.ok(highlighted.includes('[date of signature]'), highlighted.join(' | '));
  });
});
