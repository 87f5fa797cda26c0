/**
 * Ninety-first run, defect 3: text-not-in-signatory-language is raised on the NL–Ireland road goods
 * Agreement of 1983 (English only) but not on the NL–Antigua and Barbuda TIEA of 2009 (English
 * only), nor for the United Kingdom: the table of official languages lists the EU and EEA Member
 * States, Switzerland and Ukraine only, and is extended only from a source it accepts. The rule now
 * says so (its summary and rationale), and the NL–IE note names the State whose language is missing
 * (the Netherlands, Dutch), not Ireland, whose official languages include English. Near misses: a
 * State not listed stays silent; Malta, listed with English, does not.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { allRules } from '../../server/src/language/rules/registry';

const code = 'text-not-in-signatory-language';
const notes = (text: string) => diagnose(text).filter((d) => d.code === code).map((d) => d.message);
const bilateral = (a: string, b: string) =>
  `treaty "Agreement" {\n  status binding\n  languages English authentic\n}\nparty ${a} "State ${a}" { kind state jurisdiction ${a} }\nparty ${b} "State ${b}" { kind state jurisdiction ${b} }\n`;

describe('ninety-first run, defect 3: text-not-in-signatory-language is raised only for the States Entente lists, and says so', () => {
  it('NL–IE 1983: one note, for the Netherlands (Dutch), English counted as Ireland\'s', () => {
    assert.deepEqual(notes(repoText('test/real-instruments/nl-ie-road-goods-1983.entente')), [
      // A signed text: an observation (ninety-ninth run, defect 2).
      "The signed text is authentic in English only: English is an official language of IE, and none is an official language of NL (Dutch). An observation: the languages of a signed text were the signatories' choice, and nothing in it is to be changed.",
    ]);
  });

  it('NL–AG 2009 and a NL–GB text in English: nothing, Antigua and Barbuda and the United Kingdom being unlisted', () => {
    assert.deepEqual(notes(repoText('test/real-instruments/nl-ag-tiea-2009.entente')), []);
    assert.deepEqual(notes(bilateral('NL', 'GB')), []);
    assert.deepEqual(notes(bilateral('NL', 'AG')), []);
  });

  it('near miss: Malta, listed with English, is as Ireland', () => {
    assert.equal(notes(bilateral('NL', 'MT')).length, 1);
  });

  it('the rule\'s summary and rationale say that it is raised only for listed States, and why AG and GB are not listed', () => {
    const rule = allRules.find((r) => r.code === code)!;
    assert.match(rule.message, /raised only for the States whose official languages Entente lists/u);
    assert.match(rule.rationale, /for any other State nothing is raised, whatever its languages, and silence is no finding that the text serves both signatories/u);
    assert.match(rule.rationale, /Antigua and Barbuda/u);
  });
});
