/**
 * `sequential(text)` (ast/positions.ts): the lexer and the line scan read a document's text as
 * one flattened string, whatever V8 made of it (a concatenation, a slice). It must give the same
 * characters, never a changed text, and the lexer and line index must read a concatenated text as
 * the same characters held as one string. Timing is not tested here (bench/: lexing 100k ÷ 10k).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex, sequential } from '../../server/src/language/ast/positions';
import { ententeLexer } from '../../server/src/language/syntax/lexer';
import { ententeFiles } from '../helpers/entente-files';

const root = new URL('../..', import.meta.url).pathname;
const sample = readFileSync(ententeFiles(join(root, 'samples'))[0], 'utf8');

/** The text as V8 holds an edited document: pieces joined by `+`, read once (flattened in place). */
function concatenated(text: string): string {
  const at = text.length >> 1;
  const joined = text.slice(0, at) + text.slice(at);
  joined.charCodeAt(0);
  return joined;
}

describe('sequential text', () => {
  it('gives the same characters for a concatenated, a sliced and a plain text', () => {
    for (const text of [concatenated(sample), (' ' + sample).slice(1), sample, '', 'a', 'Sécurité\r\nКомитет']) {
      assert.equal(sequential(text), text);
    }
  });

  it('gives the text as it is when it holds the separator it splits by (no character is dropped)', () => {
    const text = `party A "x\uFDD0\uFDEFy" {\n}\n\uFDD0\uFDEF`;
    assert.equal(sequential(text), text);
    assert.equal(sequential(text).length, text.length);
    const tokens = ententeLexer.tokenize(text).tokens;
    assert.equal(tokens[tokens.length - 1].image, '\uFDD0\uFDEF');
    assert.equal(tokens[tokens.length - 1].startOffset, text.length - 2);
  });

  it('lexes and indexes a concatenated text as the same text held as one string', () => {
    const plain = sample + '\r\nparty "unclosed\rclause X "Y" about purpose """\n  é\n"""\n';
    const joined = concatenated(plain);
    const tokens = (text: string) => ententeLexer.tokenize(text).tokens.map((t) => [t.image, t.startOffset, t.tokenType.name]);
    assert.deepEqual(tokens(joined), tokens(plain));
    const [a, b] = [new LineIndex(joined), new LineIndex(plain)];
    assert.equal(a.lineCount, b.lineCount);
    for (let offset = 0; offset <= plain.length; offset += 7) assert.deepEqual(a.positionAt(offset), b.positionAt(offset));
  });
});
