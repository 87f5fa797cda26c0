/**
 * The forty-second real-instrument run (FORTY-SECOND-RUN.md): the Convention on Nuclear Safety
 * 1994 (read: Dutch treaty series BWBV0001256, English text), as transcribed in
 * test/real-instruments/iaea-nuclear-safety-convention-1994.entente, and near misses made from its
 * own sentences.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';

const cns = repoText('test/real-instruments/iaea-nuclear-safety-convention-1994.entente');

/** Replace exactly one occurrence, so that a changed transcription fails the test loudly. */
function replaced(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `expected one occurrence of ${from}`);
  return text.replace(from, to);
}

const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start));

/** Art. 28(2), last sentence: the costs of "the functions referred to in sub-paragraphs (i) and (ii) above". */
const art28Costs =
  'The costs incurred by the Agency in carrying out the functions referred to in sub-paragraphs (i) and (ii) above shall be borne by the Agency as part of its regular budget.';
const withCosts = (sentence: string) => replaced(cns, art28Costs, sentence);

describe('forty-second run, item 1: missing-body-costs reads what a costs sentence names by number (CNS Art. 28(2))', () => {
  const notes = (text: string) => findingsOf(text, 'missing-body-costs');

  it('the Convention as transcribed: Art. 28(2) puts the costs of sub-paragraph (i), "convene, prepare and service the meetings", on the Agency', () => {
    assert.deepEqual(notes(cns), []);
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
