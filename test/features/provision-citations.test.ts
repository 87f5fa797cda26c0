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


/** The head both channel-and-agreement cases share: an MoU between EE and FI with a security agreement GSA. */
const memorandumWithGsa = `memorandum "M" {
  status non-binding
  amendment by written decision
}
participant EE "Estonia"
participant FI "Finland"
security-agreement GSA between EE, FI up to SECRET
`;

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
    const { service, text } = fixture(`${memorandumWithGsa}channel Intel between EE, FI {
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

  it('refuses a new name under which a § citation would cite another provision, and allows it where no § is affected', () => {
    const text = `memorandum "M" {
  status non-binding
  amendment by written decision
}
participant EE "Estonia"
participant FI "Finland"
channel Intel between EE, FI
channel Desk between EE, FI
clause Use "Use of information" """
  Information received through §Intel is handled as set out in §Amendment.
"""
clause Costs "Costs" about costs """
  Each Participant will bear its own costs.
"""
`;
    const { service } = fixture(text);
    // A clause is looked up before a channel: §Intel would cite the clause Costs renamed Intel.
    const clause = service.rename(mainUri, at(text, 'clause Costs', 8), 'Intel');
    assert.ok('error' in clause && /§Intel cites the channel Intel/.test(clause.error), JSON.stringify(clause));
    // §Amendment cites the provision generated from `amendment …`: a clause so named would take it.
    const header = service.rename(mainUri, at(text, 'clause Costs', 8), 'Amendment');
    assert.ok('error' in header && /§Amendment cites the provision generated from `amendment …`/.test(header.error), JSON.stringify(header));
    // The channel Intel renamed Use: its §Intel would become §Use, which cites the clause Use.
    const channel = service.rename(mainUri, at(text, 'channel Intel', 9), 'Use');
    assert.ok('error' in channel && /§Use cites the clause Use/.test(channel.error), JSON.stringify(channel));
    // Near misses: no § cites the channel Desk nor the name Costs, so the clash moves no citation.
    const desk = service.rename(mainUri, at(text, 'channel Desk', 9), 'Costs');
    assert.ok(!('error' in desk), JSON.stringify(desk));
    const costs = service.rename(mainUri, at(text, 'clause Costs', 8), 'Desk');
    assert.ok(!('error' in costs), JSON.stringify(costs));
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

  it('go to definition on §amendment goes to the header statement; a name that cites nothing goes nowhere', () => {
    const { service, text } = fixture(notes());
    const definition = service.definition(mainUri, at(text, '§amendment', 3));
    assert.equal(definition.length, 1);
    assert.equal(slice(text, definition[0].range), 'amendment by exchange of notes');
    assert.deepEqual(service.definition(mainUri, at(text, '§Cost ', 2)), []);
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

describe('completion after § in a clause or a note', () => {
  /** The sample with `§` typed at `where` (replacing `replaced`), and the completions there. */
  function completeAt(replaced: string, typed: string) {
    const text = sample.replace(replaced, typed);
    assert.notEqual(text, sample);
    const { service } = fixture(text);
    const position = at(text, typed, typed.length);
    return { items: service.complete(mainUri, position), text, position };
  }

  it('offers the clauses by id with the number the export gives them, and the generated final clauses this instrument has', () => {
    const { items } = completeAt('governed by §Liability.', 'governed by §Li');
    const labels = items.map((i) => i.label);
    assert.deepEqual(labels.filter((l) => /^[A-Z]/.test(l)), ['Costs', 'Liability', 'Status', 'Relation']);
    const liability = items.find((i) => i.label === 'Liability')!;
    assert.equal(liability.kind, 'clause');
    assert.equal(liability.detail, 'clause “Claims” — paragraph 3');
    // The range is the name typed so far, after the `§`.
    assert.equal(liability.range!.end.character - liability.range!.start.character, 2);
    // The header states amendment, disputes, termination, duration and registration: each is a generated term.
    for (const keyword of ['amendment', 'disputes', 'termination', 'registration']) assert.ok(labels.includes(keyword), `${keyword}: ${labels.join(', ')}`);
    assert.match(items.find((i) => i.label === 'disputes')!.detail!, /^the provision generated from `disputes …` — paragraph \d+$/);
    // Not a provision of this instrument: no header statement it lacks, no statement the export prints none for.
    for (const absent of ['confidentiality', 'status', 'languages', 'form']) assert.ok(!labels.includes(absent), absent);
    // No defined terms or keywords after `§`.
    assert.ok(items.every((i) => i.kind === 'clause' || i.kind === 'value'), JSON.stringify(items.map((i) => i.kind)));
  });

  it('offers a channel and a security agreement, in a clause and in a channel\'s purpose (the export resolves both), and nothing after § in a comment', () => {
    const text = `${memorandumWithGsa}channel Intel between EE, FI {
  carries classified
  classification SECRET under GSA
  purpose "incidents, see §"
}
clause Use "Use of information" """
  Information received through §
"""
`;
    const { service } = fixture(text);
    const inClause = service.complete(mainUri, at(text, 'through §', 9)).map((i) => `${i.kind} ${i.label}`);
    // In document order; an MoU's status is a provision of its own ("… not legally binding").
    assert.deepEqual(inClause, ['security-agreement GSA', 'channel Intel', 'clause Use', 'value status', 'value amendment']);
    // A `§` in a channel's purpose is resolved by the export as in a clause: the same provisions are offered there.
    assert.deepEqual(service.complete(mainUri, at(text, 'see §', 5)).map((i) => `${i.kind} ${i.label}`), inClause);
    const commented = `${text}// see §\n`;
    assert.ok(fixture(commented).service.complete(mainUri, at(commented, '// see §', 8)).every((i) => i.kind !== 'clause' && i.kind !== 'channel'));
    // Without `§`, prose completion is what it was (defined terms; none here).
    assert.deepEqual(service.complete(mainUri, at(text, 'received', 8)), []);
  });
});

describe('hover on §Name', () => {
  it('says what a §Id cites and the number the export writes, for a treaty in articles too', () => {
    const { service, text } = fixture(notes());
    const costs = service.hover(mainUri, at(text, '§Costs and', 2));
    assert.ok(costs);
    assert.match(costs.contents, /^\*\*§Costs\*\* — cites the clause Costs \(“Costs”\); the export writes \*\*paragraph 2\*\* in its place\./);
    assert.equal(slice(text, costs.range), '§Costs');
    const disputes = service.hover(mainUri, at(text, '§disputes', 4));
    assert.ok(disputes);
    assert.match(disputes.contents, /^\*\*§disputes\*\* — cites the provision generated from the header statement `disputes …` \(Disputes\); the export writes \*\*paragraph 10\*\* in its place\./);
    const treaty = 'treaty "T" {\n  status binding\n  amendment by written agreement\n}\nparty A "Alpha"\nparty B "Beta"\nclause Costs "Costs" about costs """\n  Each Party shall bear its own costs, unless changed under §amendment.\n"""\n';
    const rendered = fixture(treaty).service.render(mainUri, 'markdown')!;
    const number = /unless changed under (Article \d+)\./.exec(rendered)?.[1];
    assert.ok(number, rendered);
    const amendment = fixture(treaty).service.hover(mainUri, at(treaty, '§amendment', 3));
    assert.ok(amendment?.contents.includes(`the export writes **${number}** in its place`), amendment?.contents);
  });

  it('a name that is no provision gets the finding, not a citation', () => {
    const { service, text } = fixture(notes());
    // The editor has the findings before the drafter hovers.
    assert.ok(service.diagnostics(mainUri).some((d) => d.code === 'unknown-provision-reference'));
    const hover = service.hover(mainUri, at(text, '§Cost ', 2));
    assert.ok(hover);
    assert.doesNotMatch(hover.contents, /\*\*§Cost\*\*|the export writes \*\*/);
    assert.match(hover.contents, /^\*\*unknown-provision-reference\*\*/);
  });
});
