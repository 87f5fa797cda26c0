/**
 * The declaration memo (util/declaration-memo.ts) keeps every name's value for a node in one array
 * per node, a slot per name (issue #11, pf36): names must not see each other's values, a value is
 * computed again under other facts or another uri, a value kept for an origin follows its copies
 * only on lines after the first, and a node's re-spaced text (util/single-spaced.ts) is the one
 * `singleSpaced` gives, computed once per node.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { declarationMemo } from '../../server/src/language/util/declaration-memo';
import { singleSpaced, singleSpacedValue } from '../../server/src/language/util/single-spaced';

/** Models of no service (they share one table): only the uri is read. */
const a = { uri: 'file:///a' };
const b = { uri: 'file:///b' };

describe('declaration memo', () => {
  it('keeps each name apart on one node, and computes again under new facts or another uri', () => {
    const node = {};
    let computed = 0;
    const count = (value: string) => () => (computed++, value);
    const names = Array.from({ length: 40 }, (_, i) => `pf36-test-name-${i}`);
    for (const name of names) assert.equal(declarationMemo(name, a, '').get(node, count(name)), name);
    assert.equal(computed, names.length);
    // Asked again: every name's own value, none computed.
    for (const name of names) assert.equal(declarationMemo(name, a, '').get(node, count('wrong')), name);
    assert.equal(computed, names.length);
    assert.equal(declarationMemo(names[3], a, 'other facts').get(node, count('new facts')), 'new facts');
    assert.equal(declarationMemo(names[3], b, 'other facts').get(node, count('other uri')), 'other uri');
    assert.equal(computed, names.length + 2);
    // The node is given to the computation; undefined is a kept answer, not a miss.
    const given: object[] = [];
    const memo = declarationMemo('pf36-test-undefined', a, '');
    memo.get(node, (n) => void given.push(n));
    memo.get(node, (n) => void given.push(n));
    assert.deepEqual(given, [node]);
  });

  it('keeps a followed value for the origin and moves it to a copy on other lines, never from or to the first line', () => {
    const origin = {};
    const copy = {};
    const memo = declarationMemo('pf36-test-follow', a, '');
    const follow = (value: number, lineDelta: number) => value + lineDelta * 1000;
    let computed = 0;
    assert.equal(memo.get(origin, () => (computed++, 7), follow, origin, 5), 7);
    assert.equal(memo.get(copy, () => (computed++, -1), follow, origin, 8), 3007);
    assert.equal(computed, 1);
    // A value kept without following is not taken by a followed ask of the same name, nor the reverse.
    const plain = {};
    const unfollowed = declarationMemo('pf36-test-follow-2', a, '');
    assert.equal(unfollowed.get(plain, () => 1), 1);
    assert.equal(unfollowed.get(plain, () => 2, follow, plain, 4), 2);
    assert.equal(unfollowed.get(plain, () => 3), 3);
    // On the first line a move is not followed.
    const first = {};
    const atStart = declarationMemo('pf36-test-follow-3', a, '');
    assert.equal(atStart.get(first, () => 1, follow, first, 0), 1);
    assert.equal(atStart.get({}, () => 2, follow, first, 3), 2);
  });

  it('answers through a tree\'s slot arrays (getAt) exactly as through get, in any order of asks', () => {
    // Two memos of each kind kept apart: one asked through get, one through getAt, on the same
    // asks; each answer and each computation must be the same (fast-check sequences of asks over
    // nodes, copies of them on other lines, other facts and the first line).
    const follow = (value: string, lineDelta: number) => `${value}+${lineDelta}`;
    let run = 0;
    fc.assert(
      fc.property(fc.array(fc.record({ node: fc.nat(3), copy: fc.boolean(), line: fc.nat(3), followed: fc.boolean(), facts: fc.nat(1) }), { maxLength: 30 }), (asks) => {
        run++;
        const origins = [{}, {}, {}, {}];
        const copies = origins.map(() => ({}));
        const computedA: string[] = [];
        const computedB: string[] = [];
        for (const [k, ask] of asks.entries()) {
          const node = ask.copy ? copies[ask.node] : origins[ask.node];
          const origin = origins[ask.node];
          const name = `getat-test-${run}-${ask.followed ? 'f' : 'p'}`;
          const viaGet = declarationMemo(`${name}-a`, a, String(ask.facts));
          const viaGetAt = declarationMemo(`${name}-b`, a, String(ask.facts));
          const slots = viaGetAt.slotsOf([node], () => origin, () => ask.line);
          const value = `v${k}`;
          const fromGet = ask.followed ? viaGet.get(node, () => (computedA.push(value), value), follow, origin, ask.line) : viaGet.get(node, () => (computedA.push(value), value));
          const fromGetAt = viaGetAt.getAt(slots, 0, node, () => (computedB.push(value), value), ask.followed ? follow : undefined);
          assert.equal(fromGetAt, fromGet);
        }
        assert.deepEqual(computedB, computedA);
      }),
      { numRuns: 200 },
    );
  });

  it('re-spaces a text node as singleSpaced does, once per node', () => {
    for (const value of ['one  two', 'a\n  b\tc', 'no change here', '', ' \n ']) {
      const node = { value };
      const spaced = singleSpacedValue(node);
      assert.equal(spaced, singleSpaced(value));
      assert.equal(singleSpacedValue(node), spaced);
    }
  });
});
