import assert from 'node:assert/strict';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import { renderClause } from '../../server/src/language/library/render-clause';
import { findWording } from '../../server/src/language/model/wording';
import { carryCase } from '../../server/src/language/util/carry-case';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { applyFix, fixed } from './conflict-helpers';

const wordingCodes = ['mou-binding-wording', 'mou-treaty-wording', 'treaty-mou-wording'];

describe('wording conflicts (CF01, CF04)', () => {
  describe('the vocabulary table', () => {
    it('carries capitalisation, capitals and title case over to the replacement', () => {
      assert.equal(carryCase('Parties', 'participants'), 'Participants');
      assert.equal(carryCase('SHALL', 'will'), 'WILL');
      assert.equal(carryCase('Entry into Force', 'coming into effect'), 'Coming into Effect');
      assert.equal(carryCase('enter into force', 'come into effect'), 'come into effect');
    });

    it('prefers the longest phrase and maps "undertake to" onto "will"', () => {
      const found = findWording('The Contracting Parties undertake to respect their rights and obligations under this Memorandum.', 'treaty');
      assert.deepEqual(
        found.map((m) => [m.written, m.replacement]),
        [
          ['Contracting Parties', 'Participants'],
          ['undertake to', 'will'],
          ['rights and obligations', 'benefits and commitments'],
        ],
      );
    });

    it('offers no rewrite for "obligations" whose holder and source it cannot tell, and says why', () => {
      const [m] = findWording('Each Participant will fulfil its obligations.', 'treaty');
      assert.equal(m.written, 'obligations');
      assert.equal(m.replacement, undefined);
      assert.match(m.unclear ?? '', /under another instrument or the law, say which/);
    });

    it('finds a word of the vocabulary after one that stands inside another word, and nothing where every one does', () => {
      // One scan for every form of the vocabulary decides whether a text is read at all.
      assert.deepEqual(findWording('The counter-obligations and subagreements of the Participants.', 'treaty'), []);
      assert.deepEqual(findWording('The counter-obligations and the obligations of the contractors.', 'treaty').map((m) => m.written), ['obligations']);
      assert.deepEqual(findWording('Each Party shall provide the information.', 'mou'), []);
      assert.deepEqual(findWording('Goodwill is needed; the Participants will meet.', 'mou').map((m) => m.written), ['Participants', 'will']);
    });

    it('finds "agree" only as the signatories\' own assent', () => {
      assert.deepEqual(findWording('The Participants agree to meet. As agreed, they meet.', 'treaty').map((m) => m.replacement), ['decide', 'decided']);
      assert.deepEqual(findWording('The working group will agree priorities.', 'treaty'), []);
    });
  });

  describe('an MoU in treaty words', () => {
    it('reports "shall" as an error on the word in single-line prose', () => {
      const [d] = checkDiagnostics(`memorandum "MoU" { status non-binding }
clause Sharing """The Participants shall share indicators."""
//                                 ^^^^^ mou-binding-wording
`);
      assert.equal(d.severity, 'error');
      assert.equal(d.catalogueId, 'CF01');
    });

    it('reports "enter into force" on the last line of multi-line prose', () => {
      checkDiagnostics(`memorandum "MoU" { status non-binding }
clause Effect """
  This Memorandum will enter into force on signature."""
//                     ^^^^^^^^^^^^^^^^ mou-binding-wording
`);
    });

    it('reports the other treaty words as warnings, each on its word', () => {
      const found = checkDiagnostics(`memorandum "MoU" { status non-binding }
clause Costs """Each Party will bear its own costs under this Article and this agreement."""
//                   ^^^^^ mou-treaty-wording
//                                                            ^^^^^^^ mou-treaty-wording
//                                                                             ^^^^^^^^^ mou-treaty-wording
`);
      assert.ok(found.every((d) => d.severity === 'warning'));
    });

    it('reports treaty keywords and treaty-only final clauses in the header', () => {
      checkDiagnostics(`memorandum "MoU" {
  status non-binding
  languages English, French authentic
//                          ^^^^^^^^^ mou-treaty-wording
  done at "Tallinn" on 2027-03-01
//^^^^ mou-treaty-wording
  depositary "Secretary-General of the United Nations"
//^^^^^^^^^^ mou-treaty-wording
  reservations none
//^^^^^^^^^^^^ mou-treaty-wording
}
  party EE "Estonia"
//^^^^^ mou-treaty-wording
`);
    });

    it('reports "Agreement" and "Treaty" in the instrument\'s own title', () => {
      checkDiagnostics(`memorandum "Agreement on Cyber Cooperation" { status non-binding }
//          ^^^^^^^^^ mou-treaty-wording
`);
      assert.equal(fixed('memorandum "Treaty on Cyber Cooperation" { status non-binding }\n', 'mou-treaty-wording'), 'memorandum "Memorandum on Cyber Cooperation" { status non-binding }\n');
    });

    it('leaves near misses alone: denials, citations, quotations, names, lower-case and noun uses', () => {
      checkNoDiagnostics(
        `memorandum "Memorandum of Understanding on Cyber Cooperation" { status non-binding }
participant EE "Estonia"
participant FI "Finland"
security-agreement GSA "Framework Security Agreement" between EE, FI up to SECRET
define "Party Liaison" means "the officer each Participant names"
clause Status """This Memorandum does not create legally binding obligations and is not an agreement under international law."""
clause Citation """Requests follow Article 35 of the Budapest Convention and Article 46(2)(a) GDPR."""
clause Quote """The Participants note the words "States shall cooperate" of the Convention."""
clause Escaped "The Participants recall that \\"Parties shall cooperate\\" in the Convention."
clause Third """Information will not go to a third party without consent. The will of the Participants prevails."""
clause Security """Classified information is protected under the Framework Security Agreement and the security agreement in force between them, and the Agreement on the Security of Information."""
clause Liaison """The Party Liaison reports to the Working Party on Security. The working group will agree priorities."""
`,
        wordingCodes,
      );
    });

    it('does not judge the wording of a treaty by MoU rules, nor a registry file at all', () => {
      checkNoDiagnostics('treaty "Treaty" { status binding }\nclause Sharing """Each Party shall share indicators."""\n', ['mou-binding-wording', 'mou-treaty-wording']);
      checkNoDiagnostics('party EE "Estonia"\nclause Note """The Parties shall meet."""\n', wordingCodes);
    });
  });

  describe('a treaty in MoU words', () => {
    it('reports MoU words and the participant keyword as drafting notes (info)', () => {
      const found = checkDiagnostics(`treaty "Treaty" { status binding }
  participant EE "Estonia"
//^^^^^^^^^^^ treaty-mou-wording
clause Sharing """Each Party will share indicators with the other Participants."""
//                           ^^^^ treaty-mou-wording
//                                                                ^^^^^^^^^^^^ treaty-mou-wording
`);
      assert.ok(found.every((d) => d.severity === 'info' && d.catalogueId === 'CF04'));
    });

    it('reports equally-valid in the header, but not signed at (treaties concluded by notes have no "Done at")', () => {
      checkDiagnostics(`treaty "Treaty" {
  status binding
  languages English, French equally-valid
//                          ^^^^^^^^^^^^^ treaty-mou-wording
  signed at "Tallinn" on 2027-03-01
}
`);
    });

    it('leaves the noun "will" and citations of other instruments alone', () => {
      checkNoDiagnostics(
        `treaty "Treaty" { status binding }
clause Basis """Reflecting the will of the Parties and the Convention signed at Budapest, each Party shall cooperate."""
`,
        ['treaty-mou-wording'],
      );
    });
  });

  // Issue 9 item 2 and the legal review's probes (fp-mou, fp-treaty, t8/t9): wording checks judge
  // only the instrument's own voice, not what it cites, quotes or reports of another instrument.
  describe("the instrument's own voice, not what it cites", () => {
    it('fp-mou: leaves international obligations, another agreement\'s entry into force and a directive\'s "shall" alone', () => {
      checkNoDiagnostics(
        `memorandum "Memorandum of Understanding between the Republic of Estonia and the Republic of Finland on Cooperation in Cyber Security" {
  status non-binding
}
participant EE "Republic of Estonia"
participant FI "Republic of Finland"
clause Law "Applicable law" """
  The Participants will cooperate in accordance with their respective national laws and
  international obligations, including their obligations as States Parties to the Convention
  on Cybercrime and as Member States of the European Union.
"""
clause Pending "Classified information" """
  Pending the entry into force of the agreement on the mutual protection of classified
  information now under negotiation between the Participants, no classified information will
  be exchanged.
"""
clause Existing "Relation to other instruments" """
  This Memorandum does not affect the rights and obligations of the Participants under
  existing agreements between them, or under the North Atlantic Treaty.
"""
clause Nis "NIS2" """
  Each Participant will take into account that, under Article 23 of Directive (EU) 2022/2555,
  essential and important entities shall submit an early warning within 24 hours.
"""
`,
        [...wordingCodes, 'mou-binding-commitment'],
      );
    });

    it('t8/t9: "by mutual agreement" and "authentic wishes" are not treaty wording; cited treaties are not either', () => {
      checkNoDiagnostics(
        `memorandum "MoU" { status non-binding }
participant EE "Estonia"
participant FI "Finland"
clause A "Cooperation" """
  The Participants intend to cooperate by mutual agreement. Each Participant will respect the
  authentic wishes of the originating Participant. This Memorandum is without prejudice to
  Article 5 of the North Atlantic Treaty and to the Treaty on European Union.
"""
`,
        wordingCodes,
      );
    });

    it('leaves other instruments\' titles, provisions, effect and parties alone, and a contract\'s clause', () => {
      checkNoDiagnostics(
        `memorandum "Memorandum of Understanding on Industrial Security" { status non-binding }
participant NL "Netherlands"
participant US "United States"
clause Recital "Recital" """
  In an Agreement, signed on 29 October 1984, between the Kingdom of the Netherlands and the
  Kingdom of Sweden, it was decided that the details of the implementation of the Agreement
  would be set out separately. The Agreement Between the Parties to the North Atlantic Treaty
  Regarding the Status of Their Forces applies, in particular Article VIII of the NATO SOFA.
"""
clause Contracts "Contracts" """
  Contracts will contain a security requirements clause, which includes a confirmation by the
  contractor of his obligations. This paragraph applies to subcontracting agreements and to
  agreements entered into between the IEPG and the Government of the United States.
"""
clause Effect "Effect" """
  This Memorandum will come into effect on the date on which the Agreement on the Security of
  Information enters into force, and the Participants will continue to apply it while that
  agreement remains in force. The Convention provides that each Party shall designate a point of
  contact, and States Parties to the Convention shall preserve data under Article 29 of the
  Convention on Cybercrime, done at Budapest on 23 November 2001.
"""
`,
        wordingCodes,
      );
    });

    it('still reports the MoU\'s own treaty words, with a rewrite (near misses of the above)', () => {
      const found = checkDiagnostics(`memorandum "MoU" { status non-binding }
participant EE "Estonia"
participant FI "Finland"
clause A """This Memorandum will enter into force on signature."""
//                               ^^^^^^^^^^^^^^^^ mou-binding-wording
clause B """Under this Memorandum, the Participants shall meet annually."""
//                                                  ^^^^^ mou-binding-wording
clause C """The Parties to this Memorandum will fulfil the obligations under this Memorandum."""
//              ^^^^^^^ mou-treaty-wording
//                                                         ^^^^^^^^^^^ mou-treaty-wording
clause D """Essential entities shall report incidents to the Participants, as this clause says."""
//                             ^^^^^ mou-binding-wording
//                                                                                 ^^^^^^ mou-treaty-wording
`);
      assert.ok(found.every((d) => d.fixes.length === 1), 'each finding offers its rewrite');
    });

    it('reports a word whose meaning decides the rewrite as a warning without a fix, saying what to decide', () => {
      const text = `memorandum "MoU" { status non-binding }
participant EE "Estonia"
participant FI "Finland"
clause A """Under Article 35 of the Convention, the Participants shall designate a point of contact."""
//                                                               ^^^^^ mou-treaty-wording
clause B """Each Participant will fulfil its obligations."""
//                                           ^^^^^^^^^^^ mou-treaty-wording
clause C """Pending the entry into force of the agreement, no classified information will be exchanged."""
//                      ^^^^^^^^^^^^^^^^ mou-treaty-wording
//                                              ^^^^^^^^^ mou-treaty-wording
`;
      const found = checkDiagnostics(text, { codes: wordingCodes });
      for (const d of found) {
        assert.equal(d.severity, 'warning', d.message);
        assert.deepEqual(d.fixes, [], `${d.message} offers a fix`);
        assert.match(d.message, /No automatic rewrite is offered/);
      }
      const message = (word: string) => found.find((d) => d.message.startsWith(`'${word}'`))!.message;
      assert.match(message('shall'), /follows a citation of another instrument/);
      assert.match(message('entry into force'), /whose legal effect/);
      assert.match(message('agreement'), /which agreement/);
    });

    it('judges wording only against a declared status: an arrangement without one is not presumed non-binding', () => {
      checkNoDiagnostics('arrangement "Security Protocol" { effect on signature }\nclause P """The Parties shall protect classified information."""\n', [...wordingCodes, 'mou-binding-commitment']);
      checkNoDiagnostics('memorandum "MoU" { effect on signature }\nclause P """The Parties shall waive all claims."""\n', [...wordingCodes, 'mou-binding-commitment']);
    });

    it('fp-treaty: future tense, another instrument\'s commitments and "remain in effect" are not MoU wording in a treaty', () => {
      checkNoDiagnostics(
        `treaty "Agreement between the Republic of Estonia and the Republic of Finland on Cooperation in Cyber Defence" { status binding }
party EE "Republic of Estonia"
party FI "Republic of Finland"
clause Info "Information" """
  The Parties shall exchange the information that will be needed for the protection of their
  networks. Each Party shall fulfil its commitments under the Paris Call and this Agreement
  shall remain in effect until terminated. Where the requested Party believes that preservation
  will not ensure the future availability of the data, it shall so inform the other Party.
  Recognising that cooperation will strengthen their networks, the Parties shall meet. No
  compensation will be paid for costs of security measures. This interpretation will apply to
  Article 4. The provisions of Article 9 shall continue to have effect after termination. The
  claims between the two Parties will be settled in euros. The Parties may conclude an
  arrangement whereby each Party will second experts. Done in three texts, all being equally
  valid and authentic.
"""
`,
        ['treaty-mou-wording'],
      );
    });

    // Tenth real-instrument run (NL–Australia 2014): another instrument's coming into effect.
    it('leaves "which came into effect" alone when it is said of another instrument, or of one it cannot tell', () => {
      checkNoDiagnostics(
        `treaty "Agreement" { status binding }
party NL "Kingdom of the Netherlands"
party AU "Australia"
clause Preamble "Preamble" """
  Noting the Memorandum of Understanding between the Australian Federal Police and the National
  Police of the Netherlands on Combating Transnational Crime and Developing Police Cooperation,
  which came into effect on 2 June 2014; Have agreed as follows:
"""
clause Support "Logistic support" """
  Support shall be provided under the Arrangement between the Australian Department of Defence and
  the Minister of Defence of the Kingdom of the Netherlands concerning the Provisions of Mutual
  Logistic Support which came into effect on 26 July 2006 (the MLSA), and the arrangement that
  comes into effect next year.
"""
`,
        ['treaty-mou-wording'],
      );
      // Said of the treaty itself, through the relative pronoun, it is still MoU wording.
      checkDiagnostics(`treaty "Agreement" { status binding }
party NL "Kingdom of the Netherlands"
party AU "Australia"
clause Effect "Effect" """
  This Agreement, which comes into effect on signature, shall remain in force for one year.
//                      ^^^^^^^^^^^^^^^^^ treaty-mou-wording
"""
`, { codes: ['treaty-mou-wording'] });
    });

    it('still reports "will" as the signatories\' operative verb and commitments under the treaty itself', () => {
      checkDiagnostics(`treaty "Agreement" { status binding }
party EE "Estonia"
party FI "Finland"
clause Own "Own" """
  Each Party will designate a point of contact. The Government of Estonia, after consulting the
//           ^^^^ treaty-mou-wording
  other Party, will notify FI. Each Party shall honour its commitments under this Agreement.
//             ^^^^ treaty-mou-wording
//                                                         ^^^^^^^^^^^ treaty-mou-wording
"""
`, { codes: ['treaty-mou-wording'] });
    });

    it('is silent on "commitments" under a concluded treaty, and still notes "will" there (fifty-eighth run, item 5)', () => {
      // ITPGRFA 2001 Art. 18.4 b) (BWBV0001763), as CBD Art. 20(4) (BWBV0001136): "will effectively
      // implement their commitments under this Treaty"; UNFCCC Art. 4 is headed "Commitments".
      const signed = (words: string) =>
        `treaty "Treaty" {\n  status binding\n  opened for signature at "the FAO" on 2001-11-03\n}\nparty A "Members of FAO" { kind state class open }\nclause Art18 "Article 18" """\n  ${words}\n"""\n`;
      const notes = (text: string) => diagnose(text).filter((d) => d.code === 'treaty-mou-wording').map((d) => d.message.split("'")[1]);
      assert.deepEqual(notes(signed('The extent to which Contracting Parties that are developing countries will effectively implement their commitments under this Treaty will depend on the effective allocation of resources.')), []);
      // The same treaty still gets the note on an operative "will" (forty-seventh run).
      assert.deepEqual(notes(signed('Each Party will designate a point of contact.')), ['will']);
      // A draft is still told of "commitments" (the test above).
      assert.deepEqual(notes('treaty "Agreement" { status binding }\nparty EE "Estonia"\nparty FI "Finland"\nclause Own "Own" """\n  Each Party shall honour its commitments under this Agreement.\n"""\n'), ['commitments']);
    });

    it('does not take a defined term\'s plural, or participants beside the Parties, for the signatories', () => {
      checkNoDiagnostics(
        `treaty "Agreement" { status binding }
party EE "Estonia"
party FI "Finland"
define "Participant" means "any non-Party person or entity taking part in a Project"
clause Projects "Projects" """
  A Party normally involves Participants to carry out Projects, and the Parties and their
  Participants shall protect the information. Participants in the exercise shall be briefed.
"""
`,
        ['treaty-mou-wording'],
      );
    });

    it('keeps every built-in library clause clean in its own wording', () => {
      for (const clause of builtInLibrary().all()) {
        const body = renderClause(clause, undefined, { snippet: false });
        const head = clause.wording === 'mou' ? 'memorandum "Memorandum of Understanding" { status non-binding }\nparticipant A "Alpha"\nparticipant B "Beta"\n' : 'treaty "Agreement" { status binding }\nparty A "Alpha"\nparty B "Beta"\n';
        const found = diagnose(`${head}clause X """\n${body}\n"""\n`).filter((d) => [...wordingCodes, 'mou-binding-commitment'].includes(d.code));
        assert.deepEqual(found.map((d) => d.message), [], clause.id);
      }
    });
  });

  describe('quick fixes', () => {
    it('replaces prose words keeping capitalisation and number', () => {
      assert.equal(
        fixed('memorandum "MoU" { status non-binding }\nclause Costs """The Parties will meet."""\n', 'mou-treaty-wording'),
        'memorandum "MoU" { status non-binding }\nclause Costs """The Participants will meet."""\n',
      );
      assert.equal(
        fixed('treaty "Treaty" { status binding }\nclause Costs """Each Party Will meet."""\n', 'treaty-mou-wording'),
        'treaty "Treaty" { status binding }\nclause Costs """Each Party Shall meet."""\n',
      );
    });

    it('replaces a phrase broken over two lines', () => {
      const text = 'memorandum "MoU" { status non-binding }\nclause Effect """\n  This Memorandum will enter\n  into force on signature."""\n';
      const d = diagnose(text).find((x) => x.code === 'mou-binding-wording')!;
      assert.equal(applyFix(text, d), 'memorandum "MoU" { status non-binding }\nclause Effect """\n  This Memorandum will come into effect on signature."""\n');
    });

    it('swaps keywords and removes treaty-only statements', () => {
      const text = 'memorandum "MoU" {\n  status non-binding\n  done at "Tallinn"\n  depositary "UN"\n}\n';
      const found = diagnose(text).filter((d) => d.code === 'mou-treaty-wording');
      assert.equal(applyFix(text, found.find((d) => d.message.includes("'done'"))!), 'memorandum "MoU" {\n  status non-binding\n  signed at "Tallinn"\n  depositary "UN"\n}\n');
      assert.equal(applyFix(text, found.find((d) => d.message.includes('depositary'))!), 'memorandum "MoU" {\n  status non-binding\n  done at "Tallinn"\n}\n');
      assert.equal(fixed('treaty "T" { status binding languages English, French equally-valid }\n', 'treaty-mou-wording'), 'treaty "T" { status binding languages English, French authentic }\n');
    });
  });
});
