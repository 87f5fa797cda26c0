/**
 * More answers kept per declaration across keystrokes (diagnostics-reuse.test.ts holds the first):
 * each case edits one line at a time, so every other declaration keeps its node and what was kept
 * for it, and checks each version's diagnostics against a fresh service's.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

describe('answers kept per declaration (2)', () => {
  // Whether the drafter numbers the text (a clause headed "Article 1 – …") is one answer per
  // declaration, patched where a keystroke replaced one (render/drafter-order.ts): a number the
  // export gives is cited only in a text the renderer numbers.
  it('follows a clause heading that comes to number the text, and stops', () => {
    const start = [
      'memorandum "MoU" {',
      '  status non-binding',
      '}',
      'participant EE "Estonia"',
      'participant FI "Finland"',
      'clause Meetings "Meetings" """The Participants will meet."""',
      'clause Costs "Costs" about costs """Each Participant will bear its own costs; see paragraph 2."""',
      '',
    ].join('\n');
    const seen = followEdits(
      start,
      [
        ['a heading made a designation', (t) => t.replace('"Meetings" """', '"Article 1 – Meetings" """')],
        ['another clause edited', (t) => t.replace('will meet.', 'will meet yearly.')],
        ['the designation removed', (t) => t.replace('"Article 1 – Meetings" """', '"Meetings" """')],
        ['the other clause made a designation', (t) => t.replace('"Costs" about', '"Article 2 – Costs" about')],
        ['the other clause edited', (t) => t.replace('own costs;', 'own costs in full;')],
        ['that designation removed', (t) => t.replace('"Article 2 – Costs" about', '"Costs" about')],
      ],
      (ds) => ds.some((d) => d.code === 'generated-number-reference'),
    );
    assert.deepStrictEqual(seen, [false, false, true, false, false, true]);
  });
  // Whether implementing procedures govern a body, or another act established it, is kept with the
  // body while the procedures' texts and the establishing sentences are the same (support/
  // implementing-procedures.ts, established-elsewhere.ts): a body so governed costs the text nothing.
  it('follows the clauses that leave a body to procedures or to another act', () => {
    const start = [
      'treaty "Agreement" {',
      '  status binding',
      '}',
      'party NL "Netherlands" { kind state }',
      'party NO "Norway" { kind state }',
      'body Committee "Advisory Committee" members NL, NO meets annually',
      'clause Procedures "Procedures" """The Parties shall develop procedures for the implementation of this Agreement."""',
      'clause History "History" """The Parties recall their cooperation."""',
      '',
    ].join('\n');
    const seen = followEdits(
      start,
      [
        ['the procedures govern the body', (t) => t.replace('this Agreement.', 'this Agreement, including the creation and operation of the Advisory Committee.')],
        ['another clause edited', (t) => t.replace('recall their', 'recall their long')],
        ['the procedures no longer govern it', (t) => t.replace(', including the creation and operation of the Advisory Committee.', '.')],
        ['another act established it', (t) => t.replace('recall their long cooperation.', 'recall that the Advisory Committee was established by a decision of the Council.')],
        ['the procedures edited', (t) => t.replace('shall develop', 'shall jointly develop')],
        ['that sentence removed', (t) => t.replace('recall that the Advisory Committee was established by a decision of the Council.', 'recall their cooperation.')],
      ],
      (ds) => ds.some((d) => d.code === 'missing-costs' && /body Committee/.test(d.message)),
    );
    assert.deepStrictEqual(seen, [false, false, true, false, false, true]);
  });
});
