/**
 * The benchmark's generator (bench/generator.ts), functionally: its instrument parses with no
 * syntax error and holds what its data model holds; the same content as JSON and YAML validates
 * against bench/instrument.schema.json; the workspace's files parse cleanly. No timing here:
 * `npm run bench` measures, and is not part of `npm test`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { countEntities, generateModel, generateWorkspace, sizeMatchedJson, toEntente, toJson, toYaml } from '../../bench/generator';
import { parse } from '../../server/src/language/syntax/parse';
import { createEntenteService } from '../../server/src/language/service';

/** `line: code message` of every error and warning the checker reports on a document. */
function errorsAndWarnings(diagnostics: readonly { severity: string; code: string; message: string; range: { start: { line: number } } }[]): string[] {
  return diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`);
}

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../bench/instrument.schema.json'), 'utf8'));

describe('benchmark generator', () => {
  const model = generateModel({ lines: 1000 });
  const text = toEntente(model);

  it('writes a 1,000-line instrument with no syntax error', () => {
    const lines = text.split('\n').length - 1;
    assert.ok(lines >= 950 && lines <= 1050, `${lines} lines`);
    const { problems } = parse(text);
    assert.deepEqual(
      problems.map((p) => `${p.range.start.line + 1}: ${p.message}`),
      [],
    );
  });

  it('writes what a drafter would: no error and no warning from the checker at 1,000 lines', () => {
    const service = createEntenteService();
    const uri = 'file:///bench/convention-1000.entente';
    service.open(uri, text, 1);
    const diagnostics = service.diagnostics(uri);
    assert.deepEqual(errorsAndWarnings(diagnostics), []);
    // Nor the notes the findings of a careless draft would bring (deadlines without their start,
    // severities without a meaning, missing survival and status clauses): the instrument is clean.
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line + 1}: ${d.code}`),
      [],
    );
    // It still holds what those checks look at, so the rules run on it rather than skip it.
    assert.ok(model.cooperation.some((c) => c.activities.includes('secondments')), 'seconded personnel');
    assert.ok(model.protocols.some((p) => p.threshold) && model.protocols.some((p) => !p.threshold), 'protocols with and without a threshold');
    assert.ok(model.channels.some((c) => c.classification) && model.channels.some((c) => c.marking?.startsWith('TLP:AMBER')), 'classified and TLP:AMBER channels');
  });

  it('says from when each deadline runs and what each severity means, in every rendering', () => {
    const { ast } = parse(text);
    const json = JSON.parse(toJson(model)) as typeof model;
    const yaml = parseYaml(toYaml(model)) as typeof model;
    for (const [k, protocol] of model.protocols.entries()) {
      const parsed = ast.protocols[k];
      assert.equal(parsed.id?.text, protocol.id);
      assert.deepEqual(
        parsed.notifications.map((n) => n.deadline?.start?.value),
        [protocol.notify.start],
      );
      assert.deepEqual(
        parsed.reports.map((r) => r.deadline?.start?.value),
        protocol.reports.map((r) => r.start),
      );
      assert.equal(parsed.escalations[0]?.deadline?.start?.value, protocol.escalate.start);
      assert.equal(parsed.threshold?.value, protocol.threshold);
      for (const other of [json.protocols[k], yaml.protocols[k]]) {
        assert.equal(other.notify.start, protocol.notify.start);
        assert.equal(other.threshold, protocol.threshold);
      }
    }
  });

  it('parses to the entities of its data model', () => {
    const { ast } = parse(text);
    const expected = countEntities(model);
    const found = Object.fromEntries(Object.keys(expected).map((key) => [key, (ast[key as keyof typeof ast] as unknown[]).length]));
    assert.deepEqual(found, expected);
    assert.ok(expected.parties >= 8 && expected.channels > 10 && expected.clauses > 20 && expected.definitions > 10, JSON.stringify(expected));
  });

  it('keeps the same prose in Entente, JSON and YAML', () => {
    const { ast } = parse(text);
    const clause = model.clauses[Math.floor(model.clauses.length / 2)];
    const parsed = ast.clauses.find((c) => c.id?.text === clause.id);
    assert.equal(parsed?.body?.value, clause.text);
    assert.ok(clause.text.includes('\n'), 'a clause of several lines');
    assert.equal((JSON.parse(toJson(model)) as typeof model).clauses.find((c) => c.id === clause.id)?.text, clause.text);
    assert.equal((parseYaml(toYaml(model)) as typeof model).clauses.find((c) => c.id === clause.id)?.text, clause.text);
  });

  it('writes JSON and YAML that validate against the schema and hold the same data', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const json = JSON.parse(toJson(model)) as Record<string, unknown>;
    assert.ok(validate(json), JSON.stringify(validate.errors?.slice(0, 3)));
    const yaml = parseYaml(toYaml(model)) as unknown;
    assert.ok(validate(yaml), JSON.stringify(validate.errors?.slice(0, 3)));
    const { $schema: _schema, ...content } = json;
    assert.deepEqual(yaml, content);
  });

  it('the schema rejects what the language rejects (a TLP label outside TLP 2.0)', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const json = JSON.parse(toJson(model)) as { channels: { marking?: string }[] };
    json.channels.find((c) => c.marking)!.marking = 'TLP:WHITE';
    assert.equal(validate(json), false);
  });

  it('makes JSON of exactly the size asked for', () => {
    for (const length of [text.length, 5000, 123_457]) {
      const json = sizeMatchedJson(model, length);
      assert.equal(json.length, length);
      assert.ok(Array.isArray(JSON.parse(json)));
    }
  });

  it('is deterministic', () => {
    assert.equal(toEntente(generateModel({ lines: 1000 })), text);
  });

  it('makes a workspace whose files parse cleanly and use the shared registries', function () {
    // 200 files analysed: about 12 s on the shared 2-core machine, more when it is busy.
    this.timeout(180_000);
    const { files, opened } = generateWorkspace(200);
    assert.equal(files.length, 200);
    assert.equal(new Set(files.map((f) => f.path)).size, 200);
    assert.ok(files.some((f) => f.path === opened));
    for (const file of files) assert.deepEqual(parse(file.text).problems, [], file.path);
    // The instruments and the registries draw no error and no warning either (a registry — no
    // header, no channel — is not told its agreements are unused: the files that use it need them).
    const byUri = new Map(files.map((f) => [`file:///workspace/${f.path}`, f.text]));
    const service = createEntenteService({ readFile: (uri: string) => byUri.get(uri) });
    for (const [uri, source] of byUri) service.open(uri, source, 1);
    for (const uri of byUri.keys()) {
      assert.deepEqual(errorsAndWarnings(service.diagnostics(uri)), [], uri);
    }
    const users = files.filter((f) => f.text.includes('use "../registry/partners.entente"'));
    assert.ok(users.length > 100, `${users.length} files use the partner registry`);
    assert.ok(files.find((f) => f.path === opened)!.text.includes('use "../registry/partners.entente"'));
  });
});
