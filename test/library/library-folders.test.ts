import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibrary } from '../../server/src/host/library-folders';
import { ReadBoundary } from '../../server/src/host/node-files';
import { builtInLayer } from '../../server/src/language/library/builtin-library';
import { parseLibraryFile } from '../../server/src/language/library/library-file';

function clause(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title: 'Costs',
    wording: 'mou',
    kinds: ['memorandum'],
    topics: ['costs'],
    satisfies: ['MC22'],
    text: ['Each {{participant}} will bear its own costs, as our team always writes it.'],
    rationale: 'Team standard.',
    source: 'Team legal office',
    status: 'approved',
    version: '2.0.0',
    ...extra,
  };
}

describe('team library folders', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-lib-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds team clauses and overrides built-in ones by id, recording the folder as origin', () => {
    writeFileSync(join(dir, 'team.clauses.json'), JSON.stringify({ clauses: [clause('costs/mou'), clause('costs/team-shared')] }, null, 2));
    const library = loadLibrary([dir], ReadBoundary.of([dir]));
    assert.deepEqual(library.problems, []);
    assert.equal(library.get('costs/mou')?.origin, dir);
    assert.match(library.get('costs/mou')!.text, /as our team always writes it/);
    assert.equal(library.get('costs/team-shared')?.origin, dir);
    assert.equal(library.get('costs/treaty')?.origin, 'built-in');
    assert.equal(library.all().length, builtInLayer().clauses.length + 1);
    // The team's clauses come before the built-in ones on their topic.
    assert.deepEqual(library.forTopic('costs', 'mou').slice(0, 2).map((c) => c.origin), [dir, dir]);
  });

  it('lets a later folder override an earlier one, and searches subfolders', () => {
    const second = join(dir, 'second');
    mkdirSync(join(dir, 'first', 'nested'), { recursive: true });
    mkdirSync(second);
    writeFileSync(join(dir, 'first', 'nested', 'a.clauses.json'), JSON.stringify({ clauses: [clause('costs/x', { version: '1' })] }));
    writeFileSync(join(second, 'b.clauses.json'), JSON.stringify({ clauses: [clause('costs/x', { version: '2' })] }));
    const library = loadLibrary([join(dir, 'first'), second], ReadBoundary.of([dir]));
    assert.equal(library.get('costs/x')?.version, '2');
    assert.equal(library.get('costs/x')?.origin, second);
  });

  it('reports bad JSON with the file and line, and still loads the other files and the built-in clauses', () => {
    writeFileSync(join(dir, 'good.clauses.json'), JSON.stringify({ clauses: [clause('costs/good')] }));
    writeFileSync(join(dir, 'broken.clauses.json'), '{\n  "clauses": [\n    { "id": "x",\n  ]\n}\n');
    const library = loadLibrary([dir], ReadBoundary.of([dir]));
    assert.ok(library.get('costs/good'));
    assert.ok(library.get('costs/mou'));
    const broken = library.problems.filter((p) => p.file.endsWith('broken.clauses.json'));
    assert.ok(broken.length > 0);
    assert.equal(broken[0].line, 4);
    assert.match(broken[0].message, /JSON syntax/);
  });

  it('drops a malformed clause with its line and keeps the good clauses of the same file', () => {
    const text = JSON.stringify({ clauses: [clause('costs/one'), clause('costs/two', { wording: 'binding', kinds: [] }), clause('costs/three')] }, null, 2);
    const result = parseLibraryFile(text, 'team.clauses.json', 'team');
    assert.deepEqual(result.clauses.map((c) => c.id), ['costs/one', 'costs/three']);
    const wordingLine = text.split('\n').findIndex((l) => l.includes('"binding"')) + 1;
    assert.ok(result.problems.some((p) => p.line === wordingLine && /clause "costs\/two": "wording" must be "mou" or "treaty"/.test(p.message)), JSON.stringify(result.problems));
    assert.ok(result.problems.some((p) => /"kinds" must name at least one/.test(p.message)));
  });

  it('reports treaty words in a team MoU clause, undeclared placeholders and unknown fields, but keeps the clause', () => {
    const text = JSON.stringify({ clauses: [clause('costs/mixed', { text: 'The Parties shall pay {{amount}}.', colour: 'red' })] }, null, 2);
    const result = parseLibraryFile(text, 'f.clauses.json', 'team');
    assert.equal(result.clauses.length, 1);
    const messages = result.problems.map((p) => p.message).join('\n');
    assert.match(messages, /uses treaty wording: "shall", "Parties"/);
    assert.match(messages, /placeholder \{\{amount\}\} is not declared/);
    assert.match(messages, /unknown field "colour"/);
  });

  it('reports a duplicate id in one file, a missing clauses list and a missing folder', () => {
    const dup = parseLibraryFile(JSON.stringify({ clauses: [clause('a/b'), clause('a/b')] }, null, 2), 'd.clauses.json', 'team');
    assert.equal(dup.clauses.length, 1);
    assert.match(dup.problems[0].message, /defined twice in this file \(first on line 3\)/);
    assert.match(parseLibraryFile('{ "items": [] }', 'e.clauses.json', 'team').problems[0].message, /"clauses" must be a list/);
    assert.match(parseLibraryFile('', 'e.clauses.json', 'team').problems[0].message, /must be a JSON object/);
    assert.match(parseLibraryFile('{ "clauses": ', 'e.clauses.json', 'team').problems[0].message, /JSON syntax/);
    const missing = loadLibrary([join(dir, 'nowhere')], ReadBoundary.of([dir]));
    assert.match(missing.problems[0].message, /does not exist/);
    assert.ok(missing.get('costs/mou'));
  });

  it('reads no folder outside the boundary, nor one a link leads out to, and says nothing of what is there', () => {
    const outside = mkdtempSync(join(tmpdir(), 'entente-lib-outside-'));
    try {
      writeFileSync(join(outside, 'secret.clauses.json'), JSON.stringify({ clauses: [clause('costs/secret')] }));
      mkdirSync(join(dir, 'ws'));
      symlinkSync(outside, join(dir, 'ws', 'linked'));
      const ws = ReadBoundary.of([join(dir, 'ws')]);
      for (const folder of [outside, join(dir, 'ws', 'linked'), join(dir, 'ws', '..', '..', 'nowhere-at-all')]) {
        const library = loadLibrary([folder], ws);
        assert.equal(library.get('costs/secret'), undefined);
        assert.deepEqual(library.problems, [{ file: folder, line: 1, message: 'the library folder is outside the workspace: not read' }], folder);
      }
      // A link inside a library folder that leads out is not followed by the walk either.
      mkdirSync(join(dir, 'ws', 'clauses'));
      symlinkSync(join(outside, 'secret.clauses.json'), join(dir, 'ws', 'clauses', 'linked.clauses.json'));
      const through = loadLibrary([join(dir, 'ws', 'clauses')], ws);
      assert.equal(through.get('costs/secret'), undefined);
      assert.deepEqual(through.problems, []);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
