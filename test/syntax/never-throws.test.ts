/**
 * The parser is total: whatever the input, `parse` returns an AST and problems and never throws,
 * and every range it reports lies inside the document.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ententeFiles } from '../helpers/entente-files';
import { parse } from '../../server/src/language/syntax/parse';
import type { Range } from '../../server/src/language/ast/positions';

function sampleTexts(): string[] {
  return ententeFiles(new URL('../../samples/', import.meta.url).pathname).map((path) => readFileSync(path, 'utf8'));
}

function assertInside(text: string, range: Range): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `line ${p.line} outside 0..${lines.length - 1}`);
    assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `character ${p.character} outside line ${p.line}`);
  }
}

function assertTotal(text: string): void {
  const result = parse(text);
  assert.ok(result.ast);
  for (const problem of result.problems) assertInside(text, problem.range);
}

type Mutation = { kind: 'delete' | 'insert' | 'truncate' | 'duplicate'; at: number; length: number; text: string };

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    switch (m.kind) {
      case 'delete':
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
      case 'insert':
        out = out.slice(0, at) + m.text + out.slice(at);
        break;
      case 'truncate':
        out = out.slice(0, at);
        break;
      case 'duplicate':
        out = out.slice(0, at) + out.slice(at, at + m.length) + out.slice(at);
        break;
    }
  }
  return out;
}

const fragments = ['{', '}', '"', '"""', '//', '/*', '*/', ',', '.', 'TLP:', '24/7', '2027-13-45', 'channel', 'participant', 'within', 'every', '\n', '\r\n', '\u0000', '😀', 'é'];

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'truncate', 'duplicate'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
  text: fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 })),
});

describe('parser: never throws', () => {
  const samples = sampleTexts();

  it('has samples to mutate', () => {
    assert.ok(samples.length > 0);
  });

  it('parses every mutated sample without throwing, with ranges inside the document', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1000 }), fc.array(mutationArb, { minLength: 1, maxLength: 6 }), (index, mutations) => {
        assertTotal(mutate(samples[index % samples.length], mutations));
      }),
      { numRuns: 300 },
    );
  });

  it('parses arbitrary strings and binary junk without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => assertTotal(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => assertTotal(text)), { numRuns: 200 });
  });

  it('parses a 5 MB instrument and keeps every declaration', () => {
    const block = samples.join('\n');
    const copies = Math.ceil((5 * 1024 * 1024) / block.length);
    const once = parse(block).ast;
    const result = parse(Array(copies).fill(block).join('\n'));
    assert.equal(result.ast.parties.length, once.parties.length * copies);
    assert.equal(result.ast.declarations.length, once.declarations.length * copies);
  });

  it('parses deeply unbalanced braces', () => {
    assertTotal('{'.repeat(10000));
    assertTotal('}'.repeat(10000));
    assertTotal('channel C between A, B {'.repeat(2000));
  });
});
