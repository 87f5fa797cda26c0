/**
 * treaty-amendment-by-decision says whom the other procedure binds, on whose recommendation a tacit
 * track runs, and when a Party that does not accept may be made to leave, wherever the header's
 * words say it (treaty lawyer lr11, defects 1–3; rules/support/tacit-tracks.ts):
 * (1) CTBT 1996 Art. VII(6) and CWC 1993 Art. XV(3) (read: BWBV0004747, BWBV0001193): amendments
 *     "enter into force for all States Parties" after ratification or acceptance "by all those
 *     States Parties casting a positive vote": a State that abstained or was absent is bound
 *     without ratifying; the tacit track runs only "If the Executive Council recommends … that the
 *     proposal be adopted" (VII(8)(d), XV(5)(d));
 * (2) CWC Art. XV is tagged `about amendment`, and the message cites it;
 * (3) FAL 1965 (read: BWBV0003243): an annex amendment adopted by a conference "shall enter into
 *     force six months after" notice with no exception (Art. VII(3)); a Government that declares
 *     non-acceptance of a Convention amendment may be made to "cease to be a Party" (Art. IX).
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const ctbt = repoText('test/real-instruments/ctbt-comprehensive-nuclear-test-ban-1996.entente');
const cwc = repoText('test/real-instruments/opcw-chemical-weapons-convention-1993.entente');
const fal = repoText('test/real-instruments/imo-fal-convention-1965.entente');

function note(text: string): string {
  const found = findingsOf(text, 'treaty-amendment-by-decision');
  assert.equal(found.length, 1);
  return found[0].message ?? '';
}

const bindsNonVoters = /other amendments, of those parts or of other provisions, are not on this track: the header's summary names another procedure, on which an amendment binds every Party, one that did not vote for it included, once those that voted for it have ratified or accepted it, and which procedure governs each is for [^:]* to say:/;
const recommended = /without its ratification, acceptance or approval, and only where the Executive Council recommends its adoption \(tacit acceptance\)/;

describe('lr11 defect 1: whom the ordinary procedure binds, and the Executive Council recommendation', () => {
  it('CTBT Art. VII(6), VII(8)(d): binds a State that did not vote once the voters ratify; the track needs the recommendation', () => {
    const message = note(ctbt);
    assert.match(message, bindsNonVoters);
    assert.match(message, recommended);
  });

  it('CWC Art. XV(3), XV(5)(d): the header states "in force for all States Parties", and the message says the same as for the CTBT', () => {
    assert.match(cwc, /amendment by [^\n]*in force for all States Parties 30 days after deposit of the instruments of ratification or acceptance by all those States Parties casting a positive vote, and changes/);
    const message = note(cwc);
    assert.match(message, bindsNonVoters);
    assert.match(message, recommended);
  });

  it('near miss: a procedure in force for each State on its own ratification says nothing of whom it binds', () => {
    const message = note(replaced(ctbt, 'in force for all States Parties 30 days after deposit of the instruments of ratification or acceptance by all those States Parties casting a positive vote', 'in force for each State Party 30 days after deposit of its instrument of ratification or acceptance'));
    assert.match(message, /, and which procedure governs each is for [^:]* to say: lawful/);
    assert.doesNotMatch(message, /did not vote|for all the Parties/);
  });

  it('near miss: "for all States Parties" with no vote named is given in the header\'s words only', () => {
    const message = note(replaced(ctbt, 'by all those States Parties casting a positive vote, and changes', 'by two thirds of the States Parties, and changes'));
    assert.match(message, /other procedure, on which, in the header's words, an amendment enters into force for all the Parties, and which procedure governs each is for [^:]* to say:/);
    assert.doesNotMatch(message, /did not vote/);
  });

  it('near miss: no recommendation in the header, or a proposal by the organ, names none', () => {
    for (const to of ['', 'on proposal of the Executive Council ']) {
      const message = note(replaced(ctbt, 'on recommendation of the Executive Council ', to));
      assert.doesNotMatch(message, /recommends its adoption/);
      assert.match(message, /without its ratification, acceptance or approval \(tacit acceptance\)/);
    }
  });
});

describe('lr11 defect 2: the CWC message cites Art. XV', () => {
  it('cites the tagged clause', () => {
    assert.match(note(cwc), /track of the amendment procedure \(Article XV — Amendments; in the header's summary: approved if no State Party objects\)/);
  });
});

describe('lr11 defect 3: FAL 1965 Art. VII(3) and Art. IX, last sentence', () => {
  // lr12 defects 4 and 5 (read: BWBV0003243) changed both: VII(3) says only "shall enter into force
  // six months after" notification (the header's "for all Contracting Governments" was removed), and
  // IX gives the Conference the power to determine that a Government ceases to be a Party, after a
  // year in which it may still accept (test/analysis/tacit-tracks-lr12.test.ts).
  it('the conference route: whom it binds is not said; a Government declaring non-acceptance may be made to cease to be a Party', () => {
    const message = note(fal);
    assert.match(message, /another route \(by a conference [^)]*entering into force six months after notification\), and does not say whom an amendment made that way binds; \(2\)/);
    assert.match(message, /\(2\) an amendment to the Convention takes effect, after two thirds of the Parties have accepted it, for each Party that has not objected, without its ratification, acceptance or approval, and the header's summary says that a Party that declares non-acceptance and does not accept it within one year after entry into force may be made by the conference to cease to be a Party \(Article IX;/);
  });

  it('near miss: a conference route whose words say "for all Contracting Governments" binds every Party, with no objection named', () => {
    const message = note(replaced(fal, 'entering into force six months', 'entering into force for all Contracting Governments six months'));
    assert.match(message, /and on it the amendment binds every Party; \(2\)/);
    assert.doesNotMatch(message, /one that objected included/);
  });

  it('near miss: without the words of leaving, nothing is said of ceasing to be a Party', () => {
    const message = note(replaced(fal, /, a Government so declaring that does not accept[^\n]*/, ''));
    assert.doesNotMatch(message, /cease/);
    assert.match(message, /without its ratification, acceptance or approval \(Article IX;/);
  });
});
