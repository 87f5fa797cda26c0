/**
 * The TextMate grammar must colour every keyword the lexer reserves (server/src/language/
 * syntax/tokens.ts). A keyword added to the lexer but not to the grammar fails here, by name.
 * It must also respect the lexer's longest-match rule: `within-organisation` is one identifier,
 * not the keyword `within` followed by junk, and `contacts` is not `contact` + `s`.
 */
import assert from 'node:assert/strict';
import { keywordWords } from '../../../server/src/language/syntax/tokens';
import { tokenize } from './tokenize';

const isKeywordScope = (scope: string): boolean => scope.startsWith('keyword.') || scope.startsWith('storage.type.');

/** The scopes of a word written alone on a line, if the grammar reads it as one token. */
async function wordScopes(word: string): Promise<readonly string[] | undefined> {
  const tokens = await tokenize(word);
  return tokens.length === 1 && tokens[0].text === word ? tokens[0].scopes : undefined;
}

describe('TextMate grammar keywords', () => {
  it('colours every keyword of tokens.ts as a keyword', async () => {
    const missing: string[] = [];
    for (const word of keywordWords) {
      const scopes = await wordScopes(word);
      if (!scopes?.some(isKeywordScope)) missing.push(`${word} → ${scopes?.join(' ') ?? 'split into several tokens'}`);
    }
    assert.deepEqual(missing, [], 'keywords the TextMate grammar does not colour (add them to syntaxes/entente.tmLanguage.json)');
  });

  it('gives the same role to a keyword wherever it appears on a line', async () => {
    const tokens = await tokenize('  notify EE, FI within 24 hours via ThreatIntel');
    const within = tokens.find((t) => t.text === 'within');
    assert.ok(within?.scopes.includes('keyword.operator.word.connective.entente'), JSON.stringify(within));
  });

  for (const word of ['within-organisation', 'with-clients', 'contacts-list', 'Sécurité', 'Комитет', 'channels', 'body_count', 'use2']) {
    it(`reads ${word} as one non-keyword token`, async () => {
      const scopes = await wordScopes(word);
      assert.ok(scopes, `${word} was split into several tokens`);
      assert.ok(!scopes.some(isKeywordScope), `${word} is coloured as a keyword: ${scopes.join(' ')}`);
    });
  }

  it('reads `contacts` as the contacts keyword, not `contact` plus `s`', async () => {
    const scopes = await wordScopes('contacts');
    assert.ok(scopes?.includes('keyword.other.statement.entente'), String(scopes));
  });
});
