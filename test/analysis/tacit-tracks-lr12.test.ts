/**
 * treaty-amendment-by-decision says whom the other procedure binds, when a Party that does not accept
 * ceases to be one, and who proposes a track's changes, only as far as the header's words say it
 * (treaty lawyer lr12, defects 3, 4, 5 and 11; rules/support/tacit-tracks.ts; probes /tmp/lr12/a1–a3):
 * (3) "in force for all Parties that have ratified it" binds only those that ratify: the residual rule
 *     (VCLT Art. 40(4), read: BWBV0003441), not "all the Parties";
 * (4) a Party ceases to be one by the words themselves unless they give an organ the power ("The
 *     Conference may … determine", FAL 1965 Art. IX, read: BWBV0003243), with the year in which it
 *     may still accept;
 * (5) FAL Art. VII(3): "shall enter into force six months after" notice, with no "for all" (header
 *     corrected; see tacit-tracks-lr10/lr11 tests), and no objection step on that route;
 * (11) "changes to the Annexes proposed by the Executive Council": the subject stops at "proposed",
 *     and the proposing organ is named.
 */
import assert from 'node:assert/strict';
import { findingsOf } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

function convention(procedure: string): string {
  return `treaty "Convention" {
  status binding
  done at "Geneva" on 2001-05-10
  consent by ratification, accession
  effect 30 days after last consent-to-be-bound by 2 States
  amendment by ${procedure}
}
party EE "Estonia" { kind state }
party FI "Finland" { kind state }
party LV "Latvia" { kind state }
`;
}

function note(text: string): string {
  const found = findingsOf(text, 'treaty-amendment-by-decision');
  assert.equal(found.length, 1);
  return found[0].message ?? '';
}

const annexes = ', and changes to the Annexes by recommendation of the Executive Council approved if no Party objects within 90 days';
const a1 = convention(`proposal of any Party, adoption by a two-thirds majority of the Parties present and voting, in force for all Parties that have ratified it 30 days after the deposit of instruments of ratification by two thirds of the Parties${annexes}`);
const a2 = convention('proposal of any Party, adoption by a conference by a two-thirds majority, entering into force one year after acceptance by two thirds for all Parties except those which declare that they do not accept, a Party so declaring ceasing to be a Party one year after entry into force');
const a3 = convention('proposal of any Party, adoption by consensus, in force for all Parties once accepted by all Parties, and changes to the Annexes proposed by the Executive Council approved if no Party objects within 90 days');

describe('lr12 defect 3: "for all Parties that have ratified it" binds only those', () => {
  it('probe a1: the other procedure binds only the Parties that have ratified it', () => {
    const message = note(a1);
    assert.match(message, /other procedure, on which, in the header's words, an amendment enters into force for all Parties that have ratified it, and so binds only those Parties, and which procedure amends each of the instrument's other provisions is for [^:]* to say:/);
    assert.doesNotMatch(message, /for all the Parties/);
  });

  it('"having accepted it" and "which have ratified or accepted it" are restrictive too', () => {
    const from = 'for all Parties that have ratified it';
    assert.match(note(replaced(a1, from, 'for all Parties having accepted it')), /for all Parties that have accepted it, and so binds only those Parties/);
    assert.match(note(replaced(a1, from, 'for all Parties which have ratified or accepted it')), /for all Parties that have ratified or accepted it, and so binds only those Parties/);
  });

  it('near miss: "for all Parties" with no clause after it is given as the header\'s "all"', () => {
    const message = note(replaced(a1, 'for all Parties that have ratified it', 'for all Parties'));
    assert.match(message, /on which, in the header's words, an amendment enters into force for all the Parties, and which procedure amends each of the instrument's other provisions is for [^:]* to say:/);
  });

  it('near miss: "for all Parties" narrowed another way ("other than those that voted against it") says nothing of whom it binds', () => {
    const message = note(replaced(a1, 'for all Parties that have ratified it', 'for all Parties other than those that voted against it'));
    assert.match(message, /is for [^:]* to say: lawful/);
    assert.doesNotMatch(message, /for all the Parties|binds only/);
  });

  it('a route after a tacit one "for all Parties that have accepted it" is not said to bind every Party', () => {
    const t = convention('proposal of any Party, changes to the Annexes approved if no Party objects within 90 days, or by decision of the Conference by a two-thirds majority entering into force for all Parties that have accepted it');
    const message = note(t);
    assert.match(message, /does not say whom a change made that way binds/);
    assert.doesNotMatch(message, /binds every Party, one/);
  });
});

describe('lr12 defect 4: ceasing to be a Party, by the words or by an organ\'s determination', () => {
  it('probe a2: the words make it cease, one year after entry into force; no "may be made"', () => {
    const message = note(a2);
    assert.match(message, /the header's summary says that a Party that declares non-acceptance ceases to be a Party one year after entry into force \(tacit acceptance\)/);
    assert.doesNotMatch(message, /may be made/);
  });

  it('near miss: "where the Conference so determines" gives the organ the power: "may be made by the Conference to cease"', () => {
    const message = note(replaced(a2, 'ceasing to be a Party one year after entry into force', 'ceasing to be a Party where the Conference so determines at adoption'));
    assert.match(message, /a Party that declares non-acceptance may be made by the Conference to cease to be a Party \(tacit/);
  });

  it('"the Conference may … determine" gives the organ the power too', () => {
    const message = note(replaced(a2, 'a Party so declaring ceasing to be a Party one year after entry into force', 'the Conference may by a two-thirds majority determine at adoption that a Party so declaring shall cease to be a Party'));
    assert.match(message, /a Party that declares non-acceptance may be made by the Conference to cease to be a Party \(tacit/);
  });

  it('near miss: a condition that no organ decides ("where it so decides") is given in the header\'s words, never made automatic nor an organ\'s power', () => {
    const message = note(replaced(a2, 'ceasing to be a Party one year after entry into force', 'ceasing to be a Party where it so decides'));
    assert.match(message, /a Party that declares non-acceptance may cease to be a Party \(in its words: where it so decides\)/);
    assert.doesNotMatch(message, /may be made|ceases to be a Party/);
  });

  it('the period in which it may still accept is given where the words give one', () => {
    const message = note(replaced(a2, 'a Party so declaring ceasing to be a Party one year after entry into force', 'a Party so declaring that does not accept within six months after entry into force ceasing to be a Party'));
    assert.match(message, /a Party that declares non-acceptance and does not accept it within six months after entry into force ceases to be a Party \(tacit/);
  });
});

describe('lr12 defect 11: "proposed by" ends the subject and names the proposer', () => {
  it('probe a3: "a change to the Annexes", proposed by the Executive Council', () => {
    const message = note(a3);
    assert.match(message, /a change to the Annexes to which no Party objects binds every Party, without its ratification, acceptance or approval, and only where the Executive Council proposes it \(tacit acceptance\)/);
    assert.doesNotMatch(message, /proposed to which/);
  });

  it('near miss: proposed by any Party: the subject stops, and no organ is named', () => {
    const message = note(replaced(a3, 'proposed by the Executive Council', 'proposed by any Party'));
    assert.match(message, /a change to the Annexes to which no Party objects binds every Party, without its ratification, acceptance or approval \(tacit acceptance\)/);
  });

  it('"recommended by the Executive Council" is its recommendation', () => {
    const message = note(replaced(a3, 'proposed by the Executive Council', 'recommended by the Executive Council'));
    assert.match(message, /a change to the Annexes to which no Party objects binds every Party, without its ratification, acceptance or approval, and only where the Executive Council recommends its adoption/);
  });
});
