/**
 * The TextMate grammar must colour every keyword the lexer reserves (server/src/language/
 * syntax/tokens.ts). A keyword added to the lexer but not to the grammar fails here, by name.
 * It must also respect the lexer's longest-match rule: `within-organisation` is one identifier,
 * not the keyword `within` followed by junk, and `contacts` is not `contact` + `s`.
 */
import assert from 'node:assert/strict';
import { keywordWords } from '../../../server/src/language/syntax/tokens';
import { tokenize } from './tokenize';

/**
 * The scopes a keyword may have. Declaration keywords are `keyword.control.*`, statements and
 * qualifiers `storage.modifier.*`, connectives `keyword.operator.word.*`: in every built-in theme
 * (Light/Dark Modern, the 2026 themes, High Contrast) these are blue, purple or plain text. Not
 * `keyword`, `keyword.other` or `storage.type`: the 2026 themes paint those the same red as
 * `invalid`, so a drafter read every statement keyword as an error (issue 10).
 */
const keywordScopePrefixes = ['keyword.control.', 'storage.modifier.', 'keyword.operator.word.'];
const isKeywordScope = (scope: string): boolean => keywordScopePrefixes.some((p) => scope.startsWith(p));
/** Scopes that read as an error, or that the 2026 themes colour like one. */
function errorLike(scope: string): boolean {
  const [root, second, third] = scope.split('.');
  if (root === 'invalid' || (root === 'storage' && second === 'type')) return true;
  // `keyword.<language>` alone, or `keyword.other.*` (units excepted: every theme colours them as numbers).
  return root === 'keyword' && (third === undefined || (second === 'other' && third !== 'unit'));
}

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

  it('colours no keyword with a scope that reads as an error', async () => {
    const wrong: string[] = [];
    for (const word of keywordWords) {
      for (const line of [word, `participant X { ${word} }`, `channel C between EE { ${word} x }`]) {
        for (const token of await tokenize(line)) {
          if (token.text === word && token.scopes.some(errorLike)) wrong.push(`${word} in ${JSON.stringify(line)} → ${token.scopes.join(' ')}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('tells a scope that reads as an error from one that does not (the check above can fail)', () => {
    for (const bad of ['keyword.other.statement.entente', 'storage.type.party.entente', 'invalid.illegal.x.entente', 'keyword.entente']) assert.ok(errorLike(bad), bad);
    for (const good of ['keyword.control.declaration.party.entente', 'storage.modifier.statement.entente', 'keyword.other.unit.entente', 'keyword.operator.word.connective.entente']) assert.ok(!errorLike(good), good);
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
    assert.ok(scopes?.includes('storage.modifier.statement.entente'), String(scopes));
  });
});
