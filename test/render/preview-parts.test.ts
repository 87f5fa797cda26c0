/**
 * The preview asks for the part of the rendered instrument the drafter scrolls to
 * (`service.preview(uri, today, {from, count})`, features/preview-glance.ts), not the whole text.
 * A part must be exactly that part of the whole: the blocks, joined by a line break, are the
 * whole preview HTML for every sample and real instrument, however the text is cut; each part
 * is whole HTML (it opens every element it closes); and the whole preview, kept per model, is
 * what a fresh service renders.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language/service';
import { ententeFiles } from '../features/sessions/session-helpers';

const root = new URL('../../', import.meta.url).pathname;
const uri = 'file:///w/doc.entente';
const today = '2027-06-01';

function opened(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  return service;
}

/** The elements a piece of HTML opens and closes, in order, must pair up. */
function balanced(html: string): boolean {
  const open: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g)) {
    if (['br', 'meta', 'img', 'hr'].includes(name)) continue;
    if (!close) open.push(name);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}

describe('rendering: the preview by parts', () => {
  it('the parts, joined, are the whole preview of every sample and real instrument, wherever it is cut', function () {
    this.timeout(300000);
    const files = [...ententeFiles(join(root, 'samples')), ...ententeFiles(join(root, 'test/real-instruments'))];
    assert.ok(files.length > 40, 'the samples and real instruments were found');
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const service = opened(text);
      const whole = service.preview(uri, today)!;
      assert.equal(whole.part, undefined, `${path}: the whole text says it is no part`);
      assert.equal(whole.html, opened(text).preview(uri, today)!.html, `${path}: asked twice, the kept preview is a fresh one`);
      const total = service.preview(uri, today, { from: 0, count: 1 })!.part!.total;
      assert.ok(total >= 2, `${path}: a head and at least one article`);
      const one = Array.from({ length: total }, (_, from) => service.preview(uri, today, { from, count: 1 })!);
      for (const [from, data] of one.entries()) {
        assert.deepEqual(data.part, { from, count: 1, total }, `${path}: block ${from}`);
        assert.ok(balanced(data.html), `${path}: block ${from} is whole HTML:\n${data.html}`);
        // The panel beside the text is the same whatever part is asked for.
        assert.deepEqual({ ...data, html: '', part: undefined }, { ...whole, html: '', part: undefined }, `${path}: block ${from}'s panel`);
      }
      assert.equal(one.map((d) => d.html).join('\n'), whole.html, `${path}: block by block`);
      // What the preview asks as the drafter scrolls: the same blocks, without the panel.
      for (const from of [0, Math.floor(total / 2), total - 1]) assert.deepEqual(service.previewPart(uri, { from, count: 2 }), { html: service.preview(uri, today, { from, count: 2 })!.html, part: service.preview(uri, today, { from, count: 2 })!.part });
      for (const cut of [1, Math.floor(total / 2), total - 1]) {
        const before = service.preview(uri, today, { from: 0, count: cut })!;
        const after = service.preview(uri, today, { from: cut, count: total })!;
        assert.deepEqual([before.part, after.part], [{ from: 0, count: cut, total }, { from: cut, count: total - cut, total }], `${path}: cut at ${cut}`);
        assert.equal(`${before.html}\n${after.html}`, whole.html, `${path}: cut at ${cut}`);
      }
    }
  });

  it('a part past the end is empty and says how many blocks there are', () => {
    const service = opened(readFileSync(join(root, 'samples/cert-cert-mou.entente'), 'utf8'));
    const total = service.preview(uri, today, { from: 0, count: 1 })!.part!.total;
    const past = service.preview(uri, today, { from: total, count: 5 })!;
    assert.equal(past.html, '');
    assert.deepEqual(past.part, { from: total, count: 0, total });
  });

  it('the first block holds the DRAFT mark and the title; an edit renders the parts of the new text', () => {
    const text = readFileSync(join(root, 'samples/review-me.entente'), 'utf8');
    const service = opened(text);
    const head = service.preview(uri, today, { from: 0, count: 1 })!;
    assert.match(head.html, /^<header class="instrument-head">\n<p class="draft" role="note"><strong>DRAFT/);
    assert.doesNotMatch(head.html, /class="article"/, 'the head is the head alone');
    const edited = text.replace('memorandum', 'treaty');
    assert.notEqual(edited, text);
    service.update(uri, edited, 2);
    const fresh = opened(edited);
    const total = fresh.preview(uri, today, { from: 0, count: 1 })!.part!.total;
    assert.equal(service.preview(uri, today, { from: 1, count: total })!.html, fresh.preview(uri, today, { from: 1, count: total })!.html);
  });
});
