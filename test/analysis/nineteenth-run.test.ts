/**
 * The nineteenth real-instrument run (test/real-instruments/NINETEENTH-RUN.md): a term the text
 * only names in quotation marks is not used, and words quoted in order to be read otherwise are
 * not an undefined term. Each held to the sentence it came from and to the near miss that must
 * stay reported.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const header = 'treaty "Convention" {\n  status binding\n}\nparty HR "Croatia"\nparty CW "Curaçao"\n';
const findings = (text: string, code: string) => diagnose(header + text).filter((d) => d.code === code).map((d) => d.message);

describe('nineteenth real-instrument run', () => {
  // Croatia–Curaçao Convention on savings income 2013, Art. 2(1)(c), transcribed beside its define.
  const definitions = 'define "contracting party" means "the Republic of Croatia"\nclause Art2 """\n  c) the “contracting party” being a Member State of the European Union means: the Republic of Croatia;\n"""\n';

  it('does not count a term that stands in quotation marks as a use of it', () => {
    assert.equal(findings(definitions, 'unused-term').length, 1, 'the quoted definition article is not a use');
    const quotedPlural = 'define "Interest Payment" means "a payment"\nclause Art2 """the term “Interest Payment(s)” means the payments of Article 6."""\n';
    assert.equal(findings(quotedPlural, 'unused-term').length, 1);
  });

  it('still counts the same term written without quotation marks', () => {
    const used = `${definitions}clause Art4 """Each contracting party shall inform the other."""\n`;
    assert.deepEqual(findings(used, 'unused-term'), []);
  });

  // Art. 2(2): "instead of “Member States” has to be read: Contracting States".
  it('does not report words quoted to be read otherwise as an undefined term', () => {
    for (const sentence of [
      'In the provisions of the Directive to which this Convention refers, instead of “Member States” has to be read: Contracting States.',
      'In Article 4 of the Directive, for “Member State” read “Contracting State”.',
      'References to “Member States” shall be read as references to the Contracting States.',
      'In Article 11, the words “Competent Authority” shall be replaced by the words “the Minister”.',
    ]) {
      // The replacing words are this Convention's own term, defined as in Art. 2(1)(a).
      assert.deepEqual(findings(`define "Contracting State" means "Croatia or Curaçao"\nclause Art2 """${sentence}"""\n`, 'undefined-term'), [], sentence);
    }
  });

  it('still reports a quoted capitalised term the text uses as its own', () => {
    assert.equal(findings('clause Art3 """Each “Member State” shall inform the other Contracting State."""\n', 'undefined-term').length, 1);
    assert.equal(findings('clause Art3 """Interest paid in the territory of “Member States” is reported."""\n', 'undefined-term').length, 1, '"of" is not "instead of"');
    assert.equal(findings('clause Art3 """The “Paying Agent” shall be responsible for reading the list."""\n', 'undefined-term').length, 1);
  });
});
