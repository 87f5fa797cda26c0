/**
 * The missing-clause family as a whole: one rule per catalogue item, sound metadata, and
 * examples that really trigger and really clear their rule (the rule documentation shows them).
 */
import assert from 'node:assert/strict';
import { missingClauseRules } from '../../server/src/language/rules/registry';
import { allRules } from '../../server/src/language/rules/registry';
import { diagnose } from '../helpers/fixture';

describe('missing-clause catalogue', () => {
  it('has a rule for every item MC01–MC26, MC03 split by legal nature, MC01 by form', () => {
    const ids = new Set(missingClauseRules.filter((r) => r.catalogueId !== undefined).map((r) => r.catalogueId));
    const expected = Array.from({ length: 26 }, (_, i) => `MC${String(i + 1).padStart(2, '0')}`);
    assert.deepEqual([...ids].sort(), expected);
    assert.deepEqual(
      missingClauseRules.filter((r) => r.catalogueId === 'MC03').map((r) => [r.code, r.defaultSeverity]),
      [
        ['missing-termination', 'error'],
        ['missing-discontinuation', 'warning'],
      ],
    );
    // A treaty made by an exchange of notes enters into force on the exchange failing a provision (VCLT Arts. 13, 24(2)).
    assert.deepEqual(
      missingClauseRules.filter((r) => r.catalogueId === 'MC01').map((r) => [r.code, r.defaultSeverity]),
      [
        ['missing-entry-into-force', 'error'],
        ['missing-exchange-entry-into-force', 'warning'],
      ],
    );
  });

  it('is registered in the rule table with unique codes', () => {
    const codes = allRules.map((r) => r.code);
    for (const rule of missingClauseRules) assert.ok(codes.includes(rule.code), `${rule.code} is not registered`);
    assert.equal(new Set(codes).size, codes.length);
  });

  it('gives every rule a kebab-case code, a message, a rationale and a source', () => {
    for (const rule of missingClauseRules) {
      assert.match(rule.code, /^missing-[a-z0-9-]+$/);
      assert.equal(rule.family, 'missing-clause');
      assert.ok(rule.message.length > 20 && !rule.message.includes('\n'), `${rule.code}: one-line message`);
      assert.ok(rule.rationale.length > 40, `${rule.code}: rationale`);
      assert.ok(rule.source.length > 5, `${rule.code}: source`);
    }
  });

  it('checks what a legal adviser expects beyond the catalogue (review §3 items 1, 5, 11), without catalogue ids', () => {
    assert.deepEqual(
      missingClauseRules.filter((r) => r.catalogueId === undefined).map((r) => `${r.code} ${r.defaultSeverity}`),
      [
        'missing-body-costs info',
        'missing-relation-to-other-obligations info',
        'missing-union-law-clause info',
        'missing-status-of-personnel info',
        'missing-survival warning',
        'missing-confidentiality-survival info',
      ],
    );
  });

  it('uses the catalogue severities', () => {
    const severity = Object.fromEntries(missingClauseRules.filter((r) => r.code !== 'missing-discontinuation' && r.code !== 'missing-exchange-entry-into-force' && r.catalogueId !== undefined).map((r) => [r.catalogueId, r.defaultSeverity]));
    assert.deepEqual(severity, {
      MC01: 'error', MC02: 'warning', MC03: 'error', MC04: 'warning', MC05: 'warning', MC06: 'warning', MC07: 'error',
      MC08: 'info', MC09: 'warning', MC10: 'info', MC11: 'warning', MC12: 'warning', MC13: 'warning', MC14: 'warning',
      MC15: 'warning', MC16: 'error', MC17: 'warning', MC18: 'warning', MC19: 'warning', MC20: 'warning', MC21: 'warning',
      MC22: 'warning', MC23: 'info', MC24: 'info', MC25: 'info', MC26: 'info',
    });
  });

  for (const rule of missingClauseRules) {
    it(`${rule.code}: the example triggers the rule and its fix clears it, both without syntax errors`, () => {
      const trigger = diagnose(rule.example.trigger);
      assert.ok(trigger.some((d) => d.code === rule.code), `${rule.code} not reported on its trigger example`);
      const fixed = diagnose(rule.example.fix);
      assert.deepEqual(fixed.filter((d) => d.code === rule.code).map((d) => d.message), []);
      for (const result of [trigger, fixed]) assert.deepEqual(result.filter((d) => d.code === 'syntax-error').map((d) => d.message), []);
    });
  }
});
