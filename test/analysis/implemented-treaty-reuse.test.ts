/**
 * Whether a clause says the instrument implements another treaty ("in implementation of Article III
 * of the Agreement …") is kept with the clause's node (rules/support/implementing-arrangement.ts,
 * `declarationParts`). Across edits in one service, every finding must be what a fresh service
 * finds as the sentence is typed, moved to another clause, reworded, deleted and undone, with a
 * party, a term, a clause tag, lines added above and two clauses run together.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const sentence = 'These procedures are in implementation of Article III of the Agreement on Cooperation of 1955.';
const start = [
  'arrangement "Procedures" {',
  '  status binding',
  '  effect on signature',
  '}',
  'party NL "Ministry of Defence" { kind government-agency jurisdiction NL }',
  'party US "Department of Defense" { kind government-agency jurisdiction US }',
  'definition Incident "Incident" """Any event that harms a network."""',
  'clause Scope "Scope" """',
  '  The Parties shall cooperate.',
  '"""',
  'clause Basis "Basis" """',
  `  ${sentence}`,
  '"""',
  '',
].join('\n');

const implementing = (ds: { code: string; message: string }[]) =>
  ds
    .filter((d) => d.code === 'implementing-arrangement-final-clauses' || d.code.startsWith('missing-'))
    .map((d) => d.code)
    .sort();

describe('the implemented treaty a clause names, kept with its node across edits', () => {
  it('finds what a fresh service finds after every kind of edit', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed in another clause', (t) => t.replace('shall cooperate.', 'shall cooperate closely.')],
        ['the sentence broken', (t) => t.replace('in implementation of Article III', 'in view of Article III')],
        ['undo: in implementation again', (t) => t.replace('in view of Article III', 'in implementation of Article III')],
        ['a party renamed', (t) => t.replace('party US "Department of Defense"', 'party USA "Department of Defense"')],
        ['a term defined', (t) => t.replace('definition Incident "Incident"', 'definition Incident "Cyber incident"')],
        ['the basis clause tagged', (t) => t.replace('clause Basis "Basis"', 'clause Basis "Basis" about scope')],
        ['lines added above (every clause moves)', (t) => t.replace('party NL', '\n\nparty NL')],
        ['the sentence moved into the first clause', (t) => t.replace(`  ${sentence}`, '  Nothing here.').replace('shall cooperate closely.', `shall cooperate closely. ${sentence}`)],
        ['the basis clause deleted whole', (t) => t.replace(/clause Basis "Basis" about scope """\n[^\n]*\n"""\n/u, '')],
        ['two clauses run together and split again (a block boundary moves)', (t) => `${t}clause Other "Other" """\n  More.\n"""\n`],
        ['run together', (t) => t.replace('"""\nclause Other "Other" """', '\nclause Other "Other"')],
        ['the sentence removed', (t) => t.replace(` ${sentence}`, '')],
        ['undo: the sentence typed again', (t) => t.replace('shall cooperate closely.', `shall cooperate closely. ${sentence}`)],
      ],
      implementing,
    );
    if (process.env.SHOW) console.log(JSON.stringify(seen));
    assert.ok(new Set(seen.map((s) => s.join('|'))).size >= 2, JSON.stringify(seen));
  });
});
