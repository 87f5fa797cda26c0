/**
 * Property: what the keystroke reuse keeps (per clause, per protocol, per topic index: the lower-case
 * "parties", severity meanings, integral part, numbered headings, costs sentences, clause topics,
 * term use, the security agreements, bodies and contacts slot references use, each clause's final
 * formula and the treaty a clause says the instrument implements) leaves the diagnostics equal to a
 * fresh service's after random edits (seeded) applied one after another in one service. The
 * pieces typed are those these facts turn on, besides
 * characters that break lines, strings and blocks.
 */
import { assertFreshAfterTypedPieces } from '../helpers/follow-edits';

const start = `protocol "Additional Protocol to the Agreement" {
  status binding
  consent by acceptance
}
party NL "The Government of the Kingdom of the Netherlands" { kind state }
party GB "The Government of the United Kingdom" { kind state contact Duty "NCSC" contact Spare "NCSC spare" }
security-agreement GSA between NL, GB up to SECRET
security-agreement Old between NL, GB up to SECRET
body Board "Steering Board" members NL, GB meets annually
body Crisis "Crisis cell"
channel Intel between NL, GB {
  carries classified
  classification SECRET under GSA
  contacts GB.Duty
}
define "Incident" means "an event that compromises a system"
protocol Major {
  when severity high
}
clause Preamble "Preamble" """
  The Governments, hereinafter referred to as the parties, have agreed as follows:
"""
clause P13 "13. Costs" about costs """
  The costs of travel shall be borne by NL.
"""
clause P14 "14. Final provisions" """
  The parties will report each Incident, except for paragraph 13 “Costs”.
  This Additional Protocol shall form an integral part of the Agreement.
  These procedures are in implementation of Article III of the Agreement on Defence of 1955.
"""
clause Final "Final formula" """
  Done at London, in duplicate, in English and in French, both texts being equally authentic.
"""
`;

const pieces = ['x', ' ', '\n', '"', '"""', '}', 'hereinafter referred to as the parties', ' about costs', 'about governance ', '13. ', 'Costs', 'shall form an integral part of the Treaty', 'An incident is of high severity where it disrupts a service.', 'severity', 'Incident', 'costs of the meetings of the Board', 'clause X """\n  Text.\n"""\n', 'GSA', 'Old', 'GB.Spare', 'Crisis', 'escalate to Crisis within 48 hours\n', ' in triplicate', ' in German', 'Done at Paris, in a single original.', 'in implementation of Article II of the Treaty on Space'];


describe('keystroke reuse: random edits against a fresh service', () => {
  it('gives the fresh diagnostics after every edit', function () {
    this.timeout(600000);
    assertFreshAfterTypedPieces(start, pieces, { seed: Number(process.env.KEYSTROKE_SEED ?? 37), numRuns: Number(process.env.KEYSTROKE_RUNS ?? 40) });
  });
});
