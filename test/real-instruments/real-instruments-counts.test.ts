/**
 * docs/real-instruments.md counts a disputed finding apart (scripts/real-instruments-doc.ts): neither
 * right, nor debatable, nor wrong — the reviewer's "wrong" and the engineers' "right" both stand.
 */
import assert from 'node:assert/strict';
import { summaryRow } from '../../scripts/real-instruments-doc';
import { judge } from './judge';

const header = (lines: string) => `// Real instrument: Test\n// Expected findings (written before running the checker):\n${lines}`;
const mou = 'memorandum "MoU" {\n  status non-binding\n}\n';
const row = (lines: string) => ({ name: 't.entente', header: { title: 'Test', date: '', kind: '', primary: '' }, judgement: judge({ 't.entente': header(lines) + mou }, 't.entente') });
/** raised | right | debatable | disputed | wrong, read from a row of the table. */
const cells = (line: string) => line.split('|').slice(2, 7).map((c) => Number(c.trim()));

describe('the counts of docs/real-instruments.md', () => {
  const all = "//   expect? missing-amendment on 'memorandum' — d\n//   expect? missing-dispute-settlement on 'memorandum' — d\n//   expect? missing-discontinuation on 'memorandum' — d\n//   expect? missing-entry-into-force on 'memorandum' — d\n";

  it('counts a disputed finding in its own column, not as wrong or debatable', () => {
    const disputed = row(`${all}//   disputed missing-duration on 'memorandum' — reviewer: wrong; engineers: right\n`);
    const [raised, right, debatable, inDispute, wrong] = cells(summaryRow('t', [disputed]));
    assert.equal(inDispute, 1);
    assert.equal(wrong, 0);
    assert.equal(right, 0);
    assert.equal(raised, debatable + inDispute + wrong + right);
  });

  it('near miss: the same finding as an open false positive is wrong, and as expect? debatable', () => {
    const open = cells(summaryRow('t', [row(`${all}//   open false positive missing-duration on 'memorandum' — r\n`)]));
    assert.deepEqual([open[3], open[4]], [0, 1]);
    const debatable = cells(summaryRow('t', [row(`${all}//   expect? missing-duration on 'memorandum' — r\n`)]));
    assert.deepEqual([debatable[3], debatable[4]], [0, 0]);
  });
});
