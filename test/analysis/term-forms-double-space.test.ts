/**
 * A defined term typed with two spaces in a row and a lower-case word after them ("Sending  party",
 * as a keystroke leaves it mid-edit) has an empty word between the spaces: its Title Case form
 * (model/term-forms.ts) took that word's first letter, which threw, and no diagnostic of the
 * document went out. Found by the term-use and body-costs reuse property (seed 48).
 */
import assert from 'node:assert/strict';
import { fresh } from '../helpers/follow-edits';

describe('a defined term with two spaces in a row', () => {
  for (const term of ['Sending  party', 'Sending party  of origin', 'Sending party ']) {
    it(`analyses the document defining "${term}"`, () => {
      const text = `memorandum "M" {\n  status non-binding\n}\nparticipant EE "Estonia"\nparticipant FI "Finland"\ndefine "${term}" means "x"\nclause A """\n  Each Participant will act.\n"""\n`;
      const codes = fresh(text).map((d) => d.code);
      assert.ok(!codes.includes('internal-error'), codes.join(', '));
      // Still read as a definition nothing uses.
      assert.ok(codes.includes('unused-term'), codes.join(', '));
    });
  }
});
