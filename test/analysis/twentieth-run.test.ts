/**
 * The twentieth real-instrument run (test/real-instruments/TWENTIETH-RUN.md): the Guernsey–
 * Netherlands memorandum of understanding of 2008 and the Netherlands–United Kingdom letters under
 * Art. 36(3) of Regulation 1408/71 of 1986. "Entry into force" said of other instruments in the
 * plural is not an MoU's binding wording; a date of effect before conclusion that the text itself
 * states is deliberate; costs are asked only where the instrument sets up what costs money, not of
 * every MoU; liaison bodies the letters route their exchanges through are the parties' points of
 * contact; an instrument called "this understanding", or recorded by "place on record the
 * understanding", is noted in a binding instrument while "It is my understanding that" is not; and an
 * arrangement made under a Regulation's article is not asked its relation to Union law, while the
 * note names a former Member State as one on the day of conclusion. Each held to the sentence it
 * came from and to the near misses that must stay as they are.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { draftOf } from '../helpers/fix-review';

const codesOf = (text: string, code: string) => diagnose(text).filter((d) => d.code === code).map((d) => d.severity);

describe('twentieth real-instrument run', () => {
  // Guernsey–Netherlands memorandum of understanding 2008, printed with the TIEA of the same day.
  const mou = (sentence: string) => `memorandum "Memorandum of Understanding" {\n  status non-binding\n}\nparticipant GG "Guernsey"\nparticipant NL "the Netherlands"\nclause Negotiations """${sentence}"""\n`;

  it('leaves "the entry into force of these instruments" and "of the measures signed today" alone in an MoU', () => {
    assert.deepEqual(codesOf(mou('Six months after the entry into force of these instruments negotiations will continue on further measures.'), 'mou-binding-wording'), []);
    assert.deepEqual(codesOf(mou('Two years after the date of the entry into force of the measures signed today, Guernsey and the Netherlands will jointly evaluate the results.'), 'mou-binding-wording'), []);
  });

  it("still reports the MoU's own entry into force, and an unknown holder as a warning only", () => {
    assert.deepEqual(codesOf(mou('This Memorandum shall enter into force on signature.'), 'mou-binding-wording'), ['error', 'error']);
    assert.deepEqual(codesOf(mou('Six months after the entry into force of this instrument negotiations will continue.'), 'mou-binding-wording'), ['error']);
    const scheme = mou('Two years after the entry into force of the scheme, the Participants will evaluate it.');
    assert.deepEqual(codesOf(scheme, 'mou-binding-wording'), []);
    assert.deepEqual(codesOf(scheme, 'mou-treaty-wording'), ['warning']);
  });

  // The Guernsey memorandum: negotiations, a study and an evaluation, and the route of requests made
  // under the TIEA signed with it (whose Art. 8 allocates their costs).
  const memorandum = (extra = '') => `memorandum "Memorandum of understanding" {
  status non-binding
}
party NL "The Kingdom of the Netherlands" {
  kind state
  jurisdiction NL
  contact FIOD "Belastingdienst /FIOD-ECD /Team Internationaal, Postbus 59395 1040 KJ Amsterdam"
}
party GG "The States of Guernsey" {
  kind government
  jurisdiction GG
  contact Tax "The Administrator of Income Tax Income Tax Office PO Box No. 37 Guernsey GY1 3AZ"
}
channel Communications between NL, GG {
  carries "Formal communications, including requests for information, made in connection with or pursuant to the provisions of the Agreements entered into", personal-data
  contacts NL.FIOD, GG.Tax
}
clause Negotiations """
  In preparation for resuming negotiations Guernsey and the Netherlands will study their respective tax systems to identify which undesired tax barriers and other obstacles should be addressed.
"""
clause Evaluation """
  Two years after the date of the entry into force of the measures signed today, Guernsey and the Netherlands will jointly evaluate the results achieved and will consider which further steps may be necessary.
"""
${extra}`;

  it('does not ask who bears the costs of a memorandum that sets up nothing that costs money', () => {
    assert.deepEqual(codesOf(memorandum(), 'missing-costs'), []);
  });

  it('still asks an MoU that sets up a joint body, training or an exercise', () => {
    for (const activity of [
      'body Evaluation "Joint evaluation group" members NL, GG meets biennially',
      'capacity-building Study by NL for GG { activities training }',
      'exercise Drill annually led by NL with GG',
    ]) {
      const found = diagnose(memorandum(activity)).filter((d) => d.code === 'missing-costs');
      assert.deepEqual(found.map((d) => d.severity), ['warning'], activity);
      assert.match(found[0].message, /^Say who bears the costs of (the meetings of body Evaluation|capacity-building Study|exercise Drill): add a clause about costs/);
    }
  });

  // NL–UK letters under Art. 36(3) of Regulation 1408/71: London 25 April, Leidschendam 26 May 1986.
  const letters = (paragraph: string, reply = 'I agree.') =>
    `treaty "Exchange of letters" {\n  status binding\n  form exchange-of-letters\n  effect on 1986-01-01\n}\nparty UK "United Kingdom"\nparty NL "Netherlands"\nletter LetterI "Nr. I" from UK to NL at "London" on 1986-04-25 """\n  ${paragraph}\n"""\nletter LetterII "Nr. II" from NL to UK at "Leidschendam" on 1986-05-26 answering LetterI """\n  ${reply}\n"""\n`;

  it('does not ask to move a date of effect that the text itself gives as the start of its operation', () => {
    assert.deepEqual(codesOf(letters('10. This understanding will remain in operation from 1 January 1986 for a period of three years.'), 'effect-before-signature'), []);
    assert.deepEqual(codesOf(letters('It shall apply with retrospective effect from 1 January 1986.'), 'effect-before-signature'), []);
  });

  it('still reports a date of effect before conclusion that the text does not state', () => {
    assert.deepEqual(codesOf(letters('10. This understanding will remain in operation for a period of three years.'), 'effect-before-signature'), ['warning']);
    assert.deepEqual(codesOf(letters('10. This understanding will remain in operation from 1 February 1986.'), 'effect-before-signature'), ['warning']);
  });

  /**
   * The treaty-mou-wording notes on a binding exchange: the words underlined, and the fixes offered
   * to the letters as drafted (the letters of 1986 are concluded, and no rewrite is offered there).
   */
  const understandingNotes = (paragraph: string, reply?: string) =>
    diagnose(draftOf(letters(paragraph, reply)))
      .filter((d) => d.code === 'treaty-mou-wording')
      .map((d) => ({ severity: d.severity, message: d.message, fixes: d.fixes.map((f) => f.edits.map((e) => e.newText).join()) }));

  it('notes the letters calling themselves an understanding, and recording one, in an instrument declared binding', () => {
    const [operation] = understandingNotes('9. The Liaison Bodies may agree upon the payment of advances and other measures for the implementation of this agreement.\n  10. This understanding will remain in operation from 1 January 1986 for a period of three years.');
    assert.equal(operation.severity, 'info');
    assert.match(operation.message, /^'This understanding' calls the instrument an understanding, .*: a treaty writes 'This agreement'\.$/);
    assert.deepEqual(operation.fixes, ['This agreement']);
    const [proposal] = understandingNotes('I have the honour to suggest that this letter together with your reply to that effect will place on record the understanding of the competent authorities in this matter.');
    assert.equal(proposal.severity, 'info');
    assert.match(proposal.message, /^'place on record the understanding' is how, in United Kingdom practice, an exchange of notes or letters not meant to bind records what was settled .*: a treaty writes 'constitute an agreement'\.$/);
    // "constitute an agreement" does not replace the formula word for word: named, not written.
    assert.deepEqual(proposal.fixes, []);
    const reply = understandingNotes('I agree.', 'I have the honour to confirm that your letter, together with my reply to that effect be regarded as placing on record the understanding of the competent authorities in this matter.');
    assert.deepEqual(reply.map((n) => n.severity), ['info']);
    const [signed] = diagnose(letters('10. This understanding will remain in operation from 1 January 1986 for a period of three years.')).filter((d) => d.code === 'treaty-mou-wording');
    assert.deepEqual(signed.fixes, [], 'the letters exchanged in 1986 are not rewritten');
    assert.match(signed.message, /The text is concluded \(the date of the reply is 1986-05-26\)/);
    // Constituting an understanding is still noted, as before.
    assert.deepEqual(understandingNotes("this Note and the Embassy's note in reply shall constitute an understanding between the two Governments.").map((n) => n.severity), ['info']);
  });

  it('leaves alone "It is my understanding that", a belief, a title, an interpretation, and an MoU', () => {
    for (const sentence of [
      'It is my understanding that, as a result of discussions between the competent authorities, reimbursement between the competent institutions of these Member States will be effected on the following basis:',
      'The Embassy would be grateful to the Ministry if it could confirm that this understanding is correct.',
      'For the purposes of this Understanding, the provisions of Articles XXII and XXIII of GATT 1994 shall apply.',
      'The Contracting Parties record their understanding that with respect to the Republic of Namibia a natural person is covered.',
      'The Parties place on record the understanding that Article 5 does not apply to criminal tax matters.',
      'It is understood that the term includes data. This understanding shall not affect Article 5.',
      'The competent authorities act on the understanding that costs are shared, in a spirit of mutual understanding.',
      'In arriving at this understanding, both Governments have recognized the benefits accruing to each.',
    ]) {
      assert.deepEqual(understandingNotes(sentence), [], sentence);
    }
    const mou = letters('10. This understanding will remain in operation from 1 January 1986.').replace('status binding', 'status non-binding').replace('treaty "', 'memorandum "');
    assert.deepEqual(diagnose(mou).filter((d) => d.code === 'treaty-mou-wording'), []);
  });

  // The letters' parties as transcribed: the two Ministries, competent authorities under the Regulation.
  const exchange = (reply: string, date = '1986-05-26', extra = '') =>
    `treaty "Exchange of letters" {\n  status binding\n  form exchange-of-letters\n  effect on reply\n}\nparty UK "The Competent Authorities of the United Kingdom" { kind government-agency jurisdiction GB }\nparty NL "The Competent Authorities of the Kingdom of the Netherlands" { kind government-agency jurisdiction NL }\n${extra}letter LetterI "Nr. I" from UK to NL at "London" on 1986-04-25 """\n  I refer to Article 36 of Regulation 1408/71 of 14 June 1971 of the Council of the European Communities (The Regulation).\n  1. Reimbursement of the costs of benefits in kind provided under Chapter 1 of Title III of the Regulation will be effected in accordance with the provisions of Articles 93, 94 or 95, as appropriate, of Regulation 574/72 of 21 March 1972 of the Council of the European Communities except as provided otherwise in Paragraphs 2 to 7 below.\n"""\nletter LetterII "Nr. II" from NL to UK at "Leidschendam" on ${date} answering LetterI """\n  ${reply}\n"""\n`;
  const relation = (text: string) => diagnose(text).filter((d) => d.code === 'missing-relation-to-other-obligations');
  const heading = 'Arrangement on the basis of article 36, paragraph 3 of Regulation (EEC) No 1408/71\n  I agree to the proposals made in your letter.';

  it('does not ask an arrangement made under a provision of a Regulation how it relates to Union law', () => {
    assert.deepEqual(relation(exchange(heading)), []);
    assert.deepEqual(relation(exchange('Having regard to Article 36, paragraph 3 of Regulation (EEC) No. 1408/71, I agree to the proposals made in your letter.')), []);
  });

  it('still asks where the text only cites a Regulation, naming both parties as Member States in 1986', () => {
    const [note] = relation(exchange('I agree to the proposals made in your letter; the data are processed pursuant to Article 6 of Regulation (EU) 2016/679.'));
    assert.equal(note?.severity, 'info');
    // Both as Member States of the European Communities in 1986, before the Union existed (twenty-ninth run, item 7).
    assert.match(note.message, /UK acts for or in GB, a Member State of the European Communities when this treaty was concluded \(1986-05-26\)/);
    assert.match(note.message, /NL acts for or in its State, a Member State of the European Communities when this treaty was concluded \(1986-05-26\), bound by Community law then/);
    assert.doesNotMatch(note.message, /Union law/);
    // After the withdrawal (31 January 2020) the United Kingdom is not named as one.
    const [later] = relation(exchange('I agree to the proposals made in your letter.', '2021-05-26'));
    assert.doesNotMatch(later.message, /UK acts for or in GB/);
  });

  it('still asks about other obligations the arrangement does not say it is made under', () => {
    const cited = 'security-agreement GSA "Security Agreement" between UK, NL { concluded on 1985-01-01 }\n';
    const [note] = relation(exchange(heading, '1986-05-26', cited));
    assert.match(note?.message ?? '', /the security agreement GSA in force is cited/);
    assert.doesNotMatch(note.message, /Union law|Community law/);
  });

  // The letters' three channels between the liaison bodies, transcribed without contacts (the
  // letters name the bodies only by their function).
  const channels = `channel Figures between UK, NL {\n  carries "the numbers of persons to be taken into account (paragraph 5)"\n}\nchannel InsuredPercentage between NL, UK {\n  from NL\n  carries "the percentage of the Dutch population which is insured (paragraph 6.b.i)"\n}\nchannel Claims between UK, NL {\n  carries "the claims of the competent institutions (paragraph 8)"\n}\n`;
  const contactFindings = (paragraph: string) => codesOf(letters(paragraph) + channels, 'missing-points-of-contact');

  it('takes the liaison bodies the letters route their exchanges through as the parties’ points of contact', () => {
    assert.deepEqual(contactFindings('i. "Z" represents the percentage of the Dutch population which is insured under the law on sickness insurance funds (Ziekenfondswet). The Dutch liaison body will communicate this percentage to the British liaison body annually.'), []);
    assert.deepEqual(contactFindings('5. The Liaison Bodies will agree annually the numbers of persons to be taken into account for the purposes of implementing Paragraphs 2-4 above.'), []);
  });

  it('still asks for points of contact where no body is named, or only "in liaison with"', () => {
    assert.deepEqual(contactFindings('The Netherlands will communicate this percentage to the United Kingdom annually.'), ['warning', 'warning', 'warning']);
    assert.deepEqual(contactFindings('The percentage will be fixed annually in liaison with the competent authorities.'), ['warning', 'warning', 'warning']);
  });
});
