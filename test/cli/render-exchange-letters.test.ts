/**
 * Export review 2, items 8 and 9, through the installed bin: the NL–UK sickness letters of 1986
 * (BWBV0002523) render as the two letters in every format — no "Article 1", no "Have agreed as
 * follows:", no generated "shall enter into force on 1 January 1986" beside the letter's own
 * "This understanding will remain in operation from 1 January 1986 for a period of three years."
 * The letters are concluded (the reply is dated 26 May 1986): what the declarations add is not
 * printed, only named in the note after the text, and stderr says the same.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../render/docx-reader';
import { repoRoot, runBin } from './cli-harness';

describe('entente render: an exchange of letters, through the installed bin', () => {
  let folder: string;
  before(() => (folder = mkdtempSync(join(tmpdir(), 'entente-letters-'))));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('md, html, akn and docx carry the letters, none of the invented articles, and the note naming what is not printed', async () => {
    const source = 'test/real-instruments/nl-uk-sickness-reimbursement-letters-1986.entente';
    const texts: Record<string, string> = {};
    for (const to of ['md', 'html', 'akn', 'docx']) {
      const out = join(folder, `letters.${to}`);
      const result = runBin(['render', source, '--to', to, '-o', out], repoRoot);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /Not part of the text: The text is concluded \(the date of the reply is 1986-05-26\), so this export prints the text’s own provisions only, none generated from the declarations\. 3 declarations are not printed as separate provisions \(the text’s own provisions are printed as transcribed\): Channel ‘\w+’ \(information\); /);
      assert.doesNotMatch(result.stderr, /rendered as a draft|outside the text’s numbering/);
      if (to === 'docx') {
        const docx = await readDocx(readFileSync(out));
        const paragraphs = docx.body.flatMap((p) => (p.kind === 'p' ? [p] : []));
        // Word numbers generated articles itself ("Article %1"): no letter is in that list.
        assert.ok(!paragraphs.some((p) => p.numId !== undefined && (docx.lists.get(p.numId)?.[0] ?? '').startsWith('Article')));
        texts[to] = paragraphs.map((p) => p.text).join('\n');
      } else texts[to] = readFileSync(out, 'utf8').replace(/<[^>]+>/g, ' ');
    }
    for (const [to, text] of Object.entries(texts)) {
      const flat = text.replace(/\s+/g, ' ');
      assert.match(flat, /This understanding will remain in operation from 1 January 1986 for a period of three years\./, to);
      assert.match(flat, /Nr\. I from the Competent Authorities of the United Kingdom/, to);
      assert.doesNotMatch(flat, /Have agreed as follows|Article 1 |shall enter into force on 1 January 1986|constituted by an exchange of letters|remain in force for a period of three years/, to);
      assert.match(flat, /Not part of the text\.?\*? The text is concluded/, to);
      assert.doesNotMatch(flat, /shall exchange|Provisions stated only in the declarations/, to);
    }
  });
});
