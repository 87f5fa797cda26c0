/**
 * The twenty-sixth real-instrument run (test/real-instruments/TWENTY-SIXTH-RUN.md), closing list
 * item 3: an arrangement between two Member States' tax administrations made "Further to the
 * provisions of Council Directive No 2011/16/EU" (Czech Republic–Netherlands 2015, preamble) moves
 * information whose use, secrecy and onward transmission Article 16 of the Directive governs. The
 * finding that the channel states no purpose stays, as a reminder that names the Directive; the
 * library clauses that would state a regime of their own (consent-based use and onward sharing,
 * TLP handling, protection "in accordance with" the arrangement after it ends) are not offered.
 * Near misses: the Directive cited in passing, a signatory outside the Union, a clause on another
 * topic.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const preamble = (basis: string) =>
  `The competent authorities of the Czech Republic and the Netherlands (hereinafter referred to as ‘the Participants’), ${basis}, Have agreed the following:`;
const directive = 'Further to the provisions of Council Directive No 2011/16/EU of 15 February 2011 on administrative cooperation in the field of taxation';

const arrangement = (basis: string, options: { jurisdiction?: string; channel?: string } = {}) =>
  `arrangement "Arrangement between the competent authorities of the Czech Republic and the Netherlands on the automatic exchange of information for tax purposes" {\n  status non-binding\n  languages English\n  effect after last signature\n  duration indefinite\n  termination with notice of 6 months\n  amendment by written agreement between the Participants at any time\n}\n` +
  `participant CZ "The competent authority of the Czech Republic" {\n  kind government-agency\n  jurisdiction ${options.jurisdiction ?? 'CZ'}\n}\n` +
  `participant NL "The competent authority of the Netherlands" {\n  kind government-agency\n  jurisdiction NL\n  regimes GDPR\n}\n` +
  `channel AutomaticExchange between CZ, NL {\n  carries personal-data, "information about immovable property, royalties, salaries and pensions, including tax identification numbers, names, dates of birth and addresses (Articles 2 and 5)"\n${options.channel ?? ''}}\n` +
  `clause Preamble "Preamble" about purpose """\n  ${preamble(basis)}\n"""\n`;

const findings = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);
const libraryTitles = (text: string, code: string) => findings(text, code).flatMap((d) => d.fixes ?? []).map((f) => f.title).filter((t) => t.startsWith('Insert library clause'));

describe('twenty-sixth real-instrument run, item 3: no library regime of use where a binding Union act governs', () => {
  it('keeps the purpose finding on the Arrangement, names Article 16 of the Directive, and offers no library clause', () => {
    const [finding, ...rest] = findings(arrangement(directive), 'missing-purpose-limitation');
    assert.equal(rest.length, 0);
    // A note since treaty lawyer lr29, D8: the Directive binds both senders, only its record is missing.
    assert.equal(finding.severity, 'info');
    assert.deepEqual(finding.fixes, []);
    assert.match(finding.message, /made under Council Directive 2011\/16\/EU, whose Article 16 governs the use, secrecy and onward transmission/);
  });

  it('is satisfied by what the message suggests: the purpose and the official secrecy of Article 16', () => {
    const recorded = arrangement(directive, { channel: '  purpose "as Article 16 of Directive 2011/16/EU provides"\n  handling official-secrecy "Article 16(1) of Directive 2011/16/EU"\n' });
    assert.deepEqual(findings(recorded, 'missing-purpose-limitation'), []);
  });

  it('reads the other ways a text says it is made under the Directive (the DE–NL memorandum 2015: "Having regard to, The provisions of Article 9 of the Council Directive number 2011/16/EU")', () => {
    for (const basis of ['Having regard to, The provisions of Article 9 of the Council Directive number 2011/16/EU of 15 February 2011', 'On the basis of Directive 2011/16/EU', 'Pursuant to Articles 8 and 16 of Council Directive 2011/16/EU']) {
      assert.deepEqual(libraryTitles(arrangement(basis), 'missing-purpose-limitation'), [], basis);
    }
  });

  it('still offers the library clause where the Directive is only cited, or a signatory is outside the Union', () => {
    const offered = ['Insert library clause "Use of information and onward sharing" (purpose-limitation/mou)'];
    assert.deepEqual(libraryTitles(arrangement('Desiring to improve mutual assistance in the field of taxation'), 'missing-purpose-limitation'), offered);
    assert.deepEqual(libraryTitles(arrangement('Noting that nothing in this Arrangement affects their obligations under Directive 2011/16/EU'), 'missing-purpose-limitation'), offered);
    assert.deepEqual(libraryTitles(arrangement(directive, { jurisdiction: 'AR' }), 'missing-purpose-limitation'), offered);
  });

  it('withholds the handling-marking clause (TLP) the same way, and keeps a clause on another topic', () => {
    const cyber = (basis: string) =>
      arrangement(basis).replace('carries personal-data, ', 'carries indicators, vulnerabilities, ').replace(/kind government-agency/g, 'kind national-cert');
    assert.ok(findings(cyber('Desiring to cooperate'), 'missing-handling-marking').length > 0);
    assert.deepEqual(libraryTitles(cyber('Desiring to cooperate'), 'missing-handling-marking'), ['Insert library clause "Handling of information (TLP)" (handling-marking/mou)']);
    assert.deepEqual(libraryTitles(cyber(directive), 'missing-handling-marking'), []);
    assert.deepEqual(libraryTitles(arrangement(directive), 'missing-dispute-settlement'), ['Insert library clause "Settlement of differences" (disputes/mou)']);
  });
});
