/**
 * lf52, treaty lawyer lr29 D4's second half: a transcription that does not declare `implements` but
 * whose title says "implementing the … Agreement", or whose preamble defines another Agreement and
 * is made "Pursuant to the provisions of Article 19 of the Agreement", is made under that Agreement:
 * the findings that depend on whether it limits use or transfer get the hedge a declared
 * `implements` gives, at info. Probe: the Benelux–Bosnia and Herzegovina readmission Protocol 2013
 * (BWBV0006319) with its `implements` line removed. Near misses: "Pursuant to Article 10 of the
 * Agreement" in an annex of the agreement itself (Aruba–Czech Republic TIEA 2015), a citation of the
 * text's own article, an Agreement neither named nor defined, a title's "cooperation in implementing".
 */
import assert from 'node:assert/strict';
import { repoText } from '../../helpers/fix-review';
import { diagnose } from '../../helpers/fixture';

const real = repoText('test/real-instruments/benelux-ba-readmission-protocol-2013.entente');
const implementsLine = /^ {2}implements "Agreement between the European Community[^\n]*\n/mu;
const undeclared = real.replace(implementsLine, '');
const hedged = ['missing-purpose-limitation', 'possible-transfer-without-safeguards'];
const findings = (text: string) => diagnose(text).filter((d) => hedged.includes(d.code));

/** A protocol with `title` and a preamble of `preamble`, whose channel sends personal data from NL to BA. */
const protocol = (title: string, preamble: string) =>
  `treaty "${title}" {\n  status binding\n  done at "Brussels" on 2013-12-05\n}\n` +
  `party NL "The Kingdom of the Netherlands" {\n  kind state\n  jurisdiction NL\n  regimes GDPR\n}\nparty BA "Bosnia and Herzegovina" {\n  kind state\n  jurisdiction BA\n}\n` +
  `channel Readmission between NL, BA {\n  carries personal-data\n}\n` +
  `clause Preamble "Preamble" """\n  ${preamble}\n"""\n`;
const defined =
  'Desiring to facilitate the implementation of the Agreement between the European Community and Bosnia and Herzegovina on the readmission of persons residing without authorization, hereinafter referred to as the “Agreement”, Pursuant to the provisions of Article 19 of the Agreement, Have agreed as follows:';
const plainTitle = 'Protocol between the Kingdom of the Netherlands and Bosnia and Herzegovina';

describe('lf52 (lr29 D4): the implemented Agreement read from the title or the preamble', () => {
  it('the real Protocol without `implements`: the same notes as with it, naming the Agreement', () => {
    assert.ok(implementsLine.test(real), 'the transcription declares implements');
    const withDeclaration = findings(real);
    const read = findings(undeclared);
    assert.deepEqual(read.map((d) => [d.code, d.severity]), withDeclaration.map((d) => [d.code, d.severity]));
    assert.deepEqual(read.map((d) => d.severity), ['info', 'info']);
    for (const d of read) assert.match(d.message, /This instrument implements the Agreement between the European Community and Bosnia and Herzegovina on the readmission of persons residing without authori[sz]ation, which is not transcribed here/u);
  });

  it('the preamble alone (Agreement defined, then "Pursuant to the provisions of Article 19 of the Agreement"): info', () => {
    const read = findings(protocol(plainTitle, defined));
    assert.deepEqual(read.map((d) => d.severity), ['info', 'info']);
    assert.match(read[0].message, /implements the Agreement between the European Community and Bosnia and Herzegovina/u);
  });

  it('the preamble naming the Agreement where it cites its article: info', () => {
    const read = findings(protocol(plainTitle, 'Pursuant to Article 19 of the Agreement between the European Community and Bosnia and Herzegovina on the readmission of persons residing without authorization, Have agreed as follows:'));
    assert.deepEqual(read.map((d) => d.severity), ['info', 'info']);
  });

  it('the title alone ("… implementing the agreement between …"): info, naming it', () => {
    const title = `${plainTitle} implementing the agreement between the European Community and Bosnia and Herzegovina on the readmission of persons residing without authorisation (Implementing protocol)`;
    const read = findings(protocol(title, 'Have agreed as follows:'));
    assert.deepEqual(read.map((d) => d.severity), ['info', 'info']);
    assert.match(read[0].message, /implements the agreement between the European Community and Bosnia and Herzegovina on the readmission of persons residing without authorisation, which/u);
  });

  const nearMisses: [string, string, string][] = [
    ['the agreement itself, cited in its annex (AW–CZ TIEA 2015)', plainTitle, 'Pursuant to Article 10 of the Agreement, ordinary costs that would be incurred in the ordinary course of providing information shall be borne by the Requested Party.'],
    ['the text\'s own article', plainTitle, 'Pursuant to Article 12, the Parties have agreed as follows:'],
    ['"the Agreement" neither named nor defined', plainTitle, 'Pursuant to the provisions of Article 19 of the Agreement, Have agreed as follows:'],
    ['this Agreement, defined as itself', plainTitle, 'The Parties to this Agreement, hereinafter referred to as the “Agreement”, Pursuant to Article 5 of the Agreement, Have agreed as follows:'],
    ['a title whose object is a task ("cooperation in implementing")', 'Agreement between the Kingdom of the Netherlands and Bosnia and Herzegovina on cooperation in implementing the Paris Agreement', 'Have agreed as follows:'],
  ];
  for (const [what, title, preamble] of nearMisses)
    it(`near miss: ${what} keeps the warnings`, () => {
      assert.deepEqual(findings(protocol(title, preamble)).map((d) => d.severity), ['warning', 'warning']);
    });
});
