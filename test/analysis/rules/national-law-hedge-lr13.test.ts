/**
 * Treaty lawyer lr13, defects 1 and 8, on `channel-hedge-not-in-words` (support/national-law-hedge.ts).
 * (1) The lr12 narrowing dropped every holder after a generic law, the Party's own too: "in
 * accordance with the laws and regulations in force in their territory" (NL–FI customs 1984,
 * Art. 14; read: statengeneraal/laws-markdown BWBV0002208) drew a warning in a draft that told the
 * drafter to remove a true hedge. (8) "provide the information requested in accordance with their
 * domestic law" was read as qualifying "requested" only, where it may as well qualify "provide".
 * Probes: /tmp/lr13/h3 (draft, `modality as-written`), and the sentence of D8. The lr12 near misses
 * (another legal order, a holder that is no Party, a participle inside the object) keep the finding:
 * test/analysis/rules/national-law-hedge-lr12.test.ts.
 */
import assert from 'node:assert/strict';
import { conditionedOnNationalLaw } from '../../../server/src/language/rules/support/national-law-hedge';
import { diagnose } from '../../helpers/fixture';

const code = 'channel-hedge-not-in-words';
/** The lawyer's probe h3: a draft, the channel's words all the text prints. */
const draft = (words: string) =>
  `treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nchannel Intel between EE, FI {\n  modality as-written\n  carries indicators\n  exchange subject-to-national-law "${words}"\n}\n`;
const findings = (words: string) => diagnose(draft(words)).filter((d) => d.code === code);

/** NL–FI customs 1984, Art. 14, as read in BWBV0002208. */
const art14 =
  'At the request of the customs authorities of one State, the customs authorities of the other State shall, in accordance with the laws and regulations in force in their territory, notify the parties concerned, either directly or through the competent authority, of all measures and decisions taken by the administrative authorities in application of customs laws.';

describe('lr13 defects 1 and 8: the national-law hedge by its holder and after a bare participle', () => {
  it('(1) the probe h3, NL–FI customs 1984 Art. 14: "the laws and regulations in force in their territory" states the hedge — no warning', () => {
    assert.deepEqual(findings(art14), []);
  });

  it('(1) a Party by its place or name holds the law: each form states the hedge', () => {
    for (const words of [
      'notify the parties concerned, in accordance with the legislation in force in the territory of the requested Party',
      'notify the parties concerned, in accordance with the laws and regulations in force in their respective territories',
      'notify the parties concerned, in accordance with the law applicable in its territory',
      'notify the parties concerned, in accordance with the laws and regulations in force within the territories of the Contracting States',
      'notify the parties concerned, in accordance with the laws and regulations in force in the Republic of Finland',
      'notify the parties concerned, in accordance with the legislation of the Kingdom of the Netherlands',
      'notify the parties concerned, in accordance with the laws of both Parties',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), true, words);
      assert.deepEqual(findings(words), [], words);
    }
  });

  it('(1) near misses: a holder that is no Party, or another legal order, keeps the warning', () => {
    for (const words of [
      'notify the parties concerned, in accordance with the laws and regulations of the Organization',
      'notify the parties concerned, in accordance with the laws and regulations in force in the Community',
      'notify the parties concerned, in accordance with the legislation in force in the territory of the Union',
      'notify the parties concerned, in accordance with Union legislation in force in their territory',
      'notify the parties concerned, in accordance with international laws and regulations in force in their territory',
      'notify the parties concerned of the laws and regulations in force in their territory',
      'notify the parties concerned, in accordance with the applicable law of the sea',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), false, words);
      const [f, ...more] = findings(words);
      assert.ok(f, words);
      assert.deepEqual(more, [], words);
      assert.equal(f.severity, 'warning', words);
    }
  });

  it('(8) a bare participle that closes the duty\'s object: the words cannot tell, and nothing is reported', () => {
    for (const words of [
      'The Parties shall provide the information requested in accordance with their domestic law',
      'The Parties shall transmit the data collected in accordance with their national law',
      'The Parties shall exchange on request the information requested in accordance with their domestic law',
      'The Parties undertake to provide information requested in accordance with their domestic law',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), true, words);
      assert.deepEqual(findings(words), [], words);
    }
  });

  it('(8) near misses: a participle whose noun stands inside the object, after a preposition, keeps the warning (lr12)', () => {
    for (const words of [
      'The Parties shall exchange information on persons convicted in accordance with their domestic law',
      'The Parties shall exchange information through authorities designated pursuant to their national law',
      'The Parties shall exchange the names of persons previously convicted in accordance with their domestic law',
      'The Parties shall inform each other of measures taken in accordance with their domestic law',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), false, words);
      assert.equal(findings(words).length, 1, words);
    }
    // a comma sets the qualifier off for the duty, as before
    assert.deepEqual(findings('The Parties shall exchange information on persons convicted, in accordance with their domestic law'), []);
  });
});
