/**
 * undefined-severity keeps each protocol's finding with its node (rules/checks/protocol-integrity.ts):
 * it depends on the protocol and on what gives a severity a meaning — the defined terms and the
 * clauses that set out a scale. Across edits of every kind in one service, what it finds must be
 * what a fresh service finds, as the scale and the terms come and go.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = `memorandum "Memorandum of Understanding on Cyber Security" {
  status non-binding
}
participant EE "Estonia"
participant FI "Finland"
protocol Major {
  when severity high
  notify FI within 24 hours of awareness
}
protocol Minor {
  when severity low
  threshold "an incident that disrupts no service"
}
clause Cooperation """
  The Participants will cooperate.
"""
clause Records """
  Each Participant will keep records.
"""
`;

const found = (ds: { code: string; range: { start: { line: number } } }[]) =>
  ds.filter((d) => d.code === 'undefined-severity').map((d) => d.range.start.line).join(' ') || 'none';

describe('undefined-severity kept per protocol across edits', () => {
  it('follows the scale clauses and defined terms, and edits of every kind', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed in a clause', (t) => t.replace('will cooperate.', 'will cooperate closely.')],
        ['the clause sets out the scale', (t) => t.replace('will cooperate closely.', 'will cooperate closely. An incident is of high severity where it disrupts a service.')],
        ['undo: no scale', (t) => t.replace(' An incident is of high severity where it disrupts a service.', '')],
        ['a term defined that names the severity', (t) => t.replace('clause Cooperation', 'define "High Severity Incident" means "an incident that disrupts a service"\nclause Cooperation')],
        ['the term renamed', (t) => t.replace('"High Severity Incident"', '"Relevant Incident"')],
        ['a line added above (the declarations move)', (t) => t.replace('participant EE', '\nparticipant EE')],
        ['the protocol renamed', (t) => t.replace('protocol Major', 'protocol Severe')],
        ['a party renamed', (t) => t.replace('participant FI "Finland"', 'participant FI "Republic of Finland"')],
        ['a clause tagged', (t) => t.replace('clause Records', 'clause Records about governance')],
        ['the other protocol loses its threshold', (t) => t.replace('  threshold "an incident that disrupts no service"\n', '')],
        ['a protocol deleted whole', (t) => t.replace(/protocol Severe \{[^}]*\}\n/u, '')],
        ['the scale set out in the last clause', (t) => t.replace('keep records.', 'keep records. An incident is of low severity where it disrupts nothing.')],
        ['block boundaries moved: the two clauses run together', (t) => t.replace('closely.\n"""\nclause Records about governance """\n', 'closely.\n')],
        ['undo: two clauses again', (t) => t.replace('closely.\n', 'closely.\n"""\nclause Records about governance """\n')],
        ['the protocol added again', (t) => t.replace('protocol Minor', 'protocol Major {\n  when severity high\n}\nprotocol Minor')],
      ],
      found,
    );
    assert.deepStrictEqual(seen, ['6', 'none', '6', 'none', '6', '7', '7', '7', '7', '7 11', '7', 'none', 'none', 'none', '7']);
  });
});
