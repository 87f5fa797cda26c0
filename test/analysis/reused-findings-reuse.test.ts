/**
 * Whole-document rules that name what decides whether they find anything (`Rule.inputs`,
 * analysis/reused-findings.ts): after an edit that leaves those inputs as they were, a rule whose
 * last run found nothing is not run. Every version's diagnostics must equal a fresh service's:
 * keystrokes in prose (the check is skipped), edits of the clauses whose topics decide (it runs
 * and finds, or stops finding), edits of the declarations the rules read, lines added and removed;
 * then random edits (fast-check, seeded) with the pieces those rules turn on. Each rule with
 * inputs must be both skipped and found in the random run, so that a left-out input shows.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findingsReused } from '../../server/src/language/analysis/reused-findings';
import { allRules } from '../../server/src/language/rules/registry';
import { createEntenteService } from '../../server/src/language/service';
import { diagnosticsOf, fresh, uri } from '../helpers/follow-edits';

const withInputs = allRules.filter((r) => r.inputs).map((r) => r.code);

/** A memorandum in which no rule with inputs finds anything, each kept silent by what an edit can take away. */
const quiet = `treaty "Agreement on Cyber Security" {
  status binding
}
party EE "Republic of Estonia" { kind state jurisdiction EE regimes GDPR contact Desk "Desk" available 24/7 }
party FI "Republic of Finland" { kind state jurisdiction FI contact Duty "Duty" available 24/7 }
party GB "United Kingdom" { kind state jurisdiction GB contact Duty "Duty" available 24/7 }
party US "United States Cybersecurity Agency" { kind company jurisdiction US }
party BANK "Example Bank" { kind company jurisdiction EE regimes DORA }
security-agreement GSA between EE, GB up to SECRET
channel Intel between EE, FI { carries classified }
channel Amber between EE, FI { marking TLP:AMBER }
channel Cases between EE, US {
  carries personal-data
  safeguards administrative-arrangement "the provisions of Annex A"
}
assistance { basis budapest-35 }
non-party IAEA "International Atomic Energy Agency"
protocol Accident {
  notify EE by "the State Party referred to in article 1" forthwith
}
clause Sec "Security" about security-of-information, breach-procedure, classification-equivalence """
  Each Party shall protect what it receives. This Agreement does not affect any duty of a Party to notify incidents under its national law or under European Union law.
"""
clause Other "Meetings" """
  The Parties shall meet.
"""
`;

type Step = [string, (t: string) => string];
const replace = (from: string, to: string): ((t: string) => string) => (t) => {
  assert.ok(t.includes(from), `the text holds ${JSON.stringify(from)}`);
  return t.replace(from, to);
};

/** Applies the steps in one service, each version against a fresh service; per step, the codes found and the rules skipped. */
function follow(start: string, steps: readonly Step[]): { found: Set<string>; skipped: Set<string> }[] {
  const service = createEntenteService({ readFile: () => undefined });
  let text = start;
  service.open(uri, text, 1);
  assert.deepStrictEqual(diagnosticsOf(service), fresh(text));
  return steps.map(([what, edit], index) => {
    text = edit(text);
    service.update(uri, text, index + 2);
    findingsReused.clear();
    const after = diagnosticsOf(service);
    // Read before the fresh service's analysis, which runs every check.
    const skipped = new Set([...findingsReused].filter(([, wasSkipped]) => wasSkipped).map(([code]) => code));
    assert.deepStrictEqual(after, fresh(text), what);
    return { found: new Set(after.map((d) => String(d.code))), skipped };
  });
}

describe('whole-document rules with inputs skip their check while what decides is unchanged', () => {
  it('converts some rules, each one the quiet document keeps silent', () => {
    assert.ok(withInputs.length >= 5, withInputs.join(', '));
    const codes = new Set(fresh(quiet).map((d) => String(d.code)));
    for (const code of withInputs) assert.ok(!codes.has(code), `${code} finds nothing in the quiet document`);
  });

  it('skips every rule with inputs after a keystroke in prose, and runs the one whose clause topic is taken away', () => {
    const seen = follow(quiet, [
      ['a keystroke in a clause', replace('shall meet.', 'shall meetx.')],
      ['another', replace('shall meetx.', 'shall meet.')],
      ['the security-of-information topic removed', replace('about security-of-information, ', 'about ')],
      ['a keystroke after a finding', replace('shall meet.', 'shall meetx.')],
      ['the topic back', replace('about breach-procedure', 'about security-of-information, breach-procedure')],
      ['a keystroke in a clause again', replace('shall meetx.', 'shall meet.')],
      ['the breach-procedure topic removed', replace('breach-procedure, ', '')],
      ['the classification-equivalence topic removed', replace(', classification-equivalence', '')],
      ['a keystroke', replace('shall meet.', 'shall meetx.')],
      ['both back, in a clause of their own', replace('clause Other', 'clause More about breach-procedure, classification-equivalence """\n  Text.\n"""\nclause Other')],
      ['a keystroke', replace('shall meetx.', 'shall meet.')],
      ['a line added above everything', replace('party EE', '\nparty EE')],
      ['a keystroke', replace('shall meet.', 'shall meetx.')],
    ]);
    for (const step of [0, 1, 5, 10, 12]) for (const code of withInputs) assert.ok(seen[step].skipped.has(code), `step ${step}: ${code} skipped`);
    assert.ok(seen[2].found.has('missing-security-agreement') && seen[3].found.has('missing-security-agreement'));
    assert.ok(!seen[3].skipped.has('missing-security-agreement'), 'a rule that found something runs again');
    assert.ok(!seen[4].found.has('missing-security-agreement'));
    assert.ok(seen[6].found.has('missing-breach-procedure') && seen[7].found.has('missing-classification-equivalence'));
    assert.ok(!seen[9].found.has('missing-breach-procedure') && !seen[9].found.has('missing-classification-equivalence'));
    for (const code of withInputs) assert.ok(!seen[11].skipped.has(code), `${code} runs after lines moved every declaration`);
  });

  it('runs a rule again when a declaration it reads changes', () => {
    const seen = follow(quiet, [
      ['a keystroke', replace('shall meet.', 'shall meetx.')],
      ['a jurisdiction mistyped', replace('jurisdiction GB', 'jurisdiction UK')],
      ['the notifier named as a private actor', replace('"the State Party referred to in article 1"', '"any person who detects a release"')],
      ['a contact only in office hours', replace('contact Desk "Desk" available 24/7', 'contact Desk "Desk" available office-hours')],
      ['a party outside the Convention', replace('party GB "United Kingdom" { kind state jurisdiction UK', 'party IN "India" { kind state jurisdiction IN')],
    ]);
    assert.ok(seen[1].found.has('unknown-jurisdiction'));
    assert.ok(seen[2].found.has('notifier-not-a-party'));
    assert.ok(seen[3].found.has('budapest-35-without-24-7'));
    assert.ok(seen[4].found.has('budapest-state-not-party'));
  });

  it('runs statutory-reporting-not-reserved again when the clause that keeps statutory reporting changes', () => {
    const seen = follow(quiet, [
      ['a keystroke', replace('shall meet.', 'shall meetx.')],
      ['the reservation taken away', replace(' This Agreement does not affect any duty', ' This Agreement affects any duty')],
      ['a keystroke', replace('shall meetx.', 'shall meet.')],
      ['the reservation back', replace(' This Agreement affects any duty', ' This Agreement does not affect any duty')],
    ]);
    assert.ok(seen[0].skipped.has('statutory-reporting-not-reserved'));
    assert.ok(seen[1].found.has('statutory-reporting-not-reserved') && seen[2].found.has('statutory-reporting-not-reserved'));
    assert.ok(!seen[3].found.has('statutory-reporting-not-reserved'));
  });

  it('runs the transfer rules again when a clause says which treaty the instrument implements', () => {
    const implementing = 'The Parties shall meet. These procedures are in implementation of Article III of the Agreement on Defence of 1955.';
    const seen = follow(quiet, [
      ['the safeguards removed', replace('  safeguards administrative-arrangement "the provisions of Annex A"\n', '')],
      ['the recipient a public body', replace('kind company jurisdiction US', 'kind government-agency jurisdiction US')],
      ['the status non-binding', replace('status binding', 'status non-binding')],
      ['a keystroke', replace('shall meet.', 'shall meetx.')],
      ['a clause says the instrument implements a treaty', replace('The Parties shall meetx.', implementing)],
      ['a keystroke in another clause', replace('it receives.', 'it receivesx.')],
      ['and no longer says it', replace(implementing, 'The Parties shall meet.')],
    ]);
    assert.ok(seen[2].found.has('transfer-without-safeguards') && seen[3].found.has('transfer-without-safeguards'));
    assert.ok(!seen[4].found.has('transfer-without-safeguards') && seen[4].found.has('possible-transfer-without-safeguards'));
    assert.ok(seen[5].skipped.has('transfer-without-safeguards'), 'skipped where it found nothing and nothing it reads changed');
    assert.ok(seen[6].found.has('transfer-without-safeguards'));
  });

  it('gives the fresh diagnostics after random edits (fast-check, seeded), each rule both skipped and found', function () {
    this.timeout(600000);
    const pieces = ['x', ' ', '\n', '"', '}', ' about security-of-information', ' about breach-procedure', 'classification-equivalence, ', 'security-of-information, ', 'breach-procedure', 'UK', 'IN', 'office-hours', '24/7', 'budapest-35', 'any person who detects a release', 'IAEA', ' carries classified', ' marking TLP:RED', 'clause X about breach-procedure """\n  Text.\n"""\n', 'level SECRET equals EE "S", FI "S"'];
    // Where the rules read: most edits land near one of these words (any of them may be gone by then).
    const anchors = ['the State Party', 'jurisdiction GB', 'about ', '24/7', 'budapest-35', 'carries classified', 'GSA between', 'TLP:AMBER', 'party FI'];
    // Whole words the rules turn on, each changed one way or back (an editor's paste or undo).
    const toggles: [string, string][] = [
      ['"the State Party referred to in article 1"', '"any person who detects a release"'],
      ['jurisdiction GB', 'jurisdiction UK'],
      ['about security-of-information, ', 'about '],
      ['breach-procedure, ', ''],
      [', classification-equivalence', ''],
      ['Desk" available 24/7', 'Desk" available office-hours'],
      ['party GB "United Kingdom" { kind state', 'party GB "United Kingdom" { kind international-organisation'],
      ['security-agreement GSA between EE, GB', 'security-agreement GSA between EE, FI'],
      ['  safeguards administrative-arrangement "the provisions of Annex A"\n', ''],
      ['kind company jurisdiction US', 'kind government-agency jurisdiction US'],
      ['status binding', 'status non-binding'],
      ['The Parties shall meet', 'These procedures are in implementation of Article III of the Agreement on Defence of 1955. The Parties shall meet'],
      [' This Agreement does not affect any duty', ' This Agreement affects any duty'],
      ['regimes DORA', 'regimes GDPR'],
    ];
    const edit = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(8)), piece: fc.nat({ max: pieces.length - 1 }), prose: fc.boolean(), anchor: fc.nat({ max: anchors.length * 2 }), toggle: fc.nat({ max: toggles.length * 2 }) });
    const skipped = new Set<string>();
    const found = new Set<string>();
    fc.assert(
      fc.property(fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 8 }), (edge, edits) => {
        const live = createEntenteService({ readFile: () => undefined });
        // Or a text one toggle away from a transfer without a basis (three of them in the quiet one).
        let text = edge ? quiet.replace('  safeguards administrative-arrangement "the provisions of Annex A"\n', '').replace('kind company', 'kind government-agency').replace('status binding', 'status non-binding') : quiet;
        live.open(uri, text, 1);
        diagnosticsOf(live);
        edits.forEach((e, i) => {
          // Half the edits are keystrokes in the prose of the last clause (the check is then skipped where nothing else changed).
          const prose = text.lastIndexOf('shall meet');
          const near = e.anchor < anchors.length ? text.indexOf(anchors[e.anchor]) : -1;
          const at = e.prose && prose >= 0 ? prose + (e.at % 9) : near >= 0 ? near + (e.at % 16) : e.at % (text.length + 1);
          const toggle = toggles[e.toggle];
          if (toggle && !e.prose && (text.includes(toggle[0]) || text.includes(toggle[1]))) text = text.includes(toggle[0]) ? text.replace(toggle[0], toggle[1]) : text.replace(toggle[1], toggle[0]);
          else text = e.prose ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + pieces[e.piece] + text.slice(at + e.remove);
          live.update(uri, text, i + 2);
          findingsReused.clear();
          const after = diagnosticsOf(live);
          // Read before the fresh service's analysis, which runs every check.
          for (const [code, wasSkipped] of findingsReused) if (wasSkipped) skipped.add(code);
          assert.deepStrictEqual(after, fresh(text), JSON.stringify(edits));
          for (const d of after) found.add(String(d.code));
        });
      }),
      { seed: Number(process.env.REUSED_SEED ?? 42), numRuns: Number(process.env.REUSED_RUNS ?? 60) },
    );
    for (const code of withInputs) {
      assert.ok(skipped.has(code), `${code} was skipped at some step`);
      assert.ok(found.has(code), `${code} was found at some step`);
    }
  });
});
