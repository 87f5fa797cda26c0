/**
 * `entente render <file> --to md|html|docx|akn [-o out]`: every sample to every format, through
 * the installed bin (a symlink, as npm links it) and in-process; a Word document to a file or to a
 * pipe, never to a terminal; a draft renders with its DRAFT mark and a note on stderr; usage and
 * input errors are one line and exit 2.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../render/docx-reader';
import { installedBinFolder, repoRoot, runBin, runInProcessAsync, stackTrace } from './cli-harness';
import { sampleNames } from '../render/render-fixtures';

describe('entente render', () => {
  let folder: string;
  before(() => (folder = mkdtempSync(join(tmpdir(), 'entente-render-'))));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('renders every sample to every format (in-process, and one sample through the installed bin)', async () => {
    for (const sample of sampleNames) {
      for (const to of ['md', 'html', 'akn', 'docx']) {
        const out = join(folder, `${sample}.${to}`);
        const args = ['render', `samples/${sample}`, '--to', to, '-o', out];
        const result = sample === 'baltic-cyber-convention.entente' ? runBin(args, repoRoot) : await runInProcessAsync(args, repoRoot);
        assert.equal(result.status, 0, `${sample} --to ${to}: ${result.stderr}`);
        assert.match(result.stderr, /Wrote /);
        const bytes = readFileSync(out);
        // A short declaration in Markdown is some 600 bytes; an empty rendering is far below that.
        assert.ok(bytes.length > 500, `${sample} --to ${to}: ${bytes.length} bytes`);
        if (to === 'docx') assert.equal(bytes.subarray(0, 2).toString(), 'PK');
        if (to === 'html') assert.match(bytes.toString(), /^<!DOCTYPE html>/);
        if (to === 'akn') assert.match(bytes.toString(), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso/);
      }
    }
  });

  it('writes text to stdout, and a Word document to a pipe', async () => {
    const md = runBin(['render', 'samples/cert-cert-mou.entente', '--to', 'md'], repoRoot);
    assert.equal(md.status, 0);
    assert.match(md.stdout, /^# Memorandum of Understanding between CERT-EE and NCSC-FI/);
    const piped = spawnSync(join(installedBinFolder(), 'entente'), ['render', 'samples/ee-fi-cyber-defence-agreement.entente', '--to', 'docx'], { cwd: repoRoot });
    assert.equal(piped.status, 0, String(piped.stderr));
    const content = await readDocx(new Uint8Array(piped.stdout));
    assert.ok(content.body.some((b) => b.kind === 'p' && b.style === 'Heading1'));
  });

  it('refuses to write a Word document to a terminal, with one line and exit 2', async () => {
    const result = await runInProcessAsync(['render', 'samples/cert-cert-mou.entente', '--to', 'docx'], repoRoot, { terminal: true });
    assert.equal(result.status, 2);
    assert.equal(result.bytes.length, 0);
    assert.match(result.stderr, /^entente: a Word document is binary: write it with -o file\.docx, or redirect stdout to a file/);
  });

  it('renders a draft with errors, marked DRAFT, and says so on stderr (exit 0)', async () => {
    const result = await runInProcessAsync(['render', 'samples/review-me.entente', '--to', 'md'], repoRoot);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^> \*\*DRAFT — \d+ unresolved problems/);
    assert.match(result.stderr, /review-me\.entente: rendered as a draft: \d+ unresolved problems .*; run entente check samples\/review-me\.entente to see them\./);
  });

  for (const [args, message] of [
    [['render', 'samples/cert-cert-mou.entente'], /say which format with --to md/],
    [['render', 'samples/cert-cert-mou.entente', '--to', 'pdf'], /--to must be md, html, docx or akn, not "pdf"/],
    [['render', '--to', 'md'], /name the instrument to render/],
    [['render', 'samples', '--to', 'md'], /samples is a folder; render takes one \.entente file/],
    [['render', 'samples/nowhere.entente', '--to', 'md'], /cannot read samples\/nowhere\.entente: no such file or folder/],
    [['render', 'a.entente', 'b.entente', '--to', 'md'], /render takes one file/],
  ] as const) {
    it(`exit 2 with one line: ${args.slice(1).join(' ')}`, async () => {
      const result = await runInProcessAsync(args, repoRoot);
      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.doesNotMatch(result.stderr, stackTrace);
    });
  }

  it('is listed in entente --help and has its own help', async () => {
    assert.match((await runInProcessAsync(['--help'], repoRoot)).stdout, /render +render an instrument as Markdown, HTML, Word or Akoma Ntoso/);
    assert.match((await runInProcessAsync(['render', '--help'], repoRoot)).stdout, /^Usage: entente render <file> --to md\|html\|docx\|akn \[-o out\]/);
  });
});
