/**
 * The checks a legal adviser expects (review §3 items 1, 5, 8 and 11; issue #9 item 6): each
 * with a triggering fixture, the near miss that satisfies it, and the cases it must leave alone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

/** A transcription's findings, as the harness checks it alone. */
const diagnoseReal = (name: string) => diagnose(readFileSync(new URL(`../real-instruments/${name}.entente`, import.meta.url), 'utf8'));

const codes = (text: string) => diagnose(text).map((d) => d.code);

describe('relation to other obligations (review §3 item 1(a); VCLT Art. 30, Charter Art. 103)', () => {
  const treaty = 'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state jurisdiction EE }\nparty UA "Ukraine" { kind state jurisdiction UA }\n';

  it('asks a treaty with an EU Member State party how it relates to other obligations, at info level', () => {
    const [finding] = diagnose(treaty).filter((d) => d.code === 'missing-relation-to-other-obligations');
    assert.equal(finding.severity, 'info');
    assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
    assert.match(finding.message, /EE is an EU Member State bound by Union law/);
  });

  it('is satisfied by a savings clause in the words real treaties use', () => {
    for (const words of [
      'This Agreement shall be without prejudice to the rights and obligations of the Parties under other international agreements.',
      'Nothing in this Agreement shall affect other rights, restrictions, obligations and responsibilities of a Party.',
      'This Agreement shall not affect the obligations of the Parties under existing bilateral agreements.',
    ]) {
      checkNoDiagnostics(`${treaty}clause Relation "${words}"\n`, ['missing-relation-to-other-obligations']);
    }
    // Other agreements on the text's own subject (NATO 1997 Art. 5); on another subject, the clause is
    // narrowed to it and the finding stays (lg45-relation-reach.test.ts).
    const onInformation = treaty.replace('"Agreement"', '"Agreement on the security of information"');
    checkNoDiagnostics(`${onInformation}clause Relation "The present Agreement in no way prevents the Parties from making other Agreements relating to the exchange of information."\n`, ['missing-relation-to-other-obligations']);
    checkNoDiagnostics(`${treaty}clause Other about other-obligations "See Article 12."\n`, ['missing-relation-to-other-obligations']);
  });

  it('near misses: a survival sentence is not a savings clause; an MoU, a treaty of non-EU States citing nothing, an implementing arrangement are left alone', () => {
    assert.ok(codes(`${treaty}clause End "Termination shall not affect obligations already assumed."\n`).includes('missing-relation-to-other-obligations'));
    assert.ok(!codes('memorandum "MoU" { status non-binding }\nparticipant EE "Estonia" { jurisdiction EE }\n').includes('missing-relation-to-other-obligations'));
    assert.ok(!codes('treaty "T" { status binding }\nparty UA "Ukraine" { kind state jurisdiction UA }\nparty GE "Georgia" { kind state jurisdiction GE }\n').includes('missing-relation-to-other-obligations'));
    assert.ok(!codes(`arrangement "A" { status binding implements GSA }\nparty EE "Estonia" { kind state jurisdiction EE }\nsecurity-agreement GSA between EE { concluded }\n`).includes('missing-relation-to-other-obligations'));
  });

  it('counts a cited security agreement in force and Budapest cooperation as other obligations', () => {
    const nonEu = 'treaty "T" { status binding }\nparty UA "Ukraine" { kind state jurisdiction UA }\nparty GE "Georgia" { kind state jurisdiction GE }\n';
    assert.match(diagnose(`${nonEu}security-agreement GSA between UA, GE { concluded }\n`).find((d) => d.code === 'missing-relation-to-other-obligations')?.message ?? '', /security agreement GSA in force/);
    assert.match(diagnose(`${nonEu}assistance { basis budapest-29 }\n`).find((d) => d.code === 'missing-relation-to-other-obligations')?.message ?? '', /Budapest Convention/);
  });
});

describe('EU Member States and Union rules (review §3 item 1(b)–(c))', () => {
  const treaty = (channel: string) => `treaty "Agreement" { status binding }
party EE "Estonia" { kind state jurisdiction EE }
party UA "Ukraine" { kind state jurisdiction UA }
${channel}`;

  it('prompts a Member State concluding with a third country on personal data, evidence or CSIRT sharing, at info level', () => {
    const [finding] = diagnose(treaty('channel Intel between EE, UA { carries indicators, personal-data }\n')).filter((d) => d.code === 'missing-union-law-clause');
    assert.equal(finding.severity, 'info');
    // No regime declared: the GDPR or the Directive (eighteenth run).
    assert.match(finding.message, /Chapter V of the GDPR or of the Law Enforcement Directive/);
    assert.match(finding.message, /NIS2 Arts\. 10\(7\), 17/);
    assert.match(diagnose(treaty('assistance { basis mutual-legal-assistance }\n')).find((d) => d.code === 'missing-union-law-clause')?.message ?? '', /mutual legal assistance/);
  });

  it('near misses: a clause on Union law; all parties in the Union; an EEA State; an MoU', () => {
    checkNoDiagnostics(treaty('channel Intel between EE, UA { carries personal-data }\nclause UnionLaw "Estonia shall apply this Agreement in accordance with Union law."\n'), ['missing-union-law-clause']);
    checkNoDiagnostics(treaty('channel Intel between EE, UA { carries personal-data }\n').replace('UA "Ukraine" { kind state jurisdiction UA }', 'UA "Finland" { kind state jurisdiction FI }'), ['missing-union-law-clause']);
    checkNoDiagnostics(treaty('channel Intel between EE, UA { carries personal-data }\n').replace('jurisdiction UA', 'jurisdiction NO'), ['missing-union-law-clause']);
    checkNoDiagnostics(treaty('channel Intel between EE, UA { carries personal-data }\n').replace('treaty "Agreement" { status binding }', 'memorandum "MoU" { status non-binding }'), ['missing-union-law-clause']);
  });
});

describe('a third-country authority\'s access to data held in the EU (GDPR Art. 48)', () => {
  const parties = 'participant Host "Hosting provider" { kind company jurisdiction DE }\nparticipant FBI "FBI" { kind government-agency jurisdiction US }\n';

  it('reports direct access under an MoU, on the authority', () => {
    const [finding] = checkDiagnostics(`memorandum "MoU" { status non-binding }
${parties}channel Requests between Host, FBI { carries subscriber-information }
//                             ^^^ foreign-access-without-agreement
`);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /GDPR Art\. 48/);
  });

  it('near misses: a binding treaty is the agreement Art. 48 asks for; a company outside the EU; general personal data', () => {
    checkNoDiagnostics(`treaty "T" { status binding }\n${parties}channel Requests between Host, FBI { carries subscriber-information }\n`, ['foreign-access-without-agreement']);
    checkNoDiagnostics(`memorandum "MoU" { status non-binding }\n${parties.replace('jurisdiction DE', 'jurisdiction GB')}channel Requests between Host, FBI { carries subscriber-information }\n`, ['foreign-access-without-agreement']);
    checkNoDiagnostics(`memorandum "MoU" { status non-binding }\n${parties}channel Requests between Host, FBI { carries personal-data }\n`, ['foreign-access-without-agreement']);
  });
});

describe('status of personnel (review §3 item 5)', () => {
  const mou = 'memorandum "MoU" { status non-binding }\nparticipant EE "CERT-EE" { jurisdiction EE }\nparticipant FI "NCSC-FI" { jurisdiction FI }\n';

  it('asks what status seconded personnel have in the host State, on the activity', () => {
    const [finding] = checkDiagnostics(`${mou}capacity-building Exchange by EE for FI { activities training, secondments }
//                                                             ^^^^^^^^^^^ missing-status-of-personnel
`);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /cannot confer privileges or immunities/);
  });

  it('asks it of an exercise deployed on a host\'s territory', () => {
    checkDiagnostics(`${mou}exercise Shield annually led by EE with FI { scope "a field exercise with teams deployed to Finland" }
//       ^^^^^^ missing-status-of-personnel
`);
  });

  // lc30 (2c): the message gave SOFAs as its example whatever the personnel; it names the kind of
  // treaty that fits what is declared.
  it('names no status-of-forces agreement for civilian experts, but an agreement on privileges and immunities', () => {
    const [finding] = diagnose(`${mou}capacity-building Exchange by EE for FI { activities visiting-experts }\n`).filter((d) => d.code === 'missing-status-of-personnel');
    assert.doesNotMatch(finding.message, /SOFA|status-of-forces|armed forces/);
    // lf3 (item 2): not the NL–Moldova agreement of 2014 (qualified diplomatic privileges of officers at
    // Europol), but treaties on officials working in the other State, in their words as read.
    assert.match(finding.message, /a treaty with the host State on the status of officials working in its territory, as the Netherlands–Finland customs agreement of 1984 gives customs officials present in the other State "the same legal protection as applies to the customs authorities of the State in the territory of which they are present", Art\. 9/);
    assert.match(finding.message, /Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters 2001 regards officials operating in another Party as its officials with respect to offences committed against them or by them, Art\. 21, and settles civil liability for damage they cause, Art\. 22/);
    assert.doesNotMatch(finding.message, /Moldova|Europol|diplomatic/);
  });

  it('names the same treaties for a customs staff exchange and a crisis liaison (lf3, item 2)', () => {
    for (const activity of ['exchange-personnel', 'secondments']) {
      const [finding] = diagnose(`${mou}capacity-building Exchange by EE for FI { activities ${activity} }\n`).filter((d) => d.code === 'missing-status-of-personnel');
      assert.match(finding.message, /Netherlands–Finland customs agreement of 1984/, activity);
      assert.doesNotMatch(finding.message, /SOFA|Moldova|IAEA/, activity);
    }
  });

  it('names a status-of-forces agreement where the instrument speaks of armed forces or defence', () => {
    const defence = 'memorandum "Memorandum of Understanding concerning Defense Equipment" { status non-binding }\nparticipant NL "Minister of Defence of the Netherlands" { jurisdiction NL }\nparticipant US "Secretary of Defense" { jurisdiction US }\n';
    const [finding] = diagnose(`${defence}capacity-building Exchange by NL for US { activities exchange-personnel }\n`).filter((d) => d.code === 'missing-status-of-personnel');
    assert.match(finding.message, /for armed forces, a status-of-forces agreement such as the NATO SOFA or the PfP SOFA/);
    assert.doesNotMatch(finding.message, /Moldova/);
    // The exercise's own words say so too.
    const [field] = diagnose(`${mou}exercise Shield annually led by EE with FI { scope "a military field exercise with troops deployed to Finland" }\n`).filter((d) => d.code === 'missing-status-of-personnel');
    assert.match(field.message, /status-of-forces agreement/);
    // Near miss: a field exercise of two CERTs.
    const [cert] = diagnose(`${mou}exercise Shield annually led by EE with FI { scope "a field exercise with teams deployed to Finland" }\n`).filter((d) => d.code === 'missing-status-of-personnel');
    assert.doesNotMatch(cert.message, /SOFA/);
  });

  it('names the IAEA Assistance Convention for response personnel sent on request (OPRC 1990)', () => {
    const message = diagnoseReal('imo-oprc-oil-pollution-preparedness-1990').find((d) => d.code === 'missing-status-of-personnel')!.message;
    assert.match(message, /for assistance personnel, the privileges and immunities a treaty such as the IAEA Assistance Convention 1986 gives them, Art\. 8/);
    assert.doesNotMatch(message, /SOFA/);
  });

  it('near misses: a SOFA reference, the host\'s law, a status clause; parties of one State; training alone', () => {
    for (const clause of [
      'clause Status "The status of Exchange Personnel shall be governed by the NATO SOFA."',
      'clause Status "Seconded personnel will remain subject to the laws of the host country."',
      'clause Personnel about status-of-personnel "As agreed separately."',
    ]) {
      checkNoDiagnostics(`${mou}capacity-building Exchange by EE for FI { activities secondments }\n${clause}\n`, ['missing-status-of-personnel']);
    }
    // A duty to respect the host's law is one of conduct, not a status (lr21, defect 3): the note stays and says so.
    const [respect] = diagnose(`${mou}capacity-building Exchange by EE for FI { activities secondments }\nclause Status "Seconded personnel will respect the laws of the host country."\n`).filter((d) => d.code === 'missing-status-of-personnel');
    assert.match(respect.message, /duty of conduct, not a status/u);
    checkNoDiagnostics(`${mou.replace('jurisdiction FI', 'jurisdiction EE')}capacity-building Exchange by EE for FI { activities secondments }\n`, ['missing-status-of-personnel']);
    checkNoDiagnostics(`${mou}capacity-building Courses by EE for FI { activities training }\n`, ['missing-status-of-personnel']);
  });

  it('an MoU cannot confer privileges or immunities (mou-confers-immunities)', () => {
    const [finding] = checkDiagnostics(`memorandum "MoU" { status non-binding }
clause Status """Seconded experts will enjoy immunity from the jurisdiction of the host country."""
//                                ^^^^^^^^^^^^^^^^^^^ mou-confers-immunities
`);
    assert.equal(finding.severity, 'warning');
    for (const words of [
      'This Memorandum confers no privileges or immunities.',
      'The staff will enjoy such privileges and immunities as are provided in the Headquarters Agreement.',
    ]) {
      checkNoDiagnostics(`memorandum "MoU" { status non-binding }\nclause Status "${words}"\n`, ['mou-confers-immunities']);
    }
    checkNoDiagnostics('treaty "T" { status binding }\nclause Status "Experts shall enjoy immunity from jurisdiction for acts in the performance of their duties."\n', ['mou-confers-immunities']);
  });
});

describe('incident-protocol integrity (review §3 item 8)', () => {
  const parties = 'participant EE "Estonia"\nparticipant FI "Finland"\n';

  it('asks from when a notification deadline runs, on the time limit, with no fix', () => {
    const [finding] = checkDiagnostics(`${parties}protocol Major {
  notify FI within 24 hours
//                 ^^^^^^^^ time-limit-without-start
}
`);
    assert.equal(finding.severity, 'info');
    // Which event starts the time changes the obligation: no quick fix chooses it.
    assert.deepEqual(finding.fixes.filter((f) => !/Suppress|Fix all/.test(f.title)), []);
  });

  it('near misses: `of awareness`; a clause that counts "from becoming aware"; reports are not asked', () => {
    checkNoDiagnostics(`${parties}protocol Major { notify FI within 24 hours of awareness report final within 1 month }\n`, ['time-limit-without-start']);
    checkNoDiagnostics(`${parties}protocol Major { notify FI within 24 hours }\nclause Notification about incident-notification "Time limits run from becoming aware of the incident."\n`, ['time-limit-without-start']);
  });

  it('asks what the severity that triggers a protocol means, on the value', () => {
    const [finding] = checkDiagnostics(`protocol Major {
  when severity high
//              ^^^^ undefined-severity
}
`);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /NIS2 Art\. 23\(3\)/);
  });

  it('near misses: a threshold, a defined term the value names, a category that uses a defined term, a category trigger', () => {
    checkNoDiagnostics('protocol Major { when severity high threshold "severe disruption of services or considerable damage" }\n', ['undefined-severity']);
    checkNoDiagnostics('define "Significant Incident" means "an incident with a substantial impact"\nprotocol Major { when severity significant }\n', ['undefined-severity']);
    checkNoDiagnostics('define "Significant Incident" means "an incident with a substantial impact"\nprotocol Major { when severity high, category "Significant Incident affecting both" }\n', ['undefined-severity']);
    checkNoDiagnostics('protocol Major { when category "ransomware" }\n', ['undefined-severity']);
  });

  it('reads the severity as a whole word of a clause that sets out a scale, and only so', () => {
    const scale = (words: string) => `protocol Major { when severity high }\nclause Scale "An incident is of ${words} severity where it disrupts essential services."\n`;
    checkNoDiagnostics(scale('high'), ['undefined-severity']);
    checkNoDiagnostics(scale('HIGH'), ['undefined-severity']);
    checkNoDiagnostics(scale('high-level'), ['undefined-severity']);
    checkNoDiagnostics(scale('(high)'), ['undefined-severity']);
    for (const near of ['highest', 'thigh', 'high_level', '_high', 'éhigh', 'high2', '\u{1D400}high', 'high\u{1D400}']) {
      assert.equal(diagnose(scale(near)).filter((d) => d.code === 'undefined-severity').length, 1, near);
    }
    // A clause that sets out no scale ("means", "where", "if", "is considered" absent) gives no meaning.
    assert.equal(diagnose('protocol Major { when severity high }\nclause Scale "An incident of high severity is reported."\n').filter((d) => d.code === 'undefined-severity').length, 1);
  });

  it('asks who notifies when a breach procedure or notification clause is in the passive, at info level', () => {
    const [finding] = checkDiagnostics(`${parties}channel Intel between EE, FI {
  breach procedure "The originator will be informed without delay."
//                                 ^^^^^^^^^^^^^^^^ passive-notification
}
`);
    assert.equal(finding.severity, 'info');
    checkNoDiagnostics(`${parties}channel Intel between EE, FI { breach procedure "The recipient will inform the originator without delay." }\n`, ['passive-notification']);
    checkNoDiagnostics(`${parties}channel Intel between EE, FI { breach procedure "The originator will be informed by the recipient without delay." }\n`, ['passive-notification']);
  });
});

describe('survival of protection after termination (review §3 item 11; VCLT Art. 70(1))', () => {
  const treaty = `treaty "Agreement" { status binding termination with notice of 6 months }
party EE "Estonia" { kind state }
party FI "Finland" { kind state }
security-agreement GSA between EE, FI up to SECRET
channel Intel between EE, FI { classification SECRET under GSA }
`;

  it('asks a treaty that can end and exchanges classified information to keep it protected, as a warning', () => {
    const [finding] = diagnose(treaty).filter((d) => d.code === 'missing-survival');
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.range.start.line, 0);
    assert.match(finding.message, /Channel Intel carries classified information/);
  });

  it('near misses: a survival clause in the words of real agreements; no exit clause; an agreement in force elsewhere', () => {
    for (const words of [
      'A Party denouncing this Agreement shall remain to be bound by its obligation to protect classified information.',
      'All Classified Information exchanged under this Agreement shall continue to be protected in the event of its termination.',
      'Such termination shall not affect any obligation or liability which may have been assumed under this Agreement.',
      'Denunciation shall take effect one year after receipt of notification by the depositary, but shall not affect obligations already contracted.',
    ]) {
      checkNoDiagnostics(`${treaty}clause End "${words}"\n`, ['missing-survival']);
    }
    checkNoDiagnostics(treaty.replace(' termination with notice of 6 months', ''), ['missing-survival']);
    checkNoDiagnostics(treaty.replace('up to SECRET', 'up to SECRET { concluded on 2010-01-01 }'), ['missing-survival']);
  });

  it('asks the same of TLP:RED and TLP:AMBER information at info level, satisfied by the library\'s confidentiality clause', () => {
    const mou = 'memorandum "MoU" { status non-binding discontinue with notice of 6 months }\nparticipant EE "CERT-EE"\nparticipant FI "NCSC-FI"\n';
    checkDiagnostics(`${mou}channel Intel between EE, FI { marking TLP:AMBER }
//                                     ^^^^^^^^^ missing-confidentiality-survival
`);
    checkNoDiagnostics(`${mou}channel Intel between EE, FI { marking TLP:AMBER }\nclause Confidentiality from library "confidentiality/mou"\n`, ['missing-confidentiality-survival']);
    checkNoDiagnostics(`${mou}channel Intel between EE, FI { marking TLP:GREEN }\n`, ['missing-confidentiality-survival']);
  });
});
