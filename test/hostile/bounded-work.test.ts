/**
 * Bounded work, counted, not timed (issue 12 items 2 and 6): every hostile input of the issue is
 * answered — diagnostics and what an editor asks of the open document — with work that grows at
 * most like n·log n when the input doubles (quadratic work grows fourfold), within a fixed number
 * of operations per character, and with the limit's diagnostic where a limit is passed.
 *
 * The work is counted by work-meter.ts in child processes (measure-work.ts), since the meter's
 * patches slow every array and regular expression of the process that installs them. The inputs
 * at their full size that take the meter minutes (100,000 declarations, 20,000 references, 800 kB
 * of prose, a 1 MB rule code) run in `npm run bench -- --long`; here they run at sizes that show
 * the growth, and the full-size inputs that stay cheap run as they are.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fullSizeCases } from './hostile-documents';
import type { Measurement } from './measure-work';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

/** Each scaling case at n, 2n and 4n (sizes that show the growth in a few seconds each). */
export const scalingSizes: Record<string, [number, number, number]> = {
  'MoU prose (n kB)': [10, 20, 40],
  'treaty prose (n kB)': [10, 20, 40],
  // From 100 clauses: between 50 and 100 the work steps up once (2.6×, checks that find more to
  // say in a longer instrument), then grows 2.09× and 2.00× per doubling up to 400.
  'prose in n clauses': [100, 200, 400],
  'n unknown references': [1000, 2000, 4000],
  'n copies of one channel': [1000, 2000, 4000],
  'n copies of one participant': [500, 1000, 2000],
  'n defined terms': [100, 200, 400],
  'misspelt code of n kB': [4, 8, 16],
  'n suppressions': [250, 500, 1000],
  'a line of n kB': [10, 20, 40],
  'n nested braces': [1000, 2000, 4000],
  'n unclosed blocks': [250, 500, 1000],
  'n linked declarations': [100, 200, 400],
  'n severity protocols and clauses': [100, 200, 400],
};

/** n·log n grows by 2·log(2n)/log(n) ≤ 2.3 per doubling at these sizes; quadratic work by 4. */
export const maxGrowthPerDoubling = 2.6;
/** Operations per character of input, for analysis and for the editor's requests each. */
export const maxWorkPerCharacter = 400;

/** The full-size cases cheap enough for every test run. */
const everyRun = ['10 MB file', '1 MB line', 'NUL, BOM, lone surrogates, U+FFFD, CR and CRLF'];

/** Measures several cases (name → sizes; `full:<name>` → [1]) in one child process. */
export function measureInChild(cases: Record<string, readonly number[]>): Promise<Record<string, Measurement[]>> {
  return new Promise((resolve, reject) => {
    execFile(tsx, [join(root, 'test/hostile/measure-work.ts'), '--many', JSON.stringify(cases)], { cwd: root, maxBuffer: 1 << 24, timeout: 600_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as Record<string, Measurement[]>);
    });
  });
}

/** Why a series of measurements is not bounded, or undefined when it is. */
export function unbounded(name: string, series: readonly Measurement[]): string | undefined {
  for (const key of ['analysisWork', 'featureWork'] as const) {
    for (let i = 1; i < series.length; i++) {
      const growth = series[i][key] / Math.max(1, series[i - 1][key]);
      if (growth > maxGrowthPerDoubling) return `${name}: ${key} grew ${growth.toFixed(2)}× from n=${series[i - 1].n} to n=${series[i].n} (${series[i - 1][key]} → ${series[i][key]})`;
    }
    const last = series[series.length - 1];
    if (last[key] > maxWorkPerCharacter * last.characters) return `${name}: ${key} ${last[key]} for ${last.characters} characters`;
  }
  return undefined;
}

describe('hostile documents: bounded work, counted', function () {
  this.timeout(300_000);
  const results = new Map<string, Measurement[]>();

  before(async () => {
    // Two processes side by side: the growth series (and the probe), and the full-size inputs.
    const measured = await Promise.all([
      measureInChild({ ...scalingSizes, 'quadratic probe': [1000, 2000] }),
      measureInChild(Object.fromEntries(everyRun.map((name) => [`full:${name}`, [1]]))),
    ]);
    for (const part of measured) for (const [name, series] of Object.entries(part)) results.set(name, series);
  });

  it('every quadratic input of the issue grows at most like n·log n, within a bounded work per character', () => {
    const failures = Object.keys(scalingSizes)
      .map((name) => unbounded(name, results.get(name)!))
      .filter((f) => f !== undefined);
    assert.deepEqual(failures, []);
  });

  it('the meter sees quadratic work (so the test above can fail)', () => {
    assert.match(unbounded('quadratic probe', results.get('quadratic probe')!) ?? '', /grew [34]\.\d\d×/);
  });

  for (const name of everyRun) {
    it(`${name}: answered within ${maxWorkPerCharacter} operations per character, with the limit's diagnostic, ranges inside`, () => {
      const [m] = results.get(`full:${name}`)!;
      assert.ok(m.analysisWork <= maxWorkPerCharacter * m.characters && m.featureWork <= maxWorkPerCharacter * m.characters, JSON.stringify(m));
      for (const code of fullSizeCases[name].expect) assert.ok(m.codes!.includes(code), `${code} not in ${m.codes!.join()}`);
      assert.ok(m.rangesInside, 'a range outside the document');
    });
  }

  it('a document over the size limit costs nothing beyond its one diagnostic', () => {
    const [m] = results.get('full:10 MB file')!;
    assert.deepEqual(m.codes, ['document-too-large']);
    assert.ok(m.analysisWork + m.featureWork < 100_000, JSON.stringify(m));
  });
});
