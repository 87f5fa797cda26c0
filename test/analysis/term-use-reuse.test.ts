/**
 * Term use keeps what each declaration's prose holds (rules/support/term-use.ts), with one shared
 * part for prose that holds nothing, so that a keystroke there leaves the readings as they were.
 * Across edits of every kind in one service, unused-term must be what a fresh service finds as a
 * use of the term is typed, removed, moved, and the clause that holds it is deleted or merged.
 */
import assert from 'node:assert/strict';
import { followEdits, termMemorandum as start } from '../helpers/follow-edits';

const unused = (ds: { code: string; range: { start: { line: number } } }[]) =>
  ds.filter((d) => d.code === 'unused-term' || d.code === 'term-used-in-lower-case').map((d) => `${d.code}@${d.range.start.line}`).join(' ') || 'none';

describe('term use kept per declaration across edits', () => {
  it('follows uses typed, removed and moved, and edits of every kind', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed where no term is used', (t) => t.replace('will meet.', 'will meet annually.')],
        ['the use removed', (t) => t.replace('report each Incident', 'report each event')],
        ['a use typed in the other clause', (t) => t.replace('will meet annually.', 'will meet annually to discuss each Incident.')],
        ['a line added above (the clauses move)', (t) => t.replace('participant EE', '\nparticipant EE')],
        ['a party renamed', (t) => t.replace('"Finland"', '"Republic of Finland"')],
        ['a clause renamed and tagged', (t) => t.replace('clause Meet "Meetings"', 'clause Meetings "Meetings" about governance')],
        ['the use written in lower case', (t) => t.replace('each Incident.', 'each incident.')],
        ['the clause that used it deleted whole', (t) => t.replace(/clause Meetings [^\n]*"""\n[^\n]*\n"""\n/u, '')],
        ['a use typed again', (t) => t.replace('report each event', 'report each Incident')],
        ['another term defined', (t) => t.replace('clause Report', 'define "System" means "an information system"\nclause Report')],
        ['block boundaries moved: the definition swallowed by a clause', (t) => t.replace('"an information system"\nclause Report "Reporting" """\n', '"an information system"\nclause Report "Reporting" """\n  A System.\n"""\nclause Extra """\n')],
      ],
      unused,
    );
    assert.deepStrictEqual(seen, ['none', 'unused-term@5', 'none', 'none', 'none', 'none', 'term-used-in-lower-case@6', 'unused-term@6', 'none', 'term-used-in-lower-case@7', 'none']);
  });
});
