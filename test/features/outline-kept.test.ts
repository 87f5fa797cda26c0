/**
 * The outline is computed once per parse and kept with it: asking again for the same text reads
 * the kept outline (the same array, nothing recomputed), a change gives a new one. Its labels are
 * what collapsing the whole text under each symbol gave, read only as far as a label shows.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateModel, toEntente } from '../../bench/generator';
import { LineIndex, type Range } from '../../server/src/language/ast/positions';
import type { OutlineContext } from '../../server/src/language/constructs/construct';
import { instrumentRow, rowOf, symbolKinds } from '../../server/src/language/constructs/table';
import { outlineLabel } from '../../server/src/language/features/document-symbols';
import type { DocumentSymbol } from '../../server/src/language/features/types';
import { createEntenteService } from '../../server/src/language/service';
import { parse } from '../../server/src/language/syntax/parse';

const samplesDir = join(import.meta.dirname, '../../samples');
const texts = [
  ...readdirSync(samplesDir).filter((f) => f.endsWith('.entente')).map((f) => readFileSync(join(samplesDir, f), 'utf8')),
  toEntente(generateModel({ lines: 1000 })),
];

/** The label as it was made before: the whole text on one line, then cut. */
function labelByCollapsing(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? flat.slice(0, 79) + '…' : flat;
}

/** The outline as it was computed before: every symbol's source sliced and collapsed whole. */
function outlineByCollapsing(text: string): DocumentSymbol[] {
  const parsed = parse(text);
  const lines = new LineIndex(text);
  const source = (range: Range) => text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end)).replace(/\r\n?/g, '\n');
  const context: OutlineContext = { sourceLine: (range) => labelByCollapsing(source(range)), oneLine: labelByCollapsing, kindOf: (kind) => symbolKinds[kind].outline };
  const result = parsed.ast.instruments.map((i) => instrumentRow.outline(i, context)).filter((s) => s !== undefined);
  for (const d of parsed.ast.declarations) {
    const symbol = rowOf(d).outline(d, context);
    if (symbol) result.push(symbol);
  }
  return result.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

describe('outline kept with the parse', () => {
  const uri = 'file:///outline/main.entente';

  it('answers a repeated request with the kept outline, and a changed text with a new one', () => {
    const service = createEntenteService();
    const text = texts[0];
    service.open(uri, text);
    const first = service.documentSymbols(uri);
    assert.ok(first.length > 0);
    assert.equal(service.documentSymbols(uri), first, 'the same array: nothing was computed again');
    service.diagnostics(uri);
    assert.equal(service.documentSymbols(uri), first, 'analysing the document does not drop it');
    service.update(uri, text + '\nparticipant ZZ\n', 1);
    const changed = service.documentSymbols(uri);
    assert.notEqual(changed, first);
    assert.equal(changed.at(-1)?.name, 'ZZ');
    service.update(uri, text, 2);
    assert.deepEqual(service.documentSymbols(uri), first, 'the text back, the same outline');
  });

  it('labels every symbol as collapsing its whole text did, on every sample and the 1,000-line bench instrument', () => {
    for (const text of texts) {
      const service = createEntenteService();
      service.open(uri, text);
      assert.deepEqual(service.documentSymbols(uri), outlineByCollapsing(text));
    }
  });

  it('after edits, equals the outline of the text parsed afresh, reusing the symbols of declarations whose lines did not move', () => {
    const text = texts.at(-1)!;
    const service = createEntenteService();
    service.open(uri, text);
    const before = service.documentSymbols(uri);
    // Typing within a line of a clause in the middle: no line moves.
    const at = text.indexOf('\n  ', text.indexOf('\nclause ', text.length >> 1)) + 3;
    const typed = text.slice(0, at) + 'x' + text.slice(at);
    service.update(uri, typed, 1);
    const after = service.documentSymbols(uri);
    assert.deepEqual(after, outlineByCollapsing(typed));
    const reused = after.filter((s) => before.includes(s)).length;
    assert.ok(reused >= after.length - 1 && after.length > 50, `${reused} of ${after.length} symbols reused`);
    // A new line above shifts everything below: those symbols are made anew, at their new lines.
    const lineAdded = typed.slice(0, at) + '\n' + typed.slice(at);
    service.update(uri, lineAdded, 2);
    assert.deepEqual(service.documentSymbols(uri), outlineByCollapsing(lineAdded));
    // A label edited in place (a party's name) changes only that symbol.
    const named = lineAdded.replace('"Republic of', '"The Republic of');
    service.update(uri, named, 3);
    assert.deepEqual(service.documentSymbols(uri), outlineByCollapsing(named));
  });

  it('makes a label of whitespace runs, long texts and odd characters as collapsing did', () => {
    const cases = [
      '',
      '   ',
      'a',
      '  notify  EE\twithin\r\n 24 hours  ',
      'x'.repeat(80),
      'x'.repeat(81),
      ' '.repeat(5) + 'y'.repeat(79) + '  z',
      'y'.repeat(79) + ' ' + 'z'.repeat(10),
      'a\u00a0b\u2003c\u2028d\ufeffe\u3000f',
      '😀'.repeat(50),
      'word '.repeat(10_000),
      'end with spaces' + ' '.repeat(200),
    ];
    for (const text of cases) assert.equal(outlineLabel(text, 0, text.length), labelByCollapsing(text), JSON.stringify(text.slice(0, 40)));
    const inside = 'xx  a  b  yy';
    assert.equal(outlineLabel(inside, 2, 10), 'a b');
  });
});
