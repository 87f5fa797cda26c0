/**
 * rf105, r106 D1 (hundred-and-sixth run, defect 1): treaty-amendment-by-decision was a warning under
 * treaty-review and strict on `amendment by exchange of diplomatic notes` in the Netherlands–India
 * Technical Cooperation Agreement 1983, whose Art. 8 says the amendment "shall take effect on the
 * date on which the two Governments have notified each other in writing that the required
 * procedures have been fulfilled" (BWBV0002676): each Party's own act, the one by which the
 * Agreement itself comes into force. The rule now reads that act in the header's words and in the
 * clause tagged `about amendment`; notes with no such words keep the finding (near misses).
 */
import assert from 'node:assert/strict';
import type { EntenteDiagnostic } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const india = repoText('test/real-instruments/nl-in-technical-cooperation-1983.entente');
const art8Amendment =
  'This Agreement may be amended by an exchange of diplomatic notes between the two Governments and shall take effect on the date on which the two Governments have notified each other in writing that the required procedures have been fulfilled.';
const byNotes = (all: readonly EntenteDiagnostic[]) => all.filter((d) => d.code === 'treaty-amendment-by-decision');
const under = (text: string, profile: 'default' | 'treaty-review' | 'strict') => byNotes(diagnose(text, { settings: { profile } }));

/** A draft treaty consenting by ratification, amended by `procedure`, with an amendment clause in `words`. */
const draft = (procedure: string, words: string) =>
  `treaty "Agreement on technical cooperation" {\n  status binding\n  consent by ratification\n  effect after last ratification\n  amendment by ${procedure}\n}\nparty NL "The Government of the Kingdom of the Netherlands" { kind government jurisdiction NL }\nparty IN "The Government of the Republic of India" { kind government jurisdiction IN }\nclause Amend "Article 8" about amendment """\n  ${words}\n"""\n`;

describe('rf105 (r106 D1): an amendment by notes that waits for each Party’s required procedures', () => {
  it('NL–India 1983 as transcribed (Art. 8) raises nothing under any profile', () => {
    for (const profile of ['default', 'treaty-review', 'strict'] as const) assert.deepEqual(under(india, profile), [], profile);
  });

  it('near miss: the same Agreement with Art. 8’s amendment sentence cut to the notes alone keeps the warning under treaty-review', () => {
    const bare = replaced(india, art8Amendment, 'This Agreement may be amended by an exchange of diplomatic notes between the two Governments.');
    const [d, ...rest] = under(bare, 'treaty-review');
    assert.deepEqual(rest, []);
    assert.equal(d?.severity, 'warning');
    assert.match(d.message, /the amendment procedure the header states \(exchange of diplomatic notes\) would amend it without such an act/u);
  });

  it('the header’s own words clear it: after required or constitutional procedures (the reviewer’s probes)', () => {
    const bare = replaced(india, art8Amendment, 'This Agreement may be amended by an exchange of diplomatic notes between the two Governments.');
    for (const words of ['exchange of diplomatic notes after notification of required procedures', 'exchange of diplomatic notes after constitutional procedures']) {
      assert.deepEqual(under(replaced(bare, 'amendment by exchange of diplomatic notes\n', `amendment by ${words}\n`), 'treaty-review'), [], words);
    }
  });

  it('NL–Bhutan 1994 Art. VII(5): the act in the next sentence ("Amendments shall take effect …") counts', () => {
    const words = 'This Agreement may be amended by an exchange of diplomatic notes between the two Governments. Amendments shall take effect on the date on which the two Governments have given each other written notification that the legally required procedures have been fulfilled.';
    assert.deepEqual(byNotes(diagnose(draft('exchange of diplomatic notes', words))), []);
  });

  it('near misses: notes with no act, an act for another track only, or an act in a sentence about something else keep the note', () => {
    for (const words of [
      'This Agreement may be amended by an exchange of diplomatic notes between the two Governments.',
      // The Annexes by decision, without the act, beside the Articles by notes with it.
      'The Articles of this Agreement may be amended by an exchange of diplomatic notes which shall take effect when the two Governments have notified each other that their constitutional requirements have been fulfilled. The Annexes may be amended by decision of the Joint Committee.',
      // The act is the entry into force's, not the amendment's.
      'This Agreement shall come into force on the date on which the two Governments have notified each other in writing that the required procedures have been fulfilled. This Agreement may be amended by an exchange of diplomatic notes between the two Governments.',
      // A sentence on other amendments does not carry the notes' sentence on.
      'This Agreement may be amended by an exchange of diplomatic notes. Amendments to the Annex shall enter into force on the completion of internal procedures.',
    ]) {
      const procedure = /decision/u.test(words) ? 'exchange of diplomatic notes, and for the Annexes by decision of the Joint Committee' : 'exchange of diplomatic notes';
      const found = byNotes(diagnose(draft(procedure, words)));
      assert.equal(found.length, 1, words);
    }
  });
});
