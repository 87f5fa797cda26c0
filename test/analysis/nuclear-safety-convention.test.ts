/**
 * The forty-second real-instrument run (FORTY-SECOND-RUN.md): the Convention on Nuclear Safety
 * 1994 (read: Dutch treaty series BWBV0001256, English text), as transcribed in
 * test/real-instruments/iaea-nuclear-safety-convention-1994.entente, and near misses made from its
 * own sentences.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const cns = repoText('test/real-instruments/iaea-nuclear-safety-convention-1994.entente');

const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start));

/** Art. 28(2), last sentence: the costs of "the functions referred to in sub-paragraphs (i) and (ii) above". */
const art28Costs =
  'The costs incurred by the Agency in carrying out the functions referred to in sub-paragraphs (i) and (ii) above shall be borne by the Agency as part of its regular budget.';
/**
 * The Convention without "Financial Rules" in Art. 22(1)–(2), so that Art. 28(2) is the only
 * sentence on costs (the Financial Rules do not reach the meetings: see below).
 */
const withoutFinancialRules = replaced(
  replaced(cns, 'Rules of Procedure and Financial Rules. The Contracting', 'Rules of Procedure. The Contracting'),
  'They may also amend the Rules of Procedure and the Financial Rules, by consensus.',
  'They may also amend the Rules of Procedure, by consensus.',
);
const withCosts = (sentence: string) => replaced(withoutFinancialRules, art28Costs, sentence);

describe('forty-second run, item 1: missing-body-costs reads what a costs sentence names by number (CNS Art. 28(2))', () => {
  const notes = (text: string) => findingsOf(text, 'missing-body-costs');

  it('the Convention as transcribed: Art. 28(2) puts the costs of sub-paragraph (i), "convene, prepare and service the meetings", on the Agency', () => {
    assert.deepEqual(notes(cns), []);
  });

  it('Art. 28(2) alone reaches them, without the Financial Rules of Art. 22(1)', () => {
    assert.deepEqual(notes(withCosts(art28Costs)), []);
  });

  it('a range of the same sub-paragraphs ("subparagraphs (i)-(ii) above", the form of Art. 22(2)) reaches them too', () => {
    assert.deepEqual(notes(withCosts(art28Costs.replace('sub-paragraphs (i) and (ii) above', 'subparagraphs (i)-(ii) above'))), []);
  });

  it('near miss: the costs of sub-paragraph (ii) alone (transmitting information) do not reach the meetings', () => {
    const text = withCosts(art28Costs.replace('sub-paragraphs (i) and (ii) above', 'sub-paragraph (ii) above'));
    const found = notes(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.equal(found[0].range.start.line, lineOf(text, 'body ReviewMeetings '));
    assert.match(found[0].message, /^The costs clause Art28 reaches "The costs incurred by the Agency in carrying out the functions referred to in …", not the meetings of body ReviewMeetings/);
  });

  it('near miss: sub-paragraphs of another article are not read as this clause\'s own', () => {
    assert.equal(notes(withCosts(art28Costs.replace('sub-paragraphs (i) and (ii) above', 'sub-paragraphs (i) and (ii) of Article 19'))).length, 1);
  });

  it('a paragraph of the clause named by number ("the functions referred to in paragraph 1", the secretariat "for the meetings") reaches them', () => {
    assert.deepEqual(notes(withCosts(art28Costs.replace('sub-paragraphs (i) and (ii) above', 'paragraph 1'))), []);
    assert.equal(notes(withCosts(art28Costs.replace('sub-paragraphs (i) and (ii) above', 'paragraph 1 of Article 19'))).length, 1);
  });
});

describe('lawyer\'s check of the forty-second run, item 2: "Financial Rules" adopted at a meeting do not reach the meetings (CNS Art. 22(1))', () => {
  const notes = (text: string) => findingsOf(text, 'missing-body-costs');
  const onlyTransmission = art28Costs.replace('sub-paragraphs (i) and (ii) above', 'sub-paragraph (ii) above');
  /** Art. 22(1): "At the preparatory meeting held pursuant to Article 21 …" is when they are adopted, not what they cover. */
  const adopted = 'Rules of Procedure and Financial Rules. The Contracting';

  it('the Convention as transcribed stays silent: Art. 28(2)\'s sub-paragraph (i) reaches the meetings', () => {
    assert.deepEqual(notes(cns), []);
  });

  it('the lawyer\'s case: "the Financial Rules of the Trust Fund for technical assistance" adopted at the preparatory meeting, with Art. 28(2) reduced to sub-paragraph (ii), raise the note', () => {
    const text = replaced(
      replaced(cns, art28Costs, onlyTransmission),
      adopted,
      'Rules of Procedure and the Financial Rules of the Trust Fund for technical assistance. The Contracting',
    );
    const found = notes(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.equal(found[0].range.start.line, lineOf(text, 'body ReviewMeetings '));
  });

  it('the Financial Rules of Art. 22(1) as written, with Art. 28(2) reduced to sub-paragraph (ii): the occasion of their adoption does not reach the meetings either', () => {
    assert.equal(notes(replaced(cns, art28Costs, onlyTransmission)).length, 1);
  });

  it('near miss: "Financial Rules" in a sentence on other work, not on the meetings, do not', () => {
    const text = withCosts(onlyTransmission.replace('as part of its regular budget', 'in accordance with its Financial Rules'));
    assert.equal(notes(text).length, 1);
  });
});

describe('forty-second run, item 2: a report for review at the meetings a named secretariat serves and relays is not asked for points of contact (CNS Arts. 5, 28(2))', () => {
  const contacts = (text: string) => findingsOf(text, 'missing-points-of-contact');
  /** Art. 28(2)(ii): the secretariat relays to the Parties what it receives. */
  const relay = '  (ii) transmit to the Contracting Parties information received or pre pared in accordance with the provisions of this Convention.    ';
  /** Art. 16(2) as a channel of its own: information provided directly, not submitted for review. */
  const vicinity = `channel Vicinity between States {
  exchange "Each Contracting Party shall take the appropriate steps to ensure that, insofar as they are likely to be affected by a radiological emergency, its own population and the competent authorities of the States in the vicinity of the nuclear installation are provided with appropriate information for emergency planning and response. (Article 16(2))"
}
`;

  it('the Convention as transcribed: Art. 5 reports "for review, prior to each meeting", through the secretariat of Art. 28(2)(ii)', () => {
    assert.deepEqual(contacts(cns), []);
  });

  it('a channel whose words send it "through the secretariat" is routed the same way', () => {
    const text = replaced(
      cns,
      'exchange "Each Contracting Party shall submit for review, prior to each meeting referred to in Article 20, a report on the measures it has taken to implement each of the obligations of this Convention. (Article 5)"',
      'exchange "Each Contracting Party shall communicate through the secretariat a report on the measures it has taken to implement each of the obligations of this Convention."',
    );
    assert.deepEqual(contacts(text), []);
  });

  it('near miss: a secretariat that only convenes, prepares and services the meetings relays nothing (Art. 28(2)(i) alone)', () => {
    const found = contacts(replaced(cns, relay, '  '));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /^States, Organizations are classes of parties on channel Reports/);
  });

  it('near miss: reports for review where the text names no secretariat (Art. 28 left out) have no address', () => {
    const start = cns.indexOf('clause Art28 ');
    const end = cns.indexOf('clause Art29 ');
    assert.ok(start > 0 && end > start);
    const without = cns.slice(0, start) + cns.slice(end).replace('notification having been received by the secretariat referred to in Article 28', 'notification having been received');
    assert.equal(contacts(without).length, 1);
  });

  /** Art. 28(2)(ii) as the lawyer rewrote it: the secretariat relays its own work, not what it receives. */
  const relaying = (words: string) => replaced(cns, 'transmit to the Contracting Parties information received or pre pared in accordance with the provisions of this Convention.', words);

  it('the lawyer\'s case: a secretariat that "circulate[s] to the Contracting Parties the provisional agenda of each meeting" relays nothing the Parties send', () => {
    const found = contacts(relaying('circulate to the Contracting Parties the provisional agenda of each meeting.'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /^States, Organizations are classes of parties on channel Reports/);
  });

  it('the lawyer\'s case: nor one that "transmit[s] to the Contracting Parties the decisions adopted at each meeting"', () => {
    assert.equal(contacts(relaying('transmit to the Contracting Parties the decisions adopted at each meeting.')).length, 1);
  });

  it('a secretariat that circulates to the Parties what the channel carries ("the reports submitted pursuant to Article 5") relays it', () => {
    assert.deepEqual(contacts(relaying('circulate to the Contracting Parties the reports submitted pursuant to Article 5.')), []);
  });

  it('near miss: nor one that transmits "the report of each meeting", its own work, though the channel carries reports', () => {
    assert.equal(contacts(relaying('transmit to the Contracting Parties the report of each meeting.')).length, 1);
  });

  it('near miss: a report submitted for review "relating to the Party\'s obligations" is still submitted for review, not sent to the Parties', () => {
    const text = replaced(
      cns,
      'exchange "Each Contracting Party shall submit for review, prior to each meeting referred to in Article 20, a report on the measures it has taken to implement each of the obligations of this Convention.',
      'exchange "Each Contracting Party shall submit for review, prior to each meeting referred to in Article 20, a report relating to the Party\'s obligations under this Convention.',
    );
    assert.deepEqual(contacts(text), []);
  });

  it('near miss: a report submitted "to the other Contracting Parties … for consideration at the next review meeting" goes to them directly, not through the secretariat', () => {
    const text = replaced(
      cns,
      'exchange "Each Contracting Party shall submit for review, prior to each meeting referred to in Article 20, a report',
      'exchange "Each Contracting Party shall submit to the other Contracting Parties, for consideration at the next review meeting, a report',
    );
    const found = contacts(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, lineOf(text, 'channel Reports '));
  });

  it('near miss: nor is a direct notification "to the other Contracting Parties … for consideration at the next review meeting"', () => {
    const text = replaced(
      cns,
      'exchange "Each Contracting Party shall submit for review, prior to each meeting referred to in Article 20, a report',
      'exchange "Each Contracting Party shall notify to the other Contracting Parties, for consideration at the next review meeting, a report',
    );
    assert.equal(contacts(text).length, 1);
  });

  it('near miss: information provided to the Parties directly (Art. 16(2) as a channel) keeps the finding beside the silent Reports', () => {
    const text = `${cns}\n${vicinity}`;
    const found = contacts(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, lineOf(text, 'channel Vicinity '));
  });
});
