/**
 * Every rule object has the same properties in the same order (rules/rule.ts, `oneShape`): one
 * hidden class, so the analysis's reads of each rule's code, severity, `perDeclaration`… stay
 * monomorphic instead of going through V8's megamorphic cache, which every full garbage
 * collection empties. A rule made without `defineRule`/`defineDeclarationRule` would break it.
 */
import assert from 'node:assert/strict';
import { allRules } from '../../server/src/language/rules/registry';

describe('rule objects', () => {
  it('all have the same own properties, in the same order', () => {
    const first = Reflect.ownKeys(allRules[0]).join(',');
    const other = allRules.filter((r) => Reflect.ownKeys(r).join(',') !== first).map((r) => r.code);
    assert.deepEqual(other, [], `rules of another shape (make them with defineRule): ${other.join(', ')}`);
  });
});
