/**
 * A region re-parsed before reused text stops where the reused text starts (parser.ts,
 * `stopAt`): the construct there is entered on the same two tokens of lookahead as in a full
 * parse and not parsed on (it used to meet the end of the region's tokens and run Chevrotain's
 * error recovery on every keystroke). The result must still equal a fresh full parse: edits
 * above, inside and below declarations, edits that move a declaration's boundaries, and undo.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type ParseResult } from '../../server/src/language/syntax/parse';
import { reparse } from '../../server/src/language/syntax/reparse';
import { regionStops } from '../../server/src/language/syntax/segments';

const root = new URL('../../', import.meta.url).pathname;
const text = readFileSync(join(root, 'samples/baltic-cyber-convention.entente'), 'utf8');

function assertSame(actual: ParseResult, expected: ParseResult, what: string): void {
  assert.deepStrictEqual(actual.problems, expected.problems, `${what}: problems`);
  assert.deepStrictEqual(actual.ast, expected.ast, `${what}: AST`);
  assert.deepStrictEqual(actual.tokens, expected.tokens, `${what}: tokens`);
  assert.deepStrictEqual(actual.comments, expected.comments, `${what}: comments`);
}

/** `text` with `insert` put at `at` in place of `remove` characters. */
function edited(source: string, at: number, insert: string, remove = 0): string {
  return source.slice(0, at) + insert + source.slice(at + remove);
}

/** Re-parses `next` from `previous`, checks it against a full parse, and says whether a region stopped at reused text. */
function step(previous: ParseResult, next: string, what: string): { result: ParseResult; stopped: boolean } {
  const before = regionStops.stopped;
  const result = reparse(previous, next);
  assertSame(result, parse(next), what);
  return { result, stopped: regionStops.stopped > before };
}

describe('incremental re-parse stops where the reused text starts', () => {
  const base = parse(text);
  const declarations = base.ast.declarations;
  const offsetOf = (line: number, character = 0) => base.lines.offsetAt({ line, character });
  const middle = declarations[Math.floor(declarations.length / 2)];
  const last = declarations[declarations.length - 1];

  it('stops on a keystroke inside a declaration followed by others, and equals a full parse', () => {
    const at = base.lines.offsetAt(middle.range.end) - 1;
    const { result, stopped } = step(base, edited(text, at, 'x'), 'a character inside the middle declaration');
    assert.ok(stopped, 'the region parse stopped at the next declaration');
    assert.equal(result.ast.declarations[declarations.indexOf(middle) + 1], declarations[declarations.indexOf(middle) + 1], 'the next declaration is reused');
  });

  it('equals a full parse for edits above, inside and below declarations, with and without line moves', () => {
    const places = [
      { what: 'above the first declaration', at: offsetOf(declarations[0].range.start.line) },
      { what: 'inside the first declaration', at: offsetOf(declarations[0].range.start.line, 1) },
      { what: 'inside the middle declaration', at: base.lines.offsetAt(middle.range.end) - 1 },
      { what: 'right after the middle declaration', at: base.lines.offsetAt(middle.range.end) },
      { what: 'inside the last declaration', at: base.lines.offsetAt(last.range.end) - 1 },
      { what: 'below the last declaration', at: text.length },
    ];
    let stops = 0;
    for (const { what, at } of places) {
      for (const insert of ['x', ' ', '\n', '\n\n', '"', '//', '/*']) {
        if (step(base, edited(text, at, insert), `${JSON.stringify(insert)} ${what}`).stopped) stops++;
      }
    }
    assert.ok(stops >= 10, `the stop was taken (${stops} times)`);
  });

  it('equals a full parse for edits that move a declaration boundary, and for their undo', () => {
    const end = base.lines.offsetAt(middle.range.end);
    const edits = [
      { what: 'the closing brace deleted', next: edited(text, end - 1, '', 1) },
      { what: 'a second closing brace', next: edited(text, end, '}') },
      { what: 'a new declaration typed between two', next: edited(text, end, '\n\nparty ZZ "Zed"\n') },
      { what: 'a declaration keyword typed before the next', next: edited(text, end, '\nclause ') },
      { what: 'an unclosed string before the next', next: edited(text, end, '\nnote "open') },
      { what: 'an unclosed block before the next', next: edited(text, end, '\nchannel Open between A, B {') },
      { what: 'two declarations joined', next: edited(text, end - 1, '', 2) },
    ];
    for (const { what, next } of edits) {
      const { result } = step(base, next, what);
      // Undo: back to the original text, from the edited parse.
      const undone = step(result, text, `${what}, undone`);
      assertSame(undone.result, base, `${what}, undone, equals the first parse`);
      // And typing again after the undo (each region parse starts from reused segments again).
      step(undone.result, edited(text, end - 2, 'x'), `${what}, undone, then a keystroke`);
    }
  });

  it('never stops where nothing is reused after the region: a full parse, an edit below the last declaration (near misses)', () => {
    const before = regionStops.stopped;
    parse(text);
    assert.equal(regionStops.stopped, before, 'a full parse');
    assert.equal(step(base, edited(text, base.lines.offsetAt(last.range.end) - 1, 'x'), 'a character in the last declaration').stopped, false);
  });
});
