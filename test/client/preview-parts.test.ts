/**
 * The preview asks for the part of the instrument the drafter sees (client/src/commands/
 * preview-request.ts, client/src/preview/parts.ts): the request's shape, the parts asked for as
 * the drafter scrolls, the parts shown after an edit kept on screen until seen again and then
 * asked for anew, and — whatever the order of edits, scrolling and late answers — the parts
 * shown never overlap, and once every part in view is answered for the latest text they are
 * that whole text, block by block.
 */
import assert from 'node:assert/strict';
import { previewPartBlocks, previewPartRequest, previewRequest } from '../../client/src/commands/preview-request';
import { PreviewParts, type PartAnswer } from '../../client/src/preview/parts';

const shown = (p: PreviewParts) => p.shown.map((s) => `${s.from}+${s.count}@${s.version}`);

describe('client: the preview by parts', () => {
  it('asks the server for the panel and the first part on the editor’s day, then for each part without the panel', () => {
    assert.deepEqual(previewRequest('file:///w/a.entente', new Date(2026, 11, 5, 23, 59)), {
      command: 'entente.previewData',
      arguments: [{ uri: 'file:///w/a.entente', today: '2026-12-05', part: { from: 0, count: previewPartBlocks } }],
    });
    // With the name of the panel the preview shows: the server leaves it out while it is the same.
    assert.deepEqual(previewRequest('file:///w/a.entente', new Date(2026, 11, 5), 'k1-3').arguments, [{ uri: 'file:///w/a.entente', today: '2026-12-05', part: { from: 0, count: previewPartBlocks }, panel: 'k1-3' }]);
    assert.deepEqual(previewPartRequest('file:///w/a.entente', 100), { command: 'entente.previewPart', arguments: [{ uri: 'file:///w/a.entente', part: { from: 100, count: previewPartBlocks } }] });
    assert.ok(previewPartBlocks >= 10 && previewPartBlocks <= 200, 'a few screens, not the whole text');
  });

  it('shows the first part, then asks for the next one when its place-holder comes into view', () => {
    const p = new PreviewParts();
    p.update({ from: 0, count: 50, total: 120 });
    assert.deepEqual(shown(p), ['0+50@1', '50+0@-1']);
    assert.deepEqual(p.wanted([0]), []);
    assert.deepEqual(p.wanted([0, 50]), [50]);
    assert.deepEqual(p.wanted([0, 50]), [], 'asked once');
    assert.equal(p.fill({ from: 50, count: 50, total: 120 }, 1), true);
    assert.deepEqual(shown(p), ['0+50@1', '50+50@1', '100+0@-1']);
    assert.deepEqual(p.wanted([100]), [100]);
    p.fill({ from: 100, count: 20, total: 120 }, 1);
    assert.deepEqual(shown(p), ['0+50@1', '50+50@1', '100+20@1'], 'no place-holder past the end');
  });

  it('after an edit keeps the parts on screen and asks anew for each only when it is seen', () => {
    const p = new PreviewParts();
    p.update({ from: 0, count: 50, total: 120 });
    p.fill({ from: 50, count: 50, total: 120 }, 1);
    p.fill({ from: 100, count: 20, total: 120 }, 1);
    p.update({ from: 0, count: 50, total: 130 });
    assert.deepEqual(shown(p), ['0+50@2', '50+50@1', '100+20@1', '120+0@-1']);
    assert.deepEqual(p.wanted([50]), [50], 'the part in view');
    // An answer to the earlier update arrives late: drawn, still stale, asked for when seen.
    assert.equal(p.fill({ from: 100, count: 20, total: 120 }, 1), true);
    assert.deepEqual(p.wanted([100]), [100]);
    assert.equal(p.fill({ from: 100, count: 30, total: 130 }, 2), true);
    assert.deepEqual(shown(p), ['0+50@2', '50+50@1', '100+30@2']);
    // An answer for the earlier update never replaces one for the latest.
    assert.equal(p.fill({ from: 100, count: 20, total: 120 }, 1), false);
    assert.deepEqual(shown(p)[2], '100+30@2');
  });

  it('drops the parts past the end of a text that shrank', () => {
    const p = new PreviewParts();
    p.update({ from: 0, count: 50, total: 120 });
    p.fill({ from: 50, count: 50, total: 120 }, 1);
    p.update({ from: 0, count: 40, total: 40 });
    assert.deepEqual(shown(p), ['0+40@2']);
    assert.deepEqual(p.wanted([0, 50]), []);
  });

  it('in any order of edits, scrolling and late answers: no overlap; once all in view are answered, the whole text', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let run = 0; run < 200; run++) {
      const p = new PreviewParts();
      const server = { total: 1 + random(400) };
      const answer = (from: number): PartAnswer => ({ from, count: Math.max(0, Math.min(previewPartBlocks, server.total - from)), total: server.total });
      const pending: { from: number; version: number; answer: PartAnswer }[] = [];
      p.update(answer(0));
      for (let step = 0; step < 40; step++) {
        const what = random(4);
        if (what === 0) {
          server.total = 1 + random(400);
          p.update(answer(0));
        } else if (what === 1) {
          const froms = p.shown.map((s) => s.from);
          const at = random(froms.length);
          for (const from of p.wanted(froms.slice(at, at + 1 + random(3)))) pending.push({ from, version: p.version, answer: answer(from) });
        } else if (pending.length > 0) {
          const [late] = pending.splice(random(pending.length), 1);
          p.fill(late.answer, late.version);
        }
        const parts = p.shown;
        for (let i = 1; i < parts.length; i++) assert.ok(parts[i - 1].from + parts[i - 1].count <= parts[i].from, `run ${run} step ${step}: ${shown(p).join(' ')}`);
      }
      // The drafter scrolls through everything; every answer comes back for the text as it is.
      pending.length = 0;
      for (let guard = 0; guard < 100; guard++) {
        const asks = p.wanted(p.shown.map((s) => s.from));
        if (asks.length === 0) break;
        for (const from of asks) p.fill(answer(from), p.version);
      }
      assert.ok(p.shown.every((s) => s.version === p.version), `run ${run}: all fresh`);
      let next = 0;
      for (const s of p.shown) {
        assert.equal(s.from, next, `run ${run}: contiguous ${shown(p).join(' ')}`);
        next += s.count;
      }
      assert.equal(next, server.total, `run ${run}: the whole text`);
    }
  });
});
