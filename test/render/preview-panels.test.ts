/**
 * The preview's refresh sends the panel only when it changed (features/preview-panels.ts): the
 * answer names its panel; asked with the name of the panel shown, the answer leaves the panel
 * out while it is the same, and carries it, under a new name, when an edit changed it. The part
 * it carries is always the new text's, and a panel sent is always a fresh service's.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService, type EntenteService } from '../../server/src/language/service';

const root = new URL('../../', import.meta.url).pathname;
const uri = 'file:///w/doc.entente';
const today = '2027-06-01';
const first = { from: 0, count: 3 };
const mou = readFileSync(join(root, 'samples/cert-cert-mou.entente'), 'utf8');

function opened(text: string): EntenteService {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  return service;
}

const panelOf = (data: object) => {
  const { diagram, timeline, today: day, deadlines, checklist } = data as Record<string, unknown>;
  return { diagram, timeline, today: day, deadlines, checklist };
};

describe('the preview panel sent when it changed', () => {
  it('is named, left out while the preview shows the same one, and sent anew when an edit changes it', () => {
    const service = opened(mou);
    const shown = service.previewRefresh(uri, today, first, undefined)!;
    assert.equal(shown.samePanel, undefined);
    assert.deepEqual(panelOf(shown), panelOf(service.preview(uri, today, first)!));
    assert.equal(typeof shown.panel, 'string');

    // Asked again with that name: the part, not the panel.
    const again = service.previewRefresh(uri, today, first, shown.panel)!;
    assert.equal(again.samePanel, true);
    assert.equal(again.panel, shown.panel);
    assert.ok(!('diagram' in again) && !('checklist' in again) && !('timeline' in again), 'the panel is left out');
    assert.equal(again.html, shown.html);

    // A clause's text edited: the same panel, the new text's part.
    const reworded = mou.replace('Each Participant will bear its own costs', 'Each Participant will bear all of its own costs');
    service.update(uri, reworded, 2);
    const typed = service.previewRefresh(uri, today, { from: 0, count: 100 }, shown.panel)!;
    assert.equal(typed.samePanel, true);
    assert.equal(typed.html, opened(reworded).preview(uri, today, { from: 0, count: 100 })!.html);
    assert.match(typed.html, /all of its own costs/);

    // A participant renamed: the diagram names it, so the panel is sent, under a new name, as a fresh service makes it.
    const renamed = reworded.replace('participant FI "National Cyber Security Centre Finland (NCSC-FI)"', 'participant FI "Finnish Cyber Centre"');
    service.update(uri, renamed, 3);
    const changed = service.previewRefresh(uri, today, first, shown.panel)!;
    assert.equal(changed.samePanel, undefined);
    assert.notEqual(changed.panel, shown.panel);
    assert.deepEqual(panelOf(changed), panelOf(opened(renamed).preview(uri, today, first)!));
    assert.match(JSON.stringify(panelOf(changed)), /Finnish Cyber Centre/);

    // An old name, or another service's: the panel is sent.
    assert.equal(service.previewRefresh(uri, today, first, shown.panel)!.samePanel, undefined);
    const other = opened(renamed);
    assert.notEqual(other.previewRefresh(uri, today, first, undefined)!.panel, service.previewRefresh(uri, today, first, undefined)!.panel, 'names differ between services');
    assert.equal(other.previewRefresh(uri, today, first, changed.panel)!.samePanel, undefined);
  });

  it('is sent anew when the findings change the checklist, though the text did not change', () => {
    const service = opened(mou.replace(/^\s*amendment by written decision\n/m, ''));
    const shown = service.previewRefresh(uri, today, first, undefined)!;
    assert.equal(shown.samePanel, undefined);
    const checklist = 'checklist' in shown ? shown.checklist : [];
    const missing = checklist.find((c) => c.state === 'missing' && c.finding);
    assert.ok(missing, 'a final clause is reported missing');
    service.setSettings({ rules: { [missing.finding!.code]: 'off' } });
    const quiet = service.previewRefresh(uri, today, first, shown.panel)!;
    assert.equal(quiet.samePanel, undefined, 'the checklist changed with the findings');
    assert.notEqual(quiet.panel, shown.panel);
  });
});
