/**
 * lf51, treaty lawyer lr29 defect D4: the Benelux–Bosnia and Herzegovina readmission Protocol 2013
 * implements the EC–BiH readmission Agreement ("Pursuant to the provisions of Article 19 of the
 * Agreement", preamble), whose data-protection article limits the use of what is communicated. The
 * transcription now declares `implements "<title>" article 19`; where the implemented treaty is not
 * transcribed, the checker cannot tell whether its rule on use governs: the finding is a note that
 * says so, not "does not limit the use … only the text can state the purposes". Near miss: the same
 * channel in a treaty that implements nothing keeps the warning.
 */
import assert from 'node:assert/strict';
import { repoText } from '../../helpers/fix-review';
import { diagnose } from '../../helpers/fixture';

const protocol = (implementsLine: string) =>
  `treaty "Protocol implementing the readmission agreement" {\n  status binding\n  done at "Brussels" on 2013-12-05\n${implementsLine}}\n` +
  `party NL "The Kingdom of the Netherlands" {\n  kind state\n  jurisdiction NL\n  regimes GDPR\n}\nparty BA "Bosnia and Herzegovina" {\n  kind state\n  jurisdiction BA\n}\n` +
  `channel Readmission between NL, BA {\n  carries personal-data, "a readmission application with the fingerprints of the person to be readmitted (Article 3(1)-(2))"\n}\n` +
  `clause Preamble "Preamble" """\n  Desiring to facilitate the implementation of the Agreement between the European Community and Bosnia and Herzegovina on the readmission of persons residing without authorization, Pursuant to the provisions of Article 19 of the Agreement, Have agreed as follows:\n"""\n`;
const implementsLine = '  implements "Agreement between the European Community and Bosnia and Herzegovina on the readmission of persons residing without authorization" article 19\n';
const purpose = (text: string) => diagnose(text).filter((d) => d.code === 'missing-purpose-limitation');

describe('lf51 D4: purpose limitation under an implemented treaty that is not transcribed is a note', () => {
  it('the real file: info, naming the implemented Agreement, without "does not limit"', () => {
    const [finding, ...rest] = purpose(repoText('test/real-instruments/benelux-ba-readmission-protocol-2013.entente'));
    assert.equal(rest.length, 0);
    assert.equal(finding.severity, 'info');
    assert.match(finding.message, /implements “Agreement between the European Community and Bosnia and Herzegovina/);
    assert.match(finding.message, /only the text, or the treaty it implements, can state/);
    assert.doesNotMatch(finding.message, /does not limit/);
  });

  it('the real words with `implements`: info', () => {
    const [finding] = purpose(protocol(implementsLine));
    assert.equal(finding.severity, 'info');
  });

  it('near miss: the same protocol without `implements` keeps the warning', () => {
    const [finding] = purpose(protocol(''));
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /does not limit the use/);
  });
});

/**
 * Treaty lawyer lr30, D11: the same Protocol's `possible-transfer-without-safeguards` still warned that no
 * Chapter V basis is stated "other than the instrument itself": the implemented Agreement, not transcribed,
 * may itself provide the safeguards (GDPR Art. 46(2)(a)). A note that says so; near miss: without
 * `implements` the finding keeps its severity.
 */
describe('lr30 D11: a possible transfer under an implemented treaty that is not transcribed is a note', () => {
  const transfer = (text: string) => diagnose(text).filter((d) => d.code === 'possible-transfer-without-safeguards');
  it('the real file: info, naming the implemented Agreement as a possible Art. 46(2)(a) instrument', () => {
    const found = transfer(repoText('test/real-instruments/benelux-ba-readmission-protocol-2013.entente'));
    assert.ok(found.length > 0);
    for (const d of found) {
      assert.equal(d.severity, 'info');
      assert.match(d.message, /implements “Agreement between the European Community and Bosnia and Herzegovina .* it may be the legally binding instrument of GDPR Art\. 46\(2\)\(a\) for them; the checker cannot read it\./u);
    }
  });
  it('near miss: the channel in a protocol that implements nothing is not made a note by this', () => {
    for (const d of transfer(protocol(''))) assert.doesNotMatch(d.message, /it may be the legally binding instrument of GDPR Art\. 46\(2\)\(a\)/u);
    assert.ok(transfer(protocol('')).some((d) => d.severity !== 'info') || transfer(protocol('')).length === 0);
  });
});
