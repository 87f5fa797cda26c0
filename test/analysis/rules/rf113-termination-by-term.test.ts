/**
 * Hundred-and-fourteenth real-instrument run, defect 3 (test/real-instruments/HUNDRED-AND-FOURTEENTH-RUN.md):
 * the NL–Ethiopia technical cooperation Agreement 1993 (read: BWBV0001078) without its `duration` header
 * statement, Art. VI still tagged `duration` and saying "This Agreement shall remain in force for an
 * initial period of two (2) years. If neither Government declares its intention to the contrary three
 * months before it expires, the Agreement shall each time be tacitly renewed for a further period of two
 * years", drew `missing-termination` at warning with the message that the treaty "is not subject to
 * denunciation or withdrawal" (VCLT Art. 56). Art. 56(1) governs only "A treaty which contains no
 * provision regarding its termination" (read: BWBV0003441); a term is one, the treaty ending under
 * Art. 54(a). Now: a note under every profile that quotes the term and the notice, declares nothing
 * missing in law and asks for the header statement (rules/support/term-in-words.ts).
 *
 * Near misses: a clause tagged `duration` whose words give an indefinite life only, and a treaty with no
 * clause on its duration at all, keep the warning and the Art. 56 message.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';
import { repoText } from '../../helpers/fix-review';
import { replaced } from '../../helpers/replaced-once';

const ethiopia = repoText('test/real-instruments/nl-et-technical-cooperation-1993.entente');
/** The run's probe p4. */
const probe = replaced(ethiopia, '  duration 2 years renewable tacitly for 2 years unless notice of 3 months\n', '');
const termWords = 'This Agreement shall remain in force for an initial period of two (2) years. If neither Government declares its intention to the contrary three months before it expires, the Agreement shall each time be tacitly renewed for a further period of two years.';

const profiles = [undefined, 'treaty-review', 'strict', 'mou-review'] as const;
const termination = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'missing-termination');

describe('r114 D3: missing-termination on a treaty whose clause on duration sets a term', () => {
  it('the committed transcription (with its header statement) draws nothing', () => {
    assert.deepEqual(termination(ethiopia), []);
  });

  for (const profile of profiles) {
    it(`the probe under ${profile ?? 'default'}: a note that quotes the term and the notice and declares nothing missing`, () => {
      const found = termination(probe, profile);
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'info');
      assert.match(found[0].message, /Article VI sets the treaty's term \("This Agreement shall remain in force for an initial period of two \(2\) years"\)/);
      assert.match(found[0].message, /"If neither Government declares its intention to the contrary three months before it expires"/);
      assert.match(found[0].message, /Nothing is missing in law/);
      assert.doesNotMatch(found[0].message, /is not subject to denunciation/);
      assert.match(found[0].message, /The text is concluded \(the signature date is 1993-03-01\): nothing in the text is to be changed\.$/);
    });
  }

  it('the probe with Art. VI(2) untagged and the words only: the same note', () => {
    const untagged = replaced(probe, 'about provisional-application, entry-into-force, duration, survival,', 'about provisional-application, entry-into-force, survival,');
    const found = termination(untagged, 'strict');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, /sets the treaty's term/);
  });

  it('a clause tagged duration whose words the checker does not read: a conditional note', () => {
    const found = termination(replaced(probe, termWords, 'Each term of this Agreement is two years, and either Government may decline a further term on three months\' notice.'), 'strict');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, /Article VI is on the treaty's duration: if it sets a term/);
    assert.match(found[0].message, /Only if it says no more than that the treaty lasts indefinitely/);
  });

  describe('near misses: the Art. 56 finding stays a warning', () => {
    it('a clause on duration whose words give an indefinite life only', () => {
      const found = termination(replaced(probe, termWords, 'This Agreement shall remain in force for an indefinite period.'));
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'warning');
      assert.match(found[0].message, /not subject to denunciation or withdrawal/);
    });

    it('no clause on duration at all', () => {
      const text = replaced(replaced(probe, 'about provisional-application, entry-into-force, duration, survival,', 'about provisional-application, entry-into-force, survival,'), termWords, 'The Governments shall consult each other on the projects every year.');
      const found = termination(text);
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'warning');
      assert.match(found[0].message, /not subject to denunciation or withdrawal/);
    });
  });
});

/**
 * Treaty lawyer lr30, D1 and D5: a term after which the treaty goes on with no end is no provision on
 * its termination, and the note "Nothing is missing in law" was false there. D1: the words that
 * continue it ("… and shall thereafter continue in force for an indefinite period", "Thereafter it shall
 * remain in force indefinitely", NL–Egypt 1975 Art. VII(2)'s extension without its reserved right) are
 * read in the whole clause, not only in the words that set the term; a notice quoted from the clause
 * ends on a whole word. D5: `duration 10 years renewable for indefinite period` with no exit — once
 * extended, the treaty has no end — keeps `missing-termination` (and `missing-discontinuation` for an MoU).
 */
describe('lr30 D1, D5: a term followed by an indefinite life is no end', () => {
  for (const words of [
    'This Agreement shall remain in force for a period of five years and shall thereafter continue in force for an indefinite period.',
    'This Agreement shall remain in force for a period of five years. Thereafter it shall remain in force indefinitely.',
    'This Agreement shall remain in force for a period of five years and shall continue in force thereafter.',
    'This Agreement shall remain in force for a period of five years. It shall be extended for an indefinite period unless either Contracting Party gives notice of its intention not to extend it at least six months before the expiry of that period.',
  ]) {
    it(words, () => {
      const found = termination(replaced(probe, termWords, words), 'strict');
      assert.equal(found.length, 1);
      // Signed (1993): a warning, as for any treaty silent on its end; never the note.
      assert.notEqual(found[0].severity, 'info');
      assert.doesNotMatch(found[0].message, /Nothing is missing in law/);
    });
  }
  it('near miss: a term continued from year to year unless a Party gives notice ends on that notice: the note, its quotation cut at a whole word', () => {
    const notice = 'unless either Government gives notice to the contrary in writing through diplomatic channels at least six months before the end of any such year';
    const found = termination(replaced(probe, termWords, `This Agreement shall remain in force for a period of five years and shall thereafter continue in force from year to year ${notice}.`), 'strict');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, /Nothing is missing in law/);
    const quoted = /\("(unless either Government gives notice[^"]*)"/u.exec(found[0].message)?.[1] ?? '';
    assert.ok(quoted.length > 40 && notice.startsWith(quoted) && /^[\s,.]|^$/u.test(notice.slice(quoted.length)), quoted);
  });
  const header = (duration: string, kind: 'treaty' | 'memorandum') =>
    `${kind} "Agreement on cyber cooperation" {\n  ${kind === 'treaty' ? 'status binding\n  consent by signature\n  ' : 'status non-binding\n  '}effect on signature\n  ${duration}\n  amendment by written ${kind === 'treaty' ? 'agreement' : 'decision'}\n}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty EE "The Republic of Estonia" { kind state jurisdiction EE }\n`;
  it('D5: `renewable for indefinite period` without an exit keeps missing-termination (treaty) and missing-discontinuation (MoU)', () => {
    assert.equal(diagnose(header('duration 10 years renewable for indefinite period', 'treaty')).filter((d) => d.code === 'missing-termination').length, 1);
    assert.equal(diagnose(header('duration 10 years renewable for indefinite period', 'memorandum')).filter((d) => d.code === 'missing-discontinuation').length, 1);
  });
  it('D5 near miss: `renewable for 5 years` (a new decision for each term) ends with its term', () => {
    assert.deepEqual(diagnose(header('duration 10 years renewable for 5 years', 'treaty')).filter((d) => d.code === 'missing-termination'), []);
  });
});
