/**
 * Semantic tokens kept per declaration (features/semantic-tokens.ts) must be exactly the tokens
 * of a fresh service after any edit: random edits (seeded) of every sample and real instrument,
 * applied one after another in one service as the editor sends them, each answer compared with
 * that of a new service given the same text. Edits within a line keep the other declarations'
 * objects (and so their kept tokens); new lines, new and renamed defined terms, and broken
 * syntax exercise the rest. A term defined in a used file, changed there, must recolour the
 * prose of the file that uses it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assertEqualToFreshAfterRandomEdits } from '../helpers/random-edits';
import { createEntenteService } from '../../server/src/language/service';
import { semanticTokenEdits } from '../../server/src/language/features/semantic-token-blocks';
import { tokenCounts } from '../../server/src/language/features/semantic-tokens';
import type { SemanticTokens } from '../../server/src/language/features/types';
import { ententeFiles } from './sessions/session-helpers';

const root = new URL('../../', import.meta.url).pathname;
const files = [...ententeFiles(join(root, 'samples')), ...ententeFiles(join(root, 'test/real-instruments'))];
const uri = 'file:///w/doc.entente';

const fresh = (text: string, used: Record<string, string> = {}) => {
  const service = createEntenteService({ readFile: (u) => used[u] });
  service.open(uri, text, 1);
  return service.semanticTokens(uri).data;
};

describe('semantic tokens kept per declaration', () => {
  it(`equal a fresh service's after random edits of every sample and real instrument (${files.length} files)`, function () {
    this.timeout(300000);
    assert.ok(files.length > 40, 'the samples and real instruments were found');
    const texts = files.map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));
    const reused = assertEqualToFreshAfterRandomEdits(
      texts,
      () => createEntenteService({ readFile: () => undefined }),
      uri,
      (service) => service.semanticTokens(uri).data,
      (text) => fresh(text),
      { seed: Number(process.env.TOKENS_SEED ?? 7), numRuns: Number(process.env.TOKENS_RUNS ?? 6) },
    );
    assert.ok(reused > 100, `${reused} edits within a line`);
  });

  it(`give edits from the previous answer that make a fresh service's tokens, after random edits (${files.length} files)`, function () {
    // The change sent for textDocument/semanticTokens/full/delta, computed from the blocks the two
    // answers share (features/semantic-token-blocks.ts), applied to the numbers last sent.
    this.timeout(300000);
    const texts = files.map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }));
    const moved = tokenCounts.moved;
    let sent: { tokens: SemanticTokens; data: number[] } | undefined;
    let edited = 0;
    assertEqualToFreshAfterRandomEdits(
      texts,
      () => {
        sent = undefined;
        return createEntenteService({ readFile: () => undefined });
      },
      uri,
      (service) => {
        const tokens = service.semanticTokens(uri);
        if (!sent) {
          sent = { tokens, data: [...tokens.data] };
          return sent.data;
        }
        let data = sent.data;
        for (const edit of semanticTokenEdits(sent.tokens, tokens)) {
          data = [...data.slice(0, edit.start), ...edit.data, ...data.slice(edit.start + edit.deleteCount)];
          edited++;
        }
        sent = { tokens, data };
        return data;
      },
      (text) => fresh(text),
      { seed: Number(process.env.TOKENS_SEED ?? 11), numRuns: Number(process.env.TOKENS_RUNS ?? 6) },
    );
    assert.ok(edited > 100, `${edited} answers changed`);
    // New lines typed above declarations move them: their tokens are carried over, not coloured again.
    assert.ok(tokenCounts.moved - moved > 1000, `${tokenCounts.moved - moved} declarations' tokens carried to other lines`);
  });

  it('recolours prose when a term defined in a used file changes there', () => {
    const registry = 'file:///w/terms.entente';
    let terms = 'define "Incident" means "an event"\n';
    const service = createEntenteService({ readFile: (u) => (u === registry ? terms : undefined) });
    const text = 'use "terms.entente"\nclause Notice """Each Incident and each Breach will be reported."""\n';
    service.open(uri, text, 1);
    const before = service.semanticTokens(uri).data;
    assert.deepStrictEqual(before, fresh(text, { [registry]: terms }));
    terms = 'define "Breach" means "a breach"\n';
    service.documents.set(registry, terms, 2, false);
    const after = service.semanticTokens(uri).data;
    assert.notDeepStrictEqual(after, before, 'the term tokens moved from Incident to Breach');
    assert.deepStrictEqual(after, fresh(text, { [registry]: terms }));
  });
});
