/**
 * The numbered clause headings undefined-term compares a cited quotation with are kept per clause
 * and put together only when one changed (rules/support/term-own-headings.ts). Across edits of
 * every kind in one service, what undefined-term finds must be what a fresh service finds, as the
 * cited heading is renumbered, reworded, moved, deleted and restored.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = `mou "Arbitration Arrangement" {
  status non-binding
}
party NL "Netherlands" { kind government-agency jurisdiction NL }
party GB "United Kingdom" { kind government-agency jurisdiction GB }
clause P13 "13. Costs" """
  Each Participant will bear its own costs.
"""
clause P18 "18. Final decision" """
  The decision is final, except for paragraph 13 “Costs”.
"""
`;

const terms = (ds: { code: string; message?: string; range: { start: { line: number } } }[]) =>
  ds.filter((d) => d.code === 'undefined-term').map((d) => `${d.range.start.line}:${/^"([^"]+)"/u.exec(d.message ?? '')?.[1]}`).join(' ') || 'none';

describe('numbered headings kept per clause across edits', () => {
  it('follows headings renumbered, reworded, moved and deleted, and edits of every kind', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed in the cited clause', (t) => t.replace('its own costs.', 'its own costs of the arbitration.')],
        ['the heading renumbered', (t) => t.replace('"13. Costs"', '"14. Costs"')],
        ['undo: numbered 13 again', (t) => t.replace('"14. Costs"', '"13. Costs"')],
        ['the heading reworded', (t) => t.replace('"13. Costs"', '"13. Expenses"')],
        ['undo', (t) => t.replace('"13. Expenses"', '"13. Costs"')],
        ['a line added above (the clauses move)', (t) => t.replace('party NL', '\nparty NL')],
        ['the clause renamed', (t) => t.replace('clause P13', 'clause Costs13')],
        ['a party renamed', (t) => t.replace('"United Kingdom"', '"United Kingdom of Great Britain"')],
        ['a term defined', (t) => t.replace('clause P18', 'define "Decision" means "the arbitration decision"\nclause P18')],
        ['a clause tagged', (t) => t.replace('clause Costs13 "13. Costs"', 'clause Costs13 "13. Costs" about costs')],
        ['the cited clause deleted whole', (t) => t.replace(/clause Costs13 [^\n]*"""\n[^\n]*\n"""\n/u, '')],
        ['another clause headed so', (t) => t.replace('clause P18', 'clause P13 "13. Costs" """\n  Costs are shared.\n"""\nclause P18')],
        ['block boundaries moved: the two clauses run together', (t) => t.replace('Costs are shared.\n"""\nclause P18 "18. Final decision" """\n', 'Costs are shared.\n')],
        ['undo: two clauses again', (t) => t.replace('Costs are shared.\n', 'Costs are shared.\n"""\nclause P18 "18. Final decision" """\n')],
      ],
      terms,
    );
    assert.deepStrictEqual(seen, ['none', '9:Costs', 'none', '9:Costs', 'none', 'none', 'none', 'none', 'none', 'none', '8:Costs', 'none', 'none', 'none']);
  });
});
