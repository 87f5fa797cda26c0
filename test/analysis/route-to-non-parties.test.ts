/**
 * lg31, item 3: a `via` on a step to non-parties was dropped by the renderer without a word (lf4
 * stopped printing "through the channel …" for such a step, rightly: a channel is a route among
 * the parties). The checker now says why the route is not printed; a relay through an
 * organisation, the route such texts do name (Early Notification 1986 Art. 2(a), "directly or
 * through the International Atomic Energy Agency"), is printed as written and not reported.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language';
import { repoRoot } from '../render/render-fixtures';

const uri = 'file:///t/convention.entente';
const parties = 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nnon-party IAEA "International Atomic Energy Agency"\nchannel Alerts between EE, FI\n';
const states = '"all States whose interests are affected or likely to be affected by such oil pollution incident"';
function opened(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return service;
}
const routes = (step: string) => opened(`${parties}protocol P {\n  ${step}\n}\n`).diagnostics(uri).filter((d) => d.code === 'route-to-non-parties');

describe('route-to-non-parties: a channel route on a step to non-parties is reported, not dropped silently (lg31, item 3)', () => {
  it('reports `via` on a step to States described in the text\'s words (OPRC Art. 5(1)(c) with an invented route)', () => {
    const [d] = routes(`inform ${states} by EE without-delay via Alerts`);
    assert.ok(d, 'reported');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /Channel Alerts is a route among the parties, and this step notifies recipients described in the text’s words: the export does not print it/);
  });

  it('reports `via` on a step to a declared non-party, and names it', () => {
    const [d] = routes('notify FI, IAEA by EE forthwith via Alerts');
    assert.match(d?.message ?? '', /notifies IAEA/);
  });

  it('near misses: a step among parties via a channel, and a relay through an organisation, are silent', () => {
    assert.deepEqual(routes('notify FI by EE within 24 hours via Alerts'), []);
    assert.deepEqual(routes(`notify ${states}, IAEA by EE directly or through IAEA forthwith`), []);
    assert.deepEqual(routes(`notify ${states} by EE without-delay`), []);
  });

  it('the export still leaves the channel out of such a step, and prints a relay as written', () => {
    const treaty = 'treaty "Convention" {\n  status binding\n}\n';
    const md = opened(`${treaty}${parties}protocol P {\n  when category "nuclear accident"\n  notify ${states}, IAEA by EE directly or through IAEA forthwith via Alerts\n}\n`).render(uri, 'markdown')!.replace(/\s+/g, ' ');
    assert.doesNotMatch(md, /through the channel/);
    assert.match(md, /directly or through the International Atomic Energy Agency/);
  });

  it('no transcription or sample is reported', () => {
    for (const dir of ['test/real-instruments', 'samples']) {
      for (const file of readdirSync(join(repoRoot, dir)).filter((f) => f.endsWith('.entente'))) {
        const service = opened(readFileSync(join(repoRoot, dir, file), 'utf8'));
        assert.deepEqual(service.diagnostics(uri).filter((d) => d.code === 'route-to-non-parties'), [], file);
      }
    }
  });
});
