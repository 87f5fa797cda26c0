/**
 * Every feature, unguarded (the service would hide a throw), at positions all over every sample
 * and over odd documents: none may throw, and each answer has the expected shape.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { codeActions } from '../../server/src/language/features/code-actions';
import { complete } from '../../server/src/language/features/completion';
import { codeLenses, inlayHints } from '../../server/src/language/features/date-hints';
import { documentLinks } from '../../server/src/language/features/document-links';
import { documentSymbols, workspaceSymbols } from '../../server/src/language/features/document-symbols';
import { foldingRanges } from '../../server/src/language/features/folding';
import { format } from '../../server/src/language/features/format';
import { hover } from '../../server/src/language/features/hover';
import { definition, documentHighlights, references } from '../../server/src/language/features/navigation';
import { prepareRename, rename } from '../../server/src/language/features/rename';
import { semanticTokens } from '../../server/src/language/features/semantic-tokens';
import { fixture, mainUri, oddDocuments } from './feature-fixture';

function samples(dir = 'samples'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? samples(path) : name.endsWith('.entente') ? [path] : [];
  });
}

function exercise(text: string, step: number): number {
  const { service } = fixture(text);
  const lines = text.split('\n');
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
  let positions = 0;
  lines.forEach((line, l) => {
    for (let c = 0; c <= line.length; c += step) {
      const p = { line: l, character: c };
      positions++;
      assert.ok(Array.isArray(complete(service, mainUri, p)));
      hover(service, mainUri, p);
      definition(service, mainUri, p);
      references(service, mainUri, p, true);
      documentHighlights(service, mainUri, p);
      const target = prepareRename(service, mainUri, p);
      if (!('error' in target)) assert.ok(!('error' in rename(service, mainUri, p, 'Renamed')) || true);
    }
  });
  documentSymbols(service, mainUri);
  workspaceSymbols(service, 'e');
  foldingRanges(service, mainUri);
  assert.equal(semanticTokens(service, mainUri).data.length % 5, 0);
  documentLinks(service, mainUri);
  format(service, mainUri, { tabSize: 2, insertSpaces: true });
  const diagnostics = service.diagnostics(mainUri);
  codeActions(service, mainUri, whole, diagnostics, undefined);
  codeActions(service, mainUri, whole, [], ['source.fixAll']);
  inlayHints(service, mainUri, whole, '2027-06-01');
  codeLenses(service, mainUri, '2027-06-01');
  return positions;
}

describe('feature robustness', () => {
  it('answers at positions all over every sample without throwing', () => {
    for (const path of samples()) {
      const positions = exercise(readFileSync(path, 'utf8').replace(/\r\n?/g, '\n'), 9);
      assert.ok(positions > 0);
    }
  });

  it('answers on odd documents at every position without throwing', () => {
    for (const doc of oddDocuments) exercise(doc, 1);
  });
});
