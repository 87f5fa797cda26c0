/**
 * lg45, item 2: term-lower-case-forms.ts read its own list of the words that define a quoted phrase
 * ("means", "shall mean", …); it now reads their home, util/definition-connectors.ts, whose list is
 * wider: an inclusive connector ("includes", "shall include") defines the quoted form too, as it does
 * for render/own-definitions.ts and term-provenance.ts. A definition that quotes its Title Case term
 * in lower case followed by "includes" makes that form the term, as one followed by "means" does
 * (twenty-first run: NL–Cuba 2013, Art. 1(e), with "means").
 */
import assert from 'node:assert/strict';
import { definingAfter } from '../../server/src/language/rules/support/term-lower-case-forms';
import { diagnose } from '../helpers/fixture';

const header = 'treaty "Convention" {\n  status binding\n}\nparty NL "the Kingdom of the Netherlands"\nparty CU "the Republic of Cuba"\n';
const findings = (text: string, code: string) => diagnose(header + text).filter((d) => d.code === code).map((d) => d.message);
const plain = 'define "Sentencing State" means "the State in which the sentence was imposed on the person"\n';
const uses = 'clause Art4 """\n  1. Any sentenced person shall be informed by the sentencing State of the substance of this Convention.\n"""\n';
const article = (connector: string) =>
  `clause Art1 """\n  e) “Sentencing State” means the State in which the sentence was imposed on the person. With regard\n  to the Kingdom of the Netherlands, “sentencing State” ${connector} the Netherlands, Aruba, Curaçao or Sint Maarten;\n"""\n`;

describe('lg45: the words that define a quoted lower-case form come from util/definition-connectors.ts', () => {
  it('an inclusive connector defines the lower-case form as "means" does: nothing is reported', () => {
    for (const connector of ['means', 'includes', 'shall include', 'is used in the sense of']) {
      assert.deepEqual(findings(plain + article(connector) + uses, 'unused-term'), [], connector);
      assert.deepEqual(findings(plain + article(connector) + uses, 'term-used-in-lower-case'), [], connector);
    }
  });

  it('near miss: the lower-case form quoted without a connector is named, not defined', () => {
    const named = plain + article('is, for the Kingdom,') + uses;
    assert.equal(findings(named, 'unused-term').length + findings(named, 'term-used-in-lower-case').length, 1);
  });

  it('the list is the home’s: exhaustive and inclusive connectors, and a colon', () => {
    for (const after of [' means', ' shall mean', ' has the meaning', ' is defined as', ' includes', ' shall also include', ' is deemed to include', ': the']) assert.ok(definingAfter.test(after), after);
    for (const after of [' shall', ' is', ' and the', ' meaningful']) assert.ok(!definingAfter.test(after), after);
  });
});
