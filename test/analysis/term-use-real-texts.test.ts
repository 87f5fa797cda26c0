/**
 * How unused-term reads the uses of a defined term in real texts (seventeenth and eighteenth
 * real-instrument runs): coordinated modifiers sharing the words after them, the capital that
 * only opens an item of a sentence-case definitions list, and the message on a near miss. Each
 * case is held to the text it came from and to the near miss that must stay reported.
 */
import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

const q = '"""';
const unused = (text: string) => diagnose(text).filter((d) => d.code === 'unused-term');

// CoE Macolin Convention 2014, Art. 3.5(a)–(c) and Art. 9(1)(a).
const betting = `define "illegal sports betting" means "any sports betting activity whose type or operator is not allowed"
define "irregular sports betting" means "any sports betting activity inconsistent with usual or anticipated patterns"
define "suspicious sports betting" means "any sports betting activity which appears to be linked to a manipulation"
`;

describe('unused-term: coordinated modifiers share the words after them (Macolin 2014, Art. 9(1)(a))', () => {
  it('reads "illegal, irregular or suspicious sports betting" as a use of each of the three terms', () => {
    checkNoDiagnostics(
      `${betting}clause Art9 ${q}
  a) the exchange of information, in a timely manner, with other relevant authorities or a national
  platform for illegal, irregular or suspicious sports betting as well as infringements of the
  regulations referred to or established in accordance with this Convention;
${q}
`,
      ['unused-term'],
    );
  });

  it('reads "A and B <rest>" and "A and/or B <rest>" alike', () => {
    checkNoDiagnostics(`${betting}clause A ${q}Each Party shall fight illegal and irregular sports betting and suspicious sports betting.${q}\n`, ['unused-term']);
    checkNoDiagnostics(`${betting}clause A ${q}Each Party shall fight illegal and/or irregular sports betting and suspicious sports betting.${q}\n`, ['unused-term']);
  });

  // Transcriptions wrap their prose at about 100 characters: a term is still a term over a line break.
  it('reads a term, and a coordination, that run over a line break of the prose', () => {
    checkNoDiagnostics(`${betting}clause A ${q}Each Party shall fight illegal and irregular\n  sports betting and suspicious sports\n  betting.${q}\n`, ['unused-term']);
  });

  it('near miss: "irregular or suspicious betting" (Art. 10(3)) and "irregular and suspicious bets" (Art. 13(1)(c)) are not uses', () => {
    const found = unused(`${betting}clause Art10 ${q}
  Each Party shall encourage sports betting operators to report irregular or suspicious betting
  without delay; the national platform shall analyse information on irregular and suspicious bets.
  Illegal sports betting and suspicious sports betting are reported.
${q}
`);
    assert.deepEqual(
      found.map((d) => d.message.slice(0, 26)),
      ['"irregular sports betting"'],
    );
  });

  it('near miss: a coordination that does not reach the rest of the term is no use, nor is a term never written', () => {
    checkDiagnostics(`define "personal data" means "information relating to a person"
define "athlete support personnel" means "any coach, trainer, manager"
//      ^^^^^^^^^^^^^^^^^^^^^^^^^ unused-term
clause A ${q}Technical or personal data are exchanged; athletes and personnel are informed.${q}
`);
  });
});
