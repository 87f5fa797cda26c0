/**
 * How unused-term reads the uses of a defined term in real texts (seventeenth and eighteenth
 * real-instrument runs): coordinated modifiers sharing the words after them, the capital that
 * only opens an item of a sentence-case definitions list, and the message on a near miss. Each
 * case is held to the text it came from and to the near miss that must stay reported.
 */
import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { definesAt } from '../../server/src/language/rules/support/term-naming';

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

// Tampere Convention 1998, Art. 1: every item of the list opens with a capital ("Disaster
// mitigation", "Health hazard", "The depositary", "This Convention", "Assisting State Party"); the
// body writes "the assisting State Party", "this Convention".
const tampere = `define "State Party" means "a State which has agreed to be bound by this Convention"
define "Assisting State Party" means "a State Party to this Convention providing telecommunication assistance pursuant hereto"
define "Requesting State Party" means "a State Party to this Convention requesting telecommunication assistance pursuant hereto"
define "This Convention" means "the Tampere Convention on the Provision of Telecommunication Resources"
define "The depositary" means "the depositary for this Convention, as set forth in Article 16"
define "Disaster mitigation" means "measures designed to prevent, predict, prepare for, respond to, monitor and/or mitigate"
define "Health hazard" means "a sudden outbreak of infectious disease"
define "Relief operations" means "those activities designed to reduce loss of life"
define "Natural hazard" means "an event or process, such as an earthquake, fire, flood"
define "Telecommunication assistance" means "the provision of telecommunication resources"
`;
const tampereBody = `clause Art6 ${q}
  1. The requesting State Party or the assisting State Party may, at any time, terminate
  telecommunication assistance received or provided under Article 4 by providing notification in
  writing. Disaster mitigation, relief operations, natural hazards, health hazards and telecommunication
  assistance are the subject of this Convention, of which the depositary keeps the original.
${q}
`;

describe('unused-term: the capital that only opens an item of a sentence-case definitions list (Tampere 1998, Art. 1)', () => {
  it('reads "the assisting State Party", "the requesting State Party" and "this Convention" as uses', () => {
    checkNoDiagnostics(`${tampere}${tampereBody}`, ['unused-term']);
  });

  it('near miss: where the definitions are in Title Case, "the sending Party" is not "Sending Party" (NL–US 2012, Arts. 1, 10(7))', () => {
    checkDiagnostics(`define "Party" means "the Government of the Kingdom of the Netherlands or of the United States"
define "Receiving Party" means "The Party to which Classified Information is transferred."
define "Sending Party" means "The Party that originates and/or transfers Classified Information."
//      ^^^^^^^^^^^^^ unused-term
define "Business Confidential Information" means "information not generally available"
clause Art10 ${q}
  Where funds are transferred from one Party to the other Party, the Receiving Party shall be
  responsible for the internal audit regarding administration of the sending Party’s funds, and
  Business Confidential Information is protected.
${q}
`);
  });

  it('a one-word term of this sentence-case list is used by its lower-case form; near miss: the exact case of the other words still counts', () => {
    // Since the seventy-fourth run (defect 4) a one-word term's capital is the item's where the list
    // writes at least two of its terms of several words in sentence case (term-letter-case.ts,
    // `oneWordCapitalOpensItem`); in a Title Case list "hazard" is still noted
    // (seventy-fourth-run-terms.test.ts).
    const found = diagnose(`${tampere}define "Hazard" means "an event that may cause a disaster"
${tampereBody}clause Use ${q}A hazard may strike.${q}
`).filter((d) => d.code === 'unused-term' || d.code === 'term-used-in-lower-case');
    assert.deepEqual(found.map((d) => d.code), []);
    // Only the first letter may differ: "the assisting state party" is not a use of "Assisting State
    // Party"; since the seventieth run (defect 3) the words written all in lower case are noted so
    // (term-used-in-lower-case, info), not called unused.
    const text = `${tampere}clause Art6 ${q}The requesting State Party, this Convention, the depositary, disaster mitigation, health and natural hazards, telecommunication assistance and relief operations; the assisting state party.${q}\n`;
    assert.deepEqual(unused(text).map((d) => d.message.slice(0, 23)), []);
    assert.deepEqual(diagnose(text).filter((d) => d.code === 'term-used-in-lower-case').map((d) => d.message?.slice(0, 64)), ['"Assisting State Party" is used only as "assisting state party":']);
  });
});

// CoE Macolin Convention 2014: Art. 3.3 defines "Competitions organiser"; the text writes
// "competition organiser(s)" twelve times (preamble, Arts. 4(2), 5, 7, 9(1)(c), 10(1)(d), 12(1)).
describe('unused-term on a near miss: the text writes a close variant (Macolin 2014, Art. 3.3)', () => {
  const organiser = `define "Competitions organiser" means "any sports organisation or any other person, irrespective of their legal form, which organises sports competitions"
clause Art3 ${q}
  3. “Competitions organiser” means any sports organisation or any other person, irrespective of
  their legal form, which organises sports competitions.
${q}
clause Art7 "Article 7 – Sports organisations and competition organisers" ${q}
  1. Each Party shall encourage sports organisations and competition organisers to adopt and
  implement rules to combat the manipulation of sports competitions.
${q}
`;

  it('still reports the defined form, names the variant the text writes, and offers no deletion of the definition', () => {
    const [d] = unused(organiser);
    assert.ok(d, 'the exact term is unused: still reported');
    assert.equal(d.range.start.line, 0);
    assert.match(d.message, /"Competitions organiser" is never written as defined, but the text writes a close variant, "competition organisers" \(once\): align the definition and its uses on one form; do not delete the definition/);
    assert.deepEqual(d.fixes, [], 'no fix deletes a definition the text relies on');
  });

  it('counts a singular, a plural, a hyphen and a missing article as variants, the definition article not', () => {
    const hyphen = unused(`define "data protection authority" means "the supervisory authority"\nclause A ${q}Each data-protection authority reports.${q}\n`);
    assert.match(hyphen[0]?.message ?? '', /close variant, "data-protection authority" \(once\)/);
    const article = unused(`define "The Operational Coordinator" means "the Emergency Relief Coordinator"\nclause A ${q}An Operational Coordinator reports.${q}\n`);
    assert.match(article[0]?.message ?? '', /close variant, "Operational Coordinator"/);
  });

  it('near miss: a term with no variant in the text keeps the deletion fix; "the sending Party" is no variant of a Title Case "Sending Party"', () => {
    const [plain] = unused(`define "athlete support personnel" means "any coach, trainer, manager"\nclause A ${q}Each Party shall protect athletes and officials.${q}\n`);
    assert.match(plain.message, /is defined but never used: use it in the text, or delete the definition\./);
    assert.equal(plain.fixes.length, 1);
    const [title] = unused(`define "Party" means "a Government"\ndefine "Sending Party" means "The Party that transfers Classified Information."\nclause A ${q}the audit regarding administration of the sending Party’s funds.${q}\n`);
    assert.match(title.message, /is defined but never used/);
    // The finding stays, but "the sending Party’s" may be the term in another form (a lawyer may
    // read it so): deleting the definition is not offered (fix review item 15, term-loose-forms.ts).
    assert.equal(title.fixes.length, 0);
  });

  it('near miss: one word has no variants (its plural is term-used-in-lower-case or a use), nor do words run on across punctuation', () => {
    const one = diagnose(`define "Incident" means "an event"\nclause A ${q}Incidental incidents are reported.${q}\n`).filter((d) => d.code.includes('term'));
    assert.deepEqual(one.map((d) => d.code), ['term-used-in-lower-case']);
    const [stop] = unused(`define "Competitions organiser" means "a person"\nclause A ${q}The sports competitions. Organisers meet.${q}\n`);
    assert.match(stop.message, /is defined but never used/);
  });
});

describe('definesAt: the abbreviating formula within reach of the term (DE–NL tax-rulings MoU 2015, preamble)', () => {
  const at = (text: string) => definesAt(text, text.indexOf('Directive'), text.indexOf('Directive') + 'Directive'.length);

  it('reads the name the formula abbreviates, in any case and wherever it stands in reach', () => {
    assert.equal(at('the Council Directive number 2011/16/EU of 15 February 2011 (hereinafter referred to as the ‘Directive’)'), true);
    assert.equal(at(`the Council Directive ${'of 2011 '.repeat(40)}HEREINAFTER referred to as the ‘Directive’ and more`), true);
  });

  it('leaves a use whose formula lies beyond the reach, after the sentence, or in another text asked after it', () => {
    const far = `the Council Directive ${'of 2011 '.repeat(48)}(hereinafter referred to as the ‘Directive’)`;
    assert.equal(at(far), false);
    assert.equal(at('the Council Directive applies. The Regulation (hereinafter the ‘Directive’) too'), false);
    const near = 'the Council Directive (hereinafter the ‘Directive’)';
    // The formula offsets are kept for the last text asked: a text asked in between must not lend its own.
    assert.equal(at(near), true);
    assert.equal(at('the Council Directive and nothing else'), false);
    assert.equal(at(near), true);
  });
});
