/**
 * A rendering is kept per model and problem count (features/render-document.ts): asked again for
 * an unchanged document, the preview and export get the text rendered before. It must be exactly
 * what a fresh service renders, in every format, and be rendered again when the same model's
 * problem count changes (new settings change the diagnostics, not the model) or the text does.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisSettings } from '../../server/src/language/config/settings';
import { createEntenteService } from '../../server/src/language/service';
import { ententeFiles } from '../features/sessions/session-helpers';

const root = new URL('../../', import.meta.url).pathname;
const uri = 'file:///w/doc.entente';
const formats = ['markdown', 'html', 'akn'] as const;

function freshRender(text: string, format: (typeof formats)[number], settings: AnalysisSettings = {}): string | undefined {
  const service = createEntenteService({ readFile: () => undefined, settings });
  service.open(uri, text, 1);
  return service.render(uri, format);
}

describe('renderings kept per model', () => {
  it('equal a fresh service\'s rendering of every sample and real instrument, asked twice', function () {
    this.timeout(300000);
    const files = [...ententeFiles(join(root, 'samples')), ...ententeFiles(join(root, 'test/real-instruments'))];
    assert.ok(files.length > 40, 'the samples and real instruments were found');
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const service = createEntenteService({ readFile: () => undefined });
      service.open(uri, text, 1);
      const fresh = createEntenteService({ readFile: () => undefined });
      fresh.open(uri, text, 1);
      for (const format of formats) {
        const first = service.render(uri, format);
        assert.equal(service.render(uri, format), first, `${path}: ${format} asked again`);
        assert.equal(first, fresh.render(uri, format), `${path}: ${format}`);
      }
    }
  });

  it('renders again when new settings change the problem count, and when the text changes', () => {
    const text = readFileSync(join(root, 'samples/review-me.entente'), 'utf8');
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, text, 1);
    const marked = service.render(uri, 'markdown')!;
    assert.match(marked, /DRAFT/);
    const quiet: AnalysisSettings = { rules: Object.fromEntries(service.diagnostics(uri).map((d) => [d.code, 'off'])) };
    service.setSettings(quiet);
    const unmarked = service.render(uri, 'markdown')!;
    assert.notEqual(unmarked, marked, 'the DRAFT notice follows the settings');
    assert.equal(unmarked, freshRender(text, 'markdown', quiet));
    const edited = text.replace('memorandum', 'treaty');
    service.update(uri, edited, 2);
    assert.equal(service.render(uri, 'markdown'), freshRender(edited, 'markdown', quiet));
  });
});
