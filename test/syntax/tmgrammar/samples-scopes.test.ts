/**
 * The TextMate grammar against the real lexer, over every sample: each token the Chevrotain
 * lexer produces must be coloured as what it is (a keyword as a keyword, a string as a
 * string, an id never as a keyword…). This catches a grammar that drifts from the language
 * on real text, where hand-written cases cannot cover every combination.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { IToken } from 'chevrotain';
import { LineIndex } from '../../../server/src/language/ast/positions';
import { tlpLabels } from '../../../server/src/language/ast/vocabulary';
import { ententeLexer } from '../../../server/src/language/syntax/lexer';
import { keywords } from '../../../server/src/language/syntax/tokens';
import { reviewMe, sampleFiles } from '../../samples/sample-files';
import { tokenize, type ScopedToken } from './tokenize';

const keywordNames = new Set(keywords.map((k) => k.name));
const languageKeyword = /^(?:keyword\.(?:operator|control)|storage\.modifier)\./;

/** What a lexer token must look like in the editor: a test on the scopes of each of its pieces. */
function expectation(token: IToken): { describe: string; test: (scopes: readonly string[]) => boolean } {
  const has = (prefix: string) => (scopes: readonly string[]) => scopes.some((s) => s.startsWith(prefix));
  const name = token.tokenType.name;
  if (keywordNames.has(name)) return { describe: 'a keyword', test: (s) => s.some((x) => languageKeyword.test(x)) };
  switch (name) {
    case 'LineComment':
    case 'BlockComment':
      return { describe: 'a comment', test: has('comment.') };
    case 'TripleString':
      return { describe: 'prose', test: has('string.quoted.triple.') };
    case 'StringLiteral':
      return { describe: 'a string', test: has('string.quoted.double.') };
    case 'DateLiteral':
      return { describe: 'a date', test: (s) => has('constant.numeric.date.')(s) || has('invalid.illegal.date.')(s) };
    case 'TwentyFourSeven':
      return { describe: '24/7', test: has('constant.language.availability.') };
    case 'NumberLiteral':
      return { describe: 'a number', test: has('constant.numeric.') };
    case 'TlpLabel':
      return (tlpLabels.values as readonly string[]).includes(token.image)
        ? { describe: 'a valid TLP label', test: has('constant.language.tlp.') }
        : { describe: 'an invalid TLP label', test: has('invalid.illegal.tlp.') };
    case 'LCurly':
    case 'RCurly':
      return { describe: 'a brace', test: has('punctuation.section.block.') };
    case 'Comma':
      return { describe: 'a comma', test: has('punctuation.separator.comma.') };
    case 'Dot':
      return { describe: 'an accessor', test: has('punctuation.accessor.') };
    case 'Identifier':
      return { describe: 'an id or value, not a keyword', test: (s) => !s.some((x) => languageKeyword.test(x) || x.startsWith('invalid.')) && s.length > 1 };
    default:
      return { describe: `a ${name}`, test: () => true };
  }
}

/** The TextMate tokens that overlap a lexer token (only the first line of a multi-line one). */
function overlapping(tm: readonly ScopedToken[], lines: LineIndex, token: IToken): ScopedToken[] {
  const start = lines.positionAt(token.startOffset);
  const end = lines.positionAt(token.startOffset + token.image.length);
  const endCharacter = end.line === start.line ? end.character : Number.MAX_SAFE_INTEGER;
  return tm.filter((t) => t.line === start.line && t.end > start.character && t.start < endCharacter);
}

describe('TextMate grammar on the samples', () => {
  for (const sample of sampleFiles()) {
    it(`colours ${sample.name} as the lexer reads it`, async () => {
      const text = readFileSync(sample.path, 'utf8');
      const lexed = ententeLexer.tokenize(text);
      const lines = new LineIndex(text);
      const tm = await tokenize(text);
      const wrong: string[] = [];
      for (const token of [...lexed.tokens, ...(lexed.groups.comments ?? [])]) {
        const { describe: what, test } = expectation(token);
        const pieces = overlapping(tm, lines, token);
        const bad = pieces.length === 0 ? ['(no TextMate token)'] : pieces.filter((p) => !test(p.scopes)).map((p) => p.scopes.slice(1).join(' '));
        if (bad.length > 0) {
          const at = lines.positionAt(token.startOffset);
          wrong.push(`${at.line + 1}:${at.character + 1} ${JSON.stringify(token.image.slice(0, 40))} should be ${what}, is ${bad.join(' | ')}`);
        }
      }
      assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} tokens coloured wrongly`);
    });
  }

  it('marks nothing invalid in the clean samples', async () => {
    const invalid: string[] = [];
    for (const sample of sampleFiles().filter((s) => s.name !== reviewMe)) {
      for (const t of await tokenize(readFileSync(sample.path, 'utf8'))) {
        if (t.scopes.some((s) => s.startsWith('invalid.'))) invalid.push(`${sample.name}:${t.line + 1}:${t.start + 1} ${t.text}`);
      }
    }
    assert.deepEqual(invalid, []);
  });
});
