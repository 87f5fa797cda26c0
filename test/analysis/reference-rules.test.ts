import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';

describe('reference rules', () => {
  it('reports a channel member that is declared nowhere, on the name', () => {
    checkDiagnostics(`participant EE "Estonia"
participant FI "Finland"
channel Intel between EE, SE
//                        ^^ unknown-reference
`);
  });

  it('resolves parties from a used registry file', () => {
    checkNoDiagnostics(
      `use "registry.entente"
participant EE
channel Intel between EE, FI
`,
      ['unknown-reference'],
      { files: { 'registry.entente': 'participant EE "Estonia"\nparticipant FI "Finland"\n' } },
    );
  });

  // Red-team case (test/independent): a contacts line copied from another channel names the
  // contact of a party that is not on this channel.
  it('reports a channel contact of a party that is not a member of the channel, on the contact', () => {
    const [d] = checkDiagnostics(`participant LT "Lithuania" { contact Duty "NCSC-LT" }
participant PL "Poland" { contact Duty "CSIRT GOV" }
participant LV "Latvia" { contact Duty "CERT.LV" }
channel Defence between LT, PL {
  contacts LT.Duty, LV.Duty, PL.Duty
//                  ^^^^^^^ contact-not-channel-member
}
channel Baltic between LT, LV {
  contacts LT.Duty, LV.Duty
}
`);
    assert.deepEqual(d.fixes.map((f) => f.title), ['Add LV to the members of the channel (it receives what the channel carries)', 'Remove LV.Duty from the contacts of the channel']);
    assert.deepEqual(d.fixes[0].edits[0], { range: { start: { line: 3, character: 30 }, end: { line: 3, character: 30 } }, newText: ', LV' });
    assert.deepEqual(d.fixes[1].edits[0].range, { start: { line: 4, character: 18 }, end: { line: 4, character: 27 } });
  });

  it('reports a sender in `from` that is not a member of the channel, on the sender, with a fix that adds it', () => {
    const [d] = checkDiagnostics(`participant OPCW "OPCW"
participant NL "Netherlands"
participant BE "Belgium"
channel Records between OPCW, NL {
  from OPCW, BE
//           ^^ sender-not-channel-member
  carries personal-data
}
`);
    assert.deepEqual(d.fixes.map((f) => f.title), ['Add BE to the members of the channel (it sends what the channel carries)']);
    assert.deepEqual(d.fixes[0].edits[0], { range: { start: { line: 3, character: 32 }, end: { line: 3, character: 32 } }, newText: ', BE' });
  });

  it('near miss: members as senders, and an undeclared sender (unknown-reference only)', () => {
    checkNoDiagnostics(
      `participant OPCW "OPCW"
participant NL "Netherlands"
channel Records between OPCW, NL {
  from OPCW, NL
  carries personal-data
}
`,
      ['sender-not-channel-member', 'unknown-reference'],
    );
    checkDiagnostics(`participant OPCW "OPCW"
participant NL "Netherlands"
channel Records between OPCW, NL {
  from XX
//     ^^ unknown-reference
}
`);
  });

  it('reports an undeclared party once (not again as an unknown contact), an unknown contact of a member, and leaves them to unknown-reference', () => {
    checkDiagnostics(`participant LT "Lithuania" { contact Duty "NCSC-LT" }
participant PL "Poland" { contact Duty "CSIRT GOV" }
channel Defence between LT, PL {
  contacts LT.Duty, PL.Duty, EE.Duty, PL.Night
//                           ^^ unknown-reference
//                                       ^^^^^ unknown-reference
}
`, { codes: ['unknown-reference', 'contact-not-channel-member'] });
  });

  // Red-team case (test/independent): a protocol notified a third state over a bilateral
  // classified channel it is not on.
  it('reports a notified party that is not a member of the channel named by via, on the party', () => {
    const [d] = checkDiagnostics(`participant LV "Latvia"
participant UA "Ukraine"
participant GE "Georgia"
channel Classified between LV, UA
channel Open between LV, UA, GE
protocol Major {
  notify UA, GE within 24 hours via Classified
//           ^^ notified-not-on-channel
  notify GE within 24 hours via Open
  notify within 72 hours via Classified
  notify SE within 24 hours via Open
}
`);
    assert.equal(d.related[0].range.start.line, 3);
  });
});

describe('contacts named by protocols and exercises', () => {
  it('resolves them, reports an unknown one, and counts them as uses', () => {
    // The channel names a contact for each member, so the party's other contacts are not its
    // points of contact there: only the protocol and the exercise can use them.
    checkDiagnostics(`participant EE "Estonia" { contact Duty "CERT-EE" available office-hours contact Spare "Old desk" contact Intel "Intel desk" }
//                                                                               ^^^^^ unused-declaration
participant FI "Finland" { contact Desk "NCSC-FI" available office-hours }
channel Intel between EE, FI { contacts FI.Desk, EE.Intel }
protocol Major { notify FI within 24 hours contacts EE.Duty, FI.Nobody }
//                                                              ^^^^^^ unknown-reference
exercise Shield annually led by EE with FI { contacts EE.Duty }
`, { codes: ['unknown-reference', 'unused-declaration'] });
  });
});
