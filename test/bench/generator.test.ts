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

  it('makes a workspace whose files parse cleanly and use the shared registries', () => {
    const { files, opened } = generateWorkspace(200);
    assert.equal(files.length, 200);
    assert.equal(new Set(files.map((f) => f.path)).size, 200);
    assert.ok(files.some((f) => f.path === opened));
    for (const file of files) assert.deepEqual(parse(file.text).problems, [], file.path);
    const users = files.filter((f) => f.text.includes('use "../registry/partners.entente"'));
    assert.ok(users.length > 100, `${users.length} files use the partner registry`);
    assert.ok(files.find((f) => f.path === opened)!.text.includes('use "../registry/partners.entente"'));
  });
});
