/**
 * Export review 2 (test/render/EXPORT-REVIEW-2.md), the generated-text items: each test renders a
 * real transcription through the core render API and asserts the exported words against the
 * primary text (statengeneraal/laws-markdown @ 91556a80a2, quoted in each test).
 */
import assert from 'node:assert/strict';
import type { RenderedInstrument } from '../../server/src/language';
import { openDraftedRealInstrument } from './drafted-variant';
import { exportedRealInstrument, openRealInstrument } from './render-fixtures';

const memo = new Map<string, { md: string; doc: RenderedInstrument }>();
function exported(name: string, variant: 'concluded' | 'drafted' = 'concluded'): { md: string; doc: RenderedInstrument } {
  let out = memo.get(`${name}:${variant}`);
  if (!out) {
    const { service, uri } = variant === 'drafted' ? openDraftedRealInstrument(`${name}.entente`) : openRealInstrument(`${name}.entente`);
    out = { md: service.render(uri, 'markdown')!, doc: service.renderModel(uri)! };
    memo.set(`${name}:${variant}`, out);
  }
  return out;
}
/**
 * What the declarations add to a concluded exchange: nothing printed, each named in the note after
 * the text (render/unprinted-note.ts); on its drafted variant (test/render/drafted-variant.ts),
 * printed outside the letters as proposals, and the export a draft.
 */
function addedOutside(name: string): { concluded: RenderedInstrument; drafted: RenderedInstrument } {
  return { concluded: exported(name).doc, drafted: exported(name, 'drafted').doc };
}
const headings = (md: string) => [...md.matchAll(/^#{2,3} (.*)$/gmu)].map((m) => m[1]);

describe('export review 2: generated text says what the header and the text say', () => {
  describe('items 8, 9, 20, 22: an exchange of letters or notes renders as its letters', () => {
    it('NL–UK sickness letters 1986: two letters, no preamble, no articles, no "enter into force on 1 January 1986"', () => {
      const { md, doc } = exported('nl-uk-sickness-reimbursement-letters-1986');
      assert.equal(doc.preamble, undefined);
      assert.doesNotMatch(md, /Have agreed as follows|^## Article|constituted by an exchange of letters/mu);
      assert.deepEqual(doc.articles.map((a) => [a.num, a.heading.split(' from ')[0]]), [[undefined, 'Nr. I'], [undefined, 'Nr. II']]);
      // BWBV0002523, letter Nr. I para. 10: "This understanding will remain in operation from 1 January 1986 for a period of three years."
      assert.match(md, /This understanding will remain in operation from 1 January 1986 for a period of three years\./);
      assert.doesNotMatch(md, /shall enter into force on 1 January 1986|shall remain in force for a period of three years/);
      // The letters open and close as written: "Sir, I refer to Article 36 …", "I have the honour to be your obedient servant."
      assert.match(md, /Sir, I refer to Article 36 of Regulation 1408\/71/);
      assert.match(md, /I have the honour to be your obedient servant\. \(s\.\) J\. LUPTON/);
      // What no letter says is not printed on the signed letters, only named after them; drafted, it is outside the text, and the export a draft.
      const { concluded, drafted } = addedOutside('nl-uk-sickness-reimbursement-letters-1986');
      assert.equal(concluded, doc);
      assert.equal(doc.outside, undefined);
      assert.equal(doc.unprinted?.entries.length, 3);
      // A channel one Party sends on (`from`) is a provision, not an exchange (treaty lawyer lr4).
      assert.deepEqual(doc.unprinted?.entries, ['Channel ‘Figures’ (information)', 'Channel ‘InsuredPercentage’ (provision of information)', 'Channel ‘Claims’ (information)']);
      assert.deepEqual(drafted.outside?.articles.map((a) => a.heading), ['Information', 'Provision of information', 'Information']);
      assert.match(drafted.draft?.label ?? '', /3 provisions outside the text’s numbering/);
    });

    it('NL–Somalia letters 2008: no "remain in force for a period of twelve months", no numbered capacity-building article', () => {
      const { md, doc } = exported('nl-so-wfp-protection-letters-2008');
      // BWBV0002984, letter Nr. I: "gives consent to the agreement to take effect on the date of your reply and will expire no
      // later than twelve months thereafter"; Nr. II: "the present agreement shall be in force from the date of this reply."
      assert.match(md, /gives consent to the agreement to take effect on the date of your reply and will expire no later than twelve months thereafter/);
      assert.doesNotMatch(md, /for a period of twelve months|shall enter into force on the date of the reply|constituted by an exchange of letters/);
      assert.ok(doc.articles.every((a) => a.num === undefined));
      assert.ok(doc.unprinted?.entries.some((e) => e.endsWith('(capacity building)')), 'generated, so not printed on the signed letters but named after them');
      const { drafted } = addedOutside('nl-so-wfp-protection-letters-2008');
      assert.ok(drafted.outside?.articles.some((a) => a.heading === 'Capacity building'), 'generated, so outside the text and marked');
      assert.ok(drafted.draft);
    });

    it('NL–Sweden notes 1995: the one-year term is the notes’ own ("shall remain in force for one year"), no generated renewal', () => {
      const { md, doc } = exported('nl-se-europol-drugs-unit-notes-1995');
      assert.match(md, /which shall remain in force for one year while, in case at the end of this term a treaty concerning the establishment of Europol is not in force, a further exchange of notes to prolong the agreement may be concluded/);
      assert.doesNotMatch(md, /It may be renewed for further periods of one year|^## Article/mu);
      assert.equal(doc.outside, undefined);
      assert.equal(doc.unprinted, undefined);
      // Its draft generates no renewal either: the header's term is the notes' own (drafter-replaced).
      const drafted = exported('nl-se-europol-drugs-unit-notes-1995', 'drafted');
      assert.doesNotMatch(drafted.md, /It may be renewed for further periods of one year/);
      assert.equal(drafted.doc.outside, undefined);
    });

    it('NL–US notes 1991: the notes as notes, the exchange-of-information construct outside the text', () => {
      const { md, doc } = exported('nl-us-sentenced-persons-notes-1991');
      assert.doesNotMatch(md, /^## Article \d/mu);
      assert.equal(doc.preamble, undefined);
      assert.equal(doc.outside, undefined);
      assert.deepEqual(doc.unprinted?.entries.map((e) => e.replace(/‘\w+’ /, '')), ['Channel (provision of information)']);
      assert.deepEqual(addedOutside('nl-us-sentenced-persons-notes-1991').drafted.outside?.articles.map((a) => a.heading), ['Provision of information']);
    });

    it('Curaçao–Croatia letters 2013: the heading "A. Letter from the Republic of Croatia" does not name the sender twice', () => {
      const { md } = exported('cw-hr-savings-income-letters-2013');
      // BWBV0006199: "A. Letter from the Republic of Croatia", "B. Letter from the Kingdom of the Netherlands, in respect of Curaçao".
      const letters = headings(md).filter((h) => /^[AB]\. Letter/.test(h));
      assert.deepEqual(letters, [
        'A. Letter from the Republic of Croatia to the Kingdom of the Netherlands, in respect of Curaçao (Zagreb, 3 June 2013)',
        'B. Letter from the Kingdom of the Netherlands, in respect of Curaçao to the Republic of Croatia (Willemstad, 27 June 2013)',
      ]);
    });

    it('near miss: a treaty that is not an exchange keeps its preamble, its final formula and its blocks (NL–Eurojust 2006)', () => {
      const { doc } = exported('nl-eurojust-seat-agreement-2006');
      // Concluded, it has no generated formula or blocks (ex10, ex11: its clauses hold neither); its draft has both.
      assert.deepEqual(doc.signatures, []);
      assert.deepEqual(doc.testimonium, []);
      const drafted = exported('nl-eurojust-seat-agreement-2006', 'drafted').doc;
      // "DONE at The Hague on 15 March 2006, in two copies in the English language": no recital of authority (`without testimonium`, item 23).
      assert.match(drafted.testimonium.join(' '), /^Done at The Hague on /);
      assert.ok(drafted.preamble !== undefined);
      assert.equal(drafted.signatures.length, 2);
    });
  });

  describe('item 16: "PREPARED in …" is the final formula', () => {
    it('ACS 1999: one final formula, the text’s, no generated "IN WITNESS WHEREOF the undersigned" or "Done at"', () => {
      const { md, doc } = exported('acs-natural-disasters-1999');
      // BWBV0001898: "PREPARED in Santo Domingo de Guzmán, Dominican Republic on the 17th day of the month of April, 1999, …
      // all three texts being equally valid and authentic. IN WITNESS WHEREOF, the duly authorized representatives sign the present Agreement."
      assert.equal(doc.testimonium.length >= 1, true);
      assert.match(doc.testimonium.join(' '), /^PREPARED in Santo Domingo de Guzmán, Dominican Republic on the 17th day of the month of April, 1999,.*all three texts being equally valid and authentic\./u);
      assert.doesNotMatch(md, /IN WITNESS WHEREOF the undersigned, being duly authorised thereto|Done at Santo Domingo/);
      assert.equal(md.split('PREPARED in Santo Domingo').length - 1, 1);
    });
  });

  describe('items 13, 24: signature blocks', () => {
    for (const name of ['coe-cets198-warsaw-laundering-2005', 'coe-lanzarote-child-protection-2007', 'coe-macolin-sports-manipulation-2014', 'coe-ets181-supervisory-authorities-2001']) {
      it(`${name}: no "For the European Community/Union" as the only block of a convention open to classes of States`, () => {
        const { md, doc } = exported(name);
        // The Council of Europe texts end with "DONE at … The Secretary General … shall transmit certified copies …": no blocks.
        assert.deepEqual(doc.signatures, []);
        assert.doesNotMatch(md, /\*\*For the European (?:Community|Union|Communities)\*\*/);
      });
    }

    it('NL–Samoa 2009: the text’s own signature lines, no generated "For the Government of …" block beside them', () => {
      const { md, doc } = exported('nl-ws-tax-information-exchange-2009');
      // Primary: "DONE at Mexico City (Mexico) this first day of September 2009, … For the Kingdom of the Netherlands: W. J. LOK For Samoa: TUUU ANASII LEOTA".
      assert.match(md, /For the Kingdom of the Netherlands: W\. J\. LOK For Samoa: TUUU ANASII LEOTA/);
      assert.deepEqual(doc.signatures, []);
      assert.doesNotMatch(md, /For the Government of Samoa/);
    });

    it('near miss: a draft without its own signature lines keeps one block per party (NL–Eurojust 2006, drafted)', () => {
      const { doc } = exported('nl-eurojust-seat-agreement-2006', 'drafted');
      assert.deepEqual(doc.signatures.map((s) => s.for), ['For the Kingdom of the Netherlands', 'For Eurojust']);
    });
  });
});

describe('export review 2, item 23 (in part): the number of originals as the header writes it', () => {
  it('NL–Eurojust 2006: `in 2 copies` is "in two copies", as the text says, not "in duplicate"', () => {
    // Read on its draft (without the date): the concluded text's export generates no formula, since no clause of the transcription holds one.
    const { doc } = exported('nl-eurojust-seat-agreement-2006', 'drafted');
    // BWBV0001793: "DONE at The Hague on 15 March 2006, in two copies in the English language."
    assert.match(doc.testimonium.at(-1) ?? '', /^Done at The Hague on .*, in two copies in the English language\.$/);
  });

  it('NL–Slovakia 2009: `in 2 originals` is "in two originals" (BWBV0003480: "in two originals, each in the English language")', () => {
    // Export review 3, item 4: the text writes its formula inside its last article ("… IN WITNESS
    // WHEREOF, … DONE at The Hague, on 30 September 2009, in two originals, each in the English
    // language."), so that is the formula, printed once, and none is generated beside it.
    const { doc } = exported('nl-sk-europol-liaison-officers-2009');
    assert.deepEqual(doc.testimonium, []);
    const md = exportedRealInstrument('nl-sk-europol-liaison-officers-2009');
    assert.equal(md.match(/IN WITNESS WHEREOF/g)?.length, 1);
    assert.match(md, /DONE at The Hague, on 30 September 2009, in two originals, each in the English language\./);
  });
});
