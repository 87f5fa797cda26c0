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
});
