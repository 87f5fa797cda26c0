/**
 * Completion never runs away: Chevrotain's content assist follows every path the tokens allow,
 * and a party block broken by an edit (free words, a stray `threshold`) made those paths
 * multiply — one completion request took over two minutes (found by the long random-edit run,
 * session 1309). Content assist is metered by the token matches it makes (syntax/grammar-index.ts);
 * these tests count, they do not time.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/service';
import { ententeLexer } from '../../server/src/language/syntax/lexer';
import { contentAssistBudget, grammarIndex } from '../../server/src/language/syntax/grammar-index';

// The long run's text was a party block with a stray `threshold`; since a statement of another
// block is read as misplaced (syntax/misplaced-statements.ts) that one no longer multiplies paths
// (99 matches). The same free words in a header still do: without the budget, tens of millions.
const broken = `treaty "Convention" {
  status binding
  As between the Parties, the provisions of the Convention shall apply, mutatis mutandis, to this

 * from a threshold of consents, and applies the Convention's amendment, dispute and cost
  duration 5 years
}
`;

describe('content assist is bounded', () => {
  it('gives up on a broken header within its budget, and completion answers', () => {
    const tokens = ententeLexer.tokenize(broken).tokens;
    // Every token match is counted; without the budget this call made tens of millions.
    let matches = 0;
    const counted = tokens.map((token) => {
      const copy = Object.create(token);
      Object.defineProperty(copy, 'tokenTypeIdx', { get: () => (matches++, token.tokenTypeIdx) });
      return copy;
    });
    assert.deepEqual(grammarIndex().expected('document', counted), []);
    assert.ok(matches <= contentAssistBudget + 1, `${matches} matches`);
    const service = createEntenteService();
    service.open('file:///w/broken.entente', broken + '\n');
    assert.deepEqual(service.complete('file:///w/broken.entente', { line: 7, character: 0 }), []);
  });

  it('still completes an ordinary statement well within the budget (the near miss)', () => {
    const text = 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking \n}\n';
    const service = createEntenteService();
    service.open('file:///w/ok.entente', text);
    const labels = service.complete('file:///w/ok.entente', { line: 3, character: 10 }).map((c) => c.label);
    assert.ok(labels.includes('TLP:AMBER'), labels.join(', '));
  });
});
