/**
 * Treaty lawyer lr11, defect 7: term-used-in-lower-case stays silent on an unquoted term that opens
 * a list item before "means": London Protocol 1996, Art. 1(9), transcribed without its quotation
 * marks as "9. Permit means permission granted in advance …" (read: BWBV0003139). The note's own
 * words exempt this case ("where the capital only opens the entry of the definitions list").
 * Near misses: a capitalised word opening an item that is not followed by "means"/"shall mean"/":"
 * still counts as the drafter's capital; so does a term after a comma in running prose.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';
import { itemOpenings } from '../../server/src/language/rules/support/term-item-openings';

const london = repoText('test/real-instruments/imo-london-dumping-protocol-1996.entente');
const lowerCase = (text: string) => diagnose(text).filter((d) => d.code === 'term-used-in-lower-case').map((d) => d.message ?? '');
const draft = (definition: string) =>
  `memorandum "Draft" {\n  status non-binding\n}\ndefine "Incident" means "an event that compromises a network"\nclause Definitions """\n  ${definition}\n"""\nclause Notice """\n  Each Participant will report each incident promptly.\n"""\n`;

describe('lr11, defect 7: an unquoted term opening a list item before "means"', () => {
  it('London 1996 "9. Permit means …" unquoted (probe lpq5): no note', () => {
    const text = replaced(london, '  9. ‘‘Permit’’ means', '  9. Permit means');
    assert.deepEqual(lowerCase(text).filter((m) => m.startsWith('"Permit"')), []);
  });

  it('a draft: "1. Incident means" and "(a) Incident shall mean": no note', () => {
    for (const def of ['1. Incident means an event that compromises a network.', '(a) Incident shall mean an event that compromises a network.']) {
      assert.deepEqual(lowerCase(draft(def)).filter((m) => m.startsWith('"Incident"')), [], def);
    }
    assert.deepEqual(itemOpenings('1. Cross-Border Incident means an incident that affects'), ['Cross-Border Incident']);
  });

  it('near misses: an item\'s first word before no "means" still counts as the capital; running prose and a comma keep the note', () => {
    // The item's capitalised first word defines nothing: it is a use of the term with its capital, so no note.
    assert.deepEqual(lowerCase(draft('1. Incident reports shall be kept for five years.')).filter((m) => m.startsWith('"Incident"')), []);
    for (const def of [
      'The Participants agree that Incident means an event that compromises a network.',
      'For the purposes of this Memorandum, Incident means an event that compromises a network.',
    ]) {
      assert.equal(lowerCase(draft(def)).filter((m) => m.startsWith('"Incident"')).length, 1, def);
    }
    assert.deepEqual(itemOpenings('1. Incident reports shall be kept for five years.'), []);
  });
});
