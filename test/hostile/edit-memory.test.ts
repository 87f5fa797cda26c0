/**
 * A long editing session must not keep what earlier versions of the document were made of.
 * Edits in different places of a 10,000-line instrument each kept about 1.3 MB alive (20 edits:
 * 25 MB; a working day at 100,000 lines: out of memory): the token images and prose values of
 * a re-parsed region were slices of that whole version of the text, so every segment the
 * incremental parse reused kept its version alive; each move of a reused segment wrapped the
 * previous move; the prose memo stored a copy of each text per analysis. The figure counted is
 * the heap left after forced collections, not a time: it does not depend on the machine.
 */
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateModel, toEntente } from '../../bench/generator';
import { createEntenteService } from '../../server/src/language/service';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('memory over a long editing session', () => {
  it('does not grow with each version of a 10,000-line instrument edited in a different place', function () {
    this.timeout(120_000);
    let text = toEntente(generateModel({ lines: 10_000 }));
    const service = createEntenteService();
    const uri = 'file:///memory/convention.entente';
    service.open(uri, text, 1);
    service.diagnostics(uri);
    // Each version is a new string of the document's length (two bytes a character: it holds typographic quotes).
    const versionBytes = text.length * 2;
    const edits = 30;
    const before = heapAfterCollection();
    for (let i = 0; i < edits; i++) {
      const at = text.indexOf('Each Party', Math.floor((i / edits) * text.length));
      assert.ok(at >= 0, 'the generated instrument has a clause at each place');
      text = text.slice(0, at) + 'X' + text.slice(at);
      service.update(uri, text, i + 2);
      // Every feature that reads the parse's tokens too, as the editor asks after each change.
      service.diagnostics(uri);
      service.semanticTokens(uri);
      service.foldingRanges(uri);
    }
    const grown = heapAfterCollection() - before;
    // The current version is one; the memo keeps the edited clauses' analyses. Thirty kept
    // versions would be more than thirty times this.
    assert.ok(grown < 6 * versionBytes, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over ${edits} edits (a version is ${(versionBytes / 1e6).toFixed(1)} MB)`);
  });
});
