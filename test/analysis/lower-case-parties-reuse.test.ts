/**
 * Whether the text names its signatories "the parties" in lower case is kept per clause with its
 * node (rules/support/conflict-prose.ts, `referenceContext`): across edits of every kind in one
 * service, treaty-mou-wording's "the parties will" must be what a fresh service finds, as the
 * naming sentence comes and goes, moves to another clause or another line, its clause is deleted
 * whole, and the block boundaries move.
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = `treaty "Mutual Support Agreement" {
  status binding
  languages English
}
party US "The Government of the United States of America" { kind government jurisdiction US }
party NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }
clause Preamble "Preamble" """
  The Governments, hereinafter referred to as the parties, have agreed as follows:
"""
clause Art1 "Article I" """
  The parties will maintain records of all transactions.
"""
clause Art2 "Article II" """
  Each Party shall bear its own costs.
"""
`;

const wills = (ds: { code: string; message?: string; range: { start: { line: number } } }[]) =>
  ds.filter((d) => d.code === 'treaty-mou-wording' && /'will'/.test(d.message ?? '')).map((d) => d.range.start.line).join(' ') || 'none';

describe('"the parties" named in lower case, kept per clause across edits', () => {
  it('follows prose, name, party, term, tag, whole-declaration and block-boundary edits', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed in another clause', (t) => t.replace('bear its own costs', 'bear its own reasonable costs')],
        ['the naming sentence no longer names them', (t) => t.replace('hereinafter referred to as the parties', 'acting through their agencies')],
        ['undo: named again', (t) => t.replace('acting through their agencies', 'hereinafter referred to as the parties')],
        ['a line added above (the clauses move)', (t) => t.replace('clause Preamble', '\nclause Preamble')],
        ['the clause renamed', (t) => t.replace('clause Preamble "Preamble"', 'clause Recitals "Preamble"')],
        ['a party renamed', (t) => t.replace('party NL "The Government of the Kingdom of the Netherlands"', 'party NL "The Kingdom of the Netherlands"')],
        ['a term defined', (t) => t.replace('clause Art2', 'define "Transaction" means "a supply of goods"\nclause Art2')],
        ['a clause tagged', (t) => t.replace('clause Art2 "Article II"', 'clause Art2 "Article II" about costs')],
        ['the naming moved to Article II', (t) => t.replace(', hereinafter referred to as the parties,', '').replace('bear its own reasonable costs.', 'bear its own reasonable costs; the Governments (hereafter “the parties”) keep records.')],
        ['the naming clause deleted whole', (t) => t.replace(/clause Art2 [^\n]*"""\n[^\n]*\n"""\n/u, '')],
        ['named again in the preamble', (t) => t.replace('have agreed as follows:', 'hereinafter referred to as the parties, have agreed as follows:')],
        ['block boundaries moved: the preamble runs into Article I', (t) => t.replace('have agreed as follows:\n"""\nclause Art1 "Article I" """\n', 'have agreed as follows:\n')],
        ['undo: Article I its own clause again', (t) => t.replace('have agreed as follows:\n', 'have agreed as follows:\n"""\nclause Art1 "Article I" """\n')],
      ],
      wills,
    );
    assert.deepStrictEqual(seen, ['10', 'none', '10', '11', '11', '11', '11', '11', '11', 'none', '11', '9', '11']);
  });
});
