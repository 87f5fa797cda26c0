/**
 * Golden files: every sample rendered to every format, compared with the reviewed copy in
 * test/render/golden/ (Markdown, HTML and Akoma Ntoso as written; Word as a readable dump of the
 * document read back: style, list numbering and text of each paragraph, table rows, header,
 * footer and fields). A change in the rendering shows as a diff in review.
 * `UPDATE_GOLDEN=1 npx mocha test/render/golden.test.ts` rewrites them.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dumpDocx, readDocx } from './docx-reader';
import { goldenDir, openSample, sampleNames } from './render-fixtures';

const update = process.env.UPDATE_GOLDEN === '1';

function compare(file: string, actual: string): void {
  const path = join(goldenDir, file);
  if (update) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `no golden file ${file}: run UPDATE_GOLDEN=1 npx mocha test/render/golden.test.ts and review it`);
  assert.equal(actual, readFileSync(path, 'utf8'), `${file} differs from its golden copy (UPDATE_GOLDEN=1 rewrites it after review)`);
}

describe('rendering: golden files per sample and format', () => {
  it('covers every sample', () => {
    assert.ok(sampleNames.length >= 8, sampleNames.join());
  });

  for (const sample of sampleNames) {
    const base = sample.replace(/\.entente$/, '');
    describe(sample, () => {
      const { service, uri } = openSample(sample);
      for (const [format, extension] of [['markdown', 'md'], ['html', 'html'], ['akn', 'akn.xml']] as const) {
        it(`as ${format}`, () => {
          const text = service.render(uri, format);
          assert.ok(text !== undefined);
          compare(`${base}.${extension}`, text);
        });
      }
      it('as Word (read back)', async () => {
        const bytes = await service.renderDocx(uri);
        assert.ok(bytes);
        compare(`${base}.docx.txt`, dumpDocx(await readDocx(bytes)));
      });
    });
  }
});
