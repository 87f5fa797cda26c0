/**
 * The lens above a library clause whose words the export adapts to the letters' designation
 * (features/letters-wording.ts, reading render/library-designation.ts): in the EE–FI notes, which
 * call the parties "the two Governments", the disputes clause the quick fix inserts says "the
 * Parties" in the source and "the Governments" in the signed text; the lens says which words,
 * where the source is read. Near misses: a clause that speaks of the State (Union law) is exported
 * as written and gets no lens; a body the drafter rewrote, the same clause in an agreement in
 * articles, and a drafter's own clause get none.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { repoRoot } from '../render/render-fixtures';

const uri = 'file:///t/notes.entente';
const eeFi = readFileSync(join(repoRoot, 'samples/ee-fi-exchange-of-notes.entente'), 'utf8');
const withoutDisputes = eeFi.replace('  disputes by negotiation\n', '');

function lenses(text: string): { line: number; title: string }[] {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  // A date no computed date of the sample falls near: only the letters' lenses are asserted.
  return service.codeLenses(uri, '2027-06-01').filter((l) => /exported/i.test(l.title)).map((l) => ({ line: l.range.start.line, title: l.title }));
}
function withDisputesFix(): string {
  const fix = diagnose(withoutDisputes).find((d) => d.code === 'missing-dispute-settlement')?.fixes.find((f) => f.title.includes('disputes/treaty'));
  assert.ok(fix, 'the library fix is offered');
  return applyCodeFix(withoutDisputes, fix);
}
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

describe('the lens above a library clause the export writes in the letters\' words', () => {
  it('EE–FI notes, the disputes clause the fix inserts: on its first line, "Governments" for "Parties"', () => {
    const fixed = withDisputesFix();
    assert.deepEqual(lenses(fixed), [{ line: lineOf(fixed, 'clause Disputes from library'), title: 'Exported with “Governments” for “Parties”, as the letters call the parties' }]);
  });

  it('a clause taken from the library without a body: the library\'s text is exported with both words', () => {
    const text = `${eeFi}\nclause Ending from library "termination/treaty"\n`;
    assert.deepEqual(lenses(text), [{ line: lineOf(text, 'clause Ending'), title: 'The library\'s text is exported with “Government” for “Party”, “Governments” for “Parties”, as the letters call the parties' }]);
  });

  it('near misses: a clause that speaks of the State, a rewritten body, an agreement in articles, a clause of the drafter\'s own', () => {
    assert.deepEqual(lenses(`${eeFi}\nclause Union from library "union-law/treaty"\n`), []);
    const rewritten = withDisputesFix().replace('shall be settled by consultation and negotiation between them', 'shall be settled by the Parties by arbitration');
    assert.deepEqual(lenses(rewritten), []);
    const articles = withoutDisputes.replace('  form exchange-of-notes\n', '').replace(/^note [\s\S]*?^"""\n/gm, '');
    assert.deepEqual(lenses(`${articles}\nclause Disputes from library "disputes/treaty"\n`), []);
    assert.deepEqual(lenses(eeFi), []);
  });
});
