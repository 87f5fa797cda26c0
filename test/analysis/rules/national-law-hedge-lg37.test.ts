/**
 * lg37, item 1, on `channel-hedge-not-in-words` (support/national-law-hedge.ts): "under" counted only
 * when set off by a comma, so the procedural form of the hedge — a passive duty performed "under"
 * the law of the requested State — was not read: "These inquiries shall be conducted under the laws
 * and regulations of the State which has been requested to make them" (NL–FI customs 1984,
 * Art. 7(2); read: statengeneraal/laws-markdown BWBV0002208), "shall be executed under the laws of the
 * Contracting Party" (a form found in the same series). "Under" right after the duty's own modal
 * passive now states the hedge, as "in accordance with" does there; a noun phrase ("offences under
 * their domestic law", "obligations under national law") and a participle that is not the duty's
 * ("information obtained under its national law") still do not.
 */
import assert from 'node:assert/strict';
import { conditionedOnNationalLaw } from '../../../server/src/language/rules/support/national-law-hedge';
import { diagnose } from '../../helpers/fixture';
import { findingsOf, repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const code = 'channel-hedge-not-in-words';
/** A draft whose channel's words are all the text prints (`modality as-written`): a finding is a warning. */
const draft = (words: string) =>
  `treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nchannel Intel between EE, FI {\n  modality as-written\n  carries indicators\n  exchange subject-to-national-law "${words}"\n}\n`;
const findings = (words: string) => diagnose(draft(words)).filter((d) => d.code === code);

/** NL–FI customs 1984, Art. 7(2), as read in BWBV0002208. */
const art72 =
  'These inquiries shall be conducted under the laws and regulations of the State which has been requested to make them; the requested authority shall proceed as though it were acting on its own account or at the request of another authority in its own country.';

describe('lg37 item 1: the national-law hedge in its procedural form, "shall be conducted under the law of the requested State"', () => {
  it('NL–FI customs 1984 Art. 7(2), quoted by the transcription\'s channel with `subject-to-national-law`: no note', () => {
    const path = 'test/real-instruments/nl-fi-customs-mutual-assistance-1984.entente';
    const text = repoText(path);
    const line = '  exchange "upon request (Arts. 3, 4, 7); spontaneously or on request (Art. 5); surveillance within the limits of their regional competence and to the extent of their powers and ability (Art. 6)"';
    const withWords = (words: string) => replaced(text, line, `  modality as-written\n  exchange subject-to-national-law "${words}"`);
    assert.deepEqual(findingsOf(withWords(art72), code), []);
    // the near miss in the same text: Art. 7(1) alone says nothing of the law of either State
    const art71 = 'At the request of the customs authorities of one State, the customs authorities of the other State shall initiate official investigations into any acts which are or may be assumed to be in contravention of customs laws of the requesting State.';
    const [note, ...more] = findingsOf(withWords(art71), code);
    assert.ok(note);
    assert.deepEqual(more, []);
    assert.equal(note.severity, 'info');
  });

  it('the procedural form states the hedge: a passive duty performed under, or in accordance with, the law of the requested or receiving Party', () => {
    for (const words of [
      art72,
      'Requests shall be executed under the law of the requested Party.',
      'Requests shall be executed under the laws of the Contracting Party in whose territory the information is held.',
      'Requests shall be carried out under the law of the requested Party.',
      'Notifications shall be made under the laws of the receiving State.',
      'Requests shall be executed promptly under the law of the requested Party.',
      'Requests for information concerning persons convicted shall be executed under the law of the requested Party.',
      'The inquiries are to be conducted under the legislation in force in the territory of the requested Party.',
      'Such inquiries shall be conducted under national legislation.',
      'Requests shall be carried out in accordance with the law of the requested Party.',
      'Notifications shall be made in accordance with the law of the receiving State.',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), true, words);
      assert.deepEqual(findings(words), [], words);
    }
  });

  it('near misses: "under" after a noun, after a participle that is not the duty\'s, or before another order\'s law keeps the warning', () => {
    for (const words of [
      'The Parties shall exchange information on offences under their domestic law.',
      'The Parties shall exchange information to fulfil their obligations under national law.',
      'Information obtained under its national law shall be exchanged.',
      'Information which has been obtained under its national law shall be exchanged.',
      'Conduct which shall be established as a criminal offence under its domestic law shall be notified.',
      'Information shall be exchanged under this Agreement.',
      'Information shall be exchanged under the supervision of the requested State.',
      'Information shall be exchanged under international law.',
      'Information shall be exchanged under Union legislation.',
      'Information shall be exchanged under the laws and regulations of the Organization.',
    ]) {
      assert.equal(conditionedOnNationalLaw(words), false, words);
      const [f, ...more] = findings(words);
      assert.ok(f, words);
      assert.deepEqual(more, [], words);
      assert.equal(f.severity, 'warning', words);
    }
  });
});
