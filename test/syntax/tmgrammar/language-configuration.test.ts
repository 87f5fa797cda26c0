/**
 * language-configuration.json drives word selection, double-click, rename ranges, comment
 * toggling, auto-closing and indentation in VS Code. These tests hold it to the lexer: the
 * word pattern selects exactly the tokens a drafter thinks of as one word, and the comment
 * and bracket settings are the ones the language actually has.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ententeLexer } from '../../../server/src/language/syntax/lexer';
import { Identifier } from '../../../server/src/language/syntax/tokens';
import { repoRoot } from '../../samples/sample-files';

interface LanguageConfiguration {
  comments: { lineComment: string; blockComment: [string, string] };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  folding: { markers: { start: string; end: string } };
  wordPattern: string;
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
}

const config = JSON.parse(readFileSync(join(repoRoot, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: { languages: { configuration: string }[] } };

/** The word VS Code would select at `offset` (its getWordAtText: the match that contains the offset). */
function wordAt(line: string, offset: number): string | undefined {
  const pattern = new RegExp(config.wordPattern, 'g');
  for (const match of line.matchAll(pattern)) {
    if (match.index <= offset && offset <= match.index + match[0].length) return match[0];
  }
  return undefined;
}

/** `wordAt` at the position of the `|` in `text`. */
function wordAtBar(text: string): string | undefined {
  const offset = text.indexOf('|');
  return wordAt(text.slice(0, offset) + text.slice(offset + 1), offset);
}

describe('language-configuration.json', () => {
  it('is the configuration package.json contributes', () => {
    assert.equal(packageJson.contributes.languages[0].configuration, './language-configuration.json');
  });

  it('declares the comment syntax the lexer reads as comments', () => {
    const { lineComment, blockComment } = config.comments;
    const lexed = ententeLexer.tokenize(`${lineComment} note\n${blockComment[0]} note ${blockComment[1]}`);
    assert.deepEqual(lexed.groups.comments?.map((t) => t.tokenType.name), ['LineComment', 'BlockComment']);
    assert.equal(lexed.tokens.length, 0);
  });

  it('pairs and auto-closes braces, quotes and triple quotes', () => {
    assert.deepEqual(config.brackets, [['{', '}']]);
    const pairs = config.autoClosingPairs.map((p) => p.open + p.close);
    for (const pair of ['{}', '""', '""""""']) assert.ok(pairs.includes(pair), `${pair} is not auto-closed`);
    assert.ok(config.surroundingPairs.some(([open, close]) => open === '"' && close === '"'));
  });

  const words: [string, string][] = [
    ['onward sharing within-orga|nisation', 'within-organisation'],
    ['marking TLP:AMBER+ST|RICT', 'TLP:AMBER+STRICT'],
    ['marking TLP:A|MBER', 'TLP:AMBER'],
    ['first 2027-0|9-15', '2027-09-15'],
    ['available 2|4/7 email', '24/7'],
    ['party Sécu|rité-Нац', 'Sécurité-Нац'],
    ['body Коми|тет', 'Комитет'],
    ['participant CERT-|EU {', 'CERT-EU'],
    ['contacts E|E.Duty', 'EE'],
    ['contacts EE.Du|ty', 'Duty'],
    ['notify within 2|4 hours', '24'],
    ['purpose "net|work defence"', 'network'],
    ['security-agre|ement GSA', 'security-agreement'],
  ];
  for (const [text, expected] of words) {
    it(`selects ${expected} as one word in \`${text.replace('|', '')}\``, () => {
      assert.equal(wordAtBar(text), expected);
    });
  }

  it('uses the lexer’s identifier pattern for ids', () => {
    assert.ok(config.wordPattern.endsWith('|' + (Identifier.PATTERN as RegExp).source), 'the identifier alternative of wordPattern differs from tokens.ts');
  });

  it('indents after an opening brace or prose block and outdents their ends', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    assert.ok(increase.test('channel ThreatIntel between EE, FI {'));
    assert.ok(increase.test('clause Costs about costs """'));
    assert.ok(!increase.test('channel C between EE, FI { marking TLP:RED }'));
    assert.ok(!increase.test('  """'));
    assert.ok(!increase.test('  purpose "a { in a string"'), 'a brace inside a string opens nothing');
    assert.ok(decrease.test('}'));
    assert.ok(decrease.test('  """'));
    assert.ok(!decrease.test('  purpose "x"'));
  });

  it('folds // #region … // #endregion', () => {
    assert.ok(new RegExp(config.folding.markers.start).test('  // #region Channels'));
    assert.ok(new RegExp(config.folding.markers.end).test('// #endregion'));
    assert.ok(!new RegExp(config.folding.markers.start).test('// regional cooperation'));
  });
});
