/**
 * The second quick-fix review's closing list (test/probes/fix-review-2/REPORT.md): fixes that
 * changed what a text means in law. Each case applies the review's fix through the core on the
 * real file it names and checks it is withheld or offered in a right form, with the near miss
 * where the fix must still be offered (a draft that lacks the content).
 */
import assert from 'node:assert/strict';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { findingsOf, fixesIn } from '../helpers/fix-review';

const libraryFixes = (path: string, code: string, line?: number) => fixesIn(path, code, line).filter((f) => f.title.startsWith(libraryFixTitlePrefix));
const titles = (text: string, code: string) => findingsOf(text, code).flatMap((d) => d.fixes).map((f) => f.title);

const bilateral = (article: string) =>
  `treaty "Agreement between the Kingdom of the Netherlands and the Kingdom of Sweden" {\n  status binding\n}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty SE "The Kingdom of Sweden" { kind state jurisdiction SE }\nbody Committee "Joint Committee" members NL, SE meets every 12 months\nclause Cooperation "Article 1" """\n  ${article}\n"""\n`;

describe('second quick-fix review, closing list', () => {
  describe('item 3: no funds condition on a treaty’s firm duties to act or provide', () => {
    it('withholds costs/treaty from the insider-trading Convention ("the greatest possible measure of mutual assistance") and keeps the finding', () => {
      assert.deepEqual(libraryFixes('test/real-instruments/coe-insider-trading-1989.entente', 'missing-costs', 178), []);
    });

    it('withholds it from the ACS Agreement ("shall make available", "shall promote") and keeps the finding', () => {
      assert.deepEqual(libraryFixes('test/real-instruments/acs-natural-disasters-1999.entente', 'missing-costs', 217), []);
    });

    it('reads a duty to provide in a draft too, an aside between the words included', () => {
      const costs = `${libraryFixTitlePrefix} "Costs" (costs/treaty)`;
      for (const duty of [
        'The Parties undertake, in accordance with the provisions of this Agreement, to provide each other with the greatest possible measure of mutual assistance.',
        'Each Party shall make available to the other Party the information on its vulnerable areas.',
        'The Parties shall promote joint actions for the management of natural disasters.',
      ]) {
        assert.equal(findingsOf(bilateral(duty), 'missing-costs').length, 1, duty);
        assert.deepEqual(titles(bilateral(duty), 'missing-costs'), [], duty);
      }
      // Near misses: cooperation the Parties may give, a meeting, a designation, a duty not to act.
      for (const loose of [
        'The Parties may cooperate in the field of civil protection. The Joint Committee shall meet once a year.',
        'The Parties may provide each other with assistance. Each Party shall designate a focal point.',
        'Neither Party shall provide the information to a third State.',
      ]) {
        assert.deepEqual(titles(bilateral(loose), 'missing-costs'), [costs], loose);
      }
    });

    it('still offers costs/mou where an MoU says what its Participants will provide (an intention, not a duty)', () => {
      const mou = `memorandum "Memorandum of Understanding" {\n  status non-binding\n}\nparticipant NL "The Ministry of Justice of the Netherlands"\nparticipant SE "The Ministry of Justice of Sweden"\nbody Committee "Joint Committee" members NL, SE meets every 12 months\nclause Cooperation "Paragraph 1" """\n  The Participants will provide each other with assistance.\n"""\n`;
      assert.deepEqual(titles(mou, 'missing-costs'), [`${libraryFixTitlePrefix} "Costs" (costs/mou)`]);
    });
  });
});
