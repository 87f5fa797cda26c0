/**
 * The twenty-first real-instrument run (test/real-instruments/TWENTY-FIRST-RUN.md): three wrong
 * `unused-term` warnings. A Title Case term whose definition quotes it in lower case, or that the
 * text writes in lower case as its practice, is not unused; a close variant's count includes the
 * forms that differ only in the first letter; a short form the definition introduces is a use.
 * Each held to the sentences it came from and to the near misses that must stay reported.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const header = 'treaty "Convention" {\n  status binding\n}\nparty NL "the Kingdom of the Netherlands"\nparty CU "the Republic of Cuba"\n';
const diagnostics = (text: string, code: string) => diagnose(header + text).filter((d) => d.code === code);
const findings = (text: string, code: string) => diagnostics(text, code).map((d) => d.message);

// NL–Cuba Convention on the transfer of sentenced persons 2013, Arts. 3(1)(h), 3(2), 4(1)–(2).
const uses = `clause Art3 """
  h) if the sentencing and administering States agree to the transfer.
  2. In exceptional cases, the sentencing State and the administering State may agree to a transfer
  even if the time to be served by the sentenced person is less than that specified in paragraph
  1 d).
"""
clause Art4 """
  1. Any sentenced person to whom this Convention may apply shall be informed by the sentencing
  State of the substance of this Convention.
  2. If the sentenced person has expressed an interest to the sentencing State in being transferred
  under this Convention, that State shall so inform the administering State as soon as practicable.
"""
`;

describe('twenty-first real-instrument run', () => {
  describe('a Title Case term written with its first letter lowered', () => {
    // Art. 1(e)–(f): each definition quotes its own term in lower case.
    const quoting =
      'define "Sentencing State" means "the State in which the sentence was imposed on the person. With regard to the Kingdom of the Netherlands, “sentencing State” means the Netherlands, Aruba, Curaçao or Sint Maarten, in whichever of these parts of the Kingdom sentencing takes place"\n' +
      'define "Administering State" means "the State to which the sentenced person may be or has been transferred in order to serve his sentence. With regard to the Kingdom of the Netherlands, “administering State” means the Netherlands, Aruba, Curaçao or Sint Maarten"\n';

    it('is a use where the definition quotes the term in that form: nothing is reported', () => {
      assert.deepEqual(findings(quoting + uses, 'unused-term'), []);
      assert.deepEqual(findings(quoting + uses, 'term-used-in-lower-case'), []);
    });

    it('is a use where the definitions article quotes that form followed by "means"', () => {
      const plain = 'define "Sentencing State" means "the State in which the sentence was imposed on the person"\n';
      const article = 'clause Art1 """\n  e) “Sentencing State” means the State in which the sentence was imposed on the person. With regard\n  to the Kingdom of the Netherlands, “sentencing State” means the Netherlands, Aruba, Curaçao or Sint Maarten;\n"""\n';
      assert.deepEqual(findings(plain + article + uses, 'unused-term'), []);
      assert.deepEqual(findings(plain + article + uses, 'term-used-in-lower-case'), []);
    });

    it('is still unused where the text writes it in no form at all', () => {
      const unused = findings(quoting + 'clause Art5 """Requests shall be made in writing."""\n', 'unused-term');
      assert.equal(unused.length, 2);
      assert.match(unused[0], /"Sentencing State" is defined but never used/);
    });

    // Probe cu3's converse: the same text without the quoted lower-case forms.
    const plain =
      'define "Sentencing State" means "the State in which the sentence was imposed on the person"\n' +
      'define "Administering State" means "the State to which the sentenced person may be or has been transferred in order to serve his sentence"\n';

    it('where the text writes its Title Case terms so as its practice, is used only in lower case (info), not unused', () => {
      assert.deepEqual(findings(plain + uses, 'unused-term'), []);
      const lower = diagnostics(plain + uses, 'term-used-in-lower-case');
      assert.deepEqual(
        lower.map((d) => [d.severity, d.message.split(':')[0]]),
        [
          ['info', '"Sentencing State" is used only as "sentencing State"'],
          ['info', '"Administering State" is used only as "administering State"'],
        ],
      );
    });

    // NL–US Agreement on homeland security 2012: a Title Case list whose terms are written as
    // defined ("the Receiving Party"); "the sending Party’s funds" (Art. 10(7)) is not "Sending Party".
    const titleList =
      'define "Receiving Party" means "the Party to which information is transferred"\n' +
      'define "Sending Party" means "the Party which transfers information"\n' +
      'clause Art10 """\n  7. Audit reports shall be provided to the Receiving Party. The administration of the sending Party’s funds follows national practices.\n"""\n';

    it('is not the term where the text writes its Title Case terms as defined: the unused term stays a warning', () => {
      const unused = diagnostics(titleList, 'unused-term');
      assert.deepEqual(
        unused.map((d) => [d.severity, d.message]),
        [['warning', '"Sending Party" is defined but never used: use it in the text, or delete the definition.']],
      );
      assert.deepEqual(findings(titleList, 'term-used-in-lower-case'), []);
    });

    it('is no practice with one such term: a lone Title Case term written once in lower case stays unused', () => {
      const lone = 'define "Sending Party" means "the Party which transfers information"\nclause Art10 """The administration of the sending Party’s funds follows national practices."""\n';
      assert.deepEqual(
        diagnostics(lone, 'unused-term').map((d) => [d.severity, d.message]),
        [['warning', '"Sending Party" is defined but never used: use it in the text, or delete the definition.']],
      );
      assert.deepEqual(findings(lone, 'term-used-in-lower-case'), []);
    });

    it('counts the forms that differ only in the first letter beside a close variant', () => {
      // Art. 3(1)(h) writes the plural once; the singular stands twice in Arts. 3(2) and 4(2).
      const text =
        'define "Receiving Party" means "the Party to which information is transferred"\n' +
        plain.split('\n')[1] +
        '\n' +
        uses +
        'clause Art5 """The Receiving Party shall confirm receipt."""\n';
      const unused = findings(text, 'unused-term');
      assert.equal(unused.length, 1);
      assert.match(unused[0], /^"Administering State" is never written as defined, but the text writes close variants, "administering State" \(2 times\) and "administering States" \(once\): align/);
    });
  });

  describe('a short form the definition introduces', () => {
    // CoE Warsaw Convention CETS 198 2005, Arts. 1(f) and 46(1).
    const definition =
      'define "financial intelligence unit" means "a central, national agency responsible for receiving, analysing and disseminating to the competent authorities, disclosures of financial information"\n' +
      'clause Art1 """\n  f. “financial intelligence unit” (hereinafter referred to as “FIU”) means a central, national\n  agency responsible for receiving, analysing and disseminating disclosures of financial information;\n"""\n';
    const art46 =
      'clause Art46 """\n  1. Parties shall ensure that FIUs, as defined in this Convention, shall cooperate for the purpose\n  of combating money laundering, to assemble and analyse, or, if appropriate, investigate within the\n  FIU relevant information on any fact which might be an indication of money laundering.\n"""\n';

    it('is a use of the defined term: nothing is reported', () => {
      assert.deepEqual(findings(definition + art46, 'unused-term'), []);
      for (const intro of ['(hereinafter “FIU”)', '(“FIU”)', ', hereinafter called “FIU”,']) {
        const text = definition.replace('(hereinafter referred to as “FIU”)', intro);
        assert.deepEqual(findings(text + art46, 'unused-term'), [], intro);
      }
    });

    it('is no use where the text never writes it: the definition stays unused, its deletion offered', () => {
      const unused = diagnostics(definition + 'clause Art47 """Each Party shall adopt such measures as may be necessary."""\n', 'unused-term');
      assert.equal(unused.length, 1);
      assert.match(unused[0].message, /is defined but never used/);
      assert.ok(unused[0].fixes.some((f) => /^Delete the definition/.test(f.title)));
    });

    it('counts only a short form introduced for this term', () => {
      // "FIU" is introduced for another phrase, and a quoted list introduces nothing.
      const other =
        'define "financial intelligence unit" means "a central, national agency"\n' +
        'clause Art1 """\n  f. the Financial Investigation Unit (hereinafter referred to as “FIU”) of each Party; “freezing” or\n  “seizure” means temporarily prohibiting the transfer of property.\n"""\n';
      assert.equal(findings(other + art46, 'unused-term').length, 1);
    });
  });
});
