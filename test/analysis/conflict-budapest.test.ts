import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { fixed } from './conflict-helpers';

describe('Budapest Convention conflicts (CF18, CF19)', () => {
  describe('CF18 Art. 35 without a 24/7 contact', () => {
    it('reports an office-hours-only contact on its availability', () => {
      const [d] = checkDiagnostics(`participant EE "Estonia" {
  contact Desk "CERT-EE" available office-hours
//                                 ^^^^^^^^^^^^ budapest-35-without-24-7
}
participant FI "Finland" {
  contact Duty "NCSC-FI" available 24/7
}
assistance {
  basis budapest-35
}
`);
      assert.equal(d.severity, 'error');
      assert.equal(d.related[0].message, 'Art. 35 cooperation is invoked here.');
    });

    it('makes the office-hours contact available 24/7', () => {
      const text = 'participant EE "Estonia" {\n  contact Desk "CERT-EE" available office-hours\n}\nassistance { basis budapest-35 }\n';
      assert.equal(fixed(text, 'budapest-35-without-24-7'), text.replace('office-hours', '24/7'));
    });

    // Red-team round 2 (test/independent): an MLA treaty party with an office-hours duty desk and
    // an office-hours central authority got the same finding twice; one 24/7 contact cures both.
    it('reports a party once, on its first office-hours contact, with the others related, however many blocks invoke Art. 35', () => {
      const text =
        'participant EE "Estonia" {\n  contact Desk "CERT-EE" available office-hours\n  contact Lab "CERT-EE lab" available office-hours\n}\nparticipant FI "Finland" { contact Desk "NCSC-FI" available office-hours }\nassistance { basis budapest-35 }\nassistance { basis budapest-35 }\n';
      const found = diagnose(text).filter((d) => d.code === 'budapest-35-without-24-7');
      assert.deepEqual(found.map((d) => d.range.start.line), [1, 4]);
      assert.deepEqual(found[0].related.map((r) => r.message), ['Art. 35 cooperation is invoked here.', 'EE.Lab is also available only in office hours.']);
      assert.deepEqual(found[1].related.length, 1);
    });

    it('leaves a party with no 24/7 contact and no office-hours one to missing-24-7-contact', () => {
      const codes = ['budapest-35-without-24-7'];
      checkNoDiagnostics('participant EE "Estonia"\nassistance {\n  basis mutual-legal-assistance, budapest-35\n}\n', codes);
      checkNoDiagnostics('participant EE "Estonia" { contact Desk "CERT-EE" }\nassistance { basis budapest-35 }\n', codes);
    });

    it('accepts a 24/7 contact (also from a registry), and office hours without Art. 35', () => {
      const codes = ['budapest-35-without-24-7'];
      checkNoDiagnostics('participant EE "Estonia" {\n  contact Desk "CERT-EE" available office-hours\n  contact Duty "CERT-EE duty" available 24/7\n}\nassistance { basis budapest-35 }\n', codes);
      checkNoDiagnostics('use "registry.entente"\nparticipant EE\nassistance { basis budapest-35 }\n', codes, {
        files: { 'registry.entente': 'participant EE "Estonia" { contact Duty "CERT-EE" available 24/7 }\n' },
      });
      checkNoDiagnostics('participant EE "Estonia" { contact Desk "CERT-EE" available office-hours }\nassistance { basis budapest-29 }\n', codes);
    });
  });

  describe('CF19 Art. 29 preservation under 60 days', () => {
    it('warns on the preservation period and fixes it to 60 days', () => {
      const text = `assistance {
  basis budapest-29
  preservation for 30 days
//                 ^^^^^^^ preservation-under-60-days
}
`;
      const [d] = checkDiagnostics(text);
      assert.equal(d.severity, 'warning');
      assert.match(fixed(text, 'preservation-under-60-days'), /preservation for 60 days\n/);
    });

    it('accepts 60 days or more, and short preservation without Art. 29', () => {
      const codes = ['preservation-under-60-days'];
      checkNoDiagnostics('assistance {\n  basis budapest-29\n  preservation for 2 months\n}\n', codes);
      checkNoDiagnostics('assistance {\n  basis budapest-29\n  preservation for 90 days\n}\n', codes);
      checkNoDiagnostics('assistance {\n  basis mutual-legal-assistance\n  preservation for 30 days\n}\n', codes);
    });
  });
});
