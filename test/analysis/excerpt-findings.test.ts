/**
 * On a transcription that says it is an excerpt (`omitted "…"`), a finding that rests on the whole
 * text being there is info and says why (analysis/excerpt-severity.ts): the treaty lawyers found
 * `unused-term` on terms the left-out articles use (the STL Agreement 2007: 'witnesses', Arts. 23,
 * 28, 34) and missing clauses that may sit in a left-out article read as defects of the treaty.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createEntenteService, type EntenteDiagnostic } from '../../server/src/language';

function findings(file: string, parts: readonly string[], settings?: Parameters<ReturnType<typeof createEntenteService>['setSettings']>[0]): EntenteDiagnostic[] {
  const text = readFileSync(new URL(`../real-instruments/${file}`, import.meta.url), 'utf8')
    .replace(/^ {2}omitted .*\n/m, '')
    .replace(/^((?:treaty|memorandum|arrangement|protocol) "[^\n]*\{\n)/m, parts.length > 0 ? `$1  omitted ${parts.map((p) => `"${p}"`).join(', ')}\n` : '$1');
  const service = createEntenteService();
  if (settings) service.setSettings(settings);
  service.open('file:///real/t.entente', text);
  return service.diagnostics('file:///real/t.entente');
}

const on = (all: EntenteDiagnostic[], code: string, words?: RegExp) => all.filter((d) => d.code === code && (!words || words.test(d.message)));

describe('findings on an excerpt (`omitted`)', () => {
  const stlParts = ['Articles 2 to 5', 'Articles 7 to 11', 'Articles 14 to 28', 'Articles 32 to 37', 'Articles 39 to 45', 'the letters Nr. I and II'];

  it('STL 2007: a term used only in left-out articles is “not used in the transcribed articles”, at info, with no deletion offered', () => {
    const whole = on(findings('nl-un-stl-headquarters-agreement-2007.entente', []), 'unused-term', /"witnesses"/);
    assert.equal(whole.length, 1);
    assert.equal(whole[0].severity, 'warning');
    const excerpt = on(findings('nl-un-stl-headquarters-agreement-2007.entente', stlParts), 'unused-term', /"witnesses"/);
    assert.equal(excerpt.length, 1);
    assert.equal(excerpt[0].severity, 'info');
    assert.match(excerpt[0].message, /^"witnesses" is not used in the transcribed articles; this transcription is an excerpt \(omitted "Articles 2 to 5", .* and "the letters Nr\. I and II"\), which may use it\.$/);
    assert.deepEqual(excerpt[0].fixes, []);
  });

  it('HCCH 2007: a missing clause is info and says that the text may provide for it in what is left out; under `strict` too', () => {
    const parts = ['Chapter I', 'Chapters III to VIII', 'Articles 41 to 57'];
    const whole = on(findings('hcch-child-support-recovery-convention-2007.entente', []), 'missing-amendment');
    assert.equal(whole[0]?.severity, 'warning');
    for (const settings of [undefined, { profile: 'strict' as const }]) {
      const [excerpt] = on(findings('hcch-child-support-recovery-convention-2007.entente', parts, settings), 'missing-amendment');
      assert.equal(excerpt?.severity, 'info', JSON.stringify(settings));
      assert.ok(excerpt.message.includes('. This transcription is an excerpt (omitted "Chapter I", "Chapters III to VIII" and "Articles 41 to 57"): the text may provide for this in what is left out, so this finding is on the transcribed part only, not on the text.'), excerpt.message);
    }
    // A reviewer who names the rule still decides its severity.
    const [named] = on(findings('hcch-child-support-recovery-convention-2007.entente', parts, { rules: { 'missing-amendment': 'warning' } }), 'missing-amendment');
    assert.equal(named?.severity, 'warning');
  });

  it('near misses: every other finding keeps its severity and its words on the excerpt; a whole text is unchanged', () => {
    for (const [file, parts] of [['nl-un-stl-headquarters-agreement-2007.entente', stlParts], ['hcch-child-support-recovery-convention-2007.entente', ['Chapter I']]] as const) {
      const said = (all: EntenteDiagnostic[]) => all.map((d) => `${d.code} ${d.severity} ${d.message}`);
      const whole = findings(file, []);
      const excerpt = findings(file, parts);
      const restsOnWhole = (d: EntenteDiagnostic) => d.code.startsWith('missing-') || ['unused-term', 'undefined-term'].includes(d.code);
      assert.deepEqual(said(excerpt.filter((d) => !restsOnWhole(d))), said(whole.filter((d) => !restsOnWhole(d))), file);
      assert.equal(excerpt.length, whole.length, file);
      assert.ok(excerpt.filter(restsOnWhole).every((d) => d.severity === 'info'), file);
    }
  });
});
