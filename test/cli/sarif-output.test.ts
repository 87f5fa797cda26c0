/**
 * `entente check --format sarif`: valid SARIF 2.1.0 (against the official schema, from a
 * registry package), complete rule metadata, positions as SARIF counts them, fixes that do what
 * the editor's quick fixes do, and what GitHub code scanning requires.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, Region, Result } from 'sarif';
import { artifactLocation, fingerprintKey } from '../../server/src/cli/sarif-log';
import { allRules } from '../../server/src/language/rules/registry';
import { bothWays, repoRoot, runInProcess, samplesDir } from './cli-harness';
import { sarifSchemaErrors } from './sarif-schema';

interface JsonFinding {
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
}

const levelOf: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const rulesDoc = readFileSync(join(repoRoot, 'docs/rules.md'), 'utf8');

function sarif(args: string[], cwd: string, entente = runInProcess): { log: Log; status: number } {
  const result = entente(['check', ...args, '--format', 'sarif'], cwd);
  assert.notEqual(result.status, 2, result.stderr);
  return { log: JSON.parse(result.stdout) as Log, status: result.status };
}

/** SARIF region → offsets in a text, written from the specification, not from the code under test. */
function offsets(text: string, region: Region): [number, number] {
  const lineStarts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push(match.index! + match[0].length);
  const at = (line: number, column: number) => lineStarts[line - 1] + column - 1;
  return [at(region.startLine!, region.startColumn!), at(region.endLine!, region.endColumn!)];
}

describe('entente check --format sarif', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'entente-sarif-'));
    cpSync(samplesDir, join(folder, 'samples'), { recursive: true });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('the schema check can fail: a log with a 0 line, no version or a bad level is rejected', () => {
    const { log } = sarif(['samples/review-me.entente'], folder);
    assert.deepEqual(sarifSchemaErrors(log), []);
    const broken = structuredClone(log) as unknown as { version?: string; runs: { results: { level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.ok(sarifSchemaErrors(broken).some((e) => e.includes('startLine')));
    const noVersion = structuredClone(log) as { version?: string };
    delete noVersion.version;
    assert.notDeepEqual(sarifSchemaErrors(noVersion), []);
    const badLevel = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
    badLevel.runs[0].results[0].level = 'info';
    assert.notDeepEqual(sarifSchemaErrors(badLevel), []);
  });

  for (const [how, entente] of bothWays) {
    it(`validates against SARIF 2.1.0 for every sample, through ${how}, and exits as text does`, () => {
      const { log, status } = sarif(['samples'], folder, entente);
      assert.deepEqual(sarifSchemaErrors(log), []);
      assert.equal(status, 1);
      assert.ok(log.runs[0].results!.length >= 20);
    });
  }

  it('validates for a clean file (no results), random bytes, a document too large, and configuration warnings', () => {
    const clean = sarif(['samples/cert-cert-mou.entente'], folder);
    assert.equal(clean.status, 0);
    assert.deepEqual(clean.log.runs[0].results, []);
    assert.deepEqual(sarifSchemaErrors(clean.log), []);

    const bytes = Buffer.alloc(2048);
    for (let i = 0, seed = 7; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    writeFileSync(join(folder, 'random.entente'), bytes);
    const random = sarif(['random.entente'], folder);
    assert.deepEqual(sarifSchemaErrors(random.log), []);
    assert.ok(random.log.runs[0].results!.every((r) => r.ruleId === 'syntax-error'));

    writeFileSync(join(folder, 'huge.entente'), '// ' + 'x'.repeat(21 * 1024 * 1024));
    const huge = sarif(['huge.entente'], folder);
    assert.deepEqual(sarifSchemaErrors(huge.log), []);
    const result = huge.log.runs[0].results![0];
    const rules = huge.log.runs[0].tool.driver.rules!;
    assert.equal(result.ruleId, 'document-too-large');
    assert.equal(rules[result.ruleIndex!].id, 'document-too-large');
    assert.equal(rules.length, allRules.length + 1);

    writeFileSync(join(folder, 'odd.json'), JSON.stringify({ profile: 'strict', rules: { 'no-such-rule': 'off' } }));
    const warned = sarif(['samples/cert-cert-mou.entente', '--config', 'odd.json'], folder);
    assert.deepEqual(sarifSchemaErrors(warned.log), []);
    const notes = warned.log.runs[0].invocations![0].toolConfigurationNotifications!;
    assert.match(notes[0].message.text!, /unknown rule no-such-rule/);
  });

  it('describes every rule of the table: id, name, message, rationale, help, docs link, level and properties', () => {
    const { log } = sarif(['samples/cert-cert-mou.entente'], folder);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'Entente');
    assert.equal(driver.semanticVersion, JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
    assert.match(driver.semanticVersion!, /^\d+\.\d+\.\d+/);
    assert.deepEqual(driver.rules!.map((r) => r.id), allRules.map((r) => r.code));
    allRules.forEach((rule, index) => {
      const d = driver.rules![index];
      assert.equal(d.shortDescription!.text, rule.message);
      assert.equal(d.fullDescription!.text, rule.rationale);
      assert.match(d.name!, /^[A-Z][A-Za-z0-9]+$/);
      assert.ok(d.help!.text.includes(rule.rationale) && d.help!.text.includes(rule.source), rule.code);
      assert.ok(d.help!.markdown!.includes(`(${d.helpUri})`), rule.code);
      assert.equal(d.helpUri, `https://github.com/entente/entente/blob/main/docs/rules.md#${rule.code}`);
      assert.ok(rulesDoc.includes(`<a id="${rule.code}"></a>`), `docs/rules.md has no section for ${rule.code}`);
      assert.equal(d.defaultConfiguration!.level, levelOf[rule.defaultSeverity]);
      assert.deepEqual(d.properties, {
        ...(rule.catalogueId ? { catalogueId: rule.catalogueId } : {}),
        source: rule.source,
        sourceStatus: rule.sourceStatus,
        family: rule.family,
        defaultSeverity: rule.defaultSeverity,
        tags: ['entente', rule.family, ...(rule.catalogueId ? [rule.catalogueId] : [])],
      });
    });
  });

  it('gives each result what the JSON format says, with 1-based positions, its rule index and a relative URI', () => {
    const json = JSON.parse(runInProcess(['check', 'samples', '--format', 'json'], folder).stdout) as JsonFinding[];
    const { log } = sarif(['samples'], folder);
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.originalUriBaseIds!['%SRCROOT%'].uri, pathToFileURL(folder).href + '/');
    const results = run.results!;
    assert.equal(results.length, json.length);
    results.forEach((r: Result, i) => {
      const j = json[i];
      assert.equal(r.ruleId, j.code);
      assert.equal(run.tool.driver.rules![r.ruleIndex!].id, r.ruleId);
      assert.equal(r.level, levelOf[j.severity]);
      assert.equal(r.message.text, j.message);
      const { artifactLocation: where, region } = r.locations![0].physicalLocation!;
      assert.deepEqual(where, { uri: j.file, uriBaseId: '%SRCROOT%' });
      assert.deepEqual(region, { startLine: j.range.start.line + 1, startColumn: j.range.start.character + 1, endLine: j.range.end.line + 1, endColumn: j.range.end.character + 1 });
    });
    const related = results.filter((r) => r.relatedLocations);
    assert.ok(related.length > 0);
    for (const r of related) for (const l of r.relatedLocations!) assert.ok(l.message!.text && l.physicalLocation!.region!.startLine! >= 1);
  });

  it('counts columns in UTF-16 code units: a finding after astral characters lands on its word', () => {
    const line = 'participant EE "Eesti 𝔈𝔰𝔱 🇪🇪" participant FI "Suomi" channel C between EE, XX';
    writeFileSync(join(folder, 'astral.entente'), `${line}\n`);
    const { log } = sarif(['astral.entente'], folder);
    assert.deepEqual(sarifSchemaErrors(log), []);
    const unknown = log.runs[0].results!.find((r) => r.ruleId === 'unknown-reference')!;
    const region = unknown.locations![0].physicalLocation!.region!;
    assert.equal(line.slice(region.startColumn! - 1, region.endColumn! - 1), 'XX');
    // Counted in code points the column would be 5 smaller (five astral characters before it).
    assert.equal([...line.slice(0, region.startColumn! - 1)].length, region.startColumn! - 1 - 5);
  });

  it('turns every quick fix into artifactChanges that, applied as SARIF says, clear a finding of its rule', () => {
    const file = join(folder, 'samples/review-me.entente');
    const text = readFileSync(file, 'utf8');
    const { log } = sarif(['samples/review-me.entente'], folder);
    const withFixes = log.runs[0].results!.filter((r) => r.fixes);
    assert.ok(withFixes.length >= 10);
    const count = (code: string, source: string) => {
      const scratch = join(folder, 'scratch.entente');
      writeFileSync(scratch, source);
      return (JSON.parse(runInProcess(['check', 'scratch.entente', '--format', 'json'], folder).stdout) as JsonFinding[]).filter((d) => d.code === code).length;
    };
    for (const result of withFixes) {
      const change = result.fixes![0].artifactChanges[0];
      assert.deepEqual(change.artifactLocation, { uri: 'samples/review-me.entente', uriBaseId: '%SRCROOT%' });
      let fixed = text;
      const spans = change.replacements.map((r) => ({ span: offsets(text, r.deletedRegion), insert: r.insertedContent?.text ?? '' })).sort((a, b) => b.span[0] - a.span[0]);
      for (const { span, insert } of spans) fixed = fixed.slice(0, span[0]) + insert + fixed.slice(span[1]);
      assert.doesNotMatch(fixed, /\$\{\d/, 'snippet syntax in a SARIF fix');
      assert.ok(count(result.ruleId!, fixed) < count(result.ruleId!, text), `${result.ruleId}: "${result.fixes![0].description!.text}" did not clear it`);
    }
  });

  // Fix review: a SARIF consumer could not tell a mechanical fix (what fix all applies) from a legal one.
  it('says of each fix what it does to the text: properties.effect, mechanical only for the evident typo', () => {
    const { log } = sarif(['samples/review-me.entente'], folder);
    const fixes = log.runs[0].results!.flatMap((r) => (r.fixes ?? []).map((f) => ({ title: f.description!.text, effect: f.properties?.effect })));
    assert.ok(fixes.length >= 10);
    assert.ok(fixes.every((f) => ['mechanical', 'legal', 'factual'].includes(f.effect as string)), JSON.stringify(fixes));
    assert.deepEqual(fixes.filter((f) => f.effect === 'mechanical').map((f) => f.title), ['Change to TLP:AMBER']);
    assert.deepEqual(sarifSchemaErrors(log), []);
  });

  it('fingerprints findings by content: stable when lines are added above, distinct within a run', () => {
    const { log } = sarif(['samples/review-me.entente'], folder);
    const prints = (l: Log) => l.runs[0].results!.map((r) => r.partialFingerprints![fingerprintKey]);
    const before = prints(log);
    assert.equal(new Set(before).size, before.length);
    const file = join(folder, 'samples/review-me.entente');
    writeFileSync(file, `// a note added at the top\n\n${readFileSync(file, 'utf8')}`);
    const after = sarif(['samples/review-me.entente'], folder).log;
    assert.deepEqual(prints(after), before);
    assert.notDeepEqual(after.runs[0].results!.map((r) => r.locations![0].physicalLocation!.region!.startLine), log.runs[0].results!.map((r) => r.locations![0].physicalLocation!.region!.startLine));
  });

  it('meets GitHub code scanning: rule ids, a message and a located line per result, fingerprints, the limits', () => {
    const { log } = sarif(['samples'], folder);
    assert.equal(log.version, '2.1.0');
    assert.ok(log.$schema);
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.ok(run.tool.driver.rules!.length <= 25_000 && run.results!.length <= 25_000);
    for (const rule of run.tool.driver.rules!) assert.ok((rule.properties!.tags as string[]).length <= 20);
    for (const r of run.results!) {
      assert.ok(r.ruleId && r.message.text && r.partialFingerprints);
      assert.ok(r.locations!.length === 1 && r.locations![0].physicalLocation!.artifactLocation!.uri && r.locations![0].physicalLocation!.region!.startLine);
      assert.ok((r.relatedLocations ?? []).length <= 1000);
    }
  });

  it('names files outside the working folder by absolute URI, and percent-encodes relative ones', () => {
    assert.deepEqual(artifactLocation(pathToFileURL('/elsewhere/a.entente').href, '/work/here'), { uri: 'file:///elsewhere/a.entente' });
    assert.deepEqual(artifactLocation(pathToFileURL('/work/here/my drafts/a#1.entente').href, '/work/here'), { uri: 'my%20drafts/a%231.entente', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(artifactLocation(pathToFileURL('/work/here/..draft.entente').href, '/work/here'), { uri: '..draft.entente', uriBaseId: '%SRCROOT%' });
    const sub = join(folder, 'inner');
    mkdirSync(sub, { recursive: true });
    const { log } = sarif([join(folder, 'samples/review-me.entente')], sub);
    assert.deepEqual(sarifSchemaErrors(log), []);
    assert.equal(log.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri, pathToFileURL(join(folder, 'samples/review-me.entente')).href);
  });
});
