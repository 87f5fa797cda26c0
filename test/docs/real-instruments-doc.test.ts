import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { realInstrumentsDocument } from '../../scripts/real-instruments-doc';

const onDisk = () => readFileSync(new URL('../../docs/real-instruments.md', import.meta.url), 'utf8');

describe('docs/real-instruments.md (issue #9 item 8)', () => {
  const text = realInstrumentsDocument();

  it('is up to date with the transcriptions and the checker (run `npm run docs` if not)', () => {
    assert.ok(onDisk() === text, 'docs/real-instruments.md is stale: run `npm run docs` and commit docs/real-instruments.md');
  });

  it('reports every instrument, with a row in the table and a section of its own', () => {
    const names = readdirSync(new URL('../../test/real-instruments/', import.meta.url)).filter((n) => n.endsWith('.entente'));
    for (const name of names) assert.ok(text.includes(`File: \`test/real-instruments/${name}\``), `${name} has no section`);
    // A round's row has its number alone in the first cell; an instrument's title may open with a year ("1996 Protocol …").
    const rows = text.split('\n').filter((l) => /^\| [^*|-]/.test(l) && !l.startsWith('| instrument') && !l.startsWith('| round') && !/^\| \d+ \|/.test(l));
    assert.equal(rows.length, names.length);
  });

  it('counts no wrong finding today, as the test of the instruments requires (judge.test.ts shows a wrong one would be counted)', () => {
    // raised | right | debatable | disputed | wrong | errors (wrong) | firm met
    assert.match(text, /\| \*\*all \d+\*\* \| \d+ \| \d+ \| \d+ \| \d+ \| 0 \| \d+ \(0 wrong\) \|/);
  });
});
