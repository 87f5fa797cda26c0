/**
 * No fix changes what the text means in law unseen (issue #9 item 2, issue #12 item 5): every fix
 * says what it is (`mechanical`, `legal`, `factual`), and fix all, fix all of a rule and fix on
 * save apply only mechanical ones. Checked on every sample, every fixture of the test suites and
 * every rule's documented example.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { automaticFix, fixAllKind } from '../../server/src/language/features/code-actions';
import type { CodeAction } from '../../server/src/language/features/types';
import type { EntenteDiagnostic } from '../../server/src/language/rules/diagnostic';
import { allRules } from '../../server/src/language/rules/registry';
import { fixEffects, type CodeFix, type TextEdit } from '../../server/src/language/rules/rule';
import { createEntenteService, type EntenteService } from '../../server/src/language/service';
import { applyEdits } from '../helpers/edits';
import { fixAllScenario } from '../e2e/scenarios';
import { diskService, ententeFiles, read, uriOf } from './sessions/session-helpers';

interface Document {
  readonly name: string;
  readonly uri: string;
  readonly service: EntenteService;
}

/** Every sample and fixture, each opened in a service that reads its neighbours from disk. */
function corpus(): Document[] {
  const files = [...ententeFiles('samples'), ...ententeFiles('test')];
  return files.map((path) => {
    const service = diskService();
    const uri = uriOf(path);
    service.open(uri, read(path));
    return { name: path, uri, service };
  });
}

/** Every rule's example trigger, with the files it uses. */
function examples(): Document[] {
  return allRules.map((rule) => {
    const files = rule.example.files ?? {};
    const service = createEntenteService({ readFile: (uri) => files[uri.replace('file:///example/', '')] });
    const uri = `file:///example/${rule.code}.entente`;
    service.open(uri, rule.example.trigger);
    return { name: `example of ${rule.code}`, uri, service };
  });
}

const documents = [...corpus(), ...examples()];
const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const key = (e: TextEdit) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}`;

/**
 * Whether every edit of an action is one a mechanical fix of these diagnostics makes (insertions
 * at one point may be merged, in finding order, into one edit).
 */
function onlyMechanical(action: CodeAction, diagnostics: readonly EntenteDiagnostic[], uri: string): string[] {
  const allowed = new Map<string, string[]>();
  for (const d of diagnostics) {
    // Written out here, not taken from the code under test: the preferred fix, if mechanical.
    const fix = d.fixes.find((f) => f.preferred);
    if (fix?.effect !== 'mechanical') continue;
    for (const e of fix.edits) if ((e.uri ?? uri) === uri) allowed.set(key(e), [...(allowed.get(key(e)) ?? []), e.newText]);
  }
  const wrong: string[] = [];
  for (const [target, edits] of Object.entries(action.edit.changes ?? {})) {
    for (const e of edits) {
      const texts = target === uri ? (allowed.get(key(e)) ?? []) : [];
      const plain = texts.map((t) => t.replace(/\$\{\d+:([^}]*)\}/g, '$1'));
      const merged = plain.some((t) => t === e.newText) || (plain.length > 1 && e.newText === [...new Set(plain)].join(''));
      if (!merged) wrong.push(`${target} ${key(e)} ${JSON.stringify(e.newText.slice(0, 60))}`);
    }
  }
  return wrong;
}

describe('fix effects: nothing that changes the legal text is applied unseen', function () {
  this.timeout(60000);
  it('classifies every fix offered on every sample, fixture and rule example', () => {
    const unclassified: string[] = [];
    const codes = new Map<string, Set<string>>();
    for (const { name, uri, service } of documents) {
      for (const d of service.diagnostics(uri)) {
        for (const fix of d.fixes as readonly (CodeFix & { effect?: unknown })[]) {
          if (!fixEffects.includes(fix.effect as never)) unclassified.push(`${name}: ${d.code}: ${fix.title}`);
          const seen = codes.get(d.code) ?? new Set<string>();
          seen.add(String(fix.effect));
          codes.set(d.code, seen);
        }
      }
    }
    assert.deepEqual(unclassified, []);
    // The corpus reaches the fixes of most rules; a rule whose fixes it never offers is not covered.
    assert.ok(codes.size >= 50, `${codes.size} rules with fixes: ${[...codes.keys()].join(', ')}`);
    for (const effect of fixEffects) assert.ok([...codes.values()].some((s) => s.has(effect)), `no ${effect} fix in the corpus`);
  });

  it('fix all and fix on save (source.fixAll.entente) apply only mechanical fixes, on every sample, fixture and example', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const { name, uri, service } of documents) {
      const diagnostics = service.diagnostics(uri);
      for (const action of service.codeActions(uri, whole, [], [fixAllKind])) {
        checked++;
        wrong.push(...onlyMechanical(action, diagnostics, uri).map((w) => `${name}: ${action.title}: ${w}`));
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(checked >= 5, `${checked} documents with a fix all`);
  });

  it('fix all of a rule, and fix everything in the light bulb, apply only mechanical fixes; no legal or factual fix is preferred', () => {
    const wrong: string[] = [];
    let fixAlls = 0;
    for (const { name, uri, service } of documents) {
      const diagnostics = service.diagnostics(uri);
      for (const d of diagnostics) {
        for (const action of service.codeActions(uri, d.range, [d], ['quickfix'])) {
          if (action.title.startsWith('Fix all')) {
            fixAlls++;
            wrong.push(...onlyMechanical(action, diagnostics, uri).map((w) => `${name}: ${action.title}: ${w}`));
          } else if (action.isPreferred) {
            const fix = d.fixes.find((f) => f.title === action.title);
            if (fix?.effect !== 'mechanical') wrong.push(`${name}: ${d.code}: "${action.title}" is preferred but ${fix?.effect}`);
          }
        }
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(fixAlls > 0);
  });

  describe('one example of each class', () => {
    const review = corpus().find((d) => d.name.endsWith('review-me.entente'))!;
    const reviewDiagnostics = review.service.diagnostics(review.uri);
    const sourceFixAll = review.service.codeActions(review.uri, whole, [], [fixAllKind])[0];

    it('mechanical: TLP:WHITE renamed TLP:CLEAR by TLP 2.0, and a misspelt label, are fixed by fix all', () => {
      const service = createEntenteService({});
      service.open('file:///t.entente', 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:WHITE\n}\n');
      const [renamed] = service.diagnostics('file:///t.entente').filter((d) => d.code === 'value-out-of-range');
      assert.equal(renamed.fixes[0].effect, 'mechanical');
      const [all] = service.codeActions('file:///t.entente', whole, [], [fixAllKind]);
      assert.match(applyEdits(service.text('file:///t.entente')!, all.edit.changes!['file:///t.entente']), /marking TLP:CLEAR/);
      const misspelt = reviewDiagnostics.find((d) => d.code === 'value-out-of-range')!;
      assert.equal(automaticFix(misspelt)?.title, 'Change to TLP:AMBER');
    });

    it('legal: arbitration → consultation and `registration none` in review-me are offered one by one, never by fix all', () => {
      // review-me's missing-costs stands for no library fix: it sets up nothing that costs money (twentieth
      // run), and its 72-hour notification is a firm duty the costs/mou funds proviso would condition (round
      // 23). missing-survival's library clause stands for the library fixes.
      for (const code of ['mou-third-party-disputes', 'mou-treaty-procedure', 'mou-binding-wording', 'missing-survival']) {
        const d = reviewDiagnostics.find((x) => x.code === code)!;
        assert.ok(d.fixes.length > 0 && d.fixes.every((f) => f.effect === 'legal'), code);
        const offered = review.service.codeActions(review.uri, d.range, [d], ['quickfix']).find((a) => a.title === d.fixes[0].title);
        assert.ok(offered && !offered.isPreferred, code);
      }
      const disputes = reviewDiagnostics.find((x) => x.code === 'mou-third-party-disputes')!;
      assert.match(disputes.fixes[0].title, /consultation only \(no tribunal\)/);
      const fixed = applyEdits(read('samples/review-me.entente'), sourceFixAll.edit.changes![review.uri]);
      assert.match(fixed, /disputes by arbitration/);
      assert.match(fixed, /registration article-102/);
      assert.match(fixed, /contact Central "CISA Central" available office-hours/);
      assert.match(fixed, /The Parties shall cooperate/);
    });

    it('factual: the classification level of material is the originator’s, so a level proposed for it is never applied unseen', () => {
      const service = createEntenteService({});
      const uri = 'file:///t.entente';
      service.open(uri, 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  carries classified\n  marking TLP:AMBER\n}\n');
      const d = service.diagnostics(uri).find((x) => x.code === 'classified-tlp-only')!;
      assert.equal(d.fixes[0].effect, 'factual');
      assert.match(d.fixes[0].title, /classification RESTRICTED/);
      assert.equal(automaticFix(d), undefined);
      assert.deepEqual(service.codeActions(uri, whole, [], [fixAllKind]), []);
    });

    it('a finding whose fixes are several candidates gets none of them applied: fix all never picks the first', () => {
      const service = createEntenteService({});
      const uri = 'file:///t.entente';
      service.open(uri, 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:REED\n}\n');
      const d = service.diagnostics(uri).find((x) => x.code === 'value-out-of-range')!;
      // Not evident typos of TLP:REED (a letter dropped, not two swapped): offered one by one as legal changes (fix review, class A).
      assert.ok(d.fixes.length > 1 && d.fixes.every((f) => !f.preferred));
      assert.deepEqual(service.codeActions(uri, whole, [], [fixAllKind]), []);
    });
  });

  it('the fix-all scenario of the editor suites changes what its data says, and keeps the legal text', () => {
    const path = `test/e2e/fixtures/${fixAllScenario.file}`;
    const service = diskService();
    const uri = uriOf(path);
    const text = readFileSync(path, 'utf8');
    service.open(uri, text);
    const [all] = service.codeActions(uri, whole, [], [fixAllKind]);
    assert.ok(all.title.startsWith(fixAllScenario.title), all.title);
    const fixed = applyEdits(text, all.edit.changes![uri]);
    for (const line of fixAllScenario.fixed) assert.ok(fixed.includes(line), line);
    for (const line of fixAllScenario.kept) assert.ok(fixed.includes(line), line);
    const d = service.diagnostics(uri).find((x) => x.code === fixAllScenario.rule.code && text.split('\n')[x.range.start.line].includes(fixAllScenario.rule.at.needle))!;
    assert.ok(service.codeActions(uri, d.range, [d], ['quickfix']).some((a) => a.title.startsWith(fixAllScenario.rule.title)));
  });
});
