/**
 * Eighty-eighth run, defect 2: Oviedo Convention 1997, Art. 29 (read: BWBV0005627). "… advisory
 * opinions … at the request of:" then, on lines of their own and without labels, "the government of
 * a Party, after having informed the other Parties," and "the Committee set up by Article 32, …":
 * run into one paragraph, "informed the other Parties, the Committee …" could be read as one list.
 * Each such line is now a paragraph of its own (constructs/unlabelled-elements.ts). Near misses: a
 * wrapped sentence after a colon (a line ending mid-sentence, CoE ETS 116 Art. 4), a line in upper
 * case, a line after an item's colon, and a line after one that ended no element stay where they were.
 */
import assert from 'node:assert/strict';
import { splitParagraphs } from '../../server/src/language/constructs/paragraph-split';
import type { Paragraph } from '../../server/src/language/constructs/construct';
import { openRealInstrument } from './render-fixtures';

type Para = Exclude<Paragraph, string>;
const texts = (text: string) => (splitParagraphs(text) as Para[]).map((p) => `${p.label ?? ''} ${p.text}`.trim());

const chapeau = 'The European Court of Human Rights may give advisory opinions on legal questions concerning the interpretation of the present Convention at the request of:';
const first = 'the government of a Party, after having informed the other Parties,';
const second = 'the Committee set up by Article 32, by a decision adopted by a two-third majority of votes cast.';

describe('eighty-eighth run, defect 2: unlabelled elements of a list on lines of their own', () => {
  it('Oviedo Art. 29: the chapeau and each requester are paragraphs of their own', () => {
    assert.deepEqual(texts([chapeau, first, second].join('\n')), [chapeau, first, second]);
  });

  it('the Oviedo export keeps the break between the two requesters', () => {
    const { service, uri } = openRealInstrument('oviedo-biomedicine-1997.entente');
    assert.match(service.render(uri, 'markdown') ?? '', /at the request of:\n\nthe government of a Party, after having informed the other Parties,\n\nthe Committee set up by Article 32/);
  });

  it('after a numbered paragraph, the next number still continues the paragraphs', () => {
    assert.deepEqual(texts(['1. The Court may give opinions at the request of:', first, second, '2. The opinions are advisory.'].join('\n')), [
      '1. The Court may give opinions at the request of:',
      first,
      second,
      '2. The opinions are advisory.',
    ]);
  });

  it('near miss: a sentence wrapped after a colon, its line ending mid-sentence, stays one paragraph (ETS 116 Art. 4)', () => {
    const art4 = ['Compensation shall cover, according to the case under consideration, at least the following items:', 'loss of earnings, medical and hospitalisation expenses and funeral expenses, and, as regards', 'dependants, loss of maintenance.'];
    assert.deepEqual(texts(art4.join('\n')), [art4.join(' ')]);
  });

  it('near miss: a line in upper case, or one that does not follow a colon, runs on', () => {
    assert.deepEqual(texts([chapeau, 'The government of a Party may also ask.'].join('\n')), [`${chapeau} The government of a Party may also ask.`]);
    assert.deepEqual(texts(['The Parties shall cooperate,', 'the government of each Party informing the others.'].join('\n')), ['The Parties shall cooperate, the government of each Party informing the others.']);
  });

  it('near miss: after the first element, a line after one that ended in no comma or semicolon runs on', () => {
    assert.deepEqual(texts([chapeau, 'the government of a Party, after having informed', 'the other Parties.'].join('\n')), [`${chapeau} the government of a Party, after having informed the other Parties.`]);
  });

  it('near miss: under an item whose words end in a colon, the line stays the item\'s', () => {
    const split = splitParagraphs(['1. The Court may give opinions:', '(a) at the request of:', first].join('\n')) as Para[];
    assert.equal(split.length, 1);
    assert.equal(split[0].items?.[0]?.text, `at the request of: ${first}`);
  });
});
