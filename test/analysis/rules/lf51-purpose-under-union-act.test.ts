/**
 * lf51, treaty lawyer lr29 defect D8: on the Czech Republic–Netherlands tax information
 * arrangement 2015, made "Further to the provisions of Council Directive No 2011/16/EU", the
 * finding said "does not limit the use of what it carries" at warning, and then that Article 16 of
 * the Directive governs use, secrecy and onward transmission. Both senders are Member States bound
 * by Article 16: the use is limited in law; only the transcription's record is missing. A note that
 * says so. Near misses: a signatory outside the Union, the Directive only cited.
 */
import assert from 'node:assert/strict';
import { repoText } from '../../helpers/fix-review';
import { diagnose } from '../../helpers/fixture';

const directive = 'Further to the provisions of Council Directive No 2011/16/EU of 15 February 2011 on administrative cooperation in the field of taxation';
const arrangement = (basis: string, jurisdiction = 'CZ') =>
  `arrangement "Arrangement on the automatic exchange of information for tax purposes" {\n  status non-binding\n  languages English\n  effect after last signature\n  termination with notice of 6 months\n  amendment by written agreement\n}\n` +
  `participant CZ "The competent authority of the Czech Republic" {\n  kind government-agency\n  jurisdiction ${jurisdiction}\n}\n` +
  `participant NL "The competent authority of the Netherlands" {\n  kind government-agency\n  jurisdiction NL\n  regimes GDPR\n}\n` +
  `channel AutomaticExchange between CZ, NL {\n  carries personal-data, "information about immovable property, royalties, salaries and pensions"\n}\n` +
  `clause Preamble "Preamble" about purpose """\n  The competent authorities of the Czech Republic and the Netherlands, ${basis}, Have agreed the following:\n"""\n`;
const purpose = (text: string) => diagnose(text).filter((d) => d.code === 'missing-purpose-limitation');

describe('lf51 D8: a channel under Directive 2011/16/EU between Member States is a note naming Article 16', () => {
  it('the real file: info, and no longer says the channel "does not limit the use"', () => {
    const [finding, ...rest] = purpose(repoText('test/real-instruments/cz-nl-tax-information-arrangement-2015.entente'));
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /limited by Union law/);
    assert.match(finding.message, /Article 16 governs the use, secrecy and onward transmission/);
    assert.doesNotMatch(finding.message, /does not limit the use/);
  });

  it('the real words: "Further to the provisions of Council Directive No 2011/16/EU" between CZ and NL is a note', () => {
    const [finding] = purpose(arrangement(directive));
    assert.equal(finding.severity, 'info');
  });

  it('near miss: a participant outside the Union keeps the warning that the channel does not limit the use', () => {
    const [finding] = purpose(arrangement(directive, 'AR'));
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /does not limit the use/);
  });

  it('near miss: the Directive only cited in passing keeps the warning', () => {
    const [finding] = purpose(arrangement('Noting that nothing in this Arrangement affects their obligations under Directive 2011/16/EU'));
    assert.equal(finding.severity, 'warning');
  });
});
