/**
 * Fifty-fifth run, item 1: `channel-hedge-not-in-words` said the Hague Intercountry Adoption
 * Convention 1993's channel CaseInformation did not state `subject-to-national-law`, while its own
 * quoted words, Art. 9(e), say "reply, in so far as is permitted by the law of their State, to
 * justified requests" (read: BWBV0001342). A national-law hedge is now any qualifier that makes the
 * duty conditional on the law of a Party or State (support/national-law-hedge.ts), not a list of
 * phrases. Near misses keep the finding: words that mention a State's law without conditioning the
 * duty on it (Arts. 7(2)(a), 36(b) of the same Convention; a conflict rule; international law).
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const code = 'channel-hedge-not-in-words';
const adoption = repoText('test/real-instruments/hcch-intercountry-adoption-1993.entente');
const art9e = 'e) reply, in so far as is permitted by the law of their State, to justified requests';

/** The Convention with Art. 9(e) as the channel quotes it reworded (the clause Art9 keeps the text). */
const withWords = (words: string) => replaced(adoption, `to complete the adoption; ${art9e}`, `to complete the adoption; ${words}`);

describe('channel-hedge-not-in-words: a national-law hedge in any of its forms (fifty-fifth run, item 1)', () => {
  it('Hague Intercountry Adoption 1993: Art. 9(e) "in so far as is permitted by the law of their State" states it — no note', () => {
    assert.ok(adoption.includes(`to complete the adoption; ${art9e}`));
    assert.deepEqual(findingsOf(adoption, code), []);
  });

  it('the family of forms: each states it', () => {
    for (const words of [
      'e) reply, to the extent permitted by the law of the requested State, to justified requests',
      'e) reply, insofar as the law of the requested Party allows, to justified requests',
      'e) reply, subject to their domestic legislation, to justified requests',
      'e) reply, in accordance with its national law, to justified requests',
      'e) reply, so far as its law permits, to justified requests',
      'e) reply, where its domestic law so permits, to justified requests',
      'e) reply, within the limits of their internal law, to justified requests',
      'e) reply, in accordance with the laws and regulations in force in each of the Contracting States, to justified requests',
    ]) {
      assert.deepEqual(findingsOf(withWords(words), code), [], words);
    }
  });

  it('near misses: words that mention a State\'s law without conditioning the duty keep the note', () => {
    for (const words of [
      'e) reply to justified requests; the laws of their State shall be applied',
      'e) reply to justified requests concerning the law applicable to the adoption',
      'e) reply to justified requests and provide information as to the laws of their States concerning adoption',
      'e) reply to justified requests; any reference to the law of that State shall be construed as referring to the law in force in the relevant territorial unit',
      'e) reply, in accordance with international law, to justified requests',
      'e) reply to justified requests about offences under their domestic law',
      'e) reply to justified requests',
    ]) {
      const found = findingsOf(withWords(words), code);
      assert.equal(found.length, 1, words);
      assert.equal(found[0].severity, 'info');
      assert.match(found[0].message, /^Channel CaseInformation declares `subject-to-national-law` \(subject to national law\), but its own quoted words do not say it/);
    }
  });

  it('on the concluded text the note advises no change: the text stands, and the words may be ones the check does not know', () => {
    const [note] = findingsOf(withWords('e) reply to justified requests'), code);
    assert.match(note.message, /The text is concluded and stands as signed; this note is on the transcription\. If the text states it in words not quoted here, or in words the check does not know, quote them/);
    assert.doesNotMatch(note.message, /remove/);
  });
});
