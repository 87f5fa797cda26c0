import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

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

  // Seventh real-instrument run: NATO technical information Agreement 1970, Art. IV.
  it('accepts a clause leaving the communication of the information to procedures for the implementation, but not one that leaves other matters to them', () => {
    const channel = 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Technical between EE, FI { carries "technical information" }\n';
    checkNoDiagnostics(
      `${channel}clause ArtIV "Article IV" """The Parties shall develop procedures for the implementation of this Agreement. These procedures shall contain provisions governing: (a) the communication, receipt and use of technical information under this Agreement."""\n`,
      ['missing-points-of-contact'],
    );
    const findings = diagnose(`${channel}clause ArtIV "Article IV" """The Parties shall develop procedures for the implementation of this Agreement, governing requests for changes of conditions."""\n`).filter(
      (d) => d.code === 'missing-points-of-contact',
    );
    assert.equal(findings.length, 1);
  });

  // Fifty-eighth real-instrument run, item 2: ITPGRFA 2001, Arts. 13.2 a) and 17.1 (BWBV0001763).
  describe('a channel routed through a common information system (ITPGRFA 2001, Arts. 13.2 a), 17)', () => {
    const classes =
      'treaty "Treaty" { status binding }\n' +
      'party FAO-Members "Members of FAO" { kind state class open }\n' +
      'party FAO-Organizations "Member Organizations of FAO" { kind international-organisation class open }\n' +
      'party Other-States "Other States" { kind state class open }\n';
    const channel = (words: string, more = '', members = 'FAO-Members, FAO-Organizations, Other-States') =>
      `${classes}channel InformationExchange between ${members} {\n  carries "catalogues and inventories"\n  modality as-written\n  exchange "${words}"${more}\n}\n`;
    const itpgrfa =
      'The Contracting Parties agree to make available information which shall, inter alia, encompass catalogues and inventories. Such information shall be made available, where non-confidential, subject to applicable law and in accordance with national capabilities. Such information shall be made available to all Contracting Parties to this Treaty through the information system, provided for in Article 17.';
    const contacts = (text: string) => diagnose(text).filter((d) => d.code === 'missing-points-of-contact');

    it('is silent: every Party finds the information in the system, and no Party sends to another', () => {
      assert.deepEqual(contacts(channel(itpgrfa)), []);
      assert.deepEqual(contacts(channel('Each Party shall make available to the other Parties, through the Biosafety Clearing-House, the information required under this Protocol.')), []);
    });

    it('near misses: Parties that also send to one another, a national system, directly, a time limit, a bilateral channel', () => {
      assert.equal(contacts(channel(`${itpgrfa} Each Contracting Party shall notify the other Contracting Parties of any hazard.`)).length, 1);
      assert.equal(contacts(channel('Each Party shall make the information available to the other Parties through its national information system.')).length, 1);
      assert.equal(contacts(channel('The information shall be exchanged directly, and recorded through the Global Information System.')).length, 1);
      assert.equal(contacts(channel(itpgrfa, '\n  deadline "make the information available" within 30 days')).length, 1);
      const bilateral = 'treaty "Agreement" { status binding }\nparty NL "Netherlands" { kind state }\nparty BE "Belgium" { kind state }\n';
      assert.equal(contacts(`${bilateral}channel Data between NL, BE {\n  modality as-written\n  exchange "${itpgrfa}"\n}\n`).length, 1);
    });
  });

  // Treaty lawyer lr13, defect 7 (probe /tmp/lr13/i1): the route holds for reference information only.
  describe('an alert system is no address: entries acted on with the Party that made them need its contact', () => {
    const states =
      'treaty "Convention on Cyber Incident Cooperation" { status binding }\n' +
      'party EE "The Republic of Estonia" { kind state }\nparty FI "The Republic of Finland" { kind state }\nparty LV "The Republic of Latvia" { kind state }\n';
    const alerts = 'Each Party shall make available to the other Parties, through the Common Cyber Information System, alerts on persons suspected of cyber attacks and on compromised systems, for the purpose of arrest or discreet surveillance.';
    const reference = 'Each Party shall make available to the other Parties, through the Common Cyber Information System, its national cyber-security strategies and the results of its research.';
    const contacts = (body: string) => diagnose(`${states}channel Alerts between EE, FI, LV {\n${body}\n}\n`).filter((d) => d.code === 'missing-points-of-contact');

    it('i1: alerts for arrest or surveillance, with personal data and incident reports: the finding stays', () => {
      assert.equal(contacts(`  carries incident-reports, indicators, personal-data\n  marking TLP:AMBER\n  modality as-written\n  exchange "${alerts}"`).length, 1);
    });

    it('the words alone (alerts, arrest), or a category alone (personal data), keep it', () => {
      assert.equal(contacts(`  modality as-written\n  exchange "${alerts}"`).length, 1);
      assert.equal(contacts(`  carries personal-data\n  modality as-written\n  exchange "${reference}"`).length, 1);
      assert.equal(contacts(`  modality as-written\n  exchange "${reference.replace('its national', 'requests for assistance and its national')}"`).length, 1);
    });

    it('near miss: reference information through the same system keeps the route, no finding', () => {
      assert.deepEqual(contacts(`  carries best-practice\n  modality as-written\n  exchange "${reference}"`), []);
    });
  });

  it('leaves unknown channel members to the reference check', () => {
    checkNoDiagnostics('participant FI "Finland" { contact Desk "NCSC-FI" }\nchannel Intel between SE, FI\n', ['missing-points-of-contact']);
  });

  it('asks a State Party for its Art. 35 point when Art. 35 is invoked, on the party id, as a warning', () => {
    const [finding] = checkDiagnostics(`treaty "T" { status binding }
party EE "Republic of Estonia" { kind state jurisdiction EE contact Duty "Police" }
//    ^^ missing-24-7-contact
party FI "Republic of Finland" { kind state jurisdiction FI contact Desk "Police" available 24/7 }
assistance { basis budapest-35 }
`);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /^EE has no point of contact available 24\/7 here\. EE is a Party to the Convention on Cybercrime \(in force for it since 2004-07-01\): Art\. 35\(1\) obliges it to designate one point of contact .* for criminal investigations and proceedings; name that point here/);
    assert.deepEqual(finding.related.map((r) => r.range.start), [{ line: 4, character: 19 }]);
  });

  // Legal review: "Acme has no point of contact available 24/7, which budapest-35 requires".
  it('asks nothing of a company, a CERT, an international organisation or a non-Party (review-me, probe t4)', () => {
    for (const party of [
      'party Acme "Acme Threat Intelligence Ltd" { kind company jurisdiction GB }',
      'participant CERT "CERT-EE" { kind national-cert jurisdiction EE }',
      'participant NATO "NATO" { kind international-organisation jurisdiction BE }',
      'participant IN "Government of India" { kind state jurisdiction IN }',
      'participant EE "Estonia"',
    ]) {
      checkNoDiagnostics(`${party}\nassistance { basis budapest-35 }\n`, ['missing-24-7-contact']);
    }
  });

  it('asks for no 24/7 contact under preservation, urgent assistance or Art. 29 alone: Art. 35 is the 24/7 article', () => {
    const ee = 'party EE "Republic of Estonia" { kind state jurisdiction EE }\n';
    checkNoDiagnostics(`${ee}assistance { preservation for 90 days }\n`, ['missing-24-7-contact']);
    checkNoDiagnostics(`${ee}assistance { basis urgent-assistance }\n`, ['missing-24-7-contact']);
    checkNoDiagnostics(`${ee}assistance { basis budapest-29 preservation for 90 days }\n`, ['missing-24-7-contact']);
  });

  it('accepts a clause that refers to the points designated under Art. 35, or the library clause', () => {
    const ee = 'participant EE "Police and Border Guard Board" { kind government-agency jurisdiction EE }\nassistance { basis budapest-35 }\n';
    checkDiagnostics(`participant EE "Police and Border Guard Board" { kind government-agency jurisdiction EE }
//          ^^ missing-24-7-contact
assistance { basis budapest-35 }
`);
    checkNoDiagnostics(`${ee}clause Contacts """Urgent requests go through the points of contact designated under Article 35 of the Convention on Cybercrime."""\n`, ['missing-24-7-contact']);
    checkNoDiagnostics(`${ee}clause Contact from library "contact-24-7/mou"\n`, ['missing-24-7-contact']);
  });

  it('leaves office-hours-only contacts of a State Party under Art. 35 to budapest-35-without-24-7', () => {
    checkNoDiagnostics('party EE "Estonia" { kind state jurisdiction EE contact Duty "Police" available office-hours }\nassistance { basis budapest-35 }\n', ['missing-24-7-contact']);
  });

  it('does not ask for a 24/7 contact without Art. 35', () => {
    checkNoDiagnostics('party EE "Estonia" { kind state jurisdiction EE contact Duty "Police" available office-hours }\nassistance { basis mutual-legal-assistance under "MLA Treaty" }\n', [
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
