/**
 * Treaty lawyer lr12, defect 7, on `channel-hedge-not-in-words` (support/national-law-hedge.ts):
 * another legal order ("international laws and regulations", "Union legislation") was read as a
 * Party's law; a national-law phrase that qualifies a participle inside a noun phrase ("persons
 * convicted in accordance with their domestic law", "authorities designated pursuant to their
 * national law") was read as qualifying the duty; and the ground for refusal "save where its national
 * law prohibits it" was missed. Probes: /tmp/lr12/e1–e8 (concluded text, channel
 * `exchange on-request, subject-to-national-law "<words>"`). Sources read: Rome Statute 1998,
 * Art. 99(1), BWBV0001489 ("shall be executed in accordance with the relevant procedure under the law
 * of the requested State and, unless prohibited by such law, …").
 */
import assert from 'node:assert/strict';
import { conditionedOnNationalLaw } from '../../../server/src/language/rules/support/national-law-hedge';
import { diagnose } from '../../helpers/fixture';

const code = 'channel-hedge-not-in-words';
const probe = (words: string) =>
  `treaty "Agreement" {\n  status binding\n  done at "Tallinn" on 2020-09-23\n  consent by signature\n}\nparty EE "the Republic of Estonia" { kind state }\nparty LV "the Republic of Latvia" { kind state }\nchannel Intel between EE, LV {\n  carries incident-reports\n  exchange on-request, subject-to-national-law "${words}"\n}\n`;
const notes = (words: string) => diagnose(probe(words)).filter((d) => d.code === code);

describe('lr12 defect 7: the national-law hedge is a Party\'s law that conditions the duty', () => {
  it('the lawyer\'s probes: other legal orders and descriptive mentions keep the note (e1, e2, e3, e6)', () => {
    for (const words of [
      'The Parties shall exchange information on request in accordance with international laws and regulations',
      'The Parties shall exchange information on request in accordance with Union legislation',
      'The Parties shall exchange, on request, information on persons convicted in accordance with their domestic law',
      'The Parties shall, on request, exchange information through authorities designated pursuant to their national law',
    ]) {
      const [note, ...more] = notes(words);
      assert.ok(note, words);
      assert.deepEqual(more, []);
      assert.equal(note.severity, 'info');
      assert.match(note.message, /declares `subject-to-national-law` \(subject to national law\), but its own quoted words do not say it/u);
    }
  });

  it('the lawyer\'s probes: a ground for refusal and the controls state it (e7, e4, e8); a mention does not (e5)', () => {
    for (const words of [
      'The Parties shall, on request, exchange information, save where its national law prohibits it',
      'The Parties shall, on request, exchange information, in so far as is permitted by the law of their State',
      'The Parties shall, on request, exchange information, unless contrary to the law of the requested Party',
    ]) {
      assert.deepEqual(notes(words), [], words);
    }
    assert.equal(notes('The Parties shall, on request, exchange information on the laws of their States').length, 1);
  });

  it('another legal order: near misses on both sides', () => {
    for (const words of [
      'exchange information in accordance with international laws and regulations',
      'exchange information in accordance with Union legislation',
      'exchange information in accordance with applicable Community law',
      'exchange information in accordance with EU legislation',
      'exchange information in accordance with the laws and regulations of the Organization',
      'exchange information, save where international law prohibits it',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), false, words);
    }
    for (const words of [
      'exchange information in accordance with laws and regulations',
      'exchange information in accordance with the legislation in force',
      'exchange information in accordance with applicable law',
      'exchange information in accordance with their legislation',
      'exchange information in accordance with national legislation',
      'exchange information in accordance with Union law and their national law',
      'reply, in accordance with the laws and regulations in force in each of the Contracting States, to justified requests',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), true, words);
    }
  });

  it('a participle that describes a noun takes the qualifier; the duty\'s own passive, a comma, or a noun before it do not', () => {
    for (const words of [
      'exchange information on persons convicted in accordance with their domestic law',
      'exchange information through authorities designated pursuant to their national law',
      'exchange information on persons held in accordance with their domestic law',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), false, words);
    }
    for (const words of [
      'exchange information on persons convicted, in accordance with their domestic law',
      'Information on persons convicted shall be exchanged in accordance with their domestic law',
      'Information shall be collected, stored and exchanged in accordance with their national law',
      'Information shall be promptly exchanged in accordance with their national law',
      'All assistance under this Agreement by either Contracting Party shall be provided in accordance with its legal and administrative provisions',
      'Requests for assistance shall be executed in accordance with the relevant procedure under the law of the requested State',
      'by exchanging accurate and verified information in accordance with their domestic law (Article 18(3))',
      'The Parties shall proceed in accordance with their domestic law',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), true, words);
    }
  });

  it('a ground for refusal: "save where", "unless", "except where" the Party\'s law prohibits; not a mention of what it prohibits', () => {
    for (const words of [
      'exchange information, save where its national law prohibits it',
      'exchange information, unless its domestic law forbids it',
      'exchange information, except where the law of the requested State precludes it',
      'exchange information, save in so far as their national law does not permit it',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), true, words);
    }
    for (const words of [
      'exchange information on cases where their national law prohibits disclosure',
      'exchange information on what their national law prohibits',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), false, words);
    }
  });
});
