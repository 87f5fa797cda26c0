/**
 * The fourth quick-fix review's closing list (test/probes/fix-review-4/REPORT.md): fixes offered on
 * the reviewer's drafts (`undatedDraftOf`) after the drafter has taken one offered fix, and fixes
 * whose wording or scope does not fit the instrument. Each case checks the fix is withheld (or
 * worded as the text words itself), with the near misses where the ordinary fix must stay.
 */
import assert from 'node:assert/strict';
import { afterEachFix, findingsOf, inserted, repoText, undatedDraftOf } from '../helpers/fix-review';

const draft = (name: string) => undatedDraftOf(repoText(`test/real-instruments/${name}.entente`));
/** Every fix of `code`'s findings: its title and the text it inserts. */
const offered = (text: string, code: string) => findingsOf(text, code).flatMap((d) => d.fixes.map((f) => `${f.title} :: ${inserted(f)}`));
/** The fixes that would give a term, an exit, ratification or notification: what item 1 withholds. */
const termExitOrProcedure = /duration indefinite|Duration and extension|termination with notice|Termination|consent by ratification|after last notification|internal procedures|written notifications|ratification/;
const finalOffers = (text: string) =>
  ['missing-duration', 'missing-termination', 'missing-consent-to-be-bound', 'missing-entry-into-force'].flatMap((code) => offered(text, code));

describe('fourth quick-fix review, closing list', () => {
  describe('items 1–2: the protection holds after the fixes the checker itself offers', () => {
    const ceasefire = draft('id-nl-cessation-of-hostilities-mou-1962');
    const aruba = draft('nl-us-aruba-forfeited-assets-1994');

    it('cease-fire 1962: after any one offered amendment, consent or entry-into-force fix, no term, exit, ratification or notification is offered', () => {
      const steps = ['missing-amendment', 'missing-consent-to-be-bound', 'missing-entry-into-force'].flatMap((code) => afterEachFix(ceasefire, code));
      assert.ok(steps.some((s) => /effect on signature/.test(s.title)), steps.map((s) => s.title).join(' | '));
      assert.ok(steps.some((s) => /amendment by written agreement/.test(s.title)), steps.map((s) => s.title).join(' | '));
      for (const step of steps) {
        assert.notEqual(step.text, ceasefire, step.title);
        const offers = finalOffers(step.text);
        assert.ok(!offers.some((f) => termExitOrProcedure.test(f)), `${step.title}: ${offers.join(' | ')}`);
      }
    });

    it('cease-fire 1962 after `effect on signature`: duration and termination still asked, with no fix, the message reading the dates', () => {
      const step = afterEachFix(ceasefire, 'missing-entry-into-force').find((s) => /effect on signature/.test(s.title));
      assert.ok(step);
      for (const code of ['missing-duration', 'missing-termination']) {
        const found = findingsOf(step.text, code);
        assert.equal(found.length, 1, code);
        assert.deepEqual(found[0].fixes, [], code);
        assert.match(found[0].message, /“18 August 1962” and “1 October 1962”/, code);
      }
    });

    it('cease-fire 1962 taken two steps (amendment, then effect on signature): still no term or exit', () => {
      const first = afterEachFix(ceasefire, 'missing-amendment').find((s) => /amendment by written agreement/.test(s.title));
      assert.ok(first);
      const second = afterEachFix(first.text, 'missing-entry-into-force').find((s) => /effect on signature/.test(s.title));
      assert.ok(second);
      assert.ok(!finalOffers(second.text).some((f) => termExitOrProcedure.test(f)), finalOffers(second.text).join(' | '));
    });

    it('Aruba 1994: after each offered amendment fix, no term and no exit', () => {
      const steps = afterEachFix(aruba, 'missing-amendment');
      assert.ok(steps.some((s) => /amendment by written agreement/.test(s.title)), steps.map((s) => s.title).join(' | '));
      for (const step of steps) {
        for (const code of ['missing-duration', 'missing-termination']) {
          const found = findingsOf(step.text, code);
          assert.equal(found.length, 1, `${step.title}: ${code}`);
          assert.deepEqual(found[0].fixes, [], `${step.title}: ${code}`);
          assert.match(found[0].message, /92,702\.40/, `${step.title}: ${code}`);
        }
      }
    });

    it('near misses: the same steps on drafts without the dates or para. 5 bring the ordinary fixes back', () => {
      const para1 = /1\.Cessation of hostilities[\s\S]*?Cease fire by both parties\./;
      const para7 = /and not later than 1 October\s+1962/;
      const undated = ceasefire.replace(para1, '1.Cessation of hostilities is to take place as soon as possible.').replace(para7, '');
      assert.notEqual(undated, ceasefire);
      const amended = afterEachFix(undated, 'missing-amendment').find((s) => /amendment by written agreement/.test(s.title));
      assert.ok(amended);
      assert.ok(offered(amended.text, 'missing-termination').some((f) => /termination with notice of 6 months/.test(f)));
      assert.ok(offered(amended.text, 'missing-entry-into-force').some((f) => /after last notification/.test(f)));
      const general = aruba.replace(/This Agreement pertains only to the transfer of the dollars/, 'This Agreement concerns, among other matters, the dollars');
      assert.notEqual(general, aruba);
      const step = afterEachFix(general, 'missing-amendment').find((s) => /amendment by written agreement/.test(s.title));
      assert.ok(step);
      assert.ok(offered(step.text, 'missing-duration').some((f) => /duration indefinite/.test(f)));
      assert.ok(offered(step.text, 'missing-termination').some((f) => /termination with notice of 6 months/.test(f)));
    });

    it('near miss: an ordinary draft (NL–Moldova Europol 2014) still gets its exit after the amendment fix', () => {
      // Its final formula stands inside the last article: taken out from "IN WITNESS", as make-drafts.mjs does.
      const moldova = draft('nl-md-europol-liaison-officers-2014').replace(/\s*IN WITNESS WHEREOF[\s\S]*?(?=\n""")/, '');
      const steps = afterEachFix(moldova, 'missing-amendment');
      assert.ok(steps.some((s) => /amendment by written agreement/.test(s.title)), steps.map((s) => s.title).join(' | '));
      for (const step of steps) assert.ok(offered(step.text, 'missing-termination').some((f) => /termination with notice of 6 months/.test(f)), step.title);
    });

    it('a duration of the draft’s own takes it out: the exit is then offered', () => {
      const indefinite = ceasefire.replace(/(\n\s*done\n)/, '$1  duration indefinite\n');
      assert.notEqual(indefinite, ceasefire);
      assert.ok(offered(indefinite, 'missing-termination').some((f) => /termination with notice of 6 months/.test(f)), offered(indefinite, 'missing-termination').join(' | '));
    });
  });
  describe('item 3: no general savings clause on UNCAC 2003, and the Union-law paragraph only where it fits', () => {
    const uncac = draft('un-convention-against-corruption-2003');
    const relation = (text: string) => findingsOf(text, 'missing-relation-to-other-obligations');
    const clauses = (text: string) => relation(text).flatMap((d) => d.fixes.map(inserted));

    it('UNCAC draft: the finding stays, with no fix, saying the text settles its relation where it chooses (Art. 46(6)–(7))', () => {
      assert.doesNotMatch(uncac, /^\s*opened for signature on \d/m, "the reviewer’s draft: no date of opening for signature");
      const found = relation(uncac);
      assert.equal(found.length, 1);
      assert.deepEqual(found[0].fixes, []);
      assert.match(found[0].message, /No clause is offered: the text settles its relation to other treaties where it chooses/);
    });

    const bilateral = (extra: string) =>
      `treaty "Agreement" {\n  status binding\n}\nparty NL "the Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty UA "Ukraine" { kind state jurisdiction UA }\n${extra}`;

    it('near miss: a draft with a named Member State keeps the clause with its Union-law paragraph', () => {
      const inserts = clauses(bilateral(''));
      assert.equal(inserts.length, 1, inserts.join(' | '));
      assert.match(inserts[0], /without prejudice to the rights and obligations of the Parties under other international agreements/);
      assert.match(inserts[0], /Member State of the European Union shall apply this Agreement in accordance with its obligations under Union law/);
    });

    it('a text also open to all States gets the savings sentence without the Union-law paragraph', () => {
      const inserts = clauses(bilateral('party Others "All States" {\n  kind state\n  class open\n}\n'));
      assert.equal(inserts.length, 1, inserts.join(' | '));
      assert.match(inserts[0], /without prejudice to the rights and obligations of the Parties under other international agreements/);
      assert.doesNotMatch(inserts[0], /Union law|Member State/);
    });

    it('a draft whose own words settle its relation to mutual legal assistance treaties gets no clause', () => {
      const text = bilateral('channel Requests between NL, UA { carries personal-data }\nassistance {\n  basis mutual-legal-assistance\n  under "any other treaty that governs mutual legal assistance"\n}\n');
      assert.equal(relation(text).length, 1);
      assert.deepEqual(relation(text)[0].fixes, []);
    });

    it('near miss: an ordinary real draft (NL–Moldova 2014) keeps its relation clause with the Union-law paragraph', () => {
      const moldova = draft('nl-md-europol-liaison-officers-2014').replace(/\s*IN WITNESS WHEREOF[\s\S]*?(?=\n""")/, '');
      const inserts = clauses(moldova);
      assert.ok(inserts.some((t) => /other international agreements[\s\S]*Union law/.test(t)), inserts.join(' | '));
    });
  });
  describe('item 4: the inserted clause speaks of the instrument and its signatories as the text does', () => {
    const statusClauses = (text: string) => findingsOf(text, 'missing-non-binding-statement').flatMap((d) => d.fixes.map(inserted)).filter((t) => /records the intentions/.test(t));

    it('GG–NL 2008 (its text says "Parties", never "Participants"): the status and discontinuation clauses say "Parties"', () => {
      const ggnl = draft('gg-nl-tax-cooperation-mou-2008');
      const status = statusClauses(ggnl);
      assert.equal(status.length, 1, status.join(' | '));
      assert.match(status[0], /This Memorandum records the intentions of the Parties\. It is not intended to be legally binding/);
      const exit = findingsOf(ggnl, 'missing-discontinuation').flatMap((d) => d.fixes.map(inserted)).filter((t) => /may discontinue/.test(t));
      assert.ok(exit.length > 0);
      for (const t of exit) {
        assert.match(t, /Either Party may discontinue this Memorandum/);
        assert.doesNotMatch(t, /Participant/);
      }
    });

    it('Brawijaya–Wageningen 1979 unsigned (it calls itself "This Letter of Intent"): not "This Memorandum"', () => {
      const brawijaya = repoText('test/real-instruments/id-nl-brawijaya-wageningen-letter-of-intent-1979.entente').replace(/^\s*signed on unstated[^\n]*\n/m, '');
      const status = statusClauses(brawijaya);
      assert.equal(status.length, 1, status.join(' | '));
      assert.match(status[0], /^\s*This Letter of Intent records the intentions of the Participants\. It is not intended to be legally binding/m);
    });

    it('near miss: DE–NL 2015 (it says "Participants" and "This Memorandum") keeps the library words', () => {
      const status = statusClauses(draft('de-nl-tax-rulings-exchange-mou-2015'));
      assert.equal(status.length, 1, status.join(' | '));
      assert.match(status[0], /This Memorandum records the intentions of the Participants\./);
    });
  });
});
