/**
 * Each clause's answer to "does this say the instrument forms an integral part of another
 * treaty?" is kept with the clause's node (rules/support/part-of-another-treaty.ts): across edits
 * in one service, integral-part-final-clauses must be what a fresh service finds, as the sentence
 * comes and goes, moves to another clause, the clauses move, and the instrument's own word changes.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = `protocol "Additional Protocol to the Agreement" {
  status binding
  consent by acceptance
  effect on first day of month following last acceptance
}
clause Art1 "Article 1" """
  The Parties shall cooperate.
"""
clause Art3 "Article 3" """
  This Additional Protocol shall form an integral part of the Agreement.
"""
`;

const found = (ds: { code: string; range: { start: { line: number } }; related: readonly { range: { start: { line: number } } }[] }[]) =>
  ds.filter((d) => d.code === 'integral-part-final-clauses').map((d) => `${d.range.start.line}:${d.related[0]?.range.start.line}`).join(' ') || 'none';

describe('integral part kept with each clause across edits', () => {
  it('follows the sentence as it is typed, removed, moved between clauses and lines, and as the instrument renames itself', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed in another clause (Art3 kept)', (t) => t.replace('shall cooperate.', 'shall cooperate closely.')],
        ['the sentence made a supplement', (t) => t.replace('shall form an integral part of', 'shall supplement')],
        ['undo: integral again', (t) => t.replace('shall supplement', 'shall form an integral part of')],
        ['a line added above (the clauses move)', (t) => t.replace('clause Art1', '\nclause Art1')],
        ['Art1 says it too (the first clause now answers)', (t) => t.replace('shall cooperate closely.', 'shall cooperate closely. This Protocol is an integral part of the Convention.')],
        ['Art3 no longer says it', (t) => t.replace('This Additional Protocol shall form an integral part of the Agreement.', 'This Additional Protocol enters into force.')],
        ['the instrument calls itself a Convention (its own word changes)', (t) => t.replace('"Additional Protocol to the Agreement"', '"Convention on the Agreement"')],
        ['undo: a Protocol again', (t) => t.replace('"Convention on the Agreement"', '"Additional Protocol to the Agreement"')],
      ],
      found,
    );
    assert.deepStrictEqual(seen, ['0:8', 'none', '0:8', '0:9', '0:6', '0:6', 'none', '0:6']);
  });

  it('follows a deleted clause, moved block boundaries, and edits of names, parties, terms and tags', () => {
    const seen = followEdits(
      start.replace('clause Art1', 'party NL "Netherlands"\nparty GB "United Kingdom"\nclause Art1'),
      [
        ['a party renamed', (t) => t.replace('party GB "United Kingdom"', 'party GB "United Kingdom of Great Britain"')],
        ['a term defined', (t) => t.replace('clause Art1', 'define "Agreement" means "the Agreement of 1986"\nclause Art1')],
        ['a clause renamed', (t) => t.replace('clause Art1 "Article 1"', 'clause First "Article 1"')],
        ['a clause tagged', (t) => t.replace('clause Art3 "Article 3"', 'clause Art3 "Article 3" about entry-into-force')],
        ['block boundaries moved: Article 3 runs into Article 1', (t) => t.replace('shall cooperate.\n"""\nclause Art3 "Article 3" about entry-into-force """\n', 'shall cooperate.\n')],
        ['undo: Article 3 its own clause again', (t) => t.replace('shall cooperate.\n', 'shall cooperate.\n"""\nclause Art3 "Article 3" about entry-into-force """\n')],
        ['the clause that says it deleted whole', (t) => t.replace(/clause Art3 [^\n]*"""\n[^\n]*\n"""\n/u, '')],
        ['said again in Article 1', (t) => t.replace('shall cooperate.', 'shall cooperate. This Protocol shall form an integral part of the Treaty.')],
      ],
      found,
    );
    assert.deepStrictEqual(seen, ['0:10', '0:11', '0:11', '0:11', '0:8', '0:11', 'none', '0:8']);
  });
});
