/**
 * Property: what unused-term's measure keeps across keystrokes (the reader of the plan's phrases,
 * the search of the Title Case terms' lower-case forms: rules/support/term-use.ts) and what
 * missing-body-costs keeps (the places of the clauses that speak of costs, the costs clauses once
 * per model: rules/support/costs-reach.ts) leave the diagnostics equal to a fresh service's after
 * random edits (seeded) applied one after another in one service. The text has Title Case terms
 * (whose lower-case forms are searched apart), a short form, a body and a costs clause; the
 * pieces typed are the words those readings turn on (clauses taken from the library among them),
 * and characters that break lines, strings and blocks.
 */
import assert from 'node:assert/strict';
import { assertFreshAfterTypedPieces, fresh } from '../helpers/follow-edits';

const start = `treaty "Agreement on Cyber Security" {
  status binding
}
party NL "Netherlands" { kind state }
party NO "Norway" { kind state }
body Board "Advisory Board" members NL, NO meets annually
define "Sending Party" means "the Party that sends an expert"
define "Receiving Party" means "the Party that receives an expert"
define "Incident" means "an event that compromises a system"
define "financial intelligence unit" means "a unit (hereinafter referred to as “FIU”)"
clause Costs about costs """
  The cost of carrying out any action under Article 9 shall be borne by the Sending Party.
"""
clause Report "Reporting" """
  The receiving Party shall report each Incident to the FIU.
"""
clause Meet "Meetings" """
  The Parties shall meet.
"""
`;

const pieces = [
  'x', ' ', '\n', '"', '"""', 'Incident', 'incident', 'Sending Party', 'sending Party', 'Receiving Party', 'FIU', ' costs', ' about costs',
  'the meetings of the Board', ' Each Party shall bear its own costs.', ' of participation', 'financial rules adopted by the Board',
  'define "Data" means "information"\n', 'clause X from library "costs/mou"\n', 'clause Shared from library "costs/treaty"\n', 'clause Y """\n  Text.\n"""\n', 'body Panel members NL, NO\n',
];


describe('term use and body costs reuse: random edits against a fresh service', () => {
  it('gives the fresh diagnostics after every edit', function () {
    this.timeout(600000);
    assertFreshAfterTypedPieces(start, pieces, { seed: Number(process.env.KEYSTROKE_SEED ?? 48), numRuns: Number(process.env.KEYSTROKE_RUNS ?? 40) });
  });

  it('reads the start text as the readings under test need it', () => {
    // The start must exercise what is kept: a Title Case term searched in lower case, a body whose
    // meetings the costs clause does not reach (so that the check reads the costs texts).
    const codes = fresh(start).map((d) => d.code);
    assert.ok(codes.includes('missing-body-costs') && codes.includes('unused-term'), codes.join(', '));
  });
});
