/**
 * lr22 (the independent treaty lawyer's check) and the ninety-ninth and hundredth runs: messages that
 * said something false or unusable on a real text, each with its near miss.
 * - D8: missing-relation-to-other-obligations on the signed UNCAC 2003 advised "write one for the
 *   rest in the text's own terms" beside "nothing is to be added to it".
 * - r99 D1: missing-registration's Union-law hedge ("whether it is such an agreement or an
 *   arrangement under Union law alone is for the parties to settle") on treaties in treaty form.
 * - r99 D2: text-not-in-signatory-language was a warning under `strict` on the signed NL–Ireland 2005.
 * - r100 D2: missing-reservations-clause gave only the general regime where entry into force needs
 *   every signatory (Arolsen 1993, Art. 3); VCLT Art. 20(2) (read: BWBV0003441) is now given there.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnose } from '../helpers/fixture';
import { draftOf } from '../helpers/fix-review';

const real = (name: string) => readFileSync(new URL(`../real-instruments/${name}.entente`, import.meta.url), 'utf8');
const messagesOf = (text: string, code: string, profile?: string) =>
  diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);

describe('lr22 D8: the relation note on a signed text gives no drafting advice', () => {
  const uncac = real('un-convention-against-corruption-2003');
  it('UNCAC 2003 (signed): for the rest the rule on successive treaties applies, nothing to write', () => {
    const [note] = messagesOf(uncac, 'missing-relation-to-other-obligations');
    assert.equal(note?.severity, 'info');
    assert.match(note.message, /; UN Charter Art\. 103\)\. The text settles its relation to other treaties where it chooses, and for the rest that rule applies\. The text is concluded/u);
    assert.doesNotMatch(note.message, /write one|No clause is offered/u);
  });
  it('near miss: the same text as a draft still says what to write', () => {
    const [note] = messagesOf(draftOf(uncac), 'missing-relation-to-other-obligations');
    assert.match(note?.message ?? '', /No clause is offered: the text settles its relation to other treaties where it chooses, and a general savings clause would reach those provisions too: write one for the rest in the text’s own terms/u);
  });
});

describe('r99 D1: the Union-law hedge of missing-registration only for an arrangement between authorities', () => {
  const hedge = /is for the parties to settle|if the Parties hold it to be such an agreement/u;
  for (const name of ['nl-cy-oil-stocks-2008', 'nl-ie-oil-stocks-2005']) {
    it(`${name}: States or Governments, consent by approval, notice of termination — Art. 102 stated plainly, still a note, no fix`, () => {
      for (const profile of [undefined, 'strict']) {
        const [note] = messagesOf(real(name), 'missing-registration', profile);
        assert.equal(note?.severity, 'info', String(profile));
        assert.doesNotMatch(note.message, hedge);
        assert.match(note.message, /UN Members? on entering into the treaty, so Art\. 102 of the UN Charter applies\./u);
        assert.deepEqual(note.fixes, []);
      }
    });
  }
  it('near miss: the Ireland–Netherlands letters of 1987 between competent authorities keep the hedge', () => {
    const [note] = messagesOf(real('ie-nl-unemployment-reimbursement-waiver-letters-1987'), 'missing-registration');
    assert.match(note?.message ?? '', /whether it is such an agreement or an arrangement under Union law alone is for the parties to settle/u);
  });
  it('near miss: NL–Cyprus with its competent authorities as the parties keeps the hedge', () => {
    const text = real('nl-cy-oil-stocks-2008').replace(/kind state\n/gu, 'kind government-agency\n');
    const [note] = messagesOf(text, 'missing-registration');
    assert.match(note?.message ?? '', hedge);
  });
});

describe('r99 D2: text-not-in-signatory-language on a signed text is an observation, a note under every profile', () => {
  const ireland = real('nl-ie-oil-stocks-2005');
  it('NL–Ireland 2005 (“DONE … in the English language only”): info under every profile, worded as an observation', () => {
    for (const profile of [undefined, 'treaty-review', 'strict', 'mou-review']) {
      const [note] = messagesOf(ireland, 'text-not-in-signatory-language', profile);
      assert.equal(note?.severity, 'info', String(profile));
      assert.equal(note.message, "The signed text is authentic in English only: English is an official language of IE, and none is an official language of NL (Dutch). An observation: the languages of a signed text were the signatories' choice, and nothing in it is to be changed.");
    }
  });
  it('near miss: the same text as a draft still asks, and strict still makes it a warning', () => {
    const [note] = messagesOf(draftOf(ireland), 'text-not-in-signatory-language', 'strict');
    assert.equal(note?.severity, 'warning');
    assert.equal(note.message, 'The text is authentic in English (IE) but in no official language of NL (Dutch): check whether NL needs a text in Dutch.');
  });
});

describe('r100 D2: the reservations note gives VCLT Art. 20(2) where entry into force needs every signatory', () => {
  const art202 = /here the treaty enters into force only once every signatory has consented: if it appears from that limited number of negotiating States and the object and purpose of the treaty that its application in its entirety between all the parties is an essential condition of the consent of each one to be bound, a reservation requires acceptance by all the parties \(the same Convention, Art\. 20\(2\)\)/u;
  it('Arolsen 1993 (“The contracting Governments”, a closed class; `effect 30 days after last notification`)', () => {
    const [note] = messagesOf(real('arolsen-its-legal-status-1993'), 'missing-reservations-clause');
    assert.equal(note?.severity, 'info');
    assert.match(note.message, art202);
  });
  const draft = (effect: string, parties: string) => `treaty "Agreement on Things" {\n  status binding\n  consent by ratification\n  ${effect}\n}\n${parties}`;
  const named = 'party A "State A" { kind state }\nparty B "State B" { kind state }\nparty C "State C" { kind state }\n';
  const join = 'clause Join "Article 9" """\n  Any State may accede to this Agreement.\n"""\n';
  const three = named + join;
  it('a draft among named States, opened for signature, whose entry into force waits for every signatory gets it too', () => {
    assert.match(messagesOf(draft('effect 30 days after last ratification\n  opened for signature', named), 'missing-reservations-clause')[0]?.message ?? '', art202);
  });
  it('near miss: the same draft open to accession gives only the general regime (the Bonn Agreement 1983 likewise)', () => {
    const [note] = messagesOf(draft('effect 30 days after last ratification', three), 'missing-reservations-clause');
    assert.match(note?.message ?? '', /the general regime governs/u);
    assert.doesNotMatch(note.message, /Art\. 20\(2\)/u);
    assert.doesNotMatch(messagesOf(real('bonn-agreement-north-sea-pollution-1983'), 'missing-reservations-clause')[0]?.message ?? 'none', /Art\. 20\(2\)/u);
  });
  it('near misses: a count of consents, or an open class, gives only the general regime', () => {
    const [counted] = messagesOf(draft('effect 30 days after last ratification by 2 States', three), 'missing-reservations-clause');
    assert.match(counted?.message ?? '', /the general regime governs/u);
    assert.doesNotMatch(counted.message, /Art\. 20\(2\)/u);
    const open = 'party Members "The member States of the Council of Europe" { kind state class open }\n';
    const [note] = messagesOf(draft('effect 30 days after last ratification', open), 'missing-reservations-clause');
    assert.ok(note);
    assert.doesNotMatch(note.message, /Art\. 20\(2\)/u);
  });
});
