import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';

describe('missing contact arrangements (MC12–MC14)', () => {
  it('reports a channel member with no point of contact, on its name in the channel', () => {
    const [finding] = checkDiagnostics(`participant EE "Estonia"
participant FI "Finland" { contact Desk "NCSC-FI" available 24/7 }
channel Intel between EE, FI
//                    ^^ missing-points-of-contact
`);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /EE on channel Intel/);
    assert.deepEqual(finding.related.map((r) => r.range.start), [{ line: 0, character: 12 }]);
  });

  it('accepts a contact named on the channel, a contact on the party, or one from a used registry', () => {
    checkNoDiagnostics('participant EE "Estonia"\nparticipant FI "Finland" { contact Desk "NCSC-FI" }\nchannel Intel between EE, FI { contacts EE.Duty, FI.Desk }\n', [
      'missing-points-of-contact',
    ]);
    checkNoDiagnostics('use "registry.entente"\nparticipant EE\nparticipant FI { contact Desk "NCSC-FI" }\nchannel Intel between EE, FI\n', ['missing-points-of-contact'], {
      files: { 'registry.entente': 'participant EE "Estonia" { contact Duty "CERT-EE" available 24/7 }\n' },
    });
  });

  it('leaves unknown channel members to the reference check', () => {
    checkNoDiagnostics('participant FI "Finland" { contact Desk "NCSC-FI" }\nchannel Intel between SE, FI\n', ['missing-points-of-contact']);
  });

  it('asks every party for a 24/7 contact when Budapest-style assistance is invoked, on the party id', () => {
    const [finding] = checkDiagnostics(`participant EE "Estonia" { contact Duty "CERT-EE" }
//          ^^ missing-24-7-contact
participant FI "Finland" { contact Desk "NCSC-FI" available 24/7 }
assistance { basis budapest-35 }
`);
    assert.equal(finding.severity, 'error');
    assert.deepEqual(finding.related.map((r) => r.range.start), [{ line: 3, character: 19 }]);
  });

  it('asks for a 24/7 contact when preservation or urgent assistance is invoked', () => {
    checkDiagnostics(`participant EE "Estonia"
//          ^^ missing-24-7-contact
assistance { preservation for 90 days }
`);
    checkDiagnostics(`participant EE "Estonia"
//          ^^ missing-24-7-contact
assistance { basis urgent-assistance }
`);
  });

  it('leaves office-hours-only contacts under Art. 35 to budapest-35-without-24-7, but not under other triggers', () => {
    checkNoDiagnostics('participant EE "Estonia" { contact Duty "CERT-EE" available office-hours }\nassistance { basis budapest-35 }\n', ['missing-24-7-contact']);
    checkDiagnostics(`participant EE "Estonia" { contact Duty "CERT-EE" available office-hours }
//          ^^ missing-24-7-contact
assistance { basis budapest-29 preservation for 90 days }
`);
  });

  it('does not ask for a 24/7 contact without Budapest-style or urgent assistance', () => {
    checkNoDiagnostics('participant EE "Estonia" { contact Duty "CERT-EE" available office-hours }\nassistance { basis mutual-legal-assistance under "MLA Treaty" }\n', [
      'missing-24-7-contact',
    ]);
  });

  it('asks for a central authority when MLA is invoked without an MLA treaty, on the basis word', () => {
    const [finding] = checkDiagnostics(`participant EE "Estonia"
assistance { basis budapest-35, mutual-legal-assistance }
//                              ^^^^^^^^^^^^^^^^^^^^^^^ missing-central-authority
`);
    assert.equal(finding.severity, 'warning');
  });

  it('does not ask for a central authority when a treaty applies or one is designated', () => {
    checkNoDiagnostics('participant EE "Estonia"\nassistance { basis mutual-legal-assistance under "Treaty on Mutual Legal Assistance (2001)" }\n', ['missing-central-authority']);
    checkNoDiagnostics('participant EE "Estonia"\nassistance { basis mutual-legal-assistance central authority EE "Ministry of Justice" }\n', ['missing-central-authority']);
    checkNoDiagnostics('participant EE "Estonia"\nassistance { basis budapest-35 }\n', ['missing-central-authority']);
  });

  it('asks each signatory for its own central authority (Art. 27(2)(a)), naming those without', () => {
    const [finding] = checkDiagnostics(`participant EE "Estonia"
participant GE "Georgia"
assistance { basis mutual-legal-assistance central authority EE "Ministry of Justice" }
//                 ^^^^^^^^^^^^^^^^^^^^^^^ missing-central-authority
`);
    assert.match(finding.message, /^GE has no central authority/);
    assert.equal(finding.related.length, 1);
    checkNoDiagnostics(
      'participant EE "Estonia"\nparticipant GE "Georgia"\nassistance {\n  basis mutual-legal-assistance\n  central authority EE "Ministry of Justice"\n  central authority GE "Ministry of Justice of Georgia"\n}\n',
      ['missing-central-authority'],
    );
  });
});
