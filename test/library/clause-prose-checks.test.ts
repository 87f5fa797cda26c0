/**
 * Every built-in clause, written out in an instrument of its own kind, passes the checks that
 * read prose: no treaty wording in an MoU and no MoU wording in a treaty (CF01, CF04), no
 * binding commitment in an MoU (CF21), no other warning or error (CF04, an info since it rests on
 * no authority that was read, is counted too). The library's own word lists
 * (wording-words.ts) are stricter; this test holds the clauses to the rules drafters see.
 */
import assert from 'node:assert/strict';
import { builtInLayer } from '../../server/src/language/library/builtin-library';
import { renderClause } from '../../server/src/language/library/render-clause';
import { createEntenteService } from '../../server/src/language/service';

const heads = {
  mou: 'memorandum "Memorandum of Understanding between Alpha and Beta" { status non-binding }\nparticipant A "Alpha" { jurisdiction EE }\nparticipant B "Beta" { jurisdiction FI }\n',
  treaty: 'treaty "Agreement between Alpha and Beta" { status binding }\nparty A "Alpha" { kind state jurisdiction EE }\nparty B "Beta" { kind state jurisdiction FI }\n',
} as const;

/** Findings about the clause text itself; the instrument around it is deliberately incomplete. */
function proseFindings(wording: 'mou' | 'treaty', title: string, body: string): string[] {
  const service = createEntenteService();
  const uri = 'file:///clause.entente';
  service.open(uri, `${heads[wording]}clause Written "${title}" """\n${body}\n"""\n`);
  return service
    .diagnostics(uri)
    .filter((d) => (d.severity === 'error' || d.severity === 'warning' || d.code === 'treaty-mou-wording') && !String(d.code).startsWith('missing-'))
    .map((d) => `${d.code}: ${d.message}`);
}

describe('built-in clauses under the prose checks', () => {
  for (const clause of builtInLayer().clauses) {
    it(`${clause.id} raises no wording or commitment finding in ${clause.wording === 'mou' ? 'an MoU' : 'a treaty'}`, () => {
      assert.deepEqual(proseFindings(clause.wording, clause.title, renderClause(clause, undefined, { snippet: false })), []);
    });
  }

  it('would catch a clause in the wrong words (the test above can fail)', () => {
    assert.ok(proseFindings('mou', 'Claims', 'Each Participant shall pay compensation for any damage.').length >= 2);
    assert.ok(proseFindings('treaty', 'Costs', 'Each Participant will bear its own costs.').length >= 1);
  });
});
