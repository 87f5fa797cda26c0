import assert from 'node:assert/strict';
import { carryCase, findWording } from '../../server/src/language/model/wording';
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
      const found = findWording('The Contracting Parties undertake to respect their rights and obligations.', 'treaty');
      assert.deepEqual(
        found.map((m) => [m.written, m.replacement]),
        [
          ['Contracting Parties', 'Participants'],
          ['undertake to', 'will'],
          ['rights and obligations', 'benefits and commitments'],
        ],
      );
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
    it('reports MoU words and the participant keyword as warnings', () => {
      const found = checkDiagnostics(`treaty "Treaty" { status binding }
  participant EE "Estonia"
//^^^^^^^^^^^ treaty-mou-wording
clause Sharing """Each Party will share indicators with the other Participants."""
//                           ^^^^ treaty-mou-wording
//                                                                ^^^^^^^^^^^^ treaty-mou-wording
`);
      assert.ok(found.every((d) => d.severity === 'warning' && d.catalogueId === 'CF04'));
    });

    it('reports signed at and equally-valid in the header', () => {
      checkDiagnostics(`treaty "Treaty" {
  status binding
  languages English, French equally-valid
//                          ^^^^^^^^^^^^^ treaty-mou-wording
  signed at "Tallinn" on 2027-03-01
//^^^^^^ treaty-mou-wording
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
