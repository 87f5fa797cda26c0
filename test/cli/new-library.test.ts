import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/main';
import { builtInLayer } from '../../server/src/language/library/builtin-library';

function fakeIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd }, out, err };
}

describe('entente new and entente library', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('new --list names every template with its placeholders', () => {
    const { io, out } = fakeIO(dir);
    assert.equal(run(['new', '--list'], io), 0);
    for (const id of ['bilateral-mou', 'bilateral-treaty', 'multilateral-treaty', 'cert-arrangement', 'annex']) assert.match(out[0], new RegExp(`^${id} `, 'm'));
    assert.match(out[0], /party1Id/);
  });

  it('new writes a filled template that then checks clean, and lists what is still missing', () => {
    const { io, out, err } = fakeIO(dir);
    assert.equal(run(['new', 'bilateral-mou', 'mou.entente', '--sample', '--set', 'place=Narva', '--set=title=MoU on Cyber Security'], io), 0);
    const text = readFileSync(join(dir, 'mou.entente'), 'utf8');
    assert.match(text, /signed at "Narva"/);
    assert.match(text, /memorandum "MoU on Cyber Security"/);
    assert.match(out[0], /Created mou\.entente from template bilateral-mou/);
    assert.deepEqual(err, []);
    const check = fakeIO(dir);
    assert.equal(run(['check', join(dir, 'mou.entente')], check.io), 0, check.out.join('\n'));

    const partial = fakeIO(dir);
    assert.equal(run(['new', 'cert-arrangement', 'sub/ta.entente', '--set', 'title=TA'], partial.io), 0);
    assert.ok(existsSync(join(dir, 'sub', 'ta.entente')));
    assert.match(partial.err[0], /Still to fill in .*party1Id/);
  });

  it('new refuses to overwrite without --force, and rejects unknown templates and bad --set with status 2', () => {
    writeFileSync(join(dir, 'taken.entente'), 'keep me');
    const refused = fakeIO(dir);
    assert.equal(run(['new', 'annex', 'taken.entente'], refused.io), 2);
    assert.match(refused.err[0], /already exists/);
    assert.equal(readFileSync(join(dir, 'taken.entente'), 'utf8'), 'keep me');
    assert.equal(run(['new', 'annex', 'taken.entente', '--force', '--sample'], fakeIO(dir).io), 0);
    assert.match(readFileSync(join(dir, 'taken.entente'), 'utf8'), /^\/\/ Annex A/);

    const unknown = fakeIO(dir);
    assert.equal(run(['new', 'peace-treaty', 'x.entente'], unknown.io), 2);
    assert.match(unknown.err[0], /unknown template peace-treaty/);
    for (const bad of [['--set', 'noequals'], ['--set', 'colour=red'], ['--set', '=x']]) {
      const io = fakeIO(dir);
      assert.equal(run(['new', 'bilateral-mou', 'y.entente', ...bad], io.io), 2, bad.join(' '));
      assert.ok(!existsSync(join(dir, 'y.entente')));
    }
    assert.equal(run(['new', 'bilateral-mou'], fakeIO(dir).io), 2);
  });

  it('library lists every clause with wording, kinds, what it satisfies and origin; json too', () => {
    const text = fakeIO(dir);
    assert.equal(run(['library'], text.io), 0);
    assert.equal(text.out.length, builtInLayer().clauses.length);
    assert.ok(text.out.some((l) => /^costs\/mou\s+mou\s+MC22\s+memorandum,arrangement,framework,annex\s+built-in\s+Costs$/.test(l)), text.out.find((l) => l.startsWith('costs/mou')));
    const json = fakeIO(dir);
    assert.equal(run(['library', '--format', 'json'], json.io), 0);
    const parsed = JSON.parse(json.out[0]);
    const costs = parsed.clauses.find((c: { id: string }) => c.id === 'costs/treaty');
    assert.deepEqual({ wording: costs.wording, satisfies: costs.satisfies, origin: costs.origin }, { wording: 'treaty', satisfies: ['MC22'], origin: 'built-in' });
    assert.ok(costs.kinds.includes('treaty'));
  });

  it('library shows team clauses from --library and from .entente.json, and reports broken files with status 1', () => {
    const team = join(dir, 'clauses');
    mkdirSync(team);
    const clause = { id: 'costs/mou', title: 'Team costs', wording: 'mou', kinds: ['memorandum'], topics: ['costs'], satisfies: ['MC22'], text: 'Each {{participant}} will pay its own way.', rationale: 'r', source: 's', status: 'approved', version: '3' };
    writeFileSync(join(team, 'team.clauses.json'), JSON.stringify({ clauses: [clause, { ...clause, id: 'costs/extra' }] }));
    const viaFlag = fakeIO(dir);
    assert.equal(run(['library', '--library', 'clauses', '--format', 'json'], viaFlag.io), 0);
    const rows = JSON.parse(viaFlag.out[0]).clauses as { id: string; title: string; origin: string }[];
    assert.deepEqual(rows.filter((r) => r.origin === 'clauses').map((r) => r.id), ['costs/extra', 'costs/mou']);
    assert.equal(rows.find((r) => r.id === 'costs/mou')!.title, 'Team costs');

    writeFileSync(join(dir, '.entente.json'), JSON.stringify({ libraryFolders: ['clauses'] }));
    writeFileSync(join(team, 'broken.clauses.json'), '{ "clauses": [\n  { "id": 7 }\n] }');
    const viaConfig = fakeIO(dir);
    assert.equal(run(['library'], viaConfig.io), 1);
    assert.ok(viaConfig.out.some((l) => l.startsWith('costs/extra')));
    assert.ok(viaConfig.err.some((l) => /broken\.clauses\.json:2: "id" must be a non-empty string/.test(l)), viaConfig.err.join('\n'));
    assert.equal(run(['library', 'extra'], fakeIO(dir).io), 2);
  });
});
