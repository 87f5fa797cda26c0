import assert from 'node:assert/strict';
import { ruleExplanation, ruleSummaries, sourceStatusDescription } from '../../server/src/language/features/rule-explanation';
import { allRules } from '../../server/src/language/rules/registry';

describe('rule explanation (what a diagnostic links to)', () => {
  it('explains every rule from the rule table: what to do, why, source and its status, both examples', () => {
    for (const rule of allRules) {
      const markdown = ruleExplanation(rule.code, {})!;
      assert.ok(markdown.startsWith(`# ${rule.code}${rule.catalogueId ? ` (${rule.catalogueId})` : ''}\n`), rule.code);
      for (const part of [rule.message, rule.rationale, rule.source, sourceStatusDescription[rule.sourceStatus], rule.example.trigger.trimEnd(), rule.example.fix.trimEnd()]) {
        assert.ok(markdown.includes(part), `${rule.code} lacks ${part.slice(0, 60)}`);
      }
      assert.ok(markdown.includes(`**Severity.** ${rule.defaultSeverity} under your settings; ${rule.defaultSeverity} by default`), rule.code);
    }
  });

  it('gives the severity under the drafter settings and under each profile that changes it', () => {
    const costs = ruleExplanation('missing-costs', { profile: 'strict' })!;
    assert.match(costs, /\*\*Severity\.\*\* error under your settings \(profile `strict`\); warning by default; error under the `strict` profile\./);
    assert.match(ruleExplanation('missing-costs', { rules: { 'missing-costs': 'off' } })!, /\*\*Severity\.\*\* off under your settings;/);
    assert.match(ruleExplanation('missing-costs', { rules: { MC22: 'info' } })!, /\*\*Severity\.\*\* info under your settings;/);
  });

  it('says how to switch a rule off and suppress one finding, except for syntax errors', () => {
    assert.match(ruleExplanation('missing-costs', {})!, /"entente\.rules": \{ "missing-costs": "off" \}.*\/\/ entente-disable-next-line missing-costs -- <the reason>/s);
    assert.match(ruleExplanation('syntax-error', {})!, /cannot be switched off or suppressed/);
  });

  it('knows no unknown code', () => {
    assert.equal(ruleExplanation('no-such-rule', {}), undefined);
    assert.equal(ruleExplanation('', {}), undefined);
  });

  it('summarises every rule for a pick list, with its severity under the settings', () => {
    const summaries = ruleSummaries({ rules: { 'missing-costs': 'off' } });
    assert.deepEqual(summaries.map((s) => s.code), allRules.map((r) => r.code));
    assert.deepEqual(summaries.find((s) => s.code === 'missing-costs'), { code: 'missing-costs', catalogueId: 'MC22', family: 'missing-clause', message: allRules.find((r) => r.code === 'missing-costs')!.message, severity: 'off' });
    assert.equal(summaries.find((s) => s.code === 'value-out-of-range')?.severity, 'error');
  });
});
