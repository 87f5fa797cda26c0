/**
 * Hostile team clause-library files (issue 12 item 4): a 12 kB file nested 3,000 levels deep
 * is reported on that file, at the line where it goes too deep, and costs nothing else; the
 * depth limit is a limit, not a guess (one level less is parsed); a byte order mark, comments
 * and trailing commas are accepted; a `__proto__` key is an unknown field, never a prototype.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibrary } from '../../server/src/host/library-folders';
import { ReadBoundary } from '../../server/src/host/node-files';
import { maxJsonNesting, measureJson, parseJsoncTree } from '../../server/src/language/util/json-text';
import { parseLibraryFile } from '../../server/src/language/library/library-file';

function clause(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title: 'Costs',
    wording: 'mou',
    kinds: ['memorandum'],
    topics: ['costs'],
    satisfies: ['MC22'],
    text: 'Each {{participant}} will bear its own costs.',
    rationale: 'Team standard.',
    source: 'Team legal office',
    status: 'approved',
    version: '1.0.0',
    ...extra,
  };
}

/** `{"clauses": [[[[…]]]]}` with `levels` brackets inside the list: about 2 bytes a level. */
function nested(levels: number): string {
  return `{\n  "clauses": [\n${'['.repeat(levels)}${']'.repeat(levels)}\n  ]\n}\n`;
}

describe('hostile team library files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-hostile-lib-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a file nested 3,000 levels deep on that file, and loads the other files', () => {
    const deep = `{\n  "clauses": [\n${'[{"a":'.repeat(3000)}`; // 18 kB, never closed either
    assert.ok(deep.length > 12_000);
    writeFileSync(join(dir, 'deep.clauses.json'), deep);
    writeFileSync(join(dir, 'deeper.clauses.json'), nested(6000));
    writeFileSync(join(dir, 'good.clauses.json'), JSON.stringify({ clauses: [clause('costs/team')] }));
    const library = loadLibrary([dir], ReadBoundary.of([dir]));
    assert.equal(library.get('costs/team')?.origin, dir, 'the good file still loads');
    for (const name of ['deep.clauses.json', 'deeper.clauses.json']) {
      const problems = library.problems.filter((p) => p.file === join(dir, name));
      assert.equal(problems.length, 1, JSON.stringify(library.problems));
      assert.match(problems[0].message, new RegExp(`nested more than ${maxJsonNesting} levels deep`));
      assert.equal(problems[0].line, 3, 'on the line where the nesting passes the limit');
    }
  });

  it('parses a file exactly at the limit and refuses one level more (near miss)', () => {
    // `{` and `[` of the file are two levels; the rest is inside the list.
    assert.equal(measureJson(nested(maxJsonNesting - 2)).tooDeepAt, undefined);
    assert.notEqual(measureJson(nested(maxJsonNesting - 1)).tooDeepAt, undefined);
    const atLimit = parseLibraryFile(nested(maxJsonNesting - 2), 'x.clauses.json', 'team');
    assert.ok(atLimit.problems.every((p) => !/nested/.test(p.message)), JSON.stringify(atLimit.problems));
    // Brackets inside strings and comments do not count.
    assert.equal(measureJson(`{"a": "${'['.repeat(100)}" /* ${'{'.repeat(100)} */}`).tooDeepAt, undefined);
  });

  it('accepts a byte order mark, comments and trailing commas, as VS Code does', () => {
    const text = `\uFEFF// the team's clauses\n{\n  /* reviewed 2027 */\n  "clauses": [${JSON.stringify(clause('costs/bom'))},],\n}\n`;
    const result = parseLibraryFile(text, 'team.clauses.json', 'team');
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.clauses.map((c) => c.id), ['costs/bom']);
  });

  it('treats __proto__, constructor and prototype keys as unknown fields, never as a prototype', () => {
    // Every field comes through __proto__: with `obj[key] = value` the clause would seem complete.
    const text = `{"clauses": [{"__proto__": ${JSON.stringify(clause('costs/smuggled'))}}, ${JSON.stringify({ ...clause('costs/real'), constructor: 'x', prototype: 1 })}]}`;
    const result = parseLibraryFile(text, 'team.clauses.json', 'team');
    assert.deepEqual(result.clauses.map((c) => c.id), ['costs/real']);
    assert.ok(result.problems.some((p) => /unknown field "__proto__"/.test(p.message)), JSON.stringify(result.problems));
    assert.ok(result.problems.some((p) => /unknown field "constructor"/.test(p.message)));
    assert.ok(result.problems.some((p) => /unknown field "prototype"/.test(p.message)));
    assert.ok(result.problems.some((p) => /"id" must be a non-empty string/.test(p.message)), 'the smuggled clause has no id of its own');
  });

  it('reads an empty or comment-only file as "no object", like any non-object', () => {
    for (const text of ['', '  // nothing yet\n']) {
      const result = parseLibraryFile(text, 'x.clauses.json', 'team');
      assert.match(result.problems[0].message, /must be a JSON object/);
      assert.equal(parseJsoncTree(text).problems.length, 0);
    }
  });
});
