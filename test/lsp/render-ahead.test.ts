/**
 * The export made ahead (lsp/render-ahead.ts) on a real service: after a publication, once the
 * server is idle, the Markdown of that version is rendered in slices (each stops at the first
 * boundary between articles after it has made one: a budget of 0 ms). A newer version stops the
 * slices at their next step, and its own publication renders it; a request that arrives between
 * two slices renders the version it is asked about, from what the slices made, and equals a fresh
 * service's export. Work is counted, not timed.
 */
import assert from 'node:assert/strict';
import { generateModel, toEntente } from '../../bench/generator';
import { createEntenteService } from '../../server/src/language/service';
import { FormattingAhead } from '../../server/src/lsp/formatting-ahead';
import { renderAheadSteps } from '../../server/src/lsp/render-ahead';

const uri = 'file:///w/convention.entente';
const original = toEntente(generateModel({ lines: 200 }));
const prose = original.indexOf('\n', original.indexOf('"""\n', original.indexOf('\nclause ', original.length >> 1)) + 4);
const edited = original.slice(0, prose) + ' promptly' + original.slice(prose);

function freshExport(text: string): string | undefined {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  return service.render(uri, 'markdown');
}

/** One event-loop turn: the runner yields with setImmediate between slices (lsp/sliced-work.ts). */
const turn = () => new Promise((resolve) => setImmediate(resolve));

function setUp() {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, original, 1);
  let revision = 1;
  let steps = 0;
  const ahead = new FormattingAhead(
    {
      revision: () => revision,
      steps: function* (u) {
        for (const step of renderAheadSteps(service, u, 0)) {
          steps++;
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
  const edit = (text: string) => {
    service.update(uri, text, ++revision);
  };
  return { service, ahead, edit, steps: () => steps };
}

async function until(done: () => boolean): Promise<void> {
  for (let n = 0; n < 100000 && !done(); n++) await turn();
  assert.ok(done(), 'the work ended');
}

describe('the export made ahead', () => {
  it('renders the published version in many slices; the export asked for afterwards is that rendering', async function () {
    this.timeout(300000);
    const { service, ahead, steps } = setUp();
    ahead.published(uri);
    await until(() => ahead.runs.length === 1);
    assert.equal(ahead.runs[0].status, 'done');
    assert.ok(steps() > 40, `the analysis and the rendering in many steps (${steps()})`);
    const parts = service.renderParts(uri, 'markdown');
    assert.equal(service.renderAhead(uri, () => true), true, 'nothing left to make');
    assert.equal(service.renderParts(uri, 'markdown'), parts, 'the parts made ahead are the ones the export sends');
    assert.equal(service.render(uri, 'markdown'), freshExport(original));
  });

  it('a request between two slices is answered with the version asked about, from what the slices made', async function () {
    this.timeout(300000);
    const { service, ahead, steps } = setUp();
    service.diagnostics(uri);
    ahead.published(uri);
    await until(() => steps() >= 20);
    assert.equal(ahead.runs.length, 0, 'still rendering');
    assert.equal(service.render(uri, 'markdown'), freshExport(original));
    await until(() => ahead.runs.length === 1);
    assert.equal(ahead.runs[0].status, 'done', 'the next slice finds the export made');
  });

  it('a newer version stops the slices at their next step; its publication renders it, and the export is the newer one', async function () {
    this.timeout(300000);
    const { service, ahead, steps, edit } = setUp();
    service.diagnostics(uri);
    ahead.published(uri);
    await until(() => steps() >= 20);
    edit(edited);
    const before = steps();
    await until(() => ahead.runs.length === 1);
    assert.equal(ahead.runs[0].status, 'stale');
    assert.ok(steps() - before <= 1, 'at most the step that was running');
    // Not yet published: a request renders the newer text itself.
    assert.equal(service.render(uri, 'markdown'), freshExport(edited));
    service.diagnostics(uri);
    ahead.published(uri);
    await until(() => ahead.runs.length === 2);
    assert.equal(ahead.runs[1].status, 'done');
    assert.equal(service.render(uri, 'markdown'), freshExport(edited));
    assert.notEqual(freshExport(edited), freshExport(original));
  });
});
