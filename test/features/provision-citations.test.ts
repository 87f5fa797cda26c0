/**
 * `§Name` in a clause's or a note's text cites the clause, channel or security agreement so named
 * (model/provision-names.ts): it is a reference to that declaration, so rename updates it, find
 * references lists it and go to definition follows it. Near misses: a `§` before a name that is
 * no id (a misspelling, a header statement's keyword), the same word without `§`, a comment.
 * Built on the EE–FI notes sample, whose costs clause cites `§Liability`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from '../../server/src/language/ast/positions';
import { repoRoot } from '../render/render-fixtures';
import { applyEdits, fixture, mainUri, slice } from './feature-fixture';

const sample = readFileSync(join(repoRoot, 'samples', 'ee-fi-exchange-of-notes.entente'), 'utf8');
const security = `clause Security "Security of information" """
  Information a liaison officer receives is protected as provided in §Costs and §Status; a dispute
  on it is settled under §disputes, and this Agreement is amended as set out in §amendment. The
  costs of protecting it are borne as provided in §Costs, not under §Cost or §Costs-sharing.
"""

`;
/** The sample with the clause above before `Liability`, and the reply citing §Costs too. */
function notes(): string {
  const withClause = sample.replace('clause Liability "Claims"', `${security}clause Liability "Claims"`);
  const text = withClause.replace('that Note and this reply constitute', 'that Note, including the costs set out in §Costs, and this reply constitute');
  assert.notEqual(text, withClause);
  return text;
}
/** The position of the `nth` occurrence of `needle` in `text`, `offset` characters in. */
function at(text: string, needle: string, offset = 1, nth = 0): Position {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, needle);
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('§Name is a reference to the clause, channel or security agreement it names', () => {
  it('renaming a clause renames every §Old in the clauses and the notes, and nothing else', () => {
    const { service, text } = fixture(notes());
    const edit = service.rename(mainUri, at(text, 'clause Costs', 8), 'Expenses');
    assert.ok(!('error' in edit), JSON.stringify(edit));
    const renamed = applyEdits(text, edit.changes[mainUri]);
    assert.equal(edit.changes[mainUri].length, 4);
    assert.match(renamed, /^clause Expenses "Costs" about costs/m);
    assert.match(renamed, /protected as provided in §Expenses and §Status;/);
    assert.match(renamed, /borne as provided in §Expenses, not under §Cost or §Costs-sharing\./);
    assert.match(renamed, /including the costs set out in §Expenses, and this reply/);
    // The heading and the word in prose are words, not the id.
    assert.match(renamed, /"Costs" about costs/);
    // The renamed text still cites what it cited: no new unknown-provision-reference.
    const before = service.diagnostics(mainUri).filter((d) => d.code === 'unknown-provision-reference').map((d) => slice(text, d.range));
    assert.deepEqual(before, ['§Cost', '§Costs-sharing']);
    service.update(mainUri, renamed);
    assert.deepEqual(service.diagnostics(mainUri).filter((d) => d.code === 'unknown-provision-reference').map((d) => slice(renamed, d.range)), ['§Cost', '§Costs-sharing']);
  });

  it('renaming from a §Name renames the declaration; the comment that mentions §Liability is left alone', () => {
    const { service, text } = fixture(sample);
    const position = at(text, '§Liability.', 3);
    const prepared = service.prepareRename(mainUri, position);
    assert.ok(!('error' in prepared));
    assert.equal(prepared.placeholder, 'Liability');
    const edit = service.rename(mainUri, position, 'Claims');
    assert.ok(!('error' in edit));
    const renamed = applyEdits(text, edit.changes[mainUri]);
    assert.match(renamed, /^clause Claims "Claims" about liability/m);
    assert.match(renamed, /governed by §Claims\./);
    assert.match(renamed, /`§Liability` in the costs clause/);
  });

  it('a § before a name that is no id is not a reference: no rename there, nothing to rename from', () => {
    const { service, text } = fixture(notes());
    const misspelt = service.prepareRename(mainUri, at(text, '§Cost ', 2));
    assert.ok('error' in misspelt && /no name here/.test(misspelt.error));
    const keyword = service.prepareRename(mainUri, at(text, '§amendment', 2));
    assert.ok('error' in keyword);
    assert.deepEqual(service.definition(mainUri, at(text, '§Costs-sharing', 2)), []);
  });

  it('renames a channel and a security agreement cited by §Id, and keeps the agreement unused when only a clause cites it', () => {
    const { service, text } = fixture(`memorandum "M" {
  status non-binding
  amendment by written decision
}
participant EE "Estonia"
participant FI "Finland"
security-agreement GSA between EE, FI up to SECRET
channel Intel between EE, FI {
  carries indicators
}
clause Use "Use of information" """
  Information received through §Intel is handled as §GSA requires.
"""
`);
    const unused = service.diagnostics(mainUri).filter((d) => d.code === 'unused-declaration').map((d) => slice(text, d.range));
    assert.deepEqual(unused, ['GSA']);
    const channel = service.rename(mainUri, at(text, 'channel Intel', 9), 'Indicators');
    assert.ok(!('error' in channel));
    assert.match(applyEdits(text, channel.changes[mainUri]), /received through §Indicators is handled as §GSA requires/);
    const agreement = service.rename(mainUri, at(text, '§GSA', 2), 'Arrangement');
    assert.ok(!('error' in agreement));
    const renamed = applyEdits(text, agreement.changes[mainUri]);
    assert.match(renamed, /^security-agreement Arrangement between/m);
    assert.match(renamed, /handled as §Arrangement requires/);
  });

  it('go to definition, references and highlights follow §Name', () => {
    const { service, text } = fixture(notes());
    const declared = at(text, 'clause Costs', 7);
    const definition = service.definition(mainUri, at(text, '§Costs', 3));
    assert.equal(definition.length, 1);
    assert.deepEqual(definition[0].range.start, declared);
    assert.equal(slice(text, definition[0].range), 'Costs');
    const refs = service.references(mainUri, declared, false);
    assert.deepEqual(refs.map((r) => slice(text, r.range)), ['Costs', 'Costs', 'Costs']);
    assert.deepEqual(refs.map((r) => text.split('\n')[r.range.start.line][r.range.start.character - 1]), ['§', '§', '§']);
    const highlights = service.documentHighlights(mainUri, at(text, '§Costs', 2, 1));
    // In document order: the reply's citation comes before the clauses.
    assert.deepEqual(highlights.map((h) => h.kind), ['read', 'write', 'read', 'read']);
  });

  it('a clause added under a cited name makes the kept §Name a reference after the edit', () => {
    const text = 'memorandum "M" {\n  status non-binding\n}\nparticipant A "Alpha"\nparticipant B "Beta"\nclause Costs "Costs" """\n  See §Training.\n"""\n';
    const { service } = fixture(text);
    assert.deepEqual(service.definition(mainUri, at(text, '§Training', 2)), []);
    const added = `${text}clause Training "Training" """\n  Each Participant may invite the other to its exercises.\n"""\n`;
    service.update(mainUri, added);
    const definition = service.definition(mainUri, at(added, '§Training', 2));
    assert.deepEqual(definition.map((d) => d.range.start), [at(added, 'clause Training', 7)]);
  });
});
