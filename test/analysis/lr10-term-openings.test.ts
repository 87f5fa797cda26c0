/**
 * Treaty lawyer lr10, defect 5.
 *
 * (a) term-used-in-lower-case stays silent on a term whose definition opens a list item, whatever
 * quotation marks the source prints: the London Protocol 1996 writes "9.‘‘Permit’’ means
 * permission granted in advance …" (Art. 1(9); read: BWBV0003139) in doubled turned commas, and
 * the ACS Agreement on natural disasters 1999 writes "4. Mitigation: an action aimed at …" with no
 * marks at all. A term after a comma keeps the note (near misses); a capitalised word before a
 * colon opens an item only after a list marker.
 *
 * (b) "DONE AT LONDON, this seventh day of November, 1996" dates the adoption: Art. 24(1) opens the
 * Protocol for signature "from 1 April 1997 to 31 March 1998", as the header's `opened for
 * signature` line says. A message names that date as the date of adoption, never as the signature
 * date; a text done and opened for signature on the same day keeps "the signature date".
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';
import { itemOpenings } from '../../server/src/language/rules/support/term-item-openings';

const london = repoText('test/real-instruments/imo-london-dumping-protocol-1996.entente');
const acs = repoText('test/real-instruments/acs-natural-disasters-1999.entente');
const lowerCase = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'term-used-in-lower-case').map((d) => d.message ?? '');
const draft = (definition: string, body: string) =>
  `memorandum "Draft" {\n  status non-binding\n}\ndefine "Incident" means "an event that compromises a network"\ndefine "Permit" means "permission granted in advance"\nclause Definitions """\n  ${definition}\n"""\nclause Notice """\n  ${body}\n"""\n`;
const uses = 'Each Participant will report each incident promptly and will not act without a permit.';

describe('lr10, defect 5: term-used-in-lower-case and the date of adoption', () => {
  for (const profile of [undefined, 'strict', 'treaty-review']) {
    it(`(a) London 1996 ‘‘Permit’’ opening item 9 (${profile ?? 'default'}): no note`, () => {
      assert.deepEqual(lowerCase(london, profile).filter((m) => m.startsWith('"Permit"')), []);
    });
  }

  it('(a) London 1996 with “Permit” in double turned commas (probe lp-q): no note', () => {
    const text = replaced(london, '  9. ‘‘Permit’’ means', '  9. “Permit” means');
    assert.deepEqual(lowerCase(text).filter((m) => m.startsWith('"Permit"')), []);
  });

  it('(a) ACS 1999 "4. Mitigation:", "5. Preparation:", "8. Vulnerability:": no note', () => {
    assert.deepEqual(lowerCase(acs, 'strict').filter((m) => /^"(?:Mitigation|Preparation|Vulnerability)"/u.test(m)), []);
  });

  for (const [open, close] of [['‘‘', '’’'], ["''", "''"], ['„', '“'], ['«', '»'], ["'", "'"]]) {
    it(`(a) a draft's item "1. ${open}Incident${close} means …": no note; after a comma: noted`, () => {
      assert.deepEqual(lowerCase(draft(`1. ${open}Incident${close} means an event that compromises a network.`, uses)).filter((m) => m.startsWith('"Incident"')), []);
      const afterComma = lowerCase(draft(`For the purposes of this Memorandum, ${open}Incident${close} means an event that compromises a network.`, uses));
      assert.equal(afterComma.filter((m) => m.startsWith('"Incident"')).length, 1);
    });
  }

  it('(a) an unquoted term before a colon opens an item only after a list marker', () => {
    assert.deepEqual(itemOpenings('definitions: 4. Mitigation: an action aimed at reducing the impact'), ['Mitigation']);
    assert.deepEqual(itemOpenings('(b) Disaster response: the activities carried out'), ['Disaster response']);
    // Near misses: running prose, a sentence's end, a word that ends in a point.
    assert.deepEqual(itemOpenings('The Participants agree on one more term. Incident: an event that compromises a network.'), []);
    assert.deepEqual(itemOpenings('It reads as follows, Incident: an event.'), []);
  });

  it('(b) London 1996, done 1996-11-07 and opened for signature 1997-04-01: "adopted on", never "the signature date"', () => {
    const found = diagnose(london).map((d) => d.message ?? '');
    assert.ok(found.some((m) => m.includes('The text is concluded (it was adopted on 1996-11-07)')));
    assert.ok(!found.some((m) => /signature date is 1996-11-07|signed on 1996-11-07/u.test(m)));
  });

  it('(b) near miss: done and opened for signature the same day keeps the signature date', () => {
    const text = replaced(london, 'opened for signature at "London" on 1997-04-01', 'opened for signature at "London" on 1996-11-07');
    const found = diagnose(text).map((d) => d.message ?? '');
    assert.ok(found.some((m) => m.includes('The text is concluded (the signature date is 1996-11-07)')));
    assert.ok(!found.some((m) => m.includes('adopted on 1996-11-07')));
  });
});
