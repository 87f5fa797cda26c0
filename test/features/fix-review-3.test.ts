/**
 * The third quick-fix review's closing list (test/probes/fix-review-3/REPORT.md): fixes offered on
 * drafts of the real instruments that changed what the text means in law. The drafts are the
 * reviewer's: each real text with its conclusion taken out (`undatedDraftOf`, as
 * test/probes/fix-review-3/make-drafts.mjs made them), so that legal fixes are offered at all.
 * Each case checks the finding stays and the fix is withheld, with the near miss where the fix
 * must still be offered.
 */
import assert from 'node:assert/strict';
import { findingsOf, inserted, repoText, undatedDraftOf } from '../helpers/fix-review';

const draft = (name: string) => undatedDraftOf(repoText(`test/real-instruments/${name}.entente`));
/** Every fix of `code`'s findings: its title and the text it inserts. */
const offered = (text: string, code: string) => findingsOf(text, code).flatMap((d) => d.fixes.map((f) => `${f.title} :: ${inserted(f)}`));
const only = (text: string, code: string) => {
  const found = findingsOf(text, code);
  assert.equal(found.length, 1, `${code}: one finding`);
  return found[0];
};

describe('third quick-fix review, closing list', () => {
  describe('item 1: no ratification, notification, term or exit on a draft performed by dated acts (ID–NL cease-fire 1962)', () => {
    const ceasefire = draft('id-nl-cessation-of-hostilities-mou-1962');

    it('the reviewer’s draft has no date of signature and no final formula', () => {
      assert.doesNotMatch(ceasefire, /done on|clause FinalFormula/);
    });

    it('asks for entry into force and consent, offering signature only', () => {
      const effect = offered(ceasefire, 'missing-entry-into-force');
      assert.ok(effect.some((f) => /effect on signature/.test(f)), effect.join(' | '));
      assert.ok(!effect.some((f) => /notification|internal procedures|ratification/.test(f)), effect.join(' | '));
      assert.match(only(ceasefire, 'missing-entry-into-force').message, /“18 August 1962” and “1 October 1962”.*Art\. 24\(1\)/);
      const consent = offered(ceasefire, 'missing-consent-to-be-bound');
      assert.ok(consent.some((f) => /consent by signature/.test(f)), consent.join(' | '));
      assert.ok(!consent.some((f) => /ratification|notification|internal procedures/.test(f)), consent.join(' | '));
    });

    it('asks for duration and termination with no term and no exit offered', () => {
      assert.deepEqual(only(ceasefire, 'missing-duration').fixes, []);
      assert.match(only(ceasefire, 'missing-duration').message, /until performed or superseded/);
      assert.deepEqual(only(ceasefire, 'missing-termination').fixes, []);
      assert.match(only(ceasefire, 'missing-termination').message, /VCLT Art\. 56\(1\)/);
    });

    it('near misses: an undated draft whose dates are cited, more than a year apart, or absent keeps the ordinary fixes', () => {
      const para1 = /1\.Cessation of hostilities[\s\S]*?Cease fire by both parties\./;
      const para7 = /and not later than 1 October\s+1962/;
      for (const [why, text] of [
        ['a date cited: the Agreement of 15 August 1955', ceasefire.replace(para7, 'and in accordance with the Agreement of 15 August 1955')],
        ['a deadline more than a year after the first date', ceasefire.replace(para7, 'and not later than 1 October 1964')],
        ['no date', ceasefire.replace(para1, '1.Cessation of hostilities is to take place as soon as possible.').replace(para7, '')],
      ] as const) {
        assert.ok(offered(text, 'missing-termination').some((f) => /termination with notice of 6 months/.test(f)), why);
        assert.ok(offered(text, 'missing-duration').some((f) => /duration indefinite/.test(f)), why);
        assert.ok(offered(text, 'missing-consent-to-be-bound').some((f) => /consent by ratification/.test(f)), why);
        assert.ok(offered(text, 'missing-entry-into-force').some((f) => /after last notification/.test(f)), why);
      }
    });
  });

  describe('item 2: no consent-based use clause beside a regime stated by reference (NL–OPCW facility agreement 1998)', () => {
    const opcw = draft('nl-opcw-facility-agreement-1998');
    /** The draft with Section 3's words replaced and Attachment 3's "according to the OPCW policy on confidentiality" (in the channel's legend too) taken out. */
    const withSection3 = (words: string) =>
      opcw
        .replace(/The specific arrangements for implementing the relevant provisions of the\s+Convention and the\s+OPCW Policy on Confidentiality in relation to the protection of confidential\s+information at the\s+facility are contained in Attachment 3 to this Agreement\./, words)
        .replace(/giving the level of protection according to the OPCW\s+policy on confidentiality \(R\/P\/H\)\./g, 'giving the level of protection (R/P/H).');

    it('keeps the finding on the channel, names the regime by reference and offers no clause', () => {
      const finding = only(opcw, 'missing-purpose-limitation');
      assert.deepEqual(finding.fixes, []);
      assert.match(finding.message, /under another instrument's rules, by reference \(clause Section3\)/);
    });

    it('near misses: a text with no regime, its own national law or this Agreement as the rule still gets the clause', () => {
      for (const words of [
        'Each Party shall protect the confidential information it receives.',
        'Each Party shall protect the confidentiality of the information it receives in accordance with its national law.',
        'The protection of confidential information at the facility shall be in accordance with this Agreement.',
      ]) {
        const text = withSection3(words);
        assert.ok(!/OPCW Policy on Confidentiality in relation|according to the OPCW\s+policy/.test(text), 'the references were replaced');
        assert.ok(offered(text, 'missing-purpose-limitation').some((f) => /purpose-limitation\/treaty/.test(f)), words);
      }
    });

    it('a regime by reference in other words withholds it too', () => {
      const text = withSection3('Confidential information provided to the inspection team shall be protected in accordance with the Confidentiality Annex of the Convention.');
      assert.deepEqual(only(text, 'missing-purpose-limitation').fixes, []);
    });
  });

  describe('item 3: no term or exit on a draft whose object is one performance (NL(Aruba)–US 1994)', () => {
    const aruba = draft('nl-us-aruba-forfeited-assets-1994');

    it('asks for duration and termination with no fix, quoting para. 5 whole', () => {
      for (const code of ['missing-duration', 'missing-termination']) {
        const finding = only(aruba, code);
        assert.deepEqual(finding.fixes, [], code);
        assert.match(finding.message, /pertains only to the transfer of the dollars 92,702\.40 referenced in paragraph 1 above/, code);
      }
    });

    it('keeps the amendment fix (VCLT Art. 39)', () => {
      assert.ok(offered(aruba, 'missing-amendment').some((f) => /amendment by written agreement/.test(f)));
    });

    it('near miss: without para. 5’s words the draft is offered a term and an exit', () => {
      const text = aruba.replace(/This Agreement pertains only to the transfer of the dollars/, 'This Agreement concerns, among other matters, the dollars');
      assert.notEqual(text, aruba);
      assert.ok(offered(text, 'missing-duration').some((f) => /duration indefinite/.test(f)));
      assert.ok(offered(text, 'missing-termination').some((f) => /termination with notice of 6 months/.test(f)));
    });
  });
});
