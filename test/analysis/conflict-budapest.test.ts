import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { fixed, only } from './conflict-helpers';

describe('Budapest Convention conflicts (CF18, CF19, Party status, channel separation)', () => {
  describe('CF18 Art. 35 with a State Party reachable only in office hours', () => {
    it('reports a State Party whose only contact works office hours, on its availability, as a warning', () => {
      const [d] = checkDiagnostics(`party EE "Republic of Estonia" {
  kind state
  jurisdiction EE
  contact Desk "Police and Border Guard Board" available office-hours
//                                                       ^^^^^^^^^^^^ budapest-35-without-24-7
}
party FI "Republic of Finland" {
  kind state
  jurisdiction FI
  contact Duty "NCSC-FI" available 24/7
}
assistance {
  basis budapest-35
}
`);
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /EE is a Party to the Convention on Cybercrime \(in force for it since 2004-07-01\): Art\. 35\(1\) obliges it to designate one point of contact/);
      assert.equal(d.related[0].message, 'Art. 35 cooperation is invoked here.');
      // Which contact is the Art. 35 point depends on facts the text does not state: no quick fix.
      assert.deepEqual(d.fixes, []);
    });

    it('says what an arrangement between agencies can do: refer to the point the State designated', () => {
      const text = 'memorandum "MoU" { status non-binding }\nparticipant EE "Police and Border Guard Board" { kind government-agency jurisdiction EE contact Desk "Desk" available office-hours }\nassistance { basis budapest-35 }\n';
      const d = only(text, 'budapest-35-without-24-7');
      assert.match(d.message, /refer to the point EE has designated under Art\. 35 \(an arrangement between agencies cannot designate it\)/);
    });

    // Review probe t4: ACME Ltd's office-hours sales desk was reported as breaching Art. 35.
    it('leaves companies, CERTs, international organisations, non-Parties and unknown States alone (probe t4)', () => {
      const codes = ['budapest-35-without-24-7', 'missing-24-7-contact'];
      for (const party of [
        'participant ACME "Acme Ltd" { kind company jurisdiction DE contact Sales "sales" available office-hours }',
        'participant CERT "CERT-EE" { kind national-cert jurisdiction EE contact Desk "desk" available office-hours }',
        'participant NATO "NATO" { kind international-organisation jurisdiction BE contact Desk "desk" available office-hours }',
        'participant IN "India" { kind state jurisdiction IN contact Desk "desk" available office-hours }',
        'participant RU "Russian Federation" { kind state jurisdiction RU contact Desk "desk" available office-hours }',
        'participant X "A State" { kind state contact Desk "desk" available office-hours }',
      ]) {
        checkNoDiagnostics(`${party}\nassistance { basis budapest-35 }\n`, codes);
      }
    });

    it('reports a State Party once, on its first office-hours contact, with the others related, however many blocks invoke Art. 35', () => {
      const text =
        'party EE "Estonia" {\n  kind state\n  jurisdiction EE\n  contact Desk "Police" available office-hours\n  contact Lab "Police lab" available office-hours\n}\nparty FI "Finland" { kind government-agency jurisdiction FI contact Desk "Police" available office-hours }\nassistance { basis budapest-35 }\nassistance { basis budapest-35 }\n';
      const found = diagnose(text).filter((d) => d.code === 'budapest-35-without-24-7');
      assert.deepEqual(found.map((d) => d.range.start.line), [3, 6]);
      assert.deepEqual(found[0].related.map((r) => r.message), ['Art. 35 cooperation is invoked here.', 'EE.Lab is also available only in office hours.']);
      assert.equal(found[1].related.length, 1);
    });

    it('accepts a 24/7 contact (also from a registry), and office hours without Art. 35', () => {
      const codes = ['budapest-35-without-24-7'];
      const ee = (contacts: string) => `party EE "Estonia" {\n  kind state\n  jurisdiction EE\n${contacts}}\n`;
      checkNoDiagnostics(ee('  contact Desk "Police" available office-hours\n  contact Duty "Police duty" available 24/7\n') + 'assistance { basis budapest-35 }\n', codes);
      checkNoDiagnostics('use "registry.entente"\nparty EE\nassistance { basis budapest-35 }\n', codes, {
        files: { 'registry.entente': 'party EE "Estonia" { kind state jurisdiction EE contact Duty "Police" available 24/7 }\n' },
      });
      checkNoDiagnostics(ee('  contact Desk "Police" available office-hours\n') + 'assistance { basis budapest-29 }\n', codes);
    });
  });

  describe('budapest-state-not-party', () => {
    // Review probe t4: CERT-In in an MoU that invokes budapest-35.
    it("reports a participant whose State is not on the list of Parties, with the list's date", () => {
      const text = `participant EE "CERT-EE" { kind national-cert jurisdiction EE }
participant IN "CERT-In" { kind national-cert jurisdiction IN }
//          ^^ budapest-state-not-party
assistance { basis budapest-35 }
`;
      const [d] = checkDiagnostics(text);
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /^IN: India is not a Party to the Convention on Cybercrime: it is not on the Council of Europe list of Parties \(stored copy from after June 2024, read in 2026\)\. budapest-35 does not apply between IN and the other participants/);
    });

    it('says a signatory that has not ratified is not bound, and that an international organisation cannot be a Party', () => {
      const text = 'participant IE "Ireland" { kind state jurisdiction IE }\nparticipant NATO "NATO" { kind international-organisation jurisdiction BE }\nparticipant EE "Estonia" { kind state jurisdiction EE }\nparticipant EUB "CERT-EU" { kind national-cert jurisdiction EU }\nassistance { basis budapest-27 }\n';
      const found = diagnose(text).filter((d) => d.code === 'budapest-state-not-party');
      assert.equal(found.length, 3);
      assert.match(found[2].message, /EUB is a body of the European Union: only States can be Parties/);
      assert.match(found[0].message, /Ireland signed the Convention on Cybercrime on 2002-02-28 but is not on the Council of Europe list of Parties/);
      assert.match(found[1].message, /NATO is an international organisation: only States can be Parties/);
    });

    it('is silent for Parties, for States the list does not establish, without a jurisdiction, and without a Budapest basis', () => {
      const codes = ['budapest-state-not-party'];
      checkNoDiagnostics('participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant JP "JPCERT" { kind national-cert jurisdiction JP }\nassistance { basis budapest-35 }\n', codes);
      checkNoDiagnostics('participant RU "Russia" { kind state jurisdiction RU }\nparticipant X "X" { kind state }\nassistance { basis budapest-29 }\n', codes);
      checkNoDiagnostics('participant IN "CERT-In" { kind national-cert jurisdiction IN }\nassistance { basis urgent-assistance, mutual-legal-assistance }\n', codes);
    });
  });

  describe('evidence-on-cert-channel', () => {
    it('advises a separate channel where one channel carries criminal evidence and is a CSIRT channel', () => {
      const text = `participant EE "CERT-EE" { kind national-cert jurisdiction EE }
participant FI "NCSC-FI" { kind national-cert jurisdiction FI }
channel Intel between EE, FI {
  carries indicators, subscriber-information
//                    ^^^^^^^^^^^^^^^^^^^^^^ evidence-on-cert-channel
}
`;
      const [d] = checkDiagnostics(text);
      assert.equal(d.severity, 'info');
      assert.match(d.message, /EE is a national CERT/);
    });

    // Who-is-bound review, item 14: police use TLP too; the marking alone made such channels CSIRT ones.
    it('not for a TLP-marked channel between police authorities, nor for an MLA channel between them', () => {
      const parties = 'participant EE "Police" { kind government-agency jurisdiction EE }\nparticipant FI "Police" { kind government-agency jurisdiction FI }\n';
      checkNoDiagnostics(`${parties}channel C between EE, FI {\n  carries electronic-evidence\n  marking TLP:AMBER\n}\n`, ['evidence-on-cert-channel']);
      checkNoDiagnostics(`${parties}channel C between EE, FI {\n  carries electronic-evidence, traffic-data, personal-data\n}\n`, ['evidence-on-cert-channel']);
      checkNoDiagnostics('participant EE "CERT-EE" { kind national-cert }\nparticipant FI "NCSC" { kind national-cert }\nchannel C between EE, FI { carries indicators }\n', ['evidence-on-cert-channel']);
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
