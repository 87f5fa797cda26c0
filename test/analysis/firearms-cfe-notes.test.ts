/**
 * The thirty-eighth real-instrument run (test/real-instruments/THIRTY-EIGHTH-RUN.md): the NL–US
 * notes of 1991 on CFE inspections (BWBV0002239) tie their life to the CFE Treaty's, and the UN
 * Firearms Protocol (BWBV0001710) gives training and technical assistance "including technical,
 * financial and material assistance". Each test is built from the texts' own sentences, with the
 * near misses that must keep their findings.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { wholeText } from '../helpers/fix-review';

const cfe = 'test/real-instruments/nl-us-cfe-inspections-notes-1991.entente';
const firearms = 'test/real-instruments/un-firearms-protocol-2001.entente';

const codes = (text: string, wanted: readonly string[]) => diagnose(text).filter((d) => wanted.includes(d.code)).map((d) => d.code).sort();

/** The notes as the CFE file has them: Note I ends with `lastParagraph`, Note II answers; `clauses` after them. */
const notes = (lastParagraph: string, clauses = '') => `treaty "Exchange of Notes on procedures to be followed in CFE inspections" {
  status binding
  form exchange-of-notes
  amendment by "Proposals for amendments to this Agreement can be put forward by either Side and shall be the subject of consultations as mutually agreed."
}
party NL "The Government of the Kingdom of the Netherlands" {
  kind government
  jurisdiction NL
}
party US "The Government of the United States of America" {
  kind government
  jurisdiction US
}
note NoteI "Nr. I" from NL to US at "The Hague" on 1991-09-19 """
  The Ministry of Foreign Affairs of the Kingdom of the Netherlands presents its compliments to the Embassy of the United States of America and has the honour to propose the following procedures.
  ${lastParagraph}
"""
note NoteII "Nr. II" from US to NL at "The Hague" on 1991-09-19 answering NoteI """
  The Embassy has the honor to reply that the procedures as set forth in the Ministry's Note No. DAV/VF-N340 are acceptable to the Government of the United States of America. The Ministry's Note and this reply shall constitute an agreement between our two governments which shall enter into force on the date of the entry into force of the CFE Treaty.
"""
${clauses}`;

const paraVI =
  "If the aforementioned proposal is acceptable, the Ministry of Foreign Affairs further proposes on behalf of the Government of the Kingdom of the Netherlands that this Note, together with the Embassy's reply to that effect, shall constitute an Agreement between the Government of the Kingdom of the Netherlands and the Government of the United States of America which shall enter into force on the date of the entry into force of the CFE Treaty and shall remain in force so long as the Treaty remains in force.";

const finalClauses = ['missing-duration', 'missing-termination'];

describe('thirty-eighth real-instrument run (Firearms Protocol, NL–US CFE notes)', () => {
  describe('items 1–2: a life as long as another treaty is in force is a duration and an end', () => {
    it('raises neither missing-termination (error) nor missing-duration on the real notes', () => {
      assert.deepEqual(codes(wholeText(cfe), finalClauses), []);
    });

    it('reads Note I, para. VI: "… which shall enter into force on the date of the entry into force of the CFE Treaty and shall remain in force so long as the Treaty remains in force"', () => {
      assert.deepEqual(codes(notes(paraVI), finalClauses), []);
    });

    it('reads the same words in a clause of their own, and the reviewer\'s probe 8', () => {
      const probe1 = `clause ParaVI "VI." """\n  This Agreement shall enter into force on the date of the entry into force of the CFE Treaty and shall remain in force so long as the Treaty remains in force.\n"""\n`;
      const probe8 = `clause ParaVI "VI." """\n  This Agreement shall remain in force so long as the CFE Treaty remains in force and shall terminate when the CFE Treaty terminates.\n"""\n`;
      assert.deepEqual(codes(notes('', probe1), finalClauses), []);
      assert.deepEqual(codes(notes('', probe8), finalClauses), []);
    });

    it('reads the other forms of the Dutch treaty series: "as long as the MIF II Agreement remains in force", "for the duration of the North Atlantic Treaty"', () => {
      for (const sentence of [
        'This Agreement shall remain in force as long as the MIF II Agreement remains in force.',
        'This Agreement will remain in effect for the duration of the North Atlantic Treaty, or until such time as the two Governments mutually agree to terminate it.',
      ]) {
        assert.deepEqual(codes(notes('', `clause Duration "Duration" """\n  ${sentence}\n"""\n`), finalClauses), [], sentence);
      }
    });

    it('near miss: Note II alone gives the entry into force only, and both findings stay', () => {
      assert.deepEqual(codes(notes(''), finalClauses), ['missing-duration', 'missing-termination']);
    });

    it('near miss: "so long as" said of someone else, not of the Agreement (para. III: the liaison officer "shall remain on the escort team so long as the inspection team remains on the inspection site")', () => {
      const paraIII = `clause ParaIII "III." """\n  This liaison officer shall join the escort team upon its arrival at the inspection site and shall remain on the escort team so long as the inspection team remains on the inspection site.\n"""\n`;
      assert.deepEqual(codes(notes('', paraIII), finalClauses), ['missing-duration', 'missing-termination']);
    });

    it('near miss: the Treaty, not the Agreement, remains in force ("…, which shall remain in force …" and "and the Treaty shall remain in force")', () => {
      for (const sentence of [
        'this Note, together with the Embassy\'s reply, shall constitute an Agreement which shall enter into force on the date of the entry into force of the CFE Treaty, which shall remain in force so long as the Parties to it so decide.',
        'this Note, together with the Embassy\'s reply, shall constitute an Agreement which shall enter into force on the date of the entry into force of the CFE Treaty and the Treaty shall remain in force so long as the Parties to it so decide.',
      ]) {
        assert.deepEqual(codes(notes(sentence), finalClauses), ['missing-duration', 'missing-termination'], sentence);
      }
    });
  });

  describe('item 4: capacity building that gives financial assistance is not an unallocated cost', () => {
    const art14 =
      'States Parties shall cooperate with each other and with relevant international organizations, as appropriate, so that States Parties may receive, upon request, the training and technical assistance necessary to enhance their ability to prevent, combat and eradicate the illicit manufacturing of and trafficking in firearms, their parts and components and ammunition, including technical, financial and material assistance in those matters identified in articles 29 and 30 of the Convention.';
    /** The Protocol's parties and Art. 14 as the Firearms file writes them, with `description` and `more`. */
    const protocol = (description: string, more = '') => `protocol "Protocol against the illicit manufacturing of and trafficking in firearms" {
  status binding
  consent by ratification, acceptance, approval, accession
  effect 90 days after last consent-to-be-bound by 40 States
  denunciation with notice of 1 year
}
party States "All States" {
  kind state
  class open
}
capacity-building Training by States for States {
  activities training
  description "${description}"
}
${more}`;
    const costs = (text: string) => diagnose(text).filter((d) => d.code === 'missing-costs');

    it('raises no missing-costs on the real Protocol (Art. 14)', () => {
      assert.deepEqual(costs(wholeText(firearms)).map((d) => d.code), []);
    });

    it('reads Art. 14: "including technical, financial and material assistance in those matters identified in articles 29 and 30 of the Convention"', () => {
      assert.deepEqual(costs(protocol(art14)).map((d) => d.code), []);
    });

    it('near miss: the training and technical assistance of Art. 14 without its financial assistance keeps the finding', () => {
      const withoutFunding = art14.replace(/, including technical, financial and material assistance[^.]*/u, '');
      assert.equal(costs(protocol(withoutFunding)).length, 1);
    });

    it('near miss: financial assistance excluded ("without financial assistance"), or training on financial crime, keeps the finding', () => {
      for (const description of [
        'States Parties shall provide training and technical assistance upon request, without financial assistance.',
        'States Parties shall provide training in methods used in combating money-laundering and other financial crimes.',
      ]) {
        assert.equal(costs(protocol(description)).length, 1, description);
      }
    });

    it('near miss: an exercise beside Art. 14 is still asked, and the message names the exercise only', () => {
      const found = costs(protocol(art14, 'exercise Tracing annually led by States\n'));
      assert.equal(found.length, 1);
      assert.match(found[0].message, /exercise Tracing/u);
      assert.doesNotMatch(found[0].message, /capacity-building Training/u);
    });
  });

  describe('item 3: procedures that "shall apply in fulfillment of the provisions of" another treaty stand under it', () => {
    const paraII = (words: string) => `clause ParaII "II." about points-of-contact """\n  ${words}\n"""\n`;
    const realParaII =
      "The following procedures shall apply in fulfillment of the provisions of the Protocol on Inspection of the CFE Treaty in the case where the Government of the Kingdom of the Netherlands either: a)receives a notification from an inspecting State Party about the latter's intent to conduct (an) inspection(s) pursuant to section VII or VIII of the Protocol on Inspection on the territory of the Kingdom of the Netherlands;";
    const relation = ['missing-relation-to-other-obligations'];

    it('raises no missing-relation-to-other-obligations on the real notes', () => {
      assert.deepEqual(codes(wholeText(cfe), relation), []);
    });

    it('reads para. II as implementing "the Protocol on Inspection of the CFE Treaty", named to the treaty noun', () => {
      const found = diagnose(notes(paraVI, paraII(realParaII)));
      assert.deepEqual(found.filter((d) => relation.includes(d.code)), []);
      const info = found.find((d) => d.code === 'implementing-arrangement-final-clauses');
      assert.ok(info, 'the info note that reads the notes under the treaty they implement');
      assert.match(info.message, /implements the Protocol on Inspection of the CFE Treaty and has no dispute settlement of its own/u);
    });

    it('near miss: procedures that only "apply in the case where …", or "in fulfillment of" no named treaty, keep the note', () => {
      for (const words of [
        realParaII.replace(' in fulfillment of the provisions of the Protocol on Inspection of the CFE Treaty', ''),
        'The following procedures shall apply in fulfillment of the obligations of the two Governments.',
      ]) {
        assert.deepEqual(codes(notes(paraVI, paraII(words)), relation), relation, words);
      }
    });
  });

  describe('item 5: a named Member State with no regime declared, sending personal data to "All States"', () => {
    /** The Firearms Protocol with the Netherlands beside the class on the three personal-data channels of Art. 12 (probes 5 and 6). */
    const withNetherlands = (declaration: string) => {
      let text = wholeText(firearms).replace('party Organizations', `party NL "Kingdom of the Netherlands" {\n  kind state\n  jurisdiction NL${declaration}\n}\nparty Organizations`);
      for (const channel of ['CaseInformation', 'GeneralInformation', 'Tracing']) text = text.replace(`channel ${channel} between States {`, `channel ${channel} between States, NL {`);
      return text;
    };
    const transfers = (text: string) => diagnose(text).filter((d) => /transfer/u.test(d.code));

    it('asks, conditionally on both the sender\'s regime and the class, on each channel of Art. 12(1), (2) and (4) (probe 5)', () => {
      const text = withNetherlands('');
      const found = transfers(text);
      const lines = text.split('\n');
      assert.deepEqual(
        found.map((d) => `${d.code}:${d.severity}:${lines[d.range.start.line].trim().split(' ')[1]}`),
        ['possible-transfer-without-safeguards:warning:CaseInformation', 'possible-transfer-without-safeguards:warning:GeneralInformation', 'possible-transfer-without-safeguards:warning:Tracing'],
      );
      for (const d of found) {
        // The regime is a condition, never a statement that the GDPR binds the Netherlands.
        assert.match(d.message, /^If NL processes these data under the GDPR \(NL is a State \(NL\): its processing is under the GDPR unless it acts as a law-enforcement authority .* declare `regimes GDPR`, `LED` or `outside-union-law` to settle it\), States is a class of States whose members Entente cannot list, and may hold States outside the EU\/EEA that no EU adequacy decision known to Entente as of [A-Z][a-z]+ \d{4} covers; for any it holds, no GDPR Chapter V basis is stated for personal data from NL other than the instrument itself: /u);
        assert.doesNotMatch(d.message, /NL (?:is|declares itself) bound by/u);
      }
    });

    it('near miss: the technical information of Art. 12(3), with no personal data, stays silent; so does the Protocol as transcribed (classes only)', () => {
      const text = withNetherlands('').replace('channel TechnicalInformation between States {', 'channel TechnicalInformation between States, NL {');
      assert.equal(transfers(text).length, 3);
      assert.deepEqual(transfers(wholeText(firearms)), []);
    });

    it('near miss: the Netherlands declared outside Union law (GDPR Art. 2(2)(a)) is not asked', () => {
      assert.deepEqual(transfers(withNetherlands('\n  regimes outside-union-law')), []);
    });

    it('keeps the declared sender as it was (probe 6): one condition, the class', () => {
      const found = transfers(withNetherlands('\n  regimes LED'));
      assert.equal(found.length, 3);
      assert.match(found[0].message, /^States is a class of States whose members Entente cannot list, and may hold States outside the EU\/EEA and Switzerland that no adequacy decision under the Law Enforcement Directive covers/u);
    });
  });
});
