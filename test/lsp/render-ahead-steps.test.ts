/**
 * The export made ahead in short steps (lsp/render-ahead.ts): after an edit, the checks of the
 * articles kept from the text before are made a few per step (features/render-document.ts
 * `keptChecksAhead`), then the rendering's phases (arrangement, rendering model, Markdown) each in
 * slices of its own. The split changes no export: after each edit (prose, a contact's name that
 * many articles print, back) the export equals a fresh service's and that of a service that
 * rendered in one go. A document changed between two steps stops the work at the next one, and the
 * newer version's export is right. Work is counted, not timed.
 */
import assert from 'node:assert/strict';
import { generateModel, toEntente } from '../../bench/generator';
import { createEntenteService } from '../../server/src/language/service';
import { FormattingAhead } from '../../server/src/lsp/formatting-ahead';
import { renderAheadSteps } from '../../server/src/lsp/render-ahead';

const uri = 'file:///w/convention.entente';
const original = toEntente(generateModel({ lines: 200 }));
const prose = original.indexOf('\n', original.indexOf('"""\n', original.indexOf('\nclause ', original.length >> 1)) + 4);
const proseEdited = original.slice(0, prose) + ' promptly' + original.slice(prose);
// A contact many articles name: their checks fail, and they are rendered again.
const contactRenamed = original.replaceAll('"CERT-EE duty officer"', '"CERT-EE duty desk"');
const texts = [proseEdited, contactRenamed, original, proseEdited.replaceAll('"CERT-EE duty officer"', '"CERT-EE duty desk"')];

function freshExport(text: string): string | undefined {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  return service.render(uri, 'markdown');
}

/** One event-loop turn: the runner yields with setImmediate between slices (lsp/sliced-work.ts). */
const turn = () => new Promise((resolve) => setImmediate(resolve));

async function until(done: () => boolean): Promise<void> {
  for (let n = 0; n < 100000 && !done(); n++) await turn();
  assert.ok(done(), 'the work ended');
}

describe('the export made ahead in short steps', () => {
  it('checks the kept articles a few per step, then renders phase by phase: the same export as a rendering in one go, after every edit', function () {
    this.timeout(300000);
    const stepped = createEntenteService({ readFile: () => undefined });
    const whole = createEntenteService({ readFile: () => undefined });
    stepped.open(uri, original, 1);
    whole.open(uri, original, 1);
    for (const _ of renderAheadSteps(stepped, uri, 0, undefined, 2)) void _;
    assert.equal(stepped.render(uri, 'markdown'), whole.render(uri, 'markdown'));
    let version = 1;
    for (const text of texts) {
      version++;
      stepped.update(uri, text, version);
      whole.update(uri, text, version);
      const kinds = new Map<unknown, number>();
      for (const step of renderAheadSteps(stepped, uri, 0, undefined, 1)) kinds.set(step, (kinds.get(step) ?? 0) + 1);
      assert.ok((kinds.get('check') ?? 0) > 3, `the kept articles checked in many steps (${kinds.get('check')})`);
      assert.ok((kinds.get('render') ?? 0) >= 3, 'a slice per phase at least');
      const parts = stepped.renderParts(uri, 'markdown');
      assert.equal(stepped.renderAhead(uri, () => true), true, 'nothing left to make');
      assert.equal(stepped.renderParts(uri, 'markdown'), parts, 'the parts made ahead are the ones the export sends');
      const exported = stepped.render(uri, 'markdown');
      assert.equal(exported, whole.render(uri, 'markdown'), `the same export as a rendering in one go (version ${version})`);
      assert.equal(exported, freshExport(text), `the same export as a fresh service's (version ${version})`);
    }
    assert.notEqual(freshExport(contactRenamed), freshExport(original), 'the contact is printed');
  });

  it('checks made ahead for a version never rendered leave a later rendering of it right', () => {
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, original, 1);
    service.render(uri, 'markdown');
    service.update(uri, contactRenamed, 2);
    service.diagnostics(uri);
    for (const _ of service.renderChecksAhead(uri, 1)) void _;
    // A request renders it, not the slices: the checks' outcomes are this model's, whoever reads them.
    assert.equal(service.render(uri, 'markdown'), freshExport(contactRenamed));
  });

  it('a document changed between two check steps stops the work at the next step; the newer version is exported right', async function () {
    this.timeout(300000);
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, original, 1);
    let revision = 1;
    const seen: unknown[] = [];
    const ahead = new FormattingAhead(
      {
        revision: () => revision,
        steps: function* (u) {
          for (const step of renderAheadSteps(service, u, 0, undefined, 1)) {
            seen.push(step);
            yield step;
          }
        },
        idle: () => Promise.resolve(),
        busy: () => false,
        log: (m) => assert.fail(m),
        what: 'the export',
      },
      0,
    );
    ahead.published(uri);
    await until(() => ahead.runs.length === 1);
    service.update(uri, contactRenamed, ++revision);
    service.diagnostics(uri);
    seen.length = 0;
    ahead.published(uri);
    await until(() => seen.filter((s) => s === 'check').length >= 3);
    service.update(uri, proseEdited, ++revision);
    const before = seen.length;
    await until(() => ahead.runs.length === 2);
    assert.equal(ahead.runs[1].status, 'stale');
    assert.ok(seen.length - before <= 1, 'at most the step that was running');
    assert.ok(!seen.includes('render'), 'stopped among the checks');
    // Not yet published: a request renders the newer text itself.
    assert.equal(service.render(uri, 'markdown'), freshExport(proseEdited));
    service.diagnostics(uri);
    ahead.published(uri);
    await until(() => ahead.runs.length === 3);
    assert.equal(ahead.runs[2].status, 'done');
    assert.equal(service.render(uri, 'markdown'), freshExport(proseEdited));
  });
});
