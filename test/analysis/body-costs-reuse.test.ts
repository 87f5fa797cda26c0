/**
 * The clauses' provisions for implementing procedures and their sentences saying another act
 * established something are kept per clause and put together again only when one changed
 * (rules/support/implementing-procedures.ts, established-elsewhere.ts): across edits in one
 * service, missing-body-costs must be what a fresh service finds as a clause comes to leave the
 * Board to the procedures, or to say a resolution established it, stops, and the clauses move;
 * and with a clause taken from the library (read as before, every clause in order).
 */
import assert from 'node:assert/strict';
import { followEdits } from '../helpers/follow-edits';

const start = `treaty "Agreement" {
  status binding
}
party NL "Netherlands" { kind state }
party NO "Norway" { kind state }
body Board "Advisory Board" members NL, NO meets annually
clause Costs about costs "The cost of carrying out any action under Article 9 shall be borne by the intervening State."
clause Other "Other" """The Parties shall cooperate."""
clause Later "Later" """The Parties shall consult each other."""
`;

const bodyCosts = (ds: { code: string }[]) => ds.filter((d) => d.code === 'missing-body-costs').length;

describe('missing-body-costs: procedures and establishing sentences kept per clause across edits', () => {
  it('follows a clause as it leaves the Board to implementing procedures and stops, above and below, and undo', () => {
    const seen = followEdits(
      start,
      [
        ['prose typed in another clause', (t) => t.replace('shall consult each other.', 'shall consult each other promptly.')],
        [
          'the procedures govern the Board',
          (t) => t.replace('shall cooperate.', 'shall develop procedures for the implementation of this Agreement, governing the creation and operation of the Advisory Board.'),
        ],
        ['a line added above (the clauses move)', (t) => t.replace('body Board', '\nbody Board')],
        ['prose typed in the last clause again', (t) => t.replace('promptly.', 'promptly and in writing.')],
        ['the procedures govern something else', (t) => t.replace('the creation and operation of the Advisory Board', 'the exchange of data')],
        ['undo: the Board again', (t) => t.replace('the exchange of data', 'the creation and operation of the Advisory Board')],
        ['the provision removed', (t) => t.replace('shall develop procedures for the implementation of this Agreement, governing the creation and operation of the Advisory Board.', 'shall cooperate.')],
      ],
      bodyCosts,
    );
    assert.deepStrictEqual(seen, [1, 0, 0, 0, 1, 0, 1]);
  });

  it('follows a clause as it says a resolution established the Board and stops', () => {
    const seen = followEdits(
      start,
      [
        ['established by a resolution', (t) => t.replace('The Parties shall cooperate.', 'The Advisory Board established by Resolution 5 of the Ministers shall advise the Parties.')],
        ['a line removed above (the clauses move)', (t) => t.replace('party NO "Norway" { kind state }\n', 'party NO "Norway" { kind state }')],
        ['prose typed in the last clause', (t) => t.replace('each other.', 'each other often.')],
        ['named, not established', (t) => t.replace('established by Resolution 5', 'named in Resolution 5')],
        ['undo: established again', (t) => t.replace('named in Resolution 5', 'established by Resolution 5')],
      ],
      bodyCosts,
    );
    assert.deepStrictEqual(seen, [0, 0, 0, 1, 0]);
  });

  it('reads every clause in order where one is taken from the library', () => {
    const withLibrary = start.replace('clause Later "Later" """The Parties shall consult each other."""', 'clause Later from library "confidentiality-standard"');
    const seen = followEdits(
      withLibrary,
      [
        ['the procedures govern the Board', (t) => t.replace('shall cooperate.', 'shall develop procedures for the implementation of this Agreement, governing the creation and operation of the Advisory Board.')],
        ['undo', (t) => t.replace('shall develop procedures for the implementation of this Agreement, governing the creation and operation of the Advisory Board.', 'shall cooperate.')],
      ],
      bodyCosts,
    );
    assert.deepStrictEqual(seen, [0, 1]);
  });

  // Each clause's sentences on costs are kept with its node too (rules/support/costs-reach.ts).
  it('follows the costs sentences as they come to reach the meetings and stop, and edits of every kind', () => {
    const seen = followEdits(
      start.replace('"""The Parties shall consult each other."""', '"""\n  The Parties shall consult each other.\n"""'),
      [
        ['the costs clause reaches the meetings', (t) => t.replace('under Article 9 shall be borne', 'under Article 9 and of the meetings of the Board shall be borne')],
        ['undo: it does not', (t) => t.replace(' and of the meetings of the Board', '')],
        // Untagged, its words still say who bears costs: a costs clause of the whole instrument, which reaches the meetings (r93 defect 4).
        ['another clause speaks of the costs of this Agreement', (t) => t.replace('shall cooperate.', 'shall cooperate. Each Party shall bear its own costs.')],
        ['a line added above (the clauses move)', (t) => t.replace('body Board', '\nbody Board')],
        ['a party renamed', (t) => t.replace('party NO "Norway"', 'party NO "Kingdom of Norway"')],
        ['a term defined', (t) => t.replace('clause Costs', 'define "Board" means "the Advisory Board"\nclause Costs')],
        ['a clause renamed and tagged', (t) => t.replace('clause Other "Other"', 'clause Cooperation "Other" about cooperation')],
        ['the sentence on its own costs narrowed', (t) => t.replace('its own costs.', 'its own costs of participation.')],
        ['the costs clause deleted whole', (t) => t.replace(/clause Costs [^\n]*\n/u, '')],
        ['a costs clause that reaches the Board added again', (t) => t.replace('clause Cooperation', 'clause Costs about costs "The costs of the meetings of the Board shall be borne by NL."\nclause Cooperation')],
        ['block boundaries moved: the last clause runs into the one before', (t) => t.replace('"""\nclause Later "Later" """\n', '\n')],
        ['the Board\'s meetings no longer paid', (t) => t.replace('"The costs of the meetings of the Board shall be borne by NL."', '"The costs of travel shall be borne by NL."')],
      ],
      bodyCosts,
    );
    // Since the untagged "Each Party shall bear its own costs." is read as a costs clause (r93 defect 4), it reaches
    // the meetings until narrowed to "its own costs of participation", and after the tagged clause is deleted
    // it is still a costs clause that does not reach them: the note, not missing-costs.
    assert.deepStrictEqual(seen, [0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1]);
  });
});
