/**
 * The stepwise analysis (issue 11 item 2): the language server runs a document's diagnostics a
 * step at a time so it can answer requests in between and drop stale work. The synchronous
 * `diagnostics()` the command line and the tests use must give exactly the same list, and work
 * is shared: whoever asks next continues the steps already run instead of starting over.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analysisSteps, analyze } from '../../server/src/language/analysis/analyze';
import { drain } from '../../server/src/language/analysis/analysis-job';
import { createEntenteService } from '../../server/src/language/service';
import { allRules } from '../../server/src/language/rules/registry';
import { generateModel, toEntente } from '../../bench/generator';

const samplesDir = join(import.meta.dirname, '../../samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.entente'));
const readFile = (uri: string) => {
  try {
    return readFileSync(new URL(uri), 'utf8');
  } catch {
    return undefined;
  }
};

describe('stepwise analysis', () => {
  it('analysisSteps yields once per rule and returns exactly what analyze returns, on every sample', () => {
    for (const name of samples) {
      const uri = pathToFileURL(join(samplesDir, name)).href;
      const service = createEntenteService({ readFile });
      service.open(uri, readFileSync(join(samplesDir, name), 'utf8'));
      const model = service.model(uri)!;
      const steps = analysisSteps(model, {});
      const codes: string[] = [];
      let next = steps.next();
      for (; !next.done; next = steps.next()) codes.push(next.value);
      assert.deepEqual(codes, allRules.map((r) => r.code), name);
      assert.deepEqual(next.value, analyze(model, {}), name);
    }
  });

  it("the service's diagnosticsSteps ends with exactly the list diagnostics() returns (samples, review-me with its findings, a generated instrument)", () => {
    const texts = samples.map((name) => ({ uri: pathToFileURL(join(samplesDir, name)).href, text: readFileSync(join(samplesDir, name), 'utf8') }));
    texts.push({ uri: 'file:///w/generated.entente', text: toEntente(generateModel({ lines: 1000 })) });
    let findings = 0;
    for (const { uri, text } of texts) {
      const stepped = createEntenteService({ readFile });
      stepped.open(uri, text);
      const whole = createEntenteService({ readFile });
      whole.open(uri, text);
      const expected = whole.diagnostics(uri);
      const steps = stepped.diagnosticsSteps(uri);
      const done: string[] = [];
      let next = steps.next();
      for (; !next.done; next = steps.next()) done.push(next.value);
      assert.deepEqual(done, ['parse', 'model', 'references', ...allRules.map((r) => r.code)], uri);
      assert.deepEqual(next.value, expected, uri);
      // The finished list is the cached one: asking again runs nothing.
      assert.equal(stepped.diagnostics(uri), next.value);
      findings += expected.length;
    }
    assert.ok(findings > 0, 'some document has findings (review-me does), so equality compares real lists');
  });

  it('shares the work: a synchronous call finishes the steps already begun instead of starting over', () => {
    const uri = pathToFileURL(join(samplesDir, 'review-me.entente')).href;
    const service = createEntenteService({ readFile });
    service.open(uri, readFileSync(join(samplesDir, 'review-me.entente'), 'utf8'));
    // Count every rule's runs (the rule objects are shared; restored below).
    const runs = new Map<string, number>();
    const originals = allRules.map((rule) => rule.check);
    allRules.forEach((rule, i) => {
      (rule as { check: typeof rule.check }).check = (context) => (runs.set(rule.code, (runs.get(rule.code) ?? 0) + 1), originals[i].call(rule, context));
    });
    try {
      const steps = service.diagnosticsSteps(uri);
      for (let i = 0; i < 2 + 10; i++) steps.next();
      const finished = service.diagnostics(uri);
      assert.ok(runs.size > 10, 'the rules ran (the count compares real work)');
      for (const [code, count] of runs) assert.equal(count, 1, `${code} ran once, not again after the steps begun`);
      // The abandoned generator does not run the job again: it ends with the finished list.
      assert.equal(drain(steps), finished);
      assert.ok([...runs.values()].every((n) => n === 1));
    } finally {
      allRules.forEach((rule, i) => ((rule as { check: typeof rule.check }).check = originals[i]));
    }
    const model = service.model(uri)!;
    assert.deepEqual(service.diagnostics(uri), analyze(model, {}));
  });

  it('a changed text starts a new job: the steps of the old text are never advanced again', () => {
    const service = createEntenteService();
    const uri = 'file:///w/m.entente';
    service.open(uri, 'memorandum "M" {\n}\n', 1);
    const old = service.diagnosticsSteps(uri);
    old.next();
    old.next();
    old.next();
    service.update(uri, 'memorandum "M" {\n}\nparticipant EE "Estonia" {\n  kind state\n}\n', 2);
    const fresh = service.diagnostics(uri);
    const again = createEntenteService();
    again.open(uri, 'memorandum "M" {\n}\nparticipant EE "Estonia" {\n  kind state\n}\n', 2);
    assert.deepEqual(fresh, again.diagnostics(uri));
  });
});
