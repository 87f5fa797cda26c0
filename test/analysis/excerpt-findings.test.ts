/**
 * On a transcription that says it is an excerpt (`omitted "…"`), a finding that rests on the whole
 * text being there is info only where an omitted part is declared `about` the finding's topic, and
 * then names that part (analysis/excerpt-severity.ts). The treaty lawyers found `unused-term` on
 * terms the left-out articles use (the STL Agreement 2007: 'witnesses', Arts. 23, 28, 34) — said so
 * on every excerpt; and (lr8) the blanket cap of every missing clause false where the left-out
 * parts plainly cannot hold the answer (UNCAC's use rules are all in the transcribed Art. 46).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createEntenteService, type EntenteDiagnostic } from '../../server/src/language';
import { excerptTopics } from '../../server/src/language/analysis/excerpt-severity';
import { allRules } from '../../server/src/language/rules/registry';
import { diagnose } from '../helpers/fixture';

/** A real instrument's findings with its `omitted` line replaced by this one (none for `''`): `"Annex V" about costs, "Article 9"`. */
function findings(file: string, omitted: string, settings?: Parameters<ReturnType<typeof createEntenteService>['setSettings']>[0]): EntenteDiagnostic[] {
  const text = readFileSync(new URL(`../real-instruments/${file}`, import.meta.url), 'utf8')
    .replace(/^ {2}omitted .*\n/m, '')
    .replace(/^((?:treaty|memorandum|arrangement|protocol) "[^\n]*\{\n)/m, omitted ? `$1  omitted ${omitted}\n` : '$1');
  const service = createEntenteService();
  if (settings) service.setSettings(settings);
  service.open('file:///real/t.entente', text);
  return service.diagnostics('file:///real/t.entente');
}

const on = (all: EntenteDiagnostic[], code: string, words?: RegExp) => all.filter((d) => d.code === code && (!words || words.test(d.message)));
const said = (all: EntenteDiagnostic[]) => all.map((d) => `${d.code} ${d.severity} ${d.message}`);

describe('findings on an excerpt (`omitted`)', () => {
  const stl = 'nl-un-stl-headquarters-agreement-2007.entente';
  const stlParts = '"Articles 2 to 5", "Articles 7 to 11", "Articles 14 to 28", "Articles 32 to 37", "Articles 39 to 45", "the letters Nr. I and II"';
  const hcch = 'hcch-child-support-recovery-convention-2007.entente';
  const nlUs = 'nl-us-defense-cooperation-mou-1978.entente';
  const uncac = 'un-convention-against-corruption-2003.entente';

  it('STL 2007: a term used only in left-out articles is “not used in the transcribed articles”, at info, with no deletion offered, with or without `about`', () => {
    const whole = on(findings(stl, ''), 'unused-term', /"witnesses"/);
    assert.equal(whole.length, 1);
    assert.equal(whole[0].severity, 'warning');
    for (const parts of [stlParts, stlParts.replace('"Articles 14 to 28"', '"Articles 14 to 28" about costs')]) {
      const excerpt = on(findings(stl, parts), 'unused-term', /"witnesses"/);
      assert.equal(excerpt.length, 1);
      assert.equal(excerpt[0].severity, 'info');
      // Six parts: their count and the first three, the header's `omitted` for the rest (sixty-sixth run, item 3).
      assert.match(excerpt[0].message, /^"witnesses" is not used in the transcribed articles; this transcription is an excerpt, and the 6 parts it omits may use it \("Articles 2 to 5", "Articles 7 to 11", "Articles 14 to 28" and 3 more, listed under the header's `omitted`\)\.$/);
      assert.deepEqual(excerpt[0].fixes, []);
    }
  });

  it('HCCH 2007: a missing clause is info where an omitted part is declared about its topic, and names that part; under `strict` too', () => {
    const parts = '"Chapter I", "Articles 41 to 57" about amendment, disputes, "Annexes 1 and 2"';
    // Concluded and silent on amendment: a note anyway since the sixty-fourth run, item 1.
    assert.equal(on(findings(hcch, ''), 'missing-amendment')[0]?.severity, 'info');
    for (const settings of [undefined, { profile: 'strict' as const }]) {
      const [excerpt] = on(findings(hcch, parts, settings), 'missing-amendment');
      assert.equal(excerpt?.severity, 'info', JSON.stringify(settings));
      assert.ok(excerpt.message.includes('. The omitted "Articles 41 to 57" is declared to be about amendment; this finding is on the transcribed part only, not on the text.'), excerpt.message);
      assert.ok(!excerpt.message.includes('may provide for this in what is left out'), excerpt.message);
    }
    const [disputes] = on(findings(hcch, parts), 'missing-dispute-settlement');
    assert.equal(disputes?.severity, 'info');
    // A reviewer who names the rule still decides its severity.
    const [named] = on(findings(hcch, parts, { rules: { 'missing-amendment': 'warning' } }), 'missing-amendment');
    assert.equal(named?.severity, 'warning');
  });

  it('near miss: a part declared about another topic caps only that topic (HCCH: about disputes leaves missing-amendment a warning)', () => {
    const all = findings(hcch, '"Chapter I", "Articles 41 to 57" about disputes');
    const whole = findings(hcch, '');
    assert.deepEqual(said(on(all, 'missing-amendment')), said(on(whole, 'missing-amendment')));
    assert.equal(on(all, 'missing-dispute-settlement')[0]?.severity, 'info');
  });

  it('NL–US 1978: the omitted Annex V (Security Procedures; para. 2(j) on compromise) caps the security-agreement error and the breach procedure, naming the part; costs stay a warning', () => {
    const whole = findings(nlUs, '');
    const all = findings(nlUs, '"Annexes I and II", "Annexes IV to VIII" about security-of-information, breach-procedure');
    // The memorandum is signed (1978): a missing clause there is at most a warning (analysis/concluded-text-severity.ts; sixty-ninth run, item 1).
    assert.equal(on(whole, 'missing-security-agreement')[0]?.severity, 'warning');
    const [security] = on(all, 'missing-security-agreement');
    assert.equal(security?.severity, 'info');
    // Then the sentence on a concluded text (lr8 defect 1: where the cure may lie; security-agreement-cure.test.ts).
    assert.match(security.message, / The omitted "Annexes IV to VIII" is declared to be about security-of-information; this finding is on the transcribed part only, not on the text\. The text is concluded /);
    assert.equal(on(all, 'missing-breach-procedure')[0]?.severity, 'info');
    for (const code of ['missing-costs', 'missing-amendment', 'missing-dispute-settlement']) assert.deepEqual(said(on(all, code)), said(on(whole, code)), code);
  });

  it('near misses: without `about`, every finding but unused-term keeps its severity and (but undeclared-status) its words (UNCAC purpose limitation, HCCH, STL, NL–US)', () => {
    for (const [file, parts] of [
      [uncac, '"the preamble", "Articles 5 to 42", "Articles 44 and 45", "Article 47", "Articles 50 to 55", "Articles 60 to 62"'],
      [hcch, '"Chapter I", "Articles 41 to 57"'],
      [stl, stlParts],
      [nlUs, '"Annexes I and II", "Annexes IV to VIII"'],
    ] as const) {
      const whole = findings(file, '');
      const excerpt = findings(file, parts);
      // undeclared-status keeps its severity; its words say the signals are the transcription's (excerpt-status-signals.test.ts).
      const kept = (all: EntenteDiagnostic[]) => all.filter((d) => d.code !== 'unused-term').map((d) => (d.code === 'undeclared-status' ? { ...d, message: '' } : d));
      assert.deepEqual(said(kept(excerpt)), said(kept(whole)), file);
      assert.equal(excerpt.length, whole.length, file);
    }
    assert.ok(on(findings(uncac, '"Articles 5 to 42"'), 'missing-purpose-limitation').every((d) => d.severity === 'warning'));
  });

  it('undefined-term is capped only where a part is declared about definitions', () => {
    const text = (omitted: string) => `treaty "Convention" {\n  status binding\n${omitted}}\nparty HR "Croatia"\nparty CW "Curaçao"\nclause Art3 """Each “Member State” shall inform the other Contracting State."""\n`;
    const undefinedTerm = (omitted: string) => diagnose(text(omitted)).filter((d) => d.code === 'undefined-term');
    assert.equal(undefinedTerm('')[0]?.severity, 'warning');
    assert.equal(undefinedTerm('  omitted "Article 2"\n')[0]?.severity, 'warning');
    assert.equal(undefinedTerm('  omitted "Article 2" about costs\n')[0]?.severity, 'warning');
    const [capped] = undefinedTerm('  omitted "Article 1", "Article 2" about definitions\n');
    assert.equal(capped?.severity, 'info');
    assert.match(capped.message, /The omitted "Article 2" is declared to be about definitions;/);
  });

  it('a misspelt topic after `about` is flagged and caps nothing', () => {
    const all = findings(nlUs, '"Annexes IV to VIII" about security-of-informaton');
    // Not capped to info: the warning a signed text's missing clause keeps (sixty-ninth run, item 1).
    assert.equal(on(all, 'missing-security-agreement')[0]?.severity, 'warning');
    assert.ok(all.some((d) => d.message.includes('security-of-informaton') && d.code !== 'missing-security-agreement'), said(all).join('\n'));
  });

  it('every missing-clause rule says the topic an omitted part must be about to cap it', () => {
    const without = allRules.filter((r) => r.family === 'missing-clause' && !(r.code in excerptTopics)).map((r) => r.code);
    assert.deepEqual(without, []);
  });
});
