/**
 * Issue #9 (legal fidelity), final clauses, status and capacity: every correction the legal review
 * asked for, each with a regression fixture taken from the review's probes
 * (../shared/reference/review-probes/) or from a real instrument, and a near miss that must still
 * be reported. The probe excerpts keep the lines that matter and say which probe they come from.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/service';
import { allRules, ruleByCode } from '../../server/src/language/rules/registry';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

const codesOf = (text: string, options: Parameters<typeof diagnose>[1] = {}) => diagnose(text, options).map((d) => d.code);
const estoniaFinland = 'party EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\n';

describe('legal fidelity: final clauses, status and capacity (issue #9)', () => {
  describe('MC01 missing-entry-into-force: not before the status is settled', () => {
    it('leaves a framework of undeclared status to undeclared-status (real set B: the Paris Call 2018 drew an error)', () => {
      const codes = codesOf('framework "Paris Call for Trust and Security in Cyberspace" {\n  signed at "Paris" on 2018-11-12\n}\n');
      assert.ok(!codes.includes('missing-entry-into-force') && codes.includes('undeclared-status'), codes.join(', '));
      checkNoDiagnostics('memorandum "M" {\n  status undetermined\n}\n', ['missing-entry-into-force']);
    });

    it('near miss: once the status is declared, the same framework is asked', () => {
      checkDiagnostics('  framework "F" {\n//^^^^^^^^^ missing-entry-into-force\n    status non-binding\n  }\n');
    });
  });

  describe('MC02 missing-duration: not on a treaty that can be left', () => {
    it('leaves alone a multilateral convention with a denunciation clause and no duration (probe bc/bc.entente; Budapest Art. 47)', () => {
      checkNoDiagnostics(
        `treaty "Convention of the Council of the Baltic Sea States" {
  status binding
  consent by signature, ratification, acceptance, approval, accession
  effect 90 days after last ratification by 3 parties
  denunciation with notice of 12 months
  depositary "Director General of the Permanent International Secretariat"
}
party EE "Estonia"
party FI "Finland"
party LV "Latvia"
`,
        ['missing-duration'],
      );
    });

    it('also a bilateral treaty whose termination is in a clause (NL–Sweden 1984 Art. 11)', () => {
      checkNoDiagnostics(
        `treaty "Agreement" {\n  status binding\n}\nclause Termination about termination "This Agreement shall terminate six months after the receipt by either Government of a written notice of termination from the other Government."\n`,
        ['missing-duration'],
      );
    });

    it('also a memorandum of undetermined status that may be terminated on notice (Benelux crisis-management memorandum 2006, Art. 11)', () => {
      checkNoDiagnostics(
        `memorandum "Memorandum" {\n  status undetermined\n  termination with notice of 3 months\n}\nclause Art11 "Article 11" \"\"\"\n  Dit memorandum kan te allen tijde met een opzegtermijn van drie maanden worden opgezegd.\n\"\"\"\n`,
        ['missing-duration'],
      );
    });

    it('near misses: a treaty with no exit clause at all, and an MoU, are still asked', () => {
      checkDiagnostics('  treaty "Agreement" {\n//^^^^^^ missing-duration\n    effect on signature\n  }\n');
      checkDiagnostics('  memorandum "MoU" {\n//^^^^^^^^^^ missing-duration\n    status non-binding\n    discontinue with notice of 6 months\n  }\n');
    });
  });

  describe('MC03 missing-discontinuation and the other MoU limbs: no VCLT authority for an MoU', () => {
    it('cites MoU practice read, not the VCLT, and claims no preference for "discontinue"', () => {
      const rule = ruleByCode('missing-discontinuation')!;
      assert.doesNotMatch(rule.source, /VCLT/);
      assert.match(rule.source, /DFAT.*read:/);
      assert.doesNotMatch(rule.rationale, /discontinue`?, not `?terminate/);
      assert.match(rule.rationale, /prefers no word/);
    });

    it('MC01, MC09 and CF24 say that their MoU limb rests on no legal authority', () => {
      for (const code of ['missing-entry-into-force', 'missing-language-clause', 'channel-member-not-signatory']) {
        assert.match(ruleByCode(code)!.source, /for MoUs no legal authority is claimed/, code);
      }
    });

    it('an MoU that says `termination with notice` has said how to leave (near miss: silence)', () => {
      checkNoDiagnostics('memorandum "MoU" {\n  status non-binding\n  termination with notice of 3 months\n}\n', ['missing-discontinuation']);
      checkDiagnostics('  memorandum "MoU" {\n//^^^^^^^^^^ missing-discontinuation\n    status non-binding\n  }\n');
    });
  });

  describe('MC10 registration: a duty for treaties of UN Members', () => {
    const eeTreaty = `treaty "Agreement between the Republic of Estonia and the Republic of Finland on Cooperation in Cyber Defence" {
  status binding
  consent by ratification
  effect 30 days after last notification
  duration indefinite
  termination with notice of 6 months
  governing law international
  registration none
//             ^^^^ treaty-registration-none
}
${estoniaFinland}`;

    it('reports `registration none` on a binding treaty between UN Members, on the value (probe bc/ee.entente)', () => {
      const [d] = checkDiagnostics(eeTreaty);
      assert.equal(d.severity, 'error');
      assert.match(d.message, /EE, FI are UN Members: UN Charter Art\. 102\(1\)/);
      assert.deepEqual(d.fixes.map((f) => f.edits[0].newText), ['article-102']);
    });

    it('near misses: an MoU, a treaty none of whose parties is a UN Member, a treaty of undeclared jurisdictions, a contract under domestic law', () => {
      const codes = ['treaty-registration-none', 'missing-registration'];
      checkNoDiagnostics('memorandum "MoU" {\n  status non-binding\n  registration none\n}\n' + estoniaFinland, codes);
      // The Holy See and the State of Palestine are observers, not Members: Art. 102 does not reach them.
      checkNoDiagnostics('treaty "T" {\n  status binding\n  registration none\n}\nparty VA "Holy See" { kind state jurisdiction VA }\nparty PS "State of Palestine" { kind state jurisdiction PS }\n', codes);
      checkNoDiagnostics('treaty "T" {\n  status binding\n}\nparty VA "Holy See" { kind state jurisdiction VA }\nparty EU "European Union" { kind international-organisation jurisdiction EU }\n', codes);
      checkNoDiagnostics('treaty "T" {\n  status binding\n  registration none\n}\nparty A "A"\nparty B "B"\n', ['treaty-registration-none']);
      checkNoDiagnostics(`treaty "T" {\n  status binding\n  registration none\n  governing law "the law of England and Wales"\n}\n${estoniaFinland}`, ['treaty-registration-none']);
    });

    it('never offers `registration none` to a treaty, and names the Members when it knows them', () => {
      const [d] = diagnose(`treaty "T" {\n  status binding\n}\n${estoniaFinland}`).filter((x) => x.code === 'missing-registration');
      assert.doesNotMatch(d.message, /registration none/);
      assert.match(d.message, /EE, FI are UN Members/);
      assert.doesNotMatch(ruleByCode('missing-registration')!.message, /registration none/);
      assert.deepEqual(d.fixes.flatMap((f) => f.edits.map((e) => e.newText)).filter((t) => /none/.test(t)), []);
    });
  });

  describe('MC11 the non-binding statement reaches the signed text', () => {
    function render(text: string): string {
      const service = createEntenteService({});
      service.open('file:///t/main.entente', text);
      return service.render('file:///t/main.entente', 'markdown')!;
    }

    it('renders `status non-binding` as a status paragraph in the wording of the approved library clause (its first paragraph: the second, on national law and resources, is not what the header states)', () => {
      const md = render('memorandum "MoU between CERT-EE and NCSC-FI" {\n  status non-binding\n  effect on signature\n}\nparticipant EE "CERT-EE"\nparticipant FI "NCSC-FI"\n');
      assert.match(md, /## Paragraph 1 — Status\n\nThis Memorandum records the intentions of the Participants\. It is not intended to be legally binding and does not create any legally binding commitment under international or domestic law\.\n\n## /);
      assert.doesNotMatch(md, /available resources/);
    });

    it('names the instrument by its kind, and writes nothing twice when a clause already states the status', () => {
      assert.match(render('arrangement "A" {\n  status non-binding\n}\n'), /This Arrangement records the intentions of the Participants\./);
      const withClause = render('memorandum "M" {\n  status non-binding\n}\nclause Status from library "non-binding-status/mou"\n');
      assert.equal(withClause.match(/not intended to be legally binding/g)?.length, 1);
    });

    it('near misses: a binding or undetermined instrument gets no such paragraph', () => {
      assert.doesNotMatch(render('treaty "T" {\n  status binding\n}\n'), /not intended to be legally binding/);
      assert.doesNotMatch(render('memorandum "M" {\n  status undetermined\n}\n'), /not intended to be legally binding/);
    });

    it('asks a memorandum without status; one whose text carries treaty signals gets undeclared-status instead (real: NL–US defence MoU 1978)', () => {
      const [plain] = checkDiagnostics('  memorandum "MoU" {\n//^^^^^^^^^^ missing-non-binding-statement\n    effect on signature\n  }\n');
      assert.doesNotMatch(plain.message, /signals/);
      // Status is a question, not an assumption: the MoU presumption does not hold against the
      // text, so the finding lists the evidence both ways and offers both answers.
      const [mixed] = checkDiagnostics(`  memorandum "Memorandum of Understanding" {
//^^^^^^^^^^ undeclared-status
    effect on signature
  }
  clause Art1 "Article I" """The Parties hereto agree that each Government shall maintain a similar classification."""
`);
      assert.match(mixed.message, /signals of a treaty: 'shall', 'Parties'/);
      assert.match(mixed.message, /`status binding`/);
    });
  });

  describe('MC12 missing-points-of-contact: practice, a warning, satisfied by designation', () => {
    it('accepts a clause by which the parties designate their points of contact by later notification', () => {
      checkNoDiagnostics(
        `participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI\nclause Designation "Each Participant will designate a point of contact for the channel and notify it to the other in writing."\n`,
        ['missing-points-of-contact'],
      );
    });

    it('accepts a duty to establish a National Security Authority (real: NATO Security of Information Agreement 1997, Art. 2)', () => {
      checkNoDiagnostics(
        `treaty "Agreement" {\n  status binding\n}\nparty BE "Belgium" { kind state }\nparty CA "Canada" { kind state }\nparty DK "Denmark" { kind state }\nchannel Classified between BE, CA, DK { carries classified }\nclause Art2 "Article 2" """The Parties shall ensure the establishment of a National Security Authority for NATO activities which shall implement protective security measures."""\n`,
        ['missing-points-of-contact'],
      );
    });

    it('reports one warning per channel, naming every party without a contact (near miss: a clause on another subject)', () => {
      const [d] = checkDiagnostics(`participant AT "Austria"
participant BE "Belgium"
participant DK "Denmark" { contact Desk "x" }
channel Classified between AT, BE, DK
//                         ^^ missing-points-of-contact
clause Costs about costs "Each Participant will bear its own costs."
`);
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /^Name a point of contact for AT, BE on channel Classified/);
      assert.equal(d.related.length, 2);
      assert.doesNotMatch(ruleByCode('missing-points-of-contact')!.source, /Budapest|US–Israel/);
    });
  });

  describe('MC06 missing-depositary: a warning (VCLT Art. 76(1) "may")', () => {
    it('still asks a trilateral treaty, at warning level (probe t3)', () => {
      const [d] = checkDiagnostics(`  treaty "Agreement between the Ministries of Defence" {
//^^^^^^ missing-depositary
    status binding
    consent by signature
  }
  party EE "Ministry of Defence of Estonia" { kind government-agency jurisdiction EE }
  party FI "Ministry of Defence of Finland" { kind government-agency jurisdiction FI }
  party NATO "North Atlantic Treaty Organization" { kind international-organisation }
`);
      assert.equal(d.severity, 'warning');
    });
  });

  describe('MC07 missing-consent-to-be-bound: an entry-into-force clause can state the consent', () => {
    it('accepts entry into force on notification of completed constitutional procedures (real: NL–Sweden 1984 Art. 9; VCLT Arts. 11, 16)', () => {
      for (const effect of ['effect after notification', 'effect 30 days after last notification', 'effect after last ratification', 'effect 90 days after last ratification by 3 parties', 'effect on signature']) {
        checkNoDiagnostics(`treaty "Agreement" {\n  status binding\n  ${effect}\n}\n`, ['missing-consent-to-be-bound']);
      }
    });

    it('near misses: a fixed date, or no entry into force, say nothing about consent', () => {
      const [d] = checkDiagnostics('  treaty "Agreement" {\n//^^^^^^ missing-consent-to-be-bound\n    effect on 2027-05-01\n  }\n');
      assert.equal(d.fixes.find((f) => f.preferred)!.edits[0].newText, '    consent by signature\n');
      checkDiagnostics('  treaty "Agreement" {\n//^^^^^^ missing-consent-to-be-bound\n    status binding\n  }\n');
      assert.match(ruleByCode('missing-consent-to-be-bound')!.source, /Arts\. 11, 12\(1\), 14, 16/);
      // Art. 13 only for what it governs: a treaty constituted by an exchange of notes (`form exchange-of-notes`).
      assert.doesNotMatch(ruleByCode('missing-consent-to-be-bound')!.source.replace('Art. 13 for a treaty constituted by an exchange of notes', ''), /Art(?:s)?\. 13/);
    });
  });

  describe('CF05 an MoU "governed by international law"', () => {
    it('reports it on the value and removes the statement (probe t9)', () => {
      const [d] = checkDiagnostics(`memorandum "MoU" {
  status non-binding
  disputes by consultation
  governing law international
//              ^^^^^^^^^^^^^ mou-governed-by-international-law
}
`);
      assert.equal(d.severity, 'error');
      assert.equal(d.fixes[0].edits[0].newText, '');
    });

    it('near misses: a treaty governed by international law, an MoU that names no law; a domestic law stays domestic-governing-law', () => {
      checkNoDiagnostics('treaty "T" {\n  status binding\n  governing law international\n}\n', ['mou-governed-by-international-law', 'domestic-governing-law']);
      checkNoDiagnostics('memorandum "M" {\n  status non-binding\n}\n', ['mou-governed-by-international-law']);
      assert.deepEqual(
        codesOf('memorandum "M" {\n  status non-binding\n  governing law "the law of Estonia"\n}\n').filter((c) => /governing|international-law/.test(c)),
        ['domestic-governing-law'],
      );
    });
  });

  describe('CF06, CF07, CF22: law stated as it is', () => {
    it('CF06 says the 1986 Convention is not in force', () => {
      const rule = ruleByCode('treaty-party-capacity')!;
      assert.match(rule.rationale, /not in force/);
      assert.match(rule.source, /not in force/);
    });

    it('CF22 is advice (info) that names VCLT Art. 39, not a rule that amendment must follow ratification', () => {
      const [d] = checkDiagnostics(`treaty "T" {
  consent by ratification
  amendment by written decision
//             ^^^^^^^^^^^^^^^^ treaty-amendment-by-decision
}
`);
      assert.equal(d.severity, 'info');
      assert.match(d.message, /lawful if the treaty so provides \(VCLT Art\. 39, as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\)/);
      checkNoDiagnostics('treaty "T" {\n  consent by ratification\n  amendment by ratification\n}\n', ['treaty-amendment-by-decision']);
    });
  });

  describe('CF09 signature-and-ratification: provisional application is not a contradiction', () => {
    it('accepts a clause applying the treaty provisionally from signature (real: NL–US 2012 Art. 20(2); VCLT Art. 25)', () => {
      checkNoDiagnostics(
        'treaty "T" {\n  status binding\n  effect on signature\n  consent by ratification\n}\nclause Provisional "Pending such entry into force, the terms of this Agreement shall be applied provisionally upon signature by both Parties."\n',
        ['signature-and-ratification'],
      );
      checkDiagnostics('treaty "T" {\n  status binding\n  effect on signature\n  consent by ratification\n//           ^^^^^^^^^^^^ signature-and-ratification\n}\n');
    });
  });

  describe('CF10 interval-longer-than-term: renewal', () => {
    const probeT6 = (duration: string) => `treaty "Agreement" {
  status binding
  consent by signature
  effect on signature
  duration ${duration}
  termination with notice of 6 months
}
party EE "Estonia" { kind state jurisdiction EE contact D "x" available 24/7 }
party FI "Finland" { kind state jurisdiction FI contact D "y" available 24/7 }
exercise Shield biennially led by EE with FI { scope "x" }
body B "Committee" members EE, FI meets every 18 months
`;

    it('does not report a cadence longer than a term that can be renewed (probe t6)', () => {
      checkNoDiagnostics(probeT6('1 year renewable for 1 year'), ['interval-longer-than-term']);
      checkNoDiagnostics(probeT6('1 year renewable'), ['interval-longer-than-term']);
    });

    it('near miss: a fixed term that cannot be renewed; the message says it can take place at most once', () => {
      const found = diagnose(probeT6('1 year')).filter((d) => d.code === 'interval-longer-than-term');
      assert.equal(found.length, 2);
      for (const d of found) assert.match(d.message, /which cannot be renewed: it can take place at most once/);
    });
  });

  describe('status is a question (issue #9 item 4)', () => {
    const exchangeOfLetters = `memorandum "Exchange of letters on defence security" {
  status undetermined
//       ^^^^^^^^^^^^ status-undetermined
  signed at "The Hague" on 1977-12-02
  effect after notification
}
participant NL "Netherlands"
participant AU "Australia"
clause Effect """This Arrangement will come into effect on the date on which the Government of the Kingdom of the Netherlands informs the Government of Australia that the procedures constitutionally required have been complied with."""
clause Release """Each Government will withhold matter subject to this Arrangement from the Government of a third State unless written approval is first obtained. The Parties shall consult."""
`;

    it('lists the signals both ways for `status undetermined` and offers both answers (real: NL–Australia 1977 exchange of letters)', () => {
      const [d] = checkDiagnostics(exchangeOfLetters, { codes: ['status-undetermined'] });
      assert.equal(d.severity, 'info');
      assert.match(d.message, /signals of a treaty: takes effect on notification .*'shall'.*'Parties'.*completion of constitutional or internal procedures/);
      assert.match(d.message, /signals of an MoU: `signed at`, no treaty final clauses .*'will' \(2 times\), 'come into effect'/);
      // The answers are terms of the text: offered to it as a draft, not to the letters of 1977.
      assert.deepEqual(d.fixes, []);
      assert.match(d.message, /The text is concluded \(the signature date is 1977-12-02\)/);
      const [draft] = checkDiagnostics(exchangeOfLetters.replace('on 1977-12-02', 'on 2027-12-02'), { codes: ['status-undetermined'] });
      assert.deepEqual(draft.fixes.map((f) => f.edits[0].newText), ['binding', 'non-binding']);
    });

    it('silences every check that needs a status: no MoU wording, no MC11, no treaty machinery', () => {
      const codes = codesOf(exchangeOfLetters);
      for (const code of ['mou-binding-wording', 'mou-treaty-wording', 'missing-non-binding-statement', 'missing-consent-to-be-bound', 'missing-registration', 'undeclared-status']) {
        assert.ok(!codes.includes(code), `${code} raised on an undetermined instrument`);
      }
    });

    it('an annex follows an undetermined parent into silence rather than into either standard', () => {
      const files = { 'parent.entente': 'memorandum "M" {\n  status undetermined\n}\n' };
      const codes = codesOf('annex "A" of "parent.entente" {\n}\nclause X """The Participants shall exchange information."""\n', { files });
      assert.ok(!codes.includes('mou-binding-wording') && !codes.includes('annex-status-differs'), codes.join(', '));
    });

    it('an `arrangement` without status is asked, not presumed non-binding (real: NL–US Security Protocol 1982, in "shall" throughout)', () => {
      const text = `  arrangement "Security Procedures for Industrial Operations" {
//^^^^^^^^^^^ undeclared-status
    signed at "The Hague" on 1982-04-09
  }
  clause Procedures """The following procedures have been developed to implement the provisions of the General Security of Information Agreement. Each Party shall undertake to afford the information the same degree of security protection."""
`;
      const [d] = checkDiagnostics(text, { codes: ['undeclared-status', 'missing-non-binding-statement', 'mou-binding-wording', 'mou-treaty-wording'] });
      assert.match(d.message, /^An arrangement may or may not bind, .*signals of a treaty: 'shall', 'Parties'/);
      assert.deepEqual(d.fixes, [], 'the Protocol signed in 1982 is offered no status');
      const [draft] = checkDiagnostics(text.replace('on 1982-04-09', 'on 2027-04-09'), { codes: ['undeclared-status', 'missing-non-binding-statement', 'mou-binding-wording', 'mou-treaty-wording'] });
      assert.equal(draft.fixes[0].title, 'Add `status binding` to the header');
      // Near miss: with its status declared, it is checked as what it says it is.
      checkDiagnostics('  arrangement "A" {\n    status non-binding\n  }\n  clause X """Each Participant shall report."""\n//                             ^^^^^ mou-binding-wording\n', { codes: ['mou-binding-wording', 'undeclared-status'] });
    });
  });

  describe('sources you can quote (issue #9 item 7)', () => {
    // Rules whose sources belong to other engineers of issue #9 (wording, applicability); their
    // own changes say where those were read.
    const othersRules = new Set([
      'mou-binding-wording', 'mou-treaty-wording', 'treaty-mou-wording', 'mou-binding-commitment', 'undefined-term',
      // The applicability rules say where their sources were read; MC14 was left as it was.
      'missing-central-authority',
    ]);

    it('every verified source says where its primary text was read', () => {
      const unsaid = allRules.filter((r) => !othersRules.has(r.code) && r.sourceStatus === 'verified' && !/\(read: /.test(r.source)).map((r) => r.code);
      assert.deepEqual(unsaid, []);
    });

    it('no rule cites an instrument nobody read as verified (the review’s list)', () => {
      const unread = /Russia–China|US–Israel|C-M\(2002\)49|EU–NATO Security of Information Agreement|StratCom COE|US–India|Australia–India|Cyber Defence Pledge|US–UK joint|JAXA|Final Clauses Handbook|Aust, Modern Treaty|Qatar v\. Bahrain/;
      const cited = allRules.filter((r) => !othersRules.has(r.code) && r.sourceStatus === 'verified' && unread.test(r.source + r.rationale)).map((r) => r.code);
      assert.deepEqual(cited, []);
      // The UN Treaty Handbook was read only as a table of contents: no rule rests on what it says.
      assert.deepEqual(allRules.filter((r) => !othersRules.has(r.code) && /Treaty Handbook/.test(r.source)).map((r) => r.code), []);
    });
  });
});
