/**
 * What the rendering keeps with a declaration's node across edits and reads again only for a new
 * text (render/clause-readings.ts): whether a clause ends with a place of signature and a date
 * (render/testimonium.ts, kept per set of the header's places), and a defined term's entry in the
 * rendering (render/build-instrument.ts). An edit elsewhere — the header's place, another
 * definition — changes what the export says of an unchanged node, and the export of each version,
 * rendered in one service as the editor sends them, must be exactly a fresh service's.
 */
import assert from 'node:assert/strict';
import { createEntenteService, type EntenteService } from '../../server/src/language';

const uri = 'file:///t/call.entente';
const q = '"""';

function exports(service: EntenteService) {
  return { markdown: service.render(uri, 'markdown'), akn: service.render(uri, 'akn'), testimonium: service.renderModel(uri)!.testimonium, terms: service.renderModel(uri)!.terms };
}

function fresh(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text, 1);
  return exports(service);
}

/** Each text in turn in one service (each rendered), compared with a fresh service's rendering. */
function assertEachAsFresh(texts: readonly string[]): ReturnType<typeof exports>[] {
  const service = createEntenteService({ readFile: () => undefined });
  const seen: ReturnType<typeof exports>[] = [];
  texts.forEach((text, version) => {
    if (version === 0) service.open(uri, text, 1);
    else service.update(uri, text, version + 1);
    const kept = exports(service);
    assert.deepEqual(kept, fresh(text), `version ${version + 1}`);
    seen.push(kept);
  });
  return seen;
}

const call = (place: string, last: string, term = 'Follow-up Meeting') =>
  `declaration "Call" {\n  issued at "${place}" on 2027-11-12\n}\ndefine "${term}" means "the meeting the Participants hold a year later"\ndefine "Secretariat" means "the office that prepares the meeting"\nclause FollowUp "Follow-up" ${q}\n  We agree on reconvening in 2028.\n\n  ${last}\n${q}\n`;

describe('readings kept with a node across edits: the export of each version is a fresh one', () => {
  it('a clause ending with the place and date: read again for the header’s new place, though the clause is unchanged', () => {
    const [paris, brussels, back] = assertEachAsFresh([call('Paris', 'Paris, 12 November 2027'), call('Brussels', 'Paris, 12 November 2027'), call('Paris', 'Paris, 12 November 2027')]);
    // The clause holds the formula only while the header names its place: none generated then.
    assert.deepEqual(paris.testimonium, []);
    assert.deepEqual(brussels.testimonium, ['Issued at Brussels on 12 November 2027.']);
    assert.deepEqual(back.testimonium, []);
  });

  it('near miss: an edit of the clause alone, the place unchanged, is read again too', () => {
    const [held, operative] = assertEachAsFresh([call('Paris', 'Paris, 12 November 2027'), call('Paris', 'Paris shall host the first meeting in 2028.')]);
    assert.deepEqual(held.testimonium, []);
    assert.deepEqual(operative.testimonium, ['Issued at Paris on 12 November 2027.']);
  });

  // The clauses that hold a final formula or signatures are found again for the nodes an edit made only (render/clause-readings.ts, `keptScan`).
  it('a clause holding the final formula put among the others and taken out again: it is the formula while it stands, none generated', () => {
    const formula = `clause Done "Done" ${q}\n  DONE at Paris on 12 November 2027, in two originals in the English language.\n\n  For the Kingdom of the Netherlands:\n${q}\n`;
    const plain = call('Paris', 'The meeting will be held in 2028.');
    const withFormula = plain.replace('clause FollowUp', `${formula}clause FollowUp`);
    const [before, held, after] = assertEachAsFresh([plain, withFormula, plain]);
    assert.deepEqual(before.testimonium, ['Issued at Paris on 12 November 2027.']);
    // The formula's paragraphs as the clause separates them (render/testimonium.ts): the formula, then the signature block.
    assert.equal(held.testimonium.length, 2);
    assert.match(held.testimonium[0], /^DONE at Paris/);
    assert.equal(held.testimonium[1], 'For the Kingdom of the Netherlands:');
    assert.deepEqual(after.testimonium, before.testimonium);
  });

  it('a defined term renamed: its entry (and the Akoma Ntoso references made of it) are the new words; the other definition’s is kept', () => {
    const [before, after] = assertEachAsFresh([call('Paris', 'Paris, 12 November 2027'), call('Paris', 'Paris, 12 November 2027', 'Annual Review')]);
    assert.deepEqual(before.terms.map((t) => t.key), ['followUpMeeting', 'secretariat']);
    assert.deepEqual(after.terms.map((t) => t.key), ['annualReview', 'secretariat']);
    assert.match(after.akn!, /TLCTerm[^>]*annualReview/);
    assert.doesNotMatch(after.akn!, /followUpMeeting/);
  });
});
