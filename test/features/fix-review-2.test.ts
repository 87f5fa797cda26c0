/**
 * The second quick-fix review's closing list (test/probes/fix-review-2/REPORT.md): fixes that
 * changed what a text means in law. Each case applies the review's fix through the core on the
 * real file it names and checks it is withheld or offered in a right form, with the near miss
 * where the fix must still be offered (a draft that lacks the content).
 */
import assert from 'node:assert/strict';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { draftOf, findingsOf, fixesIn, inserted, repoText } from '../helpers/fix-review';
import { applyCodeFix } from '../helpers/edits';

const libraryFixes = (path: string, code: string, line?: number) => fixesIn(path, code, line).filter((f) => f.title.startsWith(libraryFixTitlePrefix));
const titles = (text: string, code: string) => findingsOf(text, code).flatMap((d) => d.fixes).map((f) => f.title);

const bilateral = (article: string) =>
  `treaty "Agreement between the Kingdom of the Netherlands and the Kingdom of Sweden" {\n  status binding\n}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty SE "The Kingdom of Sweden" { kind state jurisdiction SE }\nbody Committee "Joint Committee" members NL, SE meets every 12 months\nclause Cooperation "Article 1" """\n  ${article}\n"""\n`;

describe('second quick-fix review, closing list', () => {
  describe('item 1 (and 5): a superseded copy is never replaced by blanks, a generic citation or a dropped prevailing text', () => {
    // Replacing a copy changes the words of the text: a legal fix, offered on the text read as a
    // draft (the probes transcribe signed texts, which are offered mechanical fixes only).
    const superseded = (path: string, line: number, text = draftOf(repoText(path))) => {
      const [finding] = findingsOf(text, 'library-clause-superseded', line);
      assert.ok(finding, `${path}:${line}: the copy is still reported`);
      return finding;
    };

    it('carries the negotiated 1984 NL–SE markings into the new table, and offers no reference that would leave them blank', () => {
      const path = 'test/probes/eighteenth/nlse-1984-classification-equivalence-quickfix.entente';
      const finding = superseded(path, 56);
      assert.deepEqual(finding.fixes.map((f) => f.title), ['Replace the outdated copy with the approved text, keeping the values it fills in']);
      assert.match(finding.message, /with the values this copy fills in \("ZEER GEHEIM", "HEMLIG AV SYNNERLIG BETYDELSE", "GEHEIM" …\): written out, not by reference/);
      const text = inserted(finding.fixes[0]);
      assert.match(text, /\| TOP SECRET \| ZEER GEHEIM \| HEMLIG AV SYNNERLIG BETYDELSE \|/);
      assert.match(text, /\| SECRET \| GEHEIM \| HEMLIG \|/);
      assert.match(text, /\| CONFIDENTIAL \| CONFIDENTIEEL \| no equivalent \(protected as HEMLIG\) \|/);
      assert.match(text, /\| RESTRICTED \| DIENSTGEHEIM \| no equivalent \(protected as HEMLIG\) \|/);
      assert.doesNotMatch(text, /\[(?:TOP SECRET|SECRET|CONFIDENTIAL|RESTRICTED)\]/);
      const fixed = applyCodeFix(draftOf(repoText(path)), finding.fixes[0]);
      assert.deepEqual(findingsOf(fixed, 'library-clause-superseded', 56), []);
      assert.deepEqual(findingsOf(fixed, 'library-clause-edited', 56), [], 'the new copy is the approved text with its values filled');
    });

    it('offers no replacement on the signed 1984 text itself, and says why', () => {
      const finding = superseded('test/probes/eighteenth/nlse-1984-classification-equivalence-quickfix.entente', 56, repoText('test/probes/eighteenth/nlse-1984-classification-equivalence-quickfix.entente'));
      assert.deepEqual(finding.fixes, []);
      assert.match(finding.message, /The text is concluded \(the signature date is 1984-10-29\): no fix that changes it is offered; the point is for an amending instrument or the next draft\.$/);
    });

    it('keeps the MoU’s citation of Article 7 of the 1984 Agreement', () => {
      const path = 'test/probes/eighteenth/nlse-1984-mou-implementing-equivalence.entente';
      const finding = superseded(path, 47);
      assert.deepEqual(finding.fixes.map((f) => f.title), ['Replace the outdated copy with the approved text, keeping the values it fills in']);
      const text = inserted(finding.fixes[0]);
      assert.match(text, /In implementation of Article 7 of the Agreement between the Kingdom of the Netherlands and the Kingdom of Sweden on the Reciprocal Protection of Classified Military Information, signed on 29 October 1984, the Participants/);
      assert.doesNotMatch(text, /instrument on the mutual protection of classified information in force/);
      assert.match(text, /\| CONFIDENTIAL \| CONFIDENTIEEL \| no equivalent \(protected as HEMLIG\) \|/);
      const fixed = applyCodeFix(draftOf(repoText(path)), finding.fixes[0]);
      assert.deepEqual(findingsOf(fixed, 'library-clause-superseded', 47), []);
    });

    it('item 5: offers no replacement that would drop "the English text shall prevail", and says why', () => {
      const finding = superseded('test/probes/eighteenth/nljp-languages-treaty-quickfix-prevailing.entente', 40);
      assert.deepEqual(finding.fixes, []);
      assert.match(finding.message, /Take the current text by hand: it has no place for what this copy fills in \("English"\)/);
    });

    it('still offers both fixes where the copy fills in nothing (the near miss: a generic purpose clause)', () => {
      const finding = superseded('test/probes/eighteenth/nlbe-civil-protection-mou-quickfixes.entente', 64);
      assert.deepEqual(finding.fixes.map((f) => f.title), ['Use the approved text of "purpose-limitation/mou" from the library', 'Replace the outdated copy with the approved text']);
      assert.match(finding.message, /Take the current text\.$/);
    });

    it('still replaces a table copy left at its blanks (a draft that lacks the markings), by reference too', () => {
      const path = 'test/probes/eighteenth/nlse-1984-classification-equivalence-quickfix.entente';
      const blank = repoText(path).replace(/(The Kingdom of Sweden: )[^;]+(; (?:TOP SECRET|SECRET|CONFIDENTIAL|RESTRICTED)\n)/g, (_m, a: string, b: string) => `${a}[${b.slice(2, -1)}]${b}`)
        .replace(/(The Kingdom of the Netherlands: )[^;]+(; The Kingdom of Sweden: \[)((?:TOP SECRET|SECRET|CONFIDENTIAL|RESTRICTED))/g, (_m, a: string, b: string, level: string) => `${a}[${level}]${b}${level}`);
      assert.match(blank, /The Kingdom of the Netherlands: \[TOP SECRET\]; The Kingdom of Sweden: \[TOP SECRET\]; TOP SECRET/);
      const [finding] = findingsOf(draftOf(blank), 'library-clause-superseded', 56);
      assert.deepEqual(finding.fixes.map((f) => f.title), ['Use the approved text of "classification-equivalence/treaty" from the library', 'Replace the outdated copy with the approved text']);
    });
  });

  describe('item 2: no transfer-safeguards clause beside the treaty’s own use rule', () => {
    const safeguards = `${libraryFixTitlePrefix} "Safeguards for transfers of personal data" (transfer-safeguards/treaty)`;
    const cases: [string, number][] = [
      ['test/real-instruments/nl-us-customs-mutual-assistance-1996.entente', 260], // "used solely for the purposes of this Agreement and solely by the Customs Administrations"
      ['test/real-instruments/nl-ws-tax-information-exchange-2009.entente', 187], // "shall use such information only for such purposes"
      ['test/real-instruments/nl-jp-customs-mutual-assistance-2009.entente', 238], // "shall only be used for the purposes specified in paragraph 1 of Article 2"
      ['test/real-instruments/cw-hr-savings-income-letters-2013.entente', 211], // Directive 2011/16/EU Art. 16(2): other use "with the permission"
    ];
    for (const [path, line] of cases) {
      it(`withholds it on ${path.split('/').pop()} and keeps the finding`, () => {
        assert.deepEqual(libraryFixes(path, 'missing-transfer-safeguards', line), []);
      });
    }

    it('still offers it to the same treaty drafted without a use rule (the near miss), and the clause clears the finding', () => {
      const path = 'test/real-instruments/nl-us-customs-mutual-assistance-1996.entente';
      // As a draft (library clauses are offered to drafts only) and without its use rule.
      const draft = draftOf(repoText(path)).replace(/shall be used solely for the purposes of this Agreement and solely by the Customs\s+Administrations/g, 'shall be protected');
      assert.notEqual(draft, draftOf(repoText(path)));
      const finding = findingsOf(draft, 'missing-transfer-safeguards', 260)[0];
      const fix = finding.fixes.find((f) => f.title === safeguards)!;
      assert.ok(fix, 'offered where the text says nothing on use');
      assert.match(inserted(fix), /only for the purposes for which they were transferred\./);
      assert.deepEqual(findingsOf(applyCodeFix(draft, fix), 'missing-transfer-safeguards'), []);
    });
  });

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

  describe('item 4: the Union and its law by the names of the day of conclusion', () => {
    const inserts = (path: string, code: string, line: number) => libraryFixes(path, code, line).map(inserted).join('\n');

    // A treaty concluded before Maastricht is offered no library clause at all since clauses are
    // offered to drafts only (library-fit.ts, concludedText): no clause can write the Union's
    // present names into it. The names of the day still serve the replacement of an old copy.
    it('offers no Union-law clause to treaties concluded before 1 November 1993, and keeps the findings', () => {
      const cases: [string, string, number][] = [
        ['test/real-instruments/nl-us-securities-information-1989.entente', 'missing-union-law-clause', 163],
        ['test/real-instruments/nl-us-sentenced-persons-notes-1991.entente', 'missing-union-law-clause', 159],
        ['test/real-instruments/nl-us-sentenced-persons-notes-1991.entente', 'missing-relation-to-other-obligations', 159],
        ['test/real-instruments/nl-au-defence-security-arrangement-1977.entente', 'missing-relation-to-other-obligations', 110],
      ];
      for (const [path, code, line] of cases) {
        assert.equal(findingsOf(repoText(path), code, line).length, 1, `${path} ${code}: the finding stays`);
        assert.equal(inserts(path, code, line), '', `${path} ${code}`);
      }
    });

    // A replacement rewrites the signed 1984 text: no fix is offered there (analysis/concluded-
    // text-fixes.ts); the finding says which version the copy is and that the text is concluded.
    it('reports a copy that wrote today’s names into a 1984 treaty as superseded, and offers no replacement of the signed text', () => {
      const path = 'test/probes/eighteenth/nlse-1984-classification-equivalence-quickfix.entente';
      const [finding] = findingsOf(repoText(path), 'library-clause-superseded', 52);
      assert.match(finding.message, /version 1\.0\.0 of "other-obligations\/treaty", which version 1\.1\.0 replaces/);
      assert.match(finding.message, /The text is concluded \(the signature date is 1984-10-29\)/);
      assert.deepEqual(finding.fixes, []);
    });

    const dated = (day: string) =>
      `treaty "Agreement between the Kingdom of the Netherlands and the United States of America" {\n  status binding\n${day ? `  signed at "The Hague" on ${day}\n` : ''}}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty US "The United States of America" { kind state jurisdiction US }\nchannel Info between NL, US {\n  carries "information on securities"\n}\n`;
    const otherObligations = (text: string) => findingsOf(text, 'missing-relation-to-other-obligations').flatMap((d) => d.fixes).map(inserted).join('\n');

    it('writes today’s names for a draft whose signature is still planned, or undated (the near misses)', () => {
      assert.match(otherObligations(dated('2027-03-01')), /Member State of the European Union shall apply this Agreement in accordance with its obligations under Union law\./);
      assert.match(otherObligations(dated('')), /Member State of the European Union shall apply this Agreement in accordance with its obligations under Union law\./);
      assert.equal(otherObligations(dated('2005-03-01')), '', 'concluded between Maastricht and Lisbon: no clause (a draft only)');
    });

    it('offers no clause that names the Union for a treaty concluded before it had a name (1955)', () => {
      const text = dated('1955-03-01');
      assert.equal(findingsOf(text, 'missing-relation-to-other-obligations').length, 1, 'the finding stays');
      assert.equal(otherObligations(text), '');
    });
  });
});
