/**
 * Per-node tables (util/node-tables.ts) are per service (issue #11): the models one service builds
 * share each table, another service's models get tables of their own (so the trees it drops leave
 * no deleted slots in this one's), and models of no service share one set. What is kept across
 * edits is unchanged by the split: a service's keystroke reuses its own declarations' symbols,
 * and two services analysing the same text give the same diagnostics.
 */
import assert from 'node:assert/strict';
import { NodeTable } from '../../server/src/language/util/node-tables';
import { attachProseMemo, ProseMemo } from '../../server/src/language/util/prose-memo';
import { createEntenteService } from '../../server/src/language/service';

const uri = 'file:///node-tables.entente';
const text = `treaty "Node Tables Test" {
  status draft
  language en
}

party NL "Kingdom of the Netherlands"
party BE "Kingdom of Belgium"

clause Meetings """
  The Parties will meet once a year.
"""

clause Reports """
  The Parties shall report to each other.
"""
`;

describe('node tables, one per service', () => {
  it('gives the models of one service one table, and each service its own', () => {
    const table = new NodeTable<object, number>();
    const memoA = new ProseMemo(16);
    const memoB = new ProseMemo(16);
    const [a1, a2, b] = [{}, {}, {}];
    attachProseMemo(a1, memoA);
    attachProseMemo(a2, memoA);
    attachProseMemo(b, memoB);
    assert.equal(table.of(a1), table.of(a2), 'one service: one table');
    assert.notEqual(table.of(a1), table.of(b), 'another service: another table');
    // Models of no service share the fallback's table; another use has tables of its own.
    assert.equal(table.of({}), table.of({}));
    assert.notEqual(new NodeTable<object, number>().of(a1), table.of(a1));
  });

  it('keeps a service\'s declarations\' symbols across a keystroke, whatever another service analysed meanwhile', () => {
    const service = createEntenteService({ readFile: () => undefined });
    service.open(uri, text, 1);
    const first = service.diagnostics(uri);
    const before = service.model(uri)!.symbols;
    // Another service parses and analyses the same text: its nodes are its own.
    const other = createEntenteService({ readFile: () => undefined });
    other.open(uri, text, 1);
    assert.deepEqual(other.diagnostics(uri), first);
    service.update(uri, text.replace('once a year', 'twice a year'), 2);
    const after = service.model(uri)!.symbols;
    // Only the edited clause's symbol is new; every other is the very object the last model had.
    const changed = after.filter((symbol, i) => symbol !== before[i]).map((symbol) => symbol.name);
    assert.deepEqual(changed, ['Meetings']);
    const fresh = createEntenteService({ readFile: () => undefined });
    fresh.open(uri, text.replace('once a year', 'twice a year'), 1);
    assert.deepEqual(service.diagnostics(uri), fresh.diagnostics(uri));
  });
});
