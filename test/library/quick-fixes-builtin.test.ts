/**
 * The acceptance check, with the real built-in library: for every missing-clause rule,
 * the quick fix inserts a built-in clause that removes the diagnostic and adds no error, no
 * wording finding and no "edited" hint.
 */
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/language/ast/positions';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/fixes';
import { missingClauseRules } from '../../server/src/language/rules/missing-clause-rules';
import type { CodeFix } from '../../server/src/language/rules/rule';
import { diagnose } from '../helpers/fixture';

function apply(text: string, fix: CodeFix): string {
  const lines = new LineIndex(text);
  const edits = fix.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let result = text;
  for (const e of edits) result = result.slice(0, e.start) + e.newText + result.slice(e.end);
  return result;
}

const show = (d: { code: string; message: string }) => `${d.code}: ${d.message}`;

describe('missing-clause quick fixes with the built-in library', () => {
  for (const rule of missingClauseRules) {
    it(`${rule.code}: inserting the built-in clause clears it and adds no error`, () => {
      const text = rule.example.trigger;
      const before = diagnose(text);
      const finding = before.find((d) => d.code === rule.code);
      assert.ok(finding, `${rule.code} not reported on its own example`);
      const fix = finding.fixes.find((f) => f.title.startsWith(libraryFixTitlePrefix));
      assert.ok(fix, `${rule.code}: the built-in library offers no clause`);
      const fixed = apply(text, fix);
      const after = diagnose(fixed);
      assert.ok(!after.some((d) => d.code === rule.code), `${rule.code} still reported:\n${fixed}`);
      const beforeErrors = new Set(before.filter((d) => d.severity === 'error').map(show));
      const added = after.filter((d) => (d.severity === 'error' && !beforeErrors.has(show(d))) || /wording|library/.test(d.code));
      assert.deepEqual(added.map(show), [], fixed);
    });
  }
});
