/**
 * syntax/items-by-name.ts answers a builder's questions about a block's statements in one pass:
 * the same answers as searching the statements for each (`filter`, `find`), which these tests
 * compare on statements with random names, as the parser makes them (no empty child list).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ItemsByName } from '../../server/src/language/syntax/items-by-name';

const names = ['Kw_from', 'senders', 'Comma', 'purpose', 'caveat', 'caveatText', 'modality', 'hedges'] as const;
type Item = { [K in (typeof names)[number]]?: number[] };

const childrenPrototype: object = Object.freeze(Object.create(null) as object);
const item = fc.uniqueArray(fc.constantFrom(...names), { maxLength: 4 }).chain((keys) =>
  fc.tuple(...keys.map(() => fc.array(fc.nat(99), { minLength: 1, maxLength: 3 }))).map((lists) => {
    const children = Object.create(childrenPrototype) as Item;
    keys.forEach((key, i) => (children[key] = lists[i]));
    return children;
  }),
);

describe('items by name', () => {
  it('gives what filter and find give, for every name (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const byName = new ItemsByName(items);
        for (const name of names) {
          assert.deepEqual(byName.having(name), items.filter((i) => i[name]));
          assert.equal(byName.first(name), items.find((i) => i[name])?.[name]);
        }
      }),
    );
  });
});
