/**
 * Regressions for the wrong findings of the second run on real instruments
 * (test/real-instruments/SECOND-RUN.md, issue #9 items 1–3 and 8): each from the words of the real
 * text, with the near miss that still fires, so no true positive is lost.
 */
import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

const codes = (text: string, files?: Record<string, string>) => diagnose(text, { files }).map((d) => d.code);
const finding = (text: string, code: string, files?: Record<string, string>) => diagnose(text, { files }).find((d) => d.code === code);

describe('implementing arrangements silent on their own final clauses (NL–SE 1984, NL–US 1959 and 1982)', () => {
  // Netherlands–Sweden Agreement of 29 October 1984 (BWBV0002448): Art. 7 leaves the details to
  // separate arrangements; Art. 11 termination on six months' notice.
  const agreement = `treaty "Agreement between the Kingdom of the Netherlands and the Kingdom of Sweden on the Reciprocal Protection of Classified Military Information" {
  status binding
  effect after notification
  termination with notice of 6 months
}
party NL "Kingdom of the Netherlands" { kind state jurisdiction NL }
party SE "Kingdom of Sweden" { kind state jurisdiction SE }
`;
  // Its memorandum: "effective from the date of the entry into force of the Agreement" (Section 8),
  // "may be amended at any time at the request of either Party" (Section 7), no term, no disputes.
  const memorandum = `arrangement "Memorandum of Understanding on the Security Safeguards necessary to protect Classified Military Information" {
  done at "The Hague" on 1984-10-29
  implements "agreement.entente" article 7 with effect
  amendment by request of either Party
}
party NL "Minister of Defence of the Netherlands" { kind government-agency jurisdiction NL contact Marid "the Director of Naval Intelligence (H-MARID)" }
party SE "Supreme Commander of the Armed Forces of Sweden" { kind government-agency jurisdiction SE contact Hq "The Supreme Commander of the Swedish Armed Forces" }
`;

  it('asks the NL–SE memorandum for no duration of its own: it runs with the Agreement (info, not a warning)', () => {
    const found = diagnose(memorandum, { files: { 'agreement.entente': agreement } });
    assert.ok(!found.some((d) => d.code === 'missing-duration'));
    const silent = found.find((d) => d.code === 'implementing-arrangement-final-clauses');
    assert.equal(silent?.severity, 'info');
    assert.match(silent!.message, /implements “Agreement between the Kingdom of the Netherlands and the Kingdom of Sweden[^”]*” and has no duration or dispute settlement of its own/);
    assert.match(silent!.message, /it lasts no longer than that treaty/);
    // Its own amendment clause is not asked for again.
    assert.doesNotMatch(silent!.message, /amendment/);
  });

  it('near miss: the same memorandum without `implements` is an instrument of its own and is asked its duration', () => {
    const alone = memorandum.replace('  implements "agreement.entente" article 7 with effect\n', '  status non-binding\n  effect on signature\n');
    assert.ok(codes(alone).includes('missing-duration'));
    assert.ok(!codes(alone).includes('implementing-arrangement-final-clauses'));
  });

  // Security Procedures for Industrial Operations, 9 April 1982 (BWBV0003739), para. 1.A: "developed
  // to implement the provisions of the General Security of Information Agreement … entered into on
  // August 18th, 1960"; no term, exit, amendment or disputes.
  const protocol = `arrangement "Security Procedures for Industrial Operations" {
  signed on 1982-04-09
  implements GSOIA
}
participant NL "Ministry of Defense of the Netherlands" { kind government-agency jurisdiction NL regimes outside-union-law contact Marid "Director of Naval Intelligence" }
participant US "Department of Defense of the United States" { kind government-agency jurisdiction US contact Dis "Defense Investigative Service" }
security-agreement GSOIA "General Security of Information Agreement" between NL, US up to TOP-SECRET {
  concluded on 1960-08-18
  level SECRET equals NL "GEHEIM", US "SECRET"
}
`;

  it('asks the 1982 Security Procedures for no amendment, dispute or duration clause at warning: they live with the GSOIA', () => {
    const found = codes(protocol);
    for (const code of ['missing-amendment', 'missing-dispute-settlement', 'missing-duration']) assert.ok(!found.includes(code), code);
    assert.match(finding(protocol, 'implementing-arrangement-final-clauses')!.message, /implements GSOIA and has no duration, amendment procedure or dispute settlement of its own/);
  });

  it('near miss: without `implements GSOIA` the procedures are asked all three, as warnings', () => {
    const alone = codes(protocol.replace('  implements GSOIA\n', ''));
    for (const code of ['missing-amendment', 'missing-dispute-settlement', 'missing-duration']) assert.ok(alone.includes(code), code);
  });

  it('a treaty named by its title (`implements "<title>"`) is not looked for as a file, and the arrangement is still an implementing one', () => {
    const titled = protocol.replace('implements GSOIA', 'implements "Agreement to Facilitate Interchange of Patent Rights and Technical Information for Defense Purposes (1955)"');
    const found = diagnose(titled);
    assert.ok(!found.some((d) => d.code === 'unresolved-file'));
    assert.ok(!found.some((d) => d.code === 'missing-duration'));
    assert.match(found.find((d) => d.code === 'implementing-arrangement-final-clauses')!.message, /implements “Agreement to Facilitate Interchange/);
    // Near miss: a path to a file that is not there is still reported.
    assert.ok(codes(protocol.replace('implements GSOIA', 'implements "gsoia.entente"')).includes('unresolved-file'));
  });

  // Exchange of notes of 8 October 1959 (BWBV0005280): the Procedures "are in implementation of
  // Article III of the Agreement … dated April 29, 1955"; the reply accepts the note "as an
  // agreement for the implementation of Article III of the Agreement of 1955". No final clause.
  const notes = (procedures: string) => `treaty "Procedures for reciprocal filing of classified patent applications in the United States of America and the Netherlands" {
  status binding
  signed at "The Hague" on 1959-10-08
  consent by exchange-of-notes
  effect after notification
}
party US "Government of the United States of America" { kind state jurisdiction US }
party NL "Government of the Kingdom of the Netherlands" { kind state jurisdiction NL }
clause Procedures1 "Procedures, paragraph 1 – General" """
  ${procedures}
"""
`;
  const inImplementation =
    'The following procedures are in implementation of Article III of the Agreement between the Government of the United States of America and the Government of the Kingdom of the Netherlands to Facilitate Interchange of Patent Rights and Technical Information for Defense Purposes, dated April 29, 1955.';

  it('reads "in implementation of Article III of the Agreement" as an implementing agreement: no termination error, no duration warning', () => {
    const found = diagnose(notes(inImplementation));
    for (const code of ['missing-termination', 'missing-duration', 'missing-amendment', 'missing-dispute-settlement']) assert.ok(!found.some((d) => d.code === code), code);
    const silent = found.find((d) => d.code === 'implementing-arrangement-final-clauses');
    assert.equal(silent?.severity, 'info');
    assert.match(silent!.message, /implements Article III of the Agreement between the Government of the United States of America .* for Defense Purposes and has no duration, termination, amendment procedure or dispute settlement of its own/);
    assert.ok(diagnose(notes('Your Note and this reply are considered as an agreement for the implementation of Article III of the Agreement of 1955.')).every((d) => d.code !== 'missing-termination'));
  });

  it('near miss: "the implementation of this Arrangement" names no other treaty, and the termination finding stays', () => {
    const own = notes('Further details on the proceedings to be followed for the implementation of this Arrangement will be agreed.');
    // At warning: the notes are concluded (analysis/concluded-text-severity.ts, VCLT Art. 56).
    assert.equal(finding(own, 'missing-termination')?.severity, 'warning');
    assert.ok(codes(own).includes('missing-duration'));
    assert.ok(!codes(own).includes('implementing-arrangement-final-clauses'));
  });
});

describe('relation to other obligations stated by supplementing or implementing another treaty (ETS 189 Art. 1; NL–US 1959)', () => {
  const protocol = (article1: string) => `treaty "Additional Protocol to the Convention on Cybercrime" {
  status binding
  denunciation with notice of 3 months
}
party NL "Kingdom of the Netherlands" { kind state jurisdiction NL }
party UA "Ukraine" { kind state jurisdiction UA }
clause Art1 "Article 1 – Purpose" "${article1}"
`;

  it('takes "The purpose of this Protocol is to supplement … the provisions of the Convention" as the relation clause', () => {
    assert.ok(!codes(protocol('The purpose of this Protocol is to supplement, as between the Parties to the Protocol, the provisions of the Convention on Cybercrime.')).includes('missing-relation-to-other-obligations'));
  });

  it('near miss: a treaty that only mentions supplementing the Convention in the future is still asked', () => {
    assert.ok(codes(protocol('The Parties shall consult on the possible supplementation or amendment of the Convention.')).includes('missing-relation-to-other-obligations'));
  });

  it('takes "in implementation of Article III of the Agreement" as the relation to that Agreement; the same treaty without it is asked', () => {
    const base = (words: string) => `treaty "Procedures" { status binding termination with notice of 6 months }
party US "United States" { kind state jurisdiction US }
party NL "Netherlands" { kind state jurisdiction NL }
clause Procedures1 "General" "${words}"
`;
    assert.ok(!codes(base('The following procedures are in implementation of Article III of the Agreement between the two Governments, dated April 29, 1955.')).includes('missing-relation-to-other-obligations'));
    assert.ok(codes(base('The following procedures govern the reciprocal filing of classified patent applications.')).includes('missing-relation-to-other-obligations'));
  });
});

describe('points of contact under a multilateral common scheme (ESA 2002 Art. 3)', () => {
  const parties = ['AT', 'BE', 'NL', 'ESA'];
  const declare = parties.map((p) => `party ${p} "${p}" { kind ${p === 'ESA' ? 'international-organisation' : 'state'}${p === 'ESA' ? '' : ` jurisdiction ${p}`} }`).join('\n');
  const esa = (scheme: string, members = parties, carries = 'classified') => `treaty "Agreement for the protection and the exchange of classified information" {
  status binding
  denunciation
}
${declare}
security-agreement ESASoI between ${parties.join(', ')} {
  ${scheme}
  breach procedure "The Parties shall investigate all cases where classified information has been compromised or lost."
}
channel Classified between ${members.join(', ')} {
  carries ${carries}
  classification any under ESASoI
  onward sharing with-consent
  purpose "purposes laid down in the ESA Convention"
}
`;

  it('asks no contact of a multilateral exchange of classified information under common security standards', () => {
    assert.ok(!codes(esa('scheme common "ESA security standards"')).includes('missing-points-of-contact'));
  });

  it('near misses: national schemes, a bilateral channel, or other information on the channel are still asked', () => {
    assert.ok(codes(esa('scheme national')).includes('missing-points-of-contact'));
    assert.ok(codes(esa('scheme common "ESA security standards"', ['AT', 'NL'])).includes('missing-points-of-contact'));
    assert.ok(codes(esa('scheme common "ESA security standards"', parties, 'classified, indicators')).includes('missing-points-of-contact'));
  });
});

describe('Union-law prompt respects the declared regime (NL–Australia 1977)', () => {
  const arrangement = (regimes: string) => `treaty "Defence Security Arrangement" { status binding }
party NL "Government of the Kingdom of the Netherlands" { kind state jurisdiction NL${regimes} }
party AU "Government of Australia" { kind state jurisdiction AU }
channel Visits between NL, AU { carries personal-data }
`;

  it('gives no GDPR Chapter V reason for data processed outside Union law (GDPR Art. 2(2)(a))', () => {
    assert.ok(!codes(arrangement(' regimes outside-union-law')).includes('missing-union-law-clause'));
  });

  it('near misses: undeclared processing is under the GDPR or the Directive; declared processing names its own', () => {
    // Eighteenth run: undeclared, the note no longer presumes the GDPR.
    assert.match(finding(arrangement(''), 'missing-union-law-clause')!.message, /\(Chapter V of the GDPR or of the Law Enforcement Directive, whichever governs the sender’s processing\)/);
    assert.match(finding(arrangement(' regimes GDPR'), 'missing-union-law-clause')!.message, /\(GDPR Chapter V\)/);
    const led = finding(arrangement(' regimes LED'), 'missing-union-law-clause')!.message;
    assert.match(led, /Law Enforcement Directive/);
    assert.doesNotMatch(led, /GDPR/);
  });
});

describe('survival measured by the classification (NL–US 1978 Art. IV)', () => {
  const mou = (articleIV: string) => `memorandum "Memorandum of Understanding" {
  status non-binding
  termination with notice of 6 months
}
participant NL "Netherlands" { kind state jurisdiction NL }
participant US "United States" { kind state jurisdiction US }
channel TechnicalData between NL, US { carries classified }
clause ArtIV "Article IV – Security" "${articleIV}"
`;

  it('takes "throughout the period during which the classifying Government may maintain such classifications" as protection that outlasts the MoU', () => {
    const words =
      'To the extent that any items, plans, specifications or information furnished in connection with the specific implementation of this MOU are classified by either Government for security purposes, the other Government shall maintain a similar classification and employ all measures necessary to preserve such security equivalent to those measures employed by the classifying Government throughout the period during which the classifying Government may maintain such classifications.';
    assert.ok(!codes(mou(words)).includes('missing-survival'));
  });

  it('near miss: "maintain a similar classification" without saying for how long is still asked', () => {
    assert.ok(codes(mou('The other Government shall maintain a similar classification and employ all measures necessary to preserve such security.')).includes('missing-survival'));
  });
});

describe('personal data under a binding treaty between public authorities (GDPR Arts. 46(2)(a), 96; LED Art. 61)', () => {
  // Netherlands–Hong Kong MLA Agreement of 26 August 2002: law-enforcement processing (LED).
  const mla = (date: string, status = 'status binding') => `treaty "Agreement concerning mutual legal assistance in criminal matters" {
  ${status}
  done at "Hong Kong" on ${date}
  effect after last notification
}
party NL "Government of the Kingdom of the Netherlands" { kind state jurisdiction NL regimes LED }
party HK "Government of the Hong Kong Special Administrative Region" { kind government-agency jurisdiction HK }
channel Requests between NL, HK { carries personal-data }
`;

  it('NL–HK 2002: conditional, not an error; the message states LED Art. 61 and the Agreement as possible safeguards', () => {
    const found = diagnose(mla('2002-08-26'));
    assert.ok(!found.some((d) => d.code === 'transfer-without-safeguards'));
    const possible = found.find((d) => d.code === 'possible-transfer-without-safeguards');
    assert.equal(possible?.severity, 'warning');
    // Entry into force on notification: consent follows signature, so Art. 61 is put conditionally (seventeenth run).
    assert.match(possible!.message, /^If the Member State concluded it \(consented to be bound\) before 6 May 2016 \(the signature date is 2002-08-26; consent follows it\), this treaty remains in force until amended, replaced or revoked if it complied with Union law as applicable before that date \(Art\. 61 of the Law Enforcement Directive\)/);
    assert.match(possible!.message, /this treaty may itself provide the appropriate safeguards of Chapter V of the Directive/);
  });

  it('a treaty of 2020 between public authorities: Art. 46(2)(a) may apply, Art. 96/61 does not', () => {
    const message = finding(mla('2020-01-10').replace('regimes LED', 'regimes GDPR'), 'possible-transfer-without-safeguards')!.message;
    assert.match(message, /may itself be the "legally binding and enforceable instrument between public authorities or bodies" of GDPR Art\. 46\(2\)\(a\) if it gives data subjects enforceable rights and effective legal remedies/);
    assert.doesNotMatch(message, /Art\. 96/);
  });

  // Netherlands–Philippines Undertaking of 31 May 2001 (STCW): the Netherlands Administration, GDPR.
  it('NL–PH 2001: GDPR Art. 96 and Art. 46(2)(a) are both named, as a warning', () => {
    const undertaking = `arrangement "Undertaking on the recognition of certificates under regulation I/10 of the STCW 1978 Convention" {
  status binding
  done at "Manila" on 2001-05-31
}
party NL "Kingdom of the Netherlands" { kind state jurisdiction NL regimes GDPR }
party PH "Republic of the Philippines" { kind state jurisdiction PH }
channel Verification between NL, PH { carries personal-data }
`;
    const possible = finding(undertaking, 'possible-transfer-without-safeguards');
    assert.match(possible!.message, /^If the Member State concluded it \(consented to be bound\) before 24 May 2016 \(the signature date is 2001-05-31; the header does not say whether signature bound the Parties\), this arrangement remains in force until amended, replaced or revoked .*\(GDPR Art\. 96\)/);
    assert.match(possible!.message, /GDPR Art\. 46\(2\)\(a\)/);
    assert.ok(!codes(undertaking).includes('transfer-without-safeguards'));
  });

  it('near misses: an MoU of a CERT, and a treaty of 2020 that sends data to a company, are still errors', () => {
    checkDiagnostics(`memorandum "MoU" { status non-binding }
participant NL "NCSC-NL" { kind national-cert jurisdiction NL }
participant PH "DICT CERT-PH" { kind government-agency jurisdiction PH }
channel Cases between NL, PH { carries personal-data }
//                        ^^ transfer-without-safeguards
`, { codes: ['transfer-without-safeguards', 'possible-transfer-without-safeguards'] });
    const company = mla('2020-01-10')
      .replace('regimes LED', 'regimes GDPR')
      .replace('party HK "Government of the Hong Kong Special Administrative Region" { kind government-agency jurisdiction HK }', 'party HK "Hong Kong Telecom" { kind company jurisdiction HK }');
    assert.ok(codes(company).includes('transfer-without-safeguards'));
    // An instrument of open status is no international agreement the text establishes.
    assert.ok(codes(mla('2002-08-26', 'status undetermined')).includes('transfer-without-safeguards'));
  });
});

describe('round 4 (held out): a secrecy duty limits onward sharing (Convention 108, Art. 15(2))', () => {
  const parties = 'party A "Party A" { kind state jurisdiction FR }\nparty B "Party B" { kind state jurisdiction DE }\n';
  const channel = (handling: string) =>
    `treaty "Convention" {\n  status binding\n}\n${parties}channel Assistance between A, B {\n  carries "information on its law and administrative practice"\n  purpose "shall not use that information for purposes other than those specified in the request"\n${handling}}\n`;

  it('official secrecy, ORCON, NOFORN, REL TO or in-confidence handling is the onward-sharing rule', () => {
    for (const caveat of ['official-secrecy', 'originator-controlled', 'no-foreign', 'in-confidence']) {
      checkNoDiagnostics(channel(`  handling ${caveat} "bound by appropriate obligations of secrecy"\n`), ['missing-purpose-limitation']);
    }
  });

  it('near misses: a legend says what its text says, and no handling at all leaves onward sharing open', () => {
    assert.ok(diagnose(channel('  handling legend "EXCHANGED UNDER THE CONVENTION"\n')).some((d) => d.code === 'missing-purpose-limitation'));
    // Without handling, a channel that carries personal data is reported; one described only in
    // words is not judged at all (nothing says its content is sensitive: thirteenth run).
    assert.ok(diagnose(channel('').replace('carries "information', 'carries personal-data, "information')).some((d) => d.code === 'missing-purpose-limitation'));
    assert.ok(!diagnose(channel('')).some((d) => d.code === 'missing-purpose-limitation'));
  });
});

describe('round 5 (held out): a fixed term ends the treaty, notes are amended by notes, a parent\'s designations are its contacts', () => {
  const bilateral = 'party NL "Netherlands" { kind government jurisdiction NL }\nparty SE "Sweden" { kind government jurisdiction SE }\n';
  const codes = (header: string) => diagnose(`treaty "Notes" {\n  status binding\n${header}}\n${bilateral}`).map((d) => d.code);

  it('missing-termination: a term not renewed without a new decision is the way out (VCLT Arts. 54(a), 56; NL–SE notes 1995)', () => {
    assert.ok(!codes('  duration 1 year\n').includes('missing-termination'));
    assert.ok(!codes('  duration 1 year renewable\n').includes('missing-termination'));
    // Near misses: renewed without a decision, or no term at all, needs a way out.
    assert.ok(codes('  duration 1 year renewable automatically\n').includes('missing-termination'));
    assert.ok(codes('  effect on signature\n').includes('missing-termination'));
  });

  it('missing-amendment: an exchange of notes is amended by a further exchange; other treaties are still asked', () => {
    assert.ok(!codes('  form exchange-of-notes\n  duration 1 year\n').includes('missing-amendment'));
    assert.ok(codes('  duration 1 year\n').includes('missing-amendment'));
  });

  it('incorporated-provision-missing: a parent\'s designation of competent authorities provides its points of contact (ETS 181 Art. 3(1))', () => {
    const files = {
      'convention.entente': 'treaty "Convention" {\n  status binding\n}\ndesignate competent-authority notified to "the Secretary General of the Council of Europe"\n',
      'bare.entente': 'treaty "Convention" {\n  status binding\n}\n',
    };
    const protocol = (source: string) => `protocol "Protocol" {\n  status binding\n  incorporates points-of-contact from "${source}"\n}\n`;
    assert.ok(!diagnose(protocol('convention.entente'), { files }).some((d) => d.code === 'incorporated-provision-missing'));
    assert.ok(diagnose(protocol('bare.entente'), { files }).some((d) => d.code === 'incorporated-provision-missing'));
  });
});
