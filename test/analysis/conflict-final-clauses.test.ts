import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';
import { applyFix, fixed, only } from './conflict-helpers';

const two = 'party EE "Estonia"\nparty FI "Finland"\n';
const three = two + 'party LV "Latvia"\n';

describe('final-clause conflicts (CF07–CF10, CF22, CF23)', () => {
  describe('CF07 reservations in a bilateral treaty', () => {
    it('reports permitted reservations as a warning, on the value', () => {
      const [d] = checkDiagnostics(`treaty "T" {
  status binding
  reservations permitted
//             ^^^^^^^^^ bilateral-treaty-reservations
}
${two}`);
      assert.equal(d.severity, 'warning');
      // The practice answer is to delete the clause, not to write `reservations none` (review §1.3 CF07).
      assert.equal(fixed(`treaty "T" {\n  reservations permitted\n}\n${two}`, 'bilateral-treaty-reservations'), `treaty "T" {\n}\n${two}`);
    });

    it('offers no removal when the header states reservations twice (the second would take over; the long run found it)', () => {
      const text = `treaty "T" {\n  status binding\n  reservations permitted\n  reservations permitted\n}\n${two}`;
      const findings = diagnose(text).filter((d) => d.code === 'bilateral-treaty-reservations');
      assert.equal(findings.length, 1);
      assert.deepEqual(findings[0].fixes, []);
      // The same for every statement-removing fix of the conflict rules: a repeated depositary.
      const depositary = diagnose(`treaty "T" {\n  status binding\n  depositary EE\n  depositary FI\n}\n${two}`).filter((d) => d.code === 'bilateral-treaty-depositary');
      assert.equal(depositary.length, 1);
      assert.deepEqual(depositary[0].fixes, []);
    });

    it('accepts `reservations none`, and reservations in a multilateral treaty', () => {
      checkNoDiagnostics(`treaty "T" {\n  reservations none\n}\n${two}`, ['bilateral-treaty-reservations']);
      checkNoDiagnostics(`treaty "T" {\n  reservations permitted\n}\n${three}`, ['bilateral-treaty-reservations']);
    });
  });

  describe('CF08 the depositary against the number of parties', () => {
    it('warns about a depositary in a bilateral treaty and removes it', () => {
      checkDiagnostics(`treaty "T" {
  status binding
  depositary "Secretary-General of the United Nations"
//^^^^^^^^^^ bilateral-treaty-depositary
}
${two}`);
      const text = `treaty "T" {\n  status binding\n  depositary EE\n}\n${two}`;
      assert.equal(fixed(text, 'bilateral-treaty-depositary'), `treaty "T" {\n  status binding\n}\n${two}`);
    });

    // lr6 item 6: "The designation of the depositary of a treaty may be made by the negotiating
    // States, either in the treaty itself or in some other manner" (VCLT Art. 76(1), BWBV0003441):
    // a bilateral treaty may lawfully name one, so the finding says "rarely" and stays a warning.
    it('says a bilateral treaty rarely has a depositary, citing Art. 76(1), and never "has no depositary"', () => {
      const text = `treaty "T" {\n  status binding\n  depositary "Secretary-General of the United Nations"\n}\n${two}`;
      const d = only(text, 'bilateral-treaty-depositary');
      assert.match(d.message, /^A bilateral treaty rarely has a depositary: the Parties usually exchange instruments directly; keep this statement only if the text of the treaty names a depositary, which the negotiating States may designate "in the treaty itself or in some other manner" \(VCLT Arts\. 16\(a\), 76\(1\)/);
      assert.doesNotMatch(d.message + d.fixes.map((f) => f.title).join(), /has no depositary/);
      assert.equal(d.fixes.length, 1);
      assert.notEqual(d.fixes[0].preferred, true, 'keeping a designation the text makes is lawful: the removal is not the preferred answer');
    });

    it('stays a warning under every profile: a designation Art. 76(1) allows is no defect', () => {
      const text = `treaty "T" {\n  status binding\n  depositary EE\n}\n${two}`;
      for (const profile of ['default', 'strict', 'treaty-review', 'mou-review']) {
        const [d] = diagnose(text, { settings: { profile } }).filter((f) => f.code === 'bilateral-treaty-depositary');
        assert.equal(d?.severity, 'warning', profile);
      }
      // The reviewer who names the rule still decides.
      const [named] = diagnose(text, { settings: { profile: 'strict', rules: { 'bilateral-treaty-depositary': 'error' } } }).filter((f) => f.code === 'bilateral-treaty-depositary');
      assert.equal(named.severity, 'error');
      // Near miss: the multilateral half (MC06, a treaty of three with no depositary) is still an error in a treaty review.
      const [missing] = diagnose(`treaty "T" { status binding }\n${three}`, { settings: { profile: 'treaty-review' } }).filter((f) => f.code === 'missing-depositary');
      assert.equal(missing.severity, 'error');
    });

    it('leaves a multilateral treaty without depositary to missing-depositary (MC06), once', () => {
      const found = diagnose(`treaty "T" { status binding }\n${three}`).filter((d) => d.catalogueId === 'CF08' || d.catalogueId === 'MC06');
      assert.deepEqual(found.map((d) => d.code), ['missing-depositary']);
    });

    it('accepts a multilateral treaty with a depositary, and an MoU either way', () => {
      checkNoDiagnostics(`treaty "T" {\n  depositary EE\n}\n${three}`, ['missing-depositary', 'bilateral-treaty-depositary']);
      checkNoDiagnostics(`memorandum "M" { status non-binding }\n${three}`, ['missing-depositary', 'bilateral-treaty-depositary']);
    });
  });

  describe('CF09 effect on signature and ratification', () => {
    it('reports the ratification, relating the effect on signature', () => {
      const [d] = checkDiagnostics(`treaty "T" {
  effect on signature
  consent by signature, ratification
//                      ^^^^^^^^^^^^ signature-and-ratification
}
`);
      assert.equal(d.severity, 'error');
      assert.deepEqual(d.related[0].range.start, { line: 1, character: 12 });
    });

    it('offers effect after the last ratification, or consent without ratification', () => {
      const text = 'treaty "T" {\n  effect on signature\n  consent by ratification, approval\n}\n';
      const d = diagnose(text).find((f) => f.code === 'signature-and-ratification')!;
      assert.equal(applyFix(text, d, 0), 'treaty "T" {\n  effect after last ratification\n  consent by ratification, approval\n}\n');
      assert.equal(applyFix(text, d, 1), 'treaty "T" {\n  effect on signature\n  consent by approval\n}\n');
    });

    // Quick-fix review, item 9: signature is one of the means, so each Party may consent either way.
    it('keeps every means of consent where signature is one of them: entry into force on the consent', () => {
      const text = 'treaty "T" {\n  effect on signature\n  consent by signature, ratification\n}\n';
      const d = only(text, 'signature-and-ratification');
      assert.equal(d.fixes.length, 1);
      assert.equal(applyFix(text, d, 0), 'treaty "T" {\n  effect after last consent-to-be-bound\n  consent by signature, ratification\n}\n');
    });

    it('accepts definitive signature, and ratification with effect after it', () => {
      checkNoDiagnostics('treaty "T" {\n  effect on signature\n  consent by signature\n}\n', ['signature-and-ratification']);
      checkNoDiagnostics('treaty "T" {\n  effect 30 days after last ratification\n  consent by ratification\n}\n', ['signature-and-ratification']);
    });
  });

  describe('CF10 periods longer than the term', () => {
    it('warns when the notice period is as long as the duration, comparing months with years exactly', () => {
      checkDiagnostics(`memorandum "M" {
  duration 1 year
  discontinue with notice of 12 months
//                           ^^^^^^^^^ notice-not-shorter-than-term
}
`);
      checkNoDiagnostics('memorandum "M" {\n  duration 1 year\n  discontinue with notice of 11 months\n}\n', ['notice-not-shorter-than-term']);
      checkNoDiagnostics('memorandum "M" {\n  duration indefinite\n  discontinue with notice of 12 months\n}\n', ['notice-not-shorter-than-term']);
    });

    it('warns about exercises and meetings less frequent than the term lasts', () => {
      checkDiagnostics(`memorandum "M" { duration 18 months }
exercise Shield biennially
//              ^^^^^^^^^^ interval-longer-than-term
exercise Storm every 2 years
//                   ^^^^^^^ interval-longer-than-term
body Board members EE meets every 6 months
exercise Drill every 18 months
`);
    });
  });

  describe('CF22 a ratified treaty amended by decision', () => {
    it('warns on the amendment procedure', () => {
      checkDiagnostics(`treaty "T" {
  status binding
  consent by ratification
  amendment by written decision
//             ^^^^^^^^^^^^^^^^ treaty-amendment-by-decision
}
`);
    });

    it('accepts amendment by ratification, and decisions when the treaty needs none', () => {
      checkNoDiagnostics('treaty "T" {\n  consent by ratification\n  amendment by ratification\n}\n', ['treaty-amendment-by-decision']);
      checkNoDiagnostics('treaty "T" {\n  consent by signature\n  amendment by written decision\n}\n', ['treaty-amendment-by-decision']);
      checkNoDiagnostics('memorandum "M" {\n  consent by ratification\n  amendment by written decision\n}\n', ['treaty-amendment-by-decision']);
    });

    it('accepts amendment by written agreement, VCLT Art. 39\'s general rule (eighteenth red team, baltic-three-states-bilateral-clauses)', () => {
      const probe = readFileSync('test/probes/eighteenth/baltic-three-states-bilateral-clauses.entente', 'utf8');
      assert.match(probe, /consent by ratification[\s\S]*amendment by written agreement/);
      checkNoDiagnostics(probe, ['treaty-amendment-by-decision'], { settings: { profile: 'treaty-review' } });
      checkNoDiagnostics('treaty "T" {\n  status binding\n  consent by ratification\n  amendment by written agreement\n}\n', ['treaty-amendment-by-decision']);
    });

    // Fifty-ninth run, item 4: EMEP Protocol 1984 Art. 4(3) "Amendments to the Annex shall be adopted by
    // consensus of the Executive Body", beside Art. 6(3)'s acceptance by two-thirds (read: BWBV0002931).
    it('notes a track on which an organ adopts the amendment with no act of the Parties, beside one that needs acceptance (EMEP 1984)', () => {
      const emep = readFileSync('test/real-instruments/unece-lrtap-emep-financing-protocol-1984.entente', 'utf8');
      const found = diagnose(emep).filter((d) => d.code === 'treaty-amendment-by-decision');
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'info');
      const line = emep.split('\n')[found[0].range.start.line];
      assert.equal(line.slice(found[0].range.start.character, found[0].range.end.character), 'for the Annex by consensus of the Executive Body');
      assert.match(found[0].message, /Under one track of the amendment procedure \(Article 4 – Sharing of costs; in the header's summary: for the Annex by consensus of the Executive Body\), an amendment to the Annex is adopted by the Executive Body, and the header's summary names no acceptance, approval or ratification by the Parties after it/);
      assert.match(found[0].message, /the header's summary also names another procedure, with their acceptance, approval or ratification, and which procedure amends each of the instrument's other provisions is for/);
      // The track cites Article 4 only; the rest of the procedure is left to the amendment clauses (sixty-fifth run, item 3).
      assert.doesNotMatch(found[0].message.split(': it would bind')[0], /Article 6/, 'Art. 6(3) excepts the Annex; it is not the Annex track');
    });

    it('near misses: the organ track followed by acceptance, a procedure with no track that needs acceptance, no organ named', () => {
      const header = (procedure: string) => `treaty "T" {\n  status binding\n  consent by ratification\n  amendment by ${procedure}\n}\n`;
      const codes = ['treaty-amendment-by-decision'];
      checkNoDiagnostics(header('adoption by consensus entering into force after acceptance by two-thirds and for the Annex by consensus of the Executive Body subject to acceptance by each Party'), codes);
      checkNoDiagnostics(header('adoption by consensus entering into force after acceptance by two-thirds and for the Annex by consensus'), codes);
      checkNoDiagnostics(header('proposal of a Party entering into force after ratification by all Parties and for the Annex by the same procedure'), codes);
      // "adopted by the Meeting of the Parties" is the organ's adoption too.
      assert.equal(diagnose(header('adoption by consensus entering into force after acceptance by two-thirds and for the Annex adopted by the Meeting of the Parties')).filter((d) => d.code === 'treaty-amendment-by-decision').length, 1);
    });
  });

  describe('CF23 the prevailing language', () => {
    it('warns on a prevailing language that is not listed and replaces it by the first', () => {
      checkDiagnostics(`memorandum "M" {
  languages English, Estonian equally-valid prevailing French
//                                                     ^^^^^^ prevailing-language-not-listed
}
`);
      const text = 'memorandum "M" {\n  languages English, Estonian prevailing French\n}\n';
      assert.equal(fixed(text, 'prevailing-language-not-listed'), 'memorandum "M" {\n  languages English, Estonian prevailing English\n}\n');
      assert.equal(diagnose(text).find((d) => d.code === 'prevailing-language-not-listed')!.severity, 'warning');
    });

    it('accepts a listed prevailing language in any case', () => {
      checkNoDiagnostics('memorandum "M" {\n  languages English, Estonian prevailing english\n}\n', ['prevailing-language-not-listed']);
    });
  });
});
