import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

const registry = { 'registry.entente': 'participant EE "Estonia" {\n  contact Duty "CERT-EE" available 24/7\n}\nparticipant FI "Finland"\n' };

describe('ordinary checks: declarations', () => {
  it('reports the second declaration of an id, on its name, with the first as related information', () => {
    const [d] = checkDiagnostics(`participant EE "Estonia"
participant FI "Finland"
channel Intel between EE, FI
channel Intel between FI, EE
//      ^^^^^ duplicate-declaration
`);
    assert.equal(d.related.length, 1);
    assert.equal(d.related[0].range.start.line, 2);
  });

  it('reports a party declared twice in the document, bare or not', () => {
    checkDiagnostics(`participant EE "Estonia"
participant EE
//          ^^ duplicate-declaration
`);
  });

  it('does not count a bare participant that takes its record from a used file as a duplicate', () => {
    checkNoDiagnostics(`use "registry.entente"
participant EE
participant FI
`, ['duplicate-declaration'], { files: registry });
  });

  it('keeps namespaces apart: a channel and a body may share an id', () => {
    checkNoDiagnostics(`participant EE "Estonia"
participant FI "Finland"
channel Board between EE, FI
body Board members EE, FI
`, ['duplicate-declaration']);
  });

  it('reports a duplicate contact of one party', () => {
    checkDiagnostics(`participant EE "Estonia" {
  contact Duty "CERT-EE"
  contact Duty "CERT-EE night desk"
//        ^^^^ duplicate-declaration
}
`);
  });

  // Quick-fix review, item 21: the record of the agreement that protects classified material is
  // not deleted by a fix; referencing it (`classification <level> under GSA`) is the usual remedy.
  it('reports a security agreement no channel classifies under, tagged unnecessary, with no deletion fix', () => {
    const text = `participant EE "Estonia"
participant FI "Finland"
security-agreement GSA between EE, FI up to SECRET
//                 ^^^ unused-declaration
channel Intel between EE, FI
`;
    const [d] = checkDiagnostics(text);
    assert.deepEqual(d.tags, ['unnecessary']);
    assert.deepEqual(d.fixes, []);
  });

  it('does not report the agreements of a registry file (no instrument header, no channel) that other files use', () => {
    // The generated 200-file workspace's registry/agreements.entente: its 30 agreements serve the
    // channels of the instruments that \`use\` it.
    checkNoDiagnostics(`// Security agreements between the partners, used by the instruments that name them.
participant EE "Estonia"
participant FI "Finland"
security-agreement GSA between EE, FI up to SECRET
`, ['unused-declaration']);
  });

  it('still reports an agreement of a file with an instrument header and no channel (the near miss)', () => {
    checkDiagnostics(`memorandum "MoU between EE and FI" {
  status non-binding
}
participant EE "Estonia"
participant FI "Finland"
security-agreement GSA between EE, FI up to SECRET
//                 ^^^ unused-declaration
`);
  });

  it('does not report a security agreement a channel classifies under', () => {
    checkNoDiagnostics(`participant EE "Estonia"
participant FI "Finland"
security-agreement GSA between EE, FI up to SECRET
channel Intel between EE, FI {
  classification SECRET under GSA
}
`, ['unused-declaration']);
  });

  // Seventh real-instrument run: NATO technical information Agreement 1970, Art. III(C).
  it('does not report a body given a mandate though it lists no members, but does report one with neither', () => {
    checkNoDiagnostics('participant EE "Estonia"\nbody Advisory "Advisory Committee" meets on-request mandate "to investigate and examine evidence and report on any damage"\n', ['unused-declaration']);
    checkDiagnostics(`participant EE "Estonia"
body Advisory "Advisory Committee" meets on-request
//   ^^^^^^^^ unused-declaration
`);
  });

  it('reports a named contact no channel lists when channels list contacts', () => {
    checkDiagnostics(`participant EE "Estonia" {
  contact Duty "CERT-EE"
  contact Night "CERT-EE night desk"
//        ^^^^^ unused-declaration
}
participant FI "Finland" {
  contact Desk "NCSC-FI"
}
channel Intel between EE, FI {
  contacts EE.Duty, FI.Desk
}
`);
  });

  // Red-team case (test/independent): an exercise arrangement whose 24/7 watch desks are the
  // parties' urgent points of contact while only the planning contacts sit on the channel.
  it('does not report an unlisted 24/7 contact while protocols, exercises or assistance rely on it, but does report an office-hours one', () => {
    checkDiagnostics(`participant US "United States" {
  contact Ops "Watch desk" available 24/7
  contact Spare "Planning deputy" available office-hours
//        ^^^^^ unused-declaration
  contact Planning "Planning team" available office-hours
}
participant GB "United Kingdom" {
  contact Ops "Duty officer" available 24/7
  contact Planning "Exercise secretariat" available office-hours
}
channel Planning between US, GB {
  contacts US.Planning, GB.Planning
}
exercise Shield every 24 months led by GB with US
`);
  });

  it('still reports an unlisted 24/7 contact when nothing but channels could use it', () => {
    checkDiagnostics(`participant US "United States" {
  contact Ops "Watch desk" available 24/7
//        ^^^ unused-declaration
  contact Planning "Planning team"
}
participant GB "United Kingdom" {
  contact Planning "Exercise secretariat"
}
channel Planning between US, GB {
  contacts US.Planning, GB.Planning
}
`);
  });

  // Eleventh real-instrument run (EU–US PNR 2007): the DHS contact on the United States was the
  // channel's point of contact for it, as missing-points-of-contact accepts, yet reported unused.
  it('does not report the contacts of a party that a channel lists no contact for: they are its points of contact there', () => {
    checkDiagnostics(`participant EU "European Union" {
  contact Commission "the European Commission"
}
participant US "United States" {
  contact DHS "Department of Homeland Security"
  contact Spare "Deputy"
}
participant CA "Canada" {
  contact Desk "Public Safety Canada"
  contact Night "Night desk"
//        ^^^^^ unused-declaration
}
channel PNR between EU, US {
  contacts EU.Commission
}
channel API between EU, CA {
  contacts EU.Commission, CA.Desk
}
`, { codes: ['unused-declaration', 'missing-points-of-contact'] });
  });

  it('does not report contacts when no channel lists contacts, nor any party (parties sign)', () => {
    checkNoDiagnostics(`participant EE "Estonia" {
  contact Duty "CERT-EE"
}
participant FI "Finland"
participant LV "Latvia"
channel Intel between EE, FI
`, ['unused-declaration']);
  });

  it('reports a body with no members that nobody escalates to, but not one escalated to', () => {
    checkDiagnostics(`participant EE "Estonia"
body Idle "Idle group"
//   ^^^^ unused-declaration
body Crisis "Crisis cell"
protocol Major {
  escalate to Crisis within 48 hours
}
`);
  });

  it('reports a second instrument header on its keyword, with the first as related information', () => {
    const [d] = checkDiagnostics(`memorandum "First" {
  status non-binding
}
  treaty "Second" {
//^^^^^^ second-instrument-header
  status binding
}
`);
    assert.equal(d.related[0].range.start.line, 0);
  });

  it('reports a use path and an annex parent that lead nowhere, on the path', () => {
    checkDiagnostics(`annex "Technical annex" of "missing-parent.entente" {
//                         ^^^^^^^^^^^^^^^^^^^^^^^^ unresolved-file
}
use "registry.entente"
use "nowhere.entente"
//  ^^^^^^^^^^^^^^^^^ unresolved-file
`, { files: registry });
  });

  it('never throws on a document cut off in the middle of a declaration', () => {
    const text = 'participant EE "Estonia" {\n  contact Duty "CERT-EE"\nchannel Intel between EE,';
    for (let i = 0; i <= text.length; i++) assert.doesNotThrow(() => diagnose(text.slice(0, i)));
  });

  // Red-team round 2 (test/independent): a framework without `status` and with "shall" in a
  // clause raised nothing at all, since every wording and final-clause check waits on the status.
  describe('undeclared-status', () => {
    it('asks a framework or protocol of unknown status to declare it, on the kind, with both statements as fixes', () => {
      const [d] = checkDiagnostics(`  framework "Cyber Framework" {
//^^^^^^^^^ undeclared-status
  effect on signature
}
clause Duties """Each Participant shall designate a liaison officer."""
`);
      assert.match(d.message, /^A framework may or may not bind/);
      // The message weighs the evidence both ways ("shall" against "Participant" and the absence of
      // treaty final clauses); the fixes offer both answers, the better supported first, neither preferred.
      assert.match(d.message, /signals of a treaty: 'shall'; signals of an MoU: no treaty final clauses .*'Participants'/);
      assert.deepEqual(d.fixes.map((f) => [f.title, f.preferred ?? false]), [
        ['Add `status non-binding` to the header', false],
        ['Add `status binding` to the header', false],
        ['Add `status undetermined` to the header', false],
      ]);
      checkDiagnostics('  protocol "Protocol" {\n//^^^^^^^^ undeclared-status\n  }\n');
    });

    it('leaves alone a declared status, a status clause, a treaty or memorandum (their kind decides), and an annex', () => {
      const codes = ['undeclared-status'];
      checkNoDiagnostics('framework "F" {\n  status non-binding\n}\n', codes);
      checkNoDiagnostics('framework "F" {\n}\nclause Status from library "non-binding-status/mou"\n', codes);
      checkNoDiagnostics('treaty "T" {\n}\n', codes);
      checkNoDiagnostics('memorandum "M" {\n}\n', codes);
      checkNoDiagnostics('annex "A" of "parent.entente" {\n}\n', codes, { files: { 'parent.entente': 'framework "F" {\n}\n' } });
    });
  });

  // Red-team round 2: an annex said `status binding` under a non-binding MoU; it was read as a
  // treaty, and its MoU wording was reported as wrong.
  describe('annex-status-differs', () => {
    const files = { 'mou.entente': 'memorandum "MoU" {\n  status non-binding\n}\n', 'treaty.entente': 'treaty "T" {\n}\n' };

    it('reports an annex status that contradicts the parent, on the value, relating the parent status, with a fix', () => {
      const [d] = checkDiagnostics(`annex "Annex A" of "mou.entente" {
  status binding
//       ^^^^^^^ annex-status-differs
}
`, { files });
      assert.match(d.message, /says it is binding, but the memorandum it belongs to is non-binding/);
      assert.deepEqual([d.related[0].uri, d.related[0].range.start.line], ['file:///fixture/mou.entente', 1]);
      assert.equal(d.fixes[0].edits[0].newText, 'non-binding');
      checkDiagnostics('annex "A" of "treaty.entente" {\n  status non-binding\n//       ^^^^^^^^^^^ annex-status-differs\n}\n', { files });
    });

    it('accepts the parent status repeated, no status, and a parent whose status is unknown', () => {
      const codes = ['annex-status-differs'];
      checkNoDiagnostics('annex "A" of "mou.entente" {\n  status non-binding\n}\n', codes, { files });
      checkNoDiagnostics('annex "A" of "mou.entente" {\n}\n', codes, { files });
      checkNoDiagnostics('annex "A" of "f.entente" {\n  status binding\n}\n', codes, { files: { 'f.entente': 'framework "F" {\n}\n' } });
    });
  });
});

describe('duplicate-header-statement', () => {
  const parties = 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\n';

  it('reports the second of two header statements of one kind, with the first as related location', () => {
    const [d] = checkDiagnostics(
      ['treaty "T" {', '  status binding', '  effect on signature', '  effect after last notification', '//^^^^^^ duplicate-header-statement', '}', parties].join('\n'),
    );
    assert.match(d.message, /^A second `effect` statement in the header: only the first is read.*merge the two into one `effect` statement/);
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.related?.map((r) => r.range.start), [{ line: 2, character: 2 }]);
  });

  it('reports every statement read once: duration, consent, depositary, disputes, amendment, languages, status, a second signature, termination spelt otherwise', () => {
    checkDiagnostics(
      [
        'treaty "T" {',
        '  status binding',
        '  status non-binding',
        '//^^^^^^ duplicate-header-statement',
        '  languages English authentic',
        '  languages French authentic',
        '//^^^^^^^^^ duplicate-header-statement',
        '  signed by EE at "Tallinn" on 2027-03-01',
        '  signed by FI at "Helsinki" on 2027-04-01',
        '//^^^^^^ duplicate-header-statement',
        '  consent by signature',
        '  consent by ratification',
        '//^^^^^^^ duplicate-header-statement',
        '  duration 5 years',
        '  duration indefinite',
        '//^^^^^^^^ duplicate-header-statement',
        '  termination with notice of 6 months',
        '  withdrawal with notice of 3 months',
        '//^^^^^^^^^^ duplicate-header-statement',
        '  amendment by written agreement',
        '  amendment by exchange of notes',
        '//^^^^^^^^^ duplicate-header-statement',
        '  disputes by negotiation',
        '  disputes by arbitration',
        '//^^^^^^^^ duplicate-header-statement',
        '  depositary "Government of Estonia"',
        '  depositary "Government of Finland"',
        '//^^^^^^^^^^ duplicate-header-statement',
        '}',
        parties,
      ].join('\n'),
    );
    const [signature] = diagnose(`treaty "T" {\n  signed by EE on 2027-03-01\n  done by FI on 2027-04-01\n}\n${parties}`).filter((d) => d.code === 'duplicate-header-statement');
    assert.match(signature.message, /write every signature in one statement, separated by commas/);
  });

  it('near misses: several signatures in one statement, incorporates from one or several sources, implemented by per article, one of each', () => {
    checkNoDiagnostics(
      `treaty "T" {\n  status binding\n  signed by EE at "Tallinn" on 2027-03-01, by FI at "Helsinki" on 2027-04-01\n  effect after last signature\n  subsequently 30 days after accession\n  provisional application on signature\n  incorporates definitions, amendment from "parent.entente" "Articles 1 and 44"\n  incorporates mutual-assistance from "parent.entente" "Articles 23 to 35"\n  incorporates disputes from "other.entente"\n  implemented by "mou.entente" article 7\n  implemented by "annex.entente" article 9\n}\n${parties}`,
      ['duplicate-header-statement'],
    );
  });

  it('reads each header of a file on its own', () => {
    checkNoDiagnostics('memorandum "A" {\n  status non-binding\n}\nmemorandum "B" {\n  status non-binding\n}\n', ['duplicate-header-statement']);
  });
});
