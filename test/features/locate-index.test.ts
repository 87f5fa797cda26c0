/**
 * The indexes that find what holds a position (features/locate-index.ts) and the declarations of
 * a name (`declarations` in locate.ts) must give exactly what scanning the whole document gave:
 * on every sample, every real instrument and a generated 1,000-line convention, at the edges of
 * every header, declaration, declared name and reference and on a spread of other places.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateModel, toEntente } from '../../bench/generator';
import { rangeContains, type Position, type Range } from '../../server/src/language/ast/positions';
import { declarations, occurrences } from '../../server/src/language/features/locate';
import { declaredAt, nodesAt } from '../../server/src/language/features/locate-index';
import { isSymbolReference } from '../../server/src/language/model/symbols';
import { createEntenteService } from '../../server/src/language/service';
import { ententeFiles } from './sessions/session-helpers';

const root = new URL('../../', import.meta.url).pathname;
const uri = 'file:///w/doc.entente';
const documents = [
  ...[...ententeFiles(join(root, 'samples')), ...ententeFiles(join(root, 'test/real-instruments'))].map((path) => ({ name: path.slice(root.length), text: readFileSync(path, 'utf8') })),
  { name: 'generated 1,000-line convention', text: toEntente(generateModel({ lines: 1000 })) },
];

/** Edges of every range in the document, one character either side, and every line's start, middle and end. */
function positionsOf(text: string, ranges: readonly Range[]): Position[] {
  const positions: Position[] = [{ line: -1, character: 0 }, { line: 0, character: -1 }, { line: 1e6, character: 0 }];
  for (const { start, end } of ranges) {
    for (const p of [start, end]) positions.push(p, { line: p.line, character: p.character - 1 }, { line: p.line, character: p.character + 1 });
  }
  text.split('\n').forEach((line, i) => positions.push({ line: i, character: 0 }, { line: i, character: line.length >> 1 }, { line: i, character: line.length }));
  return positions;
}

describe('finding what holds a position without scanning the document', () => {
  it(`gives what the scan gave, in the same order (${documents.length} documents)`, function () {
    this.timeout(120000);
    assert.ok(documents.length > 40, 'the samples and real instruments were found');
    let found = 0;
    for (const { name, text } of documents) {
      const service = createEntenteService({ readFile: () => undefined });
      service.open(uri, text, 1);
      const model = service.model(uri)!;
      const nodes = [...model.ast.instruments, ...model.ast.declarations];
      const ranges = [...nodes.map((n) => n.range), ...model.symbols.map((s) => s.nameRange), ...model.references.map((r) => r.range)];
      for (const position of positionsOf(text, ranges)) {
        const at = `${name} at ${position.line}:${position.character}`;
        for (const list of [model.ast.instruments, model.ast.declarations] as readonly (readonly { range: Range }[])[]) {
          assert.deepEqual(nodesAt(list, position), list.filter((n) => rangeContains(n.range, position)), at);
        }
        const scanned = model.symbols.filter((s) => s.uri === model.uri && rangeContains(s.nameRange, position));
        assert.deepEqual(declaredAt(model, position), scanned, at);
        found += scanned.length;
      }
    }
    assert.ok(found > 1000, `${found} names found at their edges`);
  });

  it('scans a list whose ranges overlap, which binary search cannot read', () => {
    const range = (a: number, b: number): Range => ({ start: { line: a, character: 0 }, end: { line: b, character: 0 } });
    const nodes = [{ range: range(0, 5) }, { range: range(2, 3) }, { range: range(4, 9) }];
    assert.deepEqual(nodesAt(nodes, { line: 4, character: 0 }), [nodes[0], nodes[2]]);
    assert.deepEqual(nodesAt(nodes, { line: 2, character: 5 }), [nodes[0], nodes[1]]);
    const touching = [{ range: range(0, 2) }, { range: range(2, 4) }];
    assert.deepEqual(nodesAt(touching, { line: 2, character: 0 }), touching);
  });

  it('declarations of a name across connected documents equal the declarations among all its occurrences', () => {
    const registry = 'file:///w/registry.entente';
    const files: Record<string, string> = { [registry]: 'participant EE "Estonia" {\n  contact Duty "CERT-EE" available 24/7\n}\nparticipant FI "Finland"\n' };
    for (const { name, text } of [...documents, { name: 'instrument using a registry', text: 'use "registry.entente"\nparticipant EE\nparticipant FI\nchannel Intel between EE, FI { carries indicators }\n' }]) {
      const service = createEntenteService({ readFile: (u) => files[u] });
      service.open(uri, text, 1);
      const model = service.model(uri)!;
      const names = new Map([...model.symbols, ...model.references.filter(isSymbolReference)].map((s) => [`${s.kind} ${s.name}`, s] as const));
      for (const { kind, name: symbol } of names.values()) {
        assert.deepEqual(
          declarations(service, uri, kind, symbol),
          occurrences(service, uri, kind, symbol).filter((o) => o.isDeclaration),
          `${name}: ${kind} ${symbol}`,
        );
      }
    }
    const service = createEntenteService({ readFile: (u) => files[u] });
    service.open(uri, 'use "registry.entente"\nparticipant EE\n', 1);
    assert.deepEqual(declarations(service, uri, 'party', 'EE').map((d) => `${d.uri.slice('file:///w/'.length)}:${d.range.start.line}`), ['doc.entente:1', 'registry.entente:0']);
  });
});
