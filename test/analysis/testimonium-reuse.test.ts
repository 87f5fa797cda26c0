/**
 * Where each clause's "Done at …" sentence is, kept with the clause's node (rules/support/
 * testimonium.ts, `declarationParts`): across edits in one service, the testimonium rules must find
 * what a fresh service finds as the formula is typed, reworded, moved, deleted and undone, the
 * header's languages change, parties are added, a term is defined, a clause is tagged, and two
 * clauses run together.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = [
  'treaty "Agreement" {',
  '  status binding',
  '  languages English, French authentic',
  '}',
  'party EE "Estonia" { kind state }',
  'party FI "Finland" { kind state }',
  'definition Incident "Incident" """Any event that harms a network."""',
  'clause Scope "Scope" """',
  '  The Parties shall cooperate.',
  '"""',
  'clause Final "Final formula" """',
  '  Done at Tallinn, this 1st day of March 2027, in duplicate, in English and in French, both texts being equally authentic.',
  '"""',
  '',
].join('\n');

const testimonium = (ds: { code: string; message: string }[]) =>
  ds
    .filter((d) => d.code.startsWith('testimonium-') || d.code === 'text-not-in-signatory-language')
    .map((d) => `${d.code}: ${d.message.slice(0, 50)}`)
    .sort();

describe("each clause's final formula kept with its node across edits", () => {
  it('finds what a fresh service finds after every kind of edit', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed in another clause', (t) => t.replace('shall cooperate.', 'shall cooperate closely.')],
        ['the formula names German as well', (t) => t.replace('in English and in French,', 'in English, in French and in German,')],
        ['undo: English and French', (t) => t.replace('in English, in French and in German,', 'in English and in French,')],
        ['in triplicate', (t) => t.replace('in duplicate', 'in triplicate')],
        ['a third party', (t) => t.replace('party FI "Finland" { kind state }', 'party FI "Finland" { kind state }\nparty LV "Latvia" { kind state }')],
        ['the header lists German', (t) => t.replace('languages English, French authentic', 'languages English, French, German authentic')],
        ['a term defined', (t) => t.replace('definition Incident "Incident"', 'definition Incident "Cyber incident"')],
        ['the final clause tagged', (t) => t.replace('clause Final "Final formula"', 'clause Final "Final formula" about depositary')],
        ['lines added above (every clause moves)', (t) => t.replace('party EE', '\n\nparty EE')],
        ['the formula moved into the first clause', (t) => t.replace('  The Parties shall cooperate closely.', '  The Parties shall cooperate closely. Done at Riga, in a single original.')],
        ['the final clause deleted whole', (t) => t.replace(/clause Final "Final formula" about depositary """\n[^\n]*\n"""\n/u, '')],
        ['the final clause written again', (t) => `${t}clause Final "Final formula" """\n  Done at Tallinn, in duplicate, in English.\n"""\n`],
        ['two clauses run together (a block boundary moves)', (t) => t.replace('"""\nclause Final "Final formula" """', '\nclause Final "Final formula"')],
        ['undo: split again', (t) => t.replace('\nclause Final "Final formula"\n', '"""\nclause Final "Final formula" """\n')],
        ['the moved formula removed', (t) => t.replace(' Done at Riga, in a single original.', '')],
      ],
      testimonium,
    );
    if (process.env.SHOW) console.log(JSON.stringify(seen, null, 1));
    assert.ok(new Set(seen.map((s) => s.join('|'))).size >= 4, JSON.stringify(seen, null, 1));
  });
});
