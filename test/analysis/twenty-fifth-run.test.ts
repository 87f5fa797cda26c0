/**
 * The twenty-fifth real-instrument run (test/real-instruments/TWENTY-FIFTH-RUN.md): a term defined
 * in the plural and used in the singular is used ("a criminal tax matter", NL–LI TIEA 2009); the
 * Kingdom of the Netherlands acting in respect of Aruba is no "third country" (AW–CZ TIEA 2015);
 * the registration clause names a Party that exists on the text (NL–LI, "DONE at Brussels"); and
 * the relation-to-other-agreements fix says what it does to the priority between treaties (VCLT
 * Art. 30(2)–(3)). Each built from the two texts' own words, with the near misses that must stay.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { singular, termForms } from '../../server/src/language/model/term-forms';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { diagnose } from '../helpers/fixture';
import { draftFixesIn, inserted } from '../helpers/fix-review';

const q = '"""';
const found = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);
const unused = (term: string, prose: string) => found(`define "${term}" means "something"\nclause Use ${q}\n  ${prose}\n${q}\n`, 'unused-term');

const li = 'test/real-instruments/nl-li-tax-information-exchange-2009.entente';
const awcz = 'test/real-instruments/aw-cz-tax-information-exchange-2015.entente';

describe('twenty-fifth real-instrument run', () => {
  describe('item 1: a plural definition used in the singular', () => {
    it('counts "a criminal tax matter" as a use of "criminal tax matters" (NL–LI Protocol Art. 5(b))', () => {
      assert.deepEqual(unused('criminal tax matters', 'For the purpose of Article 14, where a request relating to a criminal tax matter involves bank transactions, the covered periods apply.'), []);
      assert.deepEqual(diagnose(require_(li)).filter((d) => d.code === 'unused-term'), []);
    });

    it('reads the singular where the plural reading stands: head noun before "of", coordinated nouns, -ies, -es, a sentence start, a lower-case form', () => {
      assert.deepEqual(unused('irregular operations of insider trading', 'Requests concern an irregular operation of insider trading.'), []);
      assert.deepEqual(unused('public collective investment funds or schemes', 'This does not apply to a public collective investment fund or scheme.'), []);
      assert.deepEqual(unused('publicly traded companies', 'This does not apply to a publicly traded company.'), []);
      assert.deepEqual(unused('covered taxes', 'Each covered tax is listed in Article 3.'), []);
      assert.deepEqual(unused('criminal tax matters', 'Criminal tax matter requests are answered within 90 days.'), []);
      assert.deepEqual(unused('Contracting Parties', 'Each Contracting Party shall designate a competent authority.'), []);
      assert.deepEqual(unused('Relief operations', 'A relief operation is notified in writing.'), []);
      assert.ok(termForms('criminal tax matters').includes('criminal tax matter'));
      assert.ok(termForms('public collective investment funds or schemes').includes('public collective investment fund or scheme'));
    });

    it('reads only regular plurals, and never a singular that is another word', () => {
      // "Forces" of a status-of-forces text is not used by "enter into force"; proceeds of crime
      // (CoE Warsaw Convention 2005, Art. 1(a)) not by "shall proceed"; securities not by "national security".
      assert.equal(unused('Forces', 'This Agreement shall enter into force on signature.').length, 1);
      assert.equal(unused('proceeds', 'The requested Party shall proceed without delay.').length, 1);
      assert.equal(unused('securities', 'Nothing in this Agreement affects national security.').length, 1);
      assert.equal(unused('customs', 'In accordance with international custom, the Parties consult.').length, 1);
      // A word that merely shares the stem is not the term.
      assert.equal(unused('criminal tax matters', 'The criminal tax material is returned.').length, 1);
      for (const word of ['status', 'analysis', 'access', 'gas', 'UNCLOS', 'data']) assert.equal(singular(word), undefined, word);
      assert.deepEqual(['matters', 'companies', 'taxes', 'addresses', 'searches', 'cases', 'CSIRTs'].map(singular), ['matter', 'company', 'tax', 'address', 'search', 'case', 'CSIRT']);
      assert.ok(!termForms('the Philippines').includes('the Philippine'), 'a name is no plural');
    });
  });

  describe('item 2: the Kingdom of the Netherlands in respect of Aruba is no third country', () => {
    const treaty = (aw: string, channel = 'personal-data') =>
      `treaty "Agreement" {\n  status binding\n  done at "The Hague" on 2015-06-29\n}\nparty AW "The Kingdom of the Netherlands, in respect of Aruba" {\n  ${aw}\n  jurisdiction AW\n}\nparty CZ "The Czech Republic" {\n  kind state\n  jurisdiction CZ\n  regimes GDPR\n}\nchannel Requests between AW, CZ {\n  carries ${channel}\n}\n`;

    it('names the party as it is in the union-law note on the Aruba–Czech text', () => {
      const [note] = diagnose(require_(awcz)).filter((d) => d.code === 'missing-union-law-clause');
      assert.ok(note, 'the prompt stays');
      assert.doesNotMatch(note.message, /third country/);
      assert.match(note.message, /with the Kingdom of the Netherlands, itself a Member State, in respect of Aruba \(Aruba is an overseas country or territory, to which the Treaties apply only through the association arrangements of their Part Four: TFEU Arts\. 198, 355\(2\), Annex II\)/);
      assert.match(note.message, /transfers of personal data to Aruba, outside the Union \(GDPR Chapter V\)/);
    });

    it('keeps the transfer rules: personal data from the Czech Republic to Aruba still need a Chapter V basis', () => {
      const transfer = diagnose(require_(awcz)).filter((d) => d.code === 'possible-transfer-without-safeguards');
      assert.equal(transfer.length, 1);
      assert.match(transfer[0].message, /no EU adequacy decision/);
    });

    it('says the same in regime-not-binding-on-party, and a third country is still called one', () => {
      const misfits = found(treaty('kind state\n  regimes GDPR, LED, NIS2'), 'regime-not-binding-on-party');
      assert.equal(misfits.length, 3);
      for (const m of misfits) {
        assert.doesNotMatch(m.message, /a third country(?!'s)|a State of AW|AW is not a Member State/, m.message);
        assert.match(m.message, /Aruba/);
      }
      const ukraine = found('treaty "Agreement" { status binding }\nparty UA "Ukraine" {\n  kind state\n  jurisdiction UA\n  regimes LED\n}\n', 'regime-not-binding-on-party');
      assert.match(ukraine[0].message, /UA is a third country/);
      assert.doesNotMatch(ukraine[0].message, /UA is in UA/);
    });

    it('names a third country as before, beside a party for Aruba', () => {
      const text = `${treaty('kind state')}party UA "Ukraine" {\n  kind state\n  jurisdiction UA\n}\nchannel Other between CZ, UA {\n  carries personal-data\n}\n`;
      const [note] = found(text, 'missing-union-law-clause');
      assert.match(note.message, /with a third country and the Kingdom of the Netherlands, itself a Member State, in respect of Aruba/);
    });
  });

  describe('item 3: the registration clause designates a Party that exists on the text (the real texts read as drafts: library clauses are offered to drafts only)', () => {
    it('offers registration by the Party that notifies last on the Liechtenstein text, signed at Brussels, as a legal fix', () => {
      const fixes = draftFixesIn(li, 'missing-registration');
      const clause = fixes.filter((f) => f.title.startsWith(libraryFixTitlePrefix));
      assert.equal(clause.length, 1);
      assert.match(clause[0].title, /registration\/treaty-last-notification/);
      assert.match(inserted(clause[0]), /by the Party that made the last of the notifications on which its entry into force depends/);
      assert.doesNotMatch(inserted(clause[0]), /in whose territory/);
      for (const f of fixes) assert.equal(f.effect, 'legal', f.title);
    });

    it('keeps "the Party in whose territory it was signed" where the place is a Party\'s (The Hague for the Kingdom in respect of Aruba)', () => {
      const clause = draftFixesIn(awcz, 'missing-registration').filter((f) => f.title.startsWith(libraryFixTitlePrefix));
      assert.equal(clause.length, 1);
      assert.match(inserted(clause[0]), /in whose territory it was signed/);
      assert.equal(clause[0].effect, 'legal');
    });

    it('offers no clause where the place is a third State\'s, or unknown, and entry into force follows no notification', () => {
      const text = (place: string, effect: string) =>
        `treaty "Agreement" {\n  done at "${place}" on 2027-11-10 in duplicate\n  ${effect}\n}\nparty NL "The Netherlands" { kind state jurisdiction NL }\nparty LI "Liechtenstein" { kind state jurisdiction LI }\n`;
      const library = (t: string) => found(t, 'missing-registration').flatMap((d) => d.fixes).filter((f) => f.title.startsWith(libraryFixTitlePrefix));
      assert.deepEqual(library(text('Brussels', 'effect on signature')), []);
      assert.deepEqual(library(text('Atlantis', 'effect on signature')), []);
      assert.match(library(text('Atlantis', 'effect after last notification'))[0].title, /treaty-last-notification/);
      assert.match(inserted(library(text('Vaduz', 'effect on signature'))[0]), /in whose territory it was signed/);
      assert.match(inserted(library(text('’s-Gravenhage', 'effect on signature'))[0]), /in whose territory it was signed/);
      // The header statement stays offered everywhere.
      assert.ok(found(text('Brussels', 'effect on signature'), 'missing-registration')[0].fixes.some((f) => f.title === 'Add `registration article-102` to the header'));
    });
  });

  describe('item 4: the relation-to-other-agreements fix says what it does', () => {
    it('titles the clause with its VCLT Art. 30(2) effect on the Aruba–Czech text, a legal fix', () => {
      const [fix] = draftFixesIn(awcz, 'missing-relation-to-other-obligations');
      assert.match(inserted(fix), /without prejudice to the rights and obligations of the Parties under other international agreements/);
      assert.match(fix.title, /yields to the Parties' other agreements, earlier or later, where otherwise the later treaty would prevail between them \(VCLT Art\. 30\(2\)–\(3\), as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\)/);
      assert.equal(fix.effect, 'legal');
    });

    it('stays silent where the treaty has its savings clause (NL–LI Art. 12)', () => {
      assert.deepEqual(diagnose(require_(li)).filter((d) => d.code === 'missing-relation-to-other-obligations'), []);
    });
  });
});

function require_(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}
