/**
 * The rule table's own invariants, checked for every rule, including the ones added later by
 * other families: unique kebab-case codes, complete documentation, honest examples.
 */
import assert from 'node:assert/strict';
import { allRules } from '../../server/src/language/rules/registry';
import { retiredRules } from '../../server/src/language/rules/retired';
import { diagnose } from '../helpers/fixture';

export const catalogueIds = [
  ...Array.from({ length: 26 }, (_, i) => `MC${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 24 }, (_, i) => `CF${String(i + 1).padStart(2, '0')}`),
];

describe('the rule table', () => {
  it('has unique kebab-case codes', () => {
    const codes = allRules.map((r) => r.code);
    const duplicates = codes.filter((c, i) => codes.indexOf(c) !== i);
    assert.deepEqual(duplicates, [], `codes used twice: ${duplicates.join(', ')}`);
    for (const code of codes) assert.match(code, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, `${code} is not kebab-case`);
  });

  it('documents every rule: one-line message, rationale, source, valid severity, status and catalogue id', () => {
    for (const rule of allRules) {
      const where = `rule ${rule.code}`;
      assert.ok(rule.message.trim().length > 10 && !rule.message.includes('\n'), `${where}: message must be one non-empty line`);
      assert.ok(rule.rationale.trim().length > 20, `${where}: rationale missing`);
      assert.ok(rule.source.trim().length > 0, `${where}: source missing`);
      assert.ok(rule.family.trim().length > 0, `${where}: family missing`);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(rule.defaultSeverity), `${where}: bad default severity`);
      assert.ok(['verified', 'unconfirmed', 'own-consistency-check'].includes(rule.sourceStatus), `${where}: bad source status`);
      if (rule.catalogueId !== undefined) assert.ok(catalogueIds.includes(rule.catalogueId), `${where}: unknown catalogue id ${rule.catalogueId}`);
    }
  });

  it('implements every catalogue id MC01–MC26 and CF01–CF24, or documents its retirement', () => {
    const implemented = new Set([...allRules.map((r) => r.catalogueId), ...retiredRules.map((r) => r.catalogueId)]);
    const missing = catalogueIds.filter((id) => !implemented.has(id));
    assert.deepEqual(missing, [], `catalogue ids without a rule: ${missing.join(', ')}`);
  });

  it('never reuses a retired code, and retires only codes it replaces with live ones', () => {
    const live = new Set(allRules.map((r) => r.code));
    for (const retired of retiredRules) {
      assert.ok(!live.has(retired.code), `${retired.code} is retired but a live rule uses the code`);
      if (retired.catalogueId) assert.ok(!allRules.some((r) => r.catalogueId === retired.catalogueId), `${retired.catalogueId} is both retired and live`);
      for (const successor of retired.replacedBy) assert.ok(live.has(successor), `${retired.code} names ${successor}, which is not a rule`);
    }
  });

  describe('examples (each rule’s example triggers it and its fix does not)', () => {
    for (const rule of allRules) {
      it(rule.code, () => {
        const show = (ds: { range: { start: { line: number } }; code: string; message: string }[]) =>
          ds.map((d) => `  ${d.range.start.line}: ${d.code} ${d.message}`).join('\n');
        const files = { ...rule.example.files };
        const trigger = diagnose(rule.example.trigger, { files });
        assert.ok(
          trigger.some((d) => d.code === rule.code),
          `rule ${rule.code}: its example.trigger does not trigger it (a file it uses belongs in example.files). Diagnostics:\n${show(trigger)}`,
        );
        const fixed = diagnose(rule.example.fix, { files });
        const stillThere = fixed.filter((d) => d.code === rule.code);
        assert.deepEqual(stillThere.length, 0, `rule ${rule.code}: its example.fix still triggers it:\n${show(stillThere)}`);
        const syntax = fixed.filter((d) => d.code === 'syntax-error');
        assert.equal(syntax.length, 0, `rule ${rule.code}: its example.fix has syntax errors:\n${show(syntax)}`);
      });
    }
  });
});
