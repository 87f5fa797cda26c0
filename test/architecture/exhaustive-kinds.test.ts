/**
 * Exhaustive dispatch, proved by the compiler: in a scratch copy of the core, a new declaration
 * kind, a new header statement and a new kind of name are added to their unions and nothing
 * else. The type-check must then fail, and only where the construct table, the final clauses
 * (how a header statement is rendered), the kinds of names and the AST builder's tables lack a row: each place that must learn of a new kind is named
 * by the compiler, and no other place can silently drop it (a `default: break` would).
 */
import assert from 'node:assert/strict';
import { ScratchCore } from './scratch-core';

describe('architecture: a kind added to the AST without table rows fails the type-check', function () {
  this.timeout(120_000);
  let core: ScratchCore;
  let errors: string[];

  before(() => {
    core = new ScratchCore();
    core.insertAfter('ast/nodes.ts', 'export type Declaration =\n', '  | Extra\n');
    core.insertAfter('ast/nodes.ts', "export type * from './header-nodes';\n", "\nexport interface Extra extends NodeBase {\n  readonly type: 'Extra';\n}\n");
    core.insertAfter('ast/header-nodes.ts', 'export type HeaderItem =\n', '  | ExtraClause\n');
    core.insertAfter('ast/header-nodes.ts', "import type { CountNoun, FormulaOmission, InheritedItem, InstrumentForm, InstrumentKind, InstrumentStatus, OrdinalWord, OriginalsNoun, TimingEvent } from './vocabulary';\n", "\nexport interface ExtraClause extends NodeBase {\n  readonly type: 'Extra';\n}\n");
    core.insertAfter('constructs/table.ts', 'export type SymbolKind = ', "'extra' | ");
    errors = core.typecheck();
  });
  after(() => core.remove());

  const expected: [string, RegExp][] = [
    ['the construct table has no row for the declaration kind', /constructs\/table\.ts.*Property 'Extra' is missing/],
    ['the AST builder has no builder for it', /syntax\/build-declarations\.ts.*Property 'Extra' is missing/],
    ['the header row has no statement row for the header statement', /constructs\/instrument\.ts.*Property 'Extra' is missing/],
    ['the final clauses say nothing of how the header statement is rendered', /constructs\/header-clauses\.ts.*Property 'Extra' is missing/],
    ['the AST builder has no builder for the header statement', /syntax\/build-header\.ts.*Property 'Extra' is missing/],
    ['the kinds of names have no row for the new kind', /constructs\/table\.ts.*Property 'extra' is missing/],
  ];
  for (const [what, pattern] of expected) {
    it(`names the place: ${what}`, () => {
      assert.ok(
        errors.some((e) => pattern.test(e)),
        errors.join('\n'),
      );
    });
  }

  it('fails nowhere else (the unchanged core type-checks, so every error comes from a missing row)', () => {
    const elsewhere = errors.filter((e) => !/(constructs\/table|constructs\/instrument|constructs\/header-clauses|syntax\/build-declarations|syntax\/build-header)\.ts/.test(e));
    assert.deepEqual(elsewhere, []);
    assert.ok(errors.length >= expected.length);
  });
});
