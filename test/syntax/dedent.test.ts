/**
 * The indentation stripped from a `"""` prose block (syntax/build-context.ts, `dedent`): one pass
 * over the lines by offsets gives what splitting, trimming and matching each line gave, on the
 * prose of every sample and real instrument and on the near misses — line breaks of every kind,
 * tabs, white space other than spaces and tabs, blank lines inside and around, shorter lines.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dedent } from '../../server/src/language/syntax/build-context';

/** The former implementation, kept here as the specification. */
function splitDedent(body: string): string {
  const lines = body.split(/\r\n|\r|\n/);
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => l.match(/^[ \t]*/)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common)).join('\n');
}

const corpus = ['test/real-instruments', 'samples'].flatMap((dir) =>
  readdirSync(join(__dirname, '../..', dir))
    .filter((f) => f.endsWith('.entente'))
    .flatMap((f) => readFileSync(join(__dirname, '../..', dir, f), 'utf8').split('"""').filter((_, i) => i % 2 === 1)),
);

const nearMisses = [
  '',
  '\n',
  '   ',
  '\n    \n',
  '\n    one line\n  ',
  '\n    first\n      deeper\n    last\n  ',
  '\r\n    windows\r\n    lines\r\n  ',
  '\r    old mac\r    lines\r',
  '\n\tTabbed\n\t\tdeeper\n',
  '\n    a\n\n    b\n',
  '\n    a\n  \n    b\n',
  '\n    a\n \u00a0\n    b\n',
  '\n\u00a0   not indentation\n    b\n',
  '\n    a\n\u000b\u000c\n',
  '\n    a\n\u2028    b\n',
  '\n    short\n  x\n',
  'no break at all',
  '  leading on the first line\n  and the second',
  '\n    \ud83d\ude00 astral\n    \ud83d\ude00\n',
  '\n\n\n    a\r\n\r\n\n    b\n\n\n',
];

describe('dedent', () => {
  it('gives what splitting the lines gave, on every sample and real instrument', () => {
    assert.ok(corpus.length > 100);
    for (const body of corpus) assert.equal(dedent(body), splitDedent(body), JSON.stringify(body.slice(0, 80)));
  });

  it('gives what splitting the lines gave on the near misses', () => {
    for (const body of nearMisses) assert.equal(dedent(body), splitDedent(body), JSON.stringify(body));
  });

  it('gives what splitting the lines gave on any text of indentation, breaks, blanks and words', () => {
    // The pieces a prose block is made of, and the ones that tell line breaks and blanks apart.
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u000b', '\u2028', 'a', 'word', '\ud83d\ude00', '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const body = pieces.join('');
        assert.equal(dedent(body), splitDedent(body));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same after a body with more lines than the reused arrays held', () => {
    const long = '\n' + Array.from({ length: 300 }, (_, i) => `    line ${i}`).join('\n') + '\n  ';
    assert.equal(dedent(long), splitDedent(long));
    assert.equal(dedent('\n    short\n  '), 'short');
  });
});
