/**
 * A finding may carry a `profileCeiling`: the most any profile makes of it (a treaty GDPR Art. 96
 * keeps in force is for an amendment, not a defect `strict` makes an error). The rules page says
 * where a rule stops short only if the rule declares it (`Rule.findingCeilings`, shown in the
 * "Under profiles" row by scripts/rules-doc.ts). Fifty-second real-instrument run, point 4: the
 * reviewer read "strict: error" for possible-transfer-without-safeguards and saw a warning on a
 * treaty of 1991, with nothing on the page to say why.
 *
 * This holds, over every committed .entente file, that each ceiling below error a finding carries
 * is declared on its rule, and each of error that lifts the concluded-text cap (the finding's
 * ceiling wins over that cap, analysis/analyze.ts), and that the page prints them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { concludedTextCapNote } from '../../server/src/language/analysis/concluded-text-severity';
import { allRules } from '../../server/src/language/rules/registry';
import type { CheckContext, Rule, Severity } from '../../server/src/language/rules/rule';
import { corpusFiles, diagnosticsOf, repoRoot } from '../analysis/differential/corpus';

/** The ceilings below error the rules' findings carry over the committed texts, by rule code. */
function ceilingsUsed(): Map<string, Set<Severity>> {
  const used = new Map<string, Set<Severity>>();
  const rules = allRules as Rule[];
  const originals = rules.map((rule) => rule.check);
  try {
    rules.forEach((rule, i) => {
      const check = originals[i];
      (rule as { check: Rule['check'] }).check = (context: CheckContext) =>
        check.call(rule, {
          ...context,
          report: (finding) => {
            // A ceiling of error matters only where it lifts the concluded-text cap the page states.
            if (finding.profileCeiling && (finding.profileCeiling !== 'error' || concludedTextCapNote(rule) !== undefined)) used.set(rule.code, (used.get(rule.code) ?? new Set()).add(finding.profileCeiling));
            context.report(finding);
          },
        });
    });
    for (const file of corpusFiles()) diagnosticsOf(join(repoRoot, file));
  } finally {
    rules.forEach((rule, i) => ((rule as { check: Rule['check'] }).check = originals[i]));
  }
  return used;
}

/** The "Under profiles" cell of a rule's section in docs/rules.md. */
function underProfiles(code: string): string {
  const page = readFileSync(join(repoRoot, 'docs/rules.md'), 'utf8');
  const section = page.slice(page.indexOf(`<a id="${code}"></a>`));
  return /\| Under profiles \| ([^\n]*) \|/.exec(section)?.[1] ?? '';
}

describe('finding ceilings are declared on their rules and shown on the rules page', () => {
  it('every ceiling below error that a finding on the committed texts carries is declared', function () {
    this.timeout(300000);
    const used = ceilingsUsed();
    assert.ok(used.size > 0, 'some findings carry a ceiling');
    for (const [code, severities] of used) {
      const declared = new Set((allRules.find((r) => r.code === code)?.findingCeilings ?? []).map((c) => c.severity));
      for (const severity of severities) assert.ok(declared.has(severity), `${code}: findings capped at ${severity}, not declared in findingCeilings`);
    }
    assert.ok(used.get('possible-transfer-without-safeguards')?.has('warning'));
    assert.ok(used.get('missing-union-law-clause')?.has('info'));
  });

  it('possible-transfer-without-safeguards: "strict: error" with where it stops at warning', () => {
    const row = underProfiles('possible-transfer-without-safeguards');
    assert.match(row, /strict: error/);
    assert.match(row, /at most warning under any profile where a Member State concluded the treaty before 24 May 2016 \(6 May 2016 under the Law Enforcement Directive\)/);
  });

  it('near miss: a rule without findings capped so says only what the profiles do', () => {
    assert.doesNotMatch(underProfiles('transfer-without-safeguards'), /at most/);
  });
});
