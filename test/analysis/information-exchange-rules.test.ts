/**
 * The rules that reached wrong conclusions before the language could state classification
 * regimes, agreements in force, implementing arrangements, designations and non-TLP markings
 * (issue #9 items 5–6, FIRST-RUN.md patterns 1 and 6): each formula with the finding it removes
 * and a near miss that keeps the finding.
 */
import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

const nlse = 'party NL "Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty SE "Kingdom of Sweden" { kind state jurisdiction SE }\n';
const codes = (text: string, files?: Record<string, string>) => diagnose(text, { files }).map((d) => d.code);

describe('classification regimes (MC16, MC17, CF12)', () => {
  it('a common scheme needs no table of national equivalents, however many States apply it (NATO 1997 Art. 2, ESA 2002 Art. 3)', () => {
    const parties = ['BE', 'NL', 'DK', 'FR'].map((id) => `party ${id} "${id}" { kind state jurisdiction ${id} }`).join('\n');
    checkNoDiagnostics(`${parties}\nsecurity-agreement NATOSoI between BE, NL, DK, FR { scheme common "NATO security classifications" }\n`, ['missing-classification-equivalence']);
    // Near miss: the same agreement without the scheme spans four national schemes.
    checkDiagnostics(`${parties}\nsecurity-agreement NATOSoI between BE, NL, DK, FR
//                 ^^^^^^^ missing-classification-equivalence
`);
    // `scheme national` says the opposite of a common scheme: the table is expected.
    assert.ok(codes(`${parties}\nsecurity-agreement S between BE, NL { scheme national }\n`).includes('missing-classification-equivalence'));
  });

  it('"the equivalent level of classification in the country of receipt" is the text\'s rule: no table demanded (NL–US 2012 Art. 11(2)(f))', () => {
    checkNoDiagnostics(`${nlse}security-agreement Art11 between NL, SE up to TOP-SECRET { scheme receiving-party }\n`, ['missing-classification-equivalence']);
  });

  it('an agreement in force that the instrument cites keeps its table and breach procedure there (review §1.2)', () => {
    const text = `${nlse}security-agreement GSA "Agreement … on the mutual protection of classified information" between NL, SE up to SECRET {
  concluded at "Stockholm" on 2010-05-20
}
channel Exchange between NL, SE {
  classification SECRET under GSA
  purpose "defence cooperation"
  onward sharing with-consent
  contacts NL.Mod, SE.Mod
}
`;
    checkNoDiagnostics(text, ['missing-classification-equivalence', 'missing-breach-procedure']);
    // Near miss: the same agreement written here, without `concluded`, needs both.
    const written = text.replace('  concluded at "Stockholm" on 2010-05-20\n', '');
    assert.deepEqual(codes(written).filter((c) => c === 'missing-classification-equivalence' || c === 'missing-breach-procedure').sort(), ['missing-breach-procedure', 'missing-classification-equivalence']);
  });

  it('"no equivalent" cells count as the party\'s entry on that row; one-way handling is stated', () => {
    checkNoDiagnostics(
      `${nlse}security-agreement NLSE between NL, SE {
  level SECRET equals NL "GEHEIM", SE "HEMLIG"
  level CONFIDENTIAL equals NL "CONFIDENTIEEL", SE none safeguarded-as "HEMLIG"
}
`,
      ['missing-classification-equivalence'],
    );
    // Near miss: leaving SE out of the row (rather than writing `none`) is still a gap in the table.
    checkDiagnostics(`${nlse}security-agreement NLSE between NL, SE {
  level SECRET equals NL "GEHEIM", SE "HEMLIG"
  level CONFIDENTIAL equals NL "CONFIDENTIEEL"
//      ^^^^^^^^^^^^ missing-classification-equivalence
}
`);
  });

  it('UNCLASSIFIED information needs no security agreement and is no classified exchange', () => {
    checkNoDiagnostics(`${nlse}channel Public between NL, SE { classification UNCLASSIFIED purpose "p" onward sharing community }\n`, [
      'classified-without-security-agreement',
      'missing-security-agreement',
      'missing-breach-procedure',
      'missing-handling-marking',
    ]);
    // Near miss: RESTRICTED is classified.
    checkDiagnostics(`${nlse}channel Restricted between NL, SE { classification RESTRICTED }
//                                                 ^^^^^^^^^^ classified-without-security-agreement
`);
  });

  it('`classification any` takes whatever the agreement covers; a floor above the ceiling is reported', () => {
    const agreement = `${nlse}security-agreement GSA between NL, SE up to CONFIDENTIAL\n`;
    checkNoDiagnostics(`${agreement}channel C between NL, SE { classification any under GSA }\n`, ['classification-above-agreement']);
    checkNoDiagnostics(`${agreement}channel C between NL, SE { classification from RESTRICTED under GSA }\n`, ['classification-above-agreement']);
    checkDiagnostics(`${agreement}channel C between NL, SE { classification from SECRET under GSA }
//                                             ^^^^^^ classification-above-agreement
`);
  });

  it('an agreement that covers "CONFIDENTIAL and above" does not reach RESTRICTED (classification-below-agreement)', () => {
    const agreement = `${nlse}security-agreement GSA between NL, SE from CONFIDENTIAL\n`;
    const [finding] = checkDiagnostics(`${agreement}channel C between NL, SE { classification RESTRICTED under GSA }
//                                        ^^^^^^^^^^ classification-below-agreement
`);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /CONFIDENTIAL and above/);
    checkNoDiagnostics(`${agreement}channel C between NL, SE { classification SECRET under GSA }\n`, ['classification-below-agreement']);
    checkNoDiagnostics(`${agreement}channel C between NL, SE { classification any under GSA }\n`, ['classification-below-agreement']);
  });

  it('an agreement with no ceiling covers every level, and is preferred as the covering agreement', () => {
    checkNoDiagnostics(`${nlse}security-agreement Narrow between NL, SE up to RESTRICTED\nsecurity-agreement All between NL, SE\nchannel C between NL, SE { classification TOP-SECRET }\n`, ['classification-above-agreement']);
  });
});

describe('non-TLP handling markings and free-text categories (MC15)', () => {
  it('a legend the text prescribes is the channel\'s handling marking (NL–US 2012 Art. 11(3)(d))', () => {
    const parties = 'participant NL "NL" { kind national-cert }\nparticipant US "US" { kind national-cert }\n';
    checkNoDiagnostics(`${parties}channel CUI between NL, US { carries indicators handling legend "country of origin, conditions of release" }\n`, ['missing-handling-marking']);
    checkDiagnostics(`${parties}channel CUI between NL, US { carries indicators }
//      ^^^ missing-handling-marking
`);
  });

  it('a channel that says in words what it carries (not cyber information, no CERT) expects no TLP label', () => {
    checkNoDiagnostics(`${nlse}channel Visits between NL, SE { carries "visitors' particulars" }\n`, ['missing-handling-marking']);
    // Near miss: saying nothing of what it carries.
    checkDiagnostics(`${nlse}channel Visits between NL, SE
//      ^^^^^^ missing-handling-marking
`);
  });
});

describe('duties to designate (MC12, MC13, MC14)', () => {
  const budapest = 'treaty "Convention on Cybercrime" { status binding }\nparty EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\n';

  it('"Each Party shall designate a point of contact available on a twenty-four hour, seven-day-a-week basis" (Art. 35(1)) satisfies MC13', () => {
    checkNoDiagnostics(`${budapest}assistance { basis budapest-35 }\ndesignate point-of-contact available 24/7\n`, ['missing-24-7-contact']);
    // Near miss: a point of contact with no 24/7 availability is not the Art. 35 point.
    const found = codes(`${budapest}assistance { basis budapest-35 }\ndesignate point-of-contact\n`).filter((c) => c === 'missing-24-7-contact');
    assert.equal(found.length, 2);
  });

  it('"Each Party shall designate a central authority" (Art. 27(2)(a)) satisfies MC14; one party\'s designation leaves the other', () => {
    checkNoDiagnostics(`${budapest}assistance { basis mutual-legal-assistance }\ndesignate central-authority notified to "the Secretary General of the Council of Europe"\n`, ['missing-central-authority']);
    const [finding] = checkDiagnostics(`${budapest}assistance { basis mutual-legal-assistance }
//                 ^^^^^^^^^^^^^^^^^^^^^^^ missing-central-authority
designate central-authority EE "Ministry of Justice"
`);
    assert.match(finding.message, /^FI has no central authority/);
  });

  it('a duty to designate satisfies MC12 for every channel, or for the channels it serves', () => {
    const channels = `${nlse}channel Exchange between NL, SE\nchannel Visits between NL, SE\n`;
    checkNoDiagnostics(`${channels}designate national-security-authority\n`, ['missing-points-of-contact']);
    checkDiagnostics(`${channels}designate designated-security-authority for Exchange
channel Other between NL, SE
//                    ^^ missing-points-of-contact
`.replace('channel Visits between NL, SE\n', ''));
  });
});

describe('implementing arrangements, linked both ways', () => {
  const treaty = `treaty "Agreement on the Reciprocal Protection of Classified Military Information" {
  status binding
  effect after notification
  termination with notice of 6 months
  implemented by "mou.entente" article 7
}
${nlse}security-agreement NLSE between NL, SE
channel Exchange between NL, SE {
  carries classified
  classification any under NLSE
  purpose "purposes agreed upon"
  onward sharing with-consent
}
clause Costs about costs "No compensation will be paid between the two Governments for costs of security measures."
clause Survival about survival "Such termination shall not affect any obligation which may have been assumed."
`;
  const mou = `arrangement "Memorandum of Understanding" {
  implements "treaty.entente" article 7 with status, effect, duration, termination, disputes
  signed at "The Hague" on 1984-10-29
  amendment by request of either Party
}
party NL "Minister of Defence" { kind government-agency jurisdiction NL contact Mod "Ministry of Defence" }
party SE "Supreme Commander" { kind government-agency jurisdiction SE contact HQ "Armed Forces Headquarters" }
security-agreement NLSE between NL, SE {
  level SECRET equals NL "GEHEIM", SE "HEMLIG"
  level CONFIDENTIAL equals NL "CONFIDENTIEEL", SE none safeguarded-as "HEMLIG"
  breach procedure "The Minister of Defence or the Supreme Commander shall notify the other immediately."
}
channel Diplomatic between NL, SE { carries classified classification any under NLSE }
`;

  it('the treaty is credited with the arrangement\'s table, breach procedure and points of contact', () => {
    const found = codes(treaty, { 'mou.entente': mou });
    for (const code of ['missing-classification-equivalence', 'missing-breach-procedure', 'missing-points-of-contact']) assert.ok(!found.includes(code), code);
    // Near miss: without `implemented by` the treaty has none of them.
    const alone = codes(treaty.replace('  implemented by "mou.entente" article 7\n', ''));
    for (const code of ['missing-classification-equivalence', 'missing-breach-procedure', 'missing-points-of-contact']) assert.ok(alone.includes(code), code);
  });

  it('the arrangement takes status and final clauses from the treaty where it says so, and its general clauses', () => {
    const found = codes(mou, { 'treaty.entente': treaty });
    for (const code of [
      'undeclared-status', 'missing-entry-into-force', 'missing-duration', 'missing-termination', 'missing-discontinuation', 'missing-dispute-settlement',
      'missing-consent-to-be-bound', 'missing-costs', 'missing-purpose-limitation', 'missing-survival', 'missing-relation-to-other-obligations',
    ]) {
      assert.ok(!found.includes(code), code);
    }
    // Near miss: what it does not say it takes (disputes here) is not a gap at warning level —
    // an implementing arrangement is read under its treaty — but the drafter is told, as information.
    const own = diagnose(mou.replace(', disputes', ''), { files: { 'treaty.entente': treaty } });
    assert.ok(!own.some((d) => d.code === 'missing-dispute-settlement'));
    const silent = own.find((d) => d.code === 'implementing-arrangement-final-clauses');
    assert.equal(silent?.severity, 'info');
    assert.match(silent!.message, /no dispute settlement of its own/);
    // Near miss: without `with status` its status is its own question.
    assert.ok(codes(mou.replace('with status, ', 'with '), { 'treaty.entente': treaty }).includes('undeclared-status'));
  });

  it('a treaty\'s final-clause topics are not the arrangement\'s unless it takes them: silence is reported as information', () => {
    const withClause = treaty + 'clause Art11 "Termination" about termination "This Agreement shall terminate six months after notice."\n';
    const bare = mou.replace(' with status, effect, duration, termination, disputes', ' with status');
    const found = diagnose(bare, { files: { 'treaty.entente': withClause } });
    // Not the treaty's error (VCLT Art. 56): the arrangement ends with the treaty at the latest.
    for (const code of ['missing-termination', 'missing-duration', 'missing-dispute-settlement']) assert.ok(!found.some((d) => d.code === code), code);
    const silent = found.find((d) => d.code === 'implementing-arrangement-final-clauses');
    assert.equal(silent?.severity, 'info');
    assert.match(silent!.message, /no duration, termination or dispute settlement of its own/);
    // Near miss: the same text without `implements` is an instrument of its own, and a treaty.
    const alone = codes(bare.replace('  implements "treaty.entente" article 7 with status\n', '').replace('arrangement "Memorandum of Understanding" {', 'arrangement "Memorandum of Understanding" {\n  status binding'));
    for (const code of ['missing-termination', 'missing-duration', 'missing-dispute-settlement']) assert.ok(alone.includes(code), code);
    assert.ok(!alone.includes('implementing-arrangement-final-clauses'));
  });

  it('an arrangement may implement a security agreement in force declared where it stands (the 1982 Security Protocol)', () => {
    const protocol = `arrangement "Security Procedures for Industrial Operations" {
  implements GSOIA with final-clauses
  signed on 1982-04-09
}
party NL "Ministry of Defense" { kind government-agency jurisdiction NL contact Mod "Ministry of Defense" }
party US "Department of Defense" { kind government-agency jurisdiction US contact DoD "Department of Defense" }
security-agreement GSOIA "General Security of Information Agreement" between NL, US {
  concluded on 1960-08-18
  level RESTRICTED equals NL "DIENSTGEHEIM", US none marked-as "Netherlands RESTRICTED"
}
`;
    const found = codes(protocol);
    for (const code of ['missing-entry-into-force', 'missing-duration', 'missing-discontinuation', 'missing-termination', 'missing-amendment', 'missing-dispute-settlement', 'unknown-reference']) {
      assert.ok(!found.includes(code), code);
    }
    // Its status is still its own question: nothing says the procedures bind.
    assert.ok(found.includes('undeclared-status'));
  });

  it('a CERT may sign an implementing arrangement that binds as its treaty does; a company may not', () => {
    const arrangement = (kind: string) => `arrangement "Technical Arrangement" { implements "treaty.entente" with status }
party NL "NCSC-NL" { kind ${kind} jurisdiction NL }
party SE "CERT-SE" { kind national-cert jurisdiction SE }
`;
    assert.ok(!codes(arrangement('national-cert'), { 'treaty.entente': treaty }).includes('treaty-party-capacity'));
    assert.ok(codes(arrangement('company'), { 'treaty.entente': treaty }).includes('treaty-party-capacity'));
  });

  it('a treaty file that cannot be found is reported on the path', () => {
    checkDiagnostics(`arrangement "MoU" { implements "missing.entente" }
//                             ^^^^^^^^^^^^^^^^^ unresolved-file
`);
    checkDiagnostics(`treaty "T" { implemented by "gone.entente" }
//                          ^^^^^^^^^^^^^^ unresolved-file
`);
  });
});
