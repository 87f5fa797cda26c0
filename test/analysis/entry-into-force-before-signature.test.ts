/**
 * A recorded entry into force before the signature (treaty lawyer lr20, defects 1–3). A treaty
 * "enters into force in such manner and upon such date as it may provide or as the negotiating
 * States may agree" (VCLT Art. 24(1); read: BWBV0003441), and a State whose consent comes after the
 * treaty is in force is bound from its own date (Art. 24(3)). So:
 *  - D1: a multilateral treaty's record is bounded by the first signature, not the last (a later
 *    signatory is normal); a bilateral one's by the last;
 *  - D2: a date the text itself makes retroactive ("shall be deemed to have entered into force on",
 *    "enter into force … with effect from" a day, `effect on` an earlier day its words state) is no
 *    finding (narrowed by lr21, defects 1, 9: test/analysis/retroactive-words.test.ts); an unexplained earlier date
 *    is a warning to check the source; an error only where the header counts entry into force from
 *    an event, which cannot precede the text. No earlier date ever dates a Party's consent;
 *  - D3: `effect on <date>` of a multilateral treaty dates no Party's consent for GDPR Art. 96.
 * Near misses beside each. The treaty texts are made up for the test.
 */
import assert from 'node:assert/strict';
import { wholeText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

// The Montserrat transcription records its entry into force (2011-12-01); the tests set their own dates on the text without it.
const withoutRecord = (text: string) => replaced(text, /\n  entered into force on [^\n]*/u, '');
const of = (text: string, code: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === code);
const record = (text: string) => of(text, 'invalid-entry-into-force-record');

const parties = (ids: readonly string[]) => ids.map((id) => `party ${id} "${id}" { kind state jurisdiction ${id} }\n`).join('');
const convention = (header: string, ids = ['EE', 'FI', 'NO', 'IS']) => `treaty "Convention on Mutual Assistance" {\n  status binding\n  languages English, French authentic\n${header}  registration article-102\n}\n${parties(ids)}`;
const signedFour = '  signed by EE at "Strasbourg" on 2001-11-23, by FI at "Strasbourg" on 2001-11-23, by NO at "Strasbourg" on 2001-11-23, by IS at "Strasbourg" on 2009-05-05\n  consent by ratification\n';

describe('a recorded entry into force before a signature (lr20, defects 1–3)', () => {
  describe('D1: what bounds the date', () => {
    it('a multilateral treaty signed by a State after its entry into force: no finding (VCLT Art. 24(3))', () => {
      assert.deepEqual(record(convention(`${signedFour}  entered into force on 2004-07-01 "CoE chart of signatures and ratifications"\n`)), []);
      assert.deepEqual(record(convention(`${signedFour}  effect 3 months after ratification by 3 States\n  entered into force on 2004-07-01 "CoE chart"\n`)), []);
    });

    it('near miss: before its first signature, the multilateral record is still reported, naming the first signature and Art. 24(3)', () => {
      const [finding] = record(convention(`${signedFour}  entered into force on 2001-01-01 "CoE chart"\n`));
      assert.equal(finding.severity, 'warning');
      assert.match(finding.message, /2001-01-01 is before the date of the first signature \(2001-11-23\) \(a later signature does not bound it: .*VCLT Art\. 24\(3\)\)/u);
    });

    it('near miss: a bilateral treaty signed on two days is bounded by the last signature, which both consents need', () => {
      const text = convention('  signed by EE at "Tallinn" on 2001-11-23, by FI at "Helsinki" on 2002-02-01\n  consent by signature\n  entered into force on 2002-01-01 "SopS 2002, 1"\n', ['EE', 'FI']);
      assert.match(record(text)[0].message, /2002-01-01 is before the date of the last signature \(2002-02-01\)\./u);
    });

    it('near miss: before the opening for signature of a multilateral text, still reported', () => {
      const text = convention('  done at "Strasbourg" on 2001-11-08\n  opened for signature at "Budapest" on 2001-11-23\n  consent by ratification, accession\n  entered into force on 2001-11-15 "CoE chart"\n');
      assert.match(record(text)[0].message, /^Check the recorded entry into force: 2001-11-15 is before the day the text was opened for signature \(2001-11-23\)\./u);
    });
  });

  describe('D2: a retroactive entry into force', () => {
    const bilateral = (extra: string, clause = '') => `treaty "Exchange of Notes prolonging the Agreement on technical cooperation" {\n  status binding\n  languages English authentic\n  done at "The Hague" on 1991-03-15\n  consent by signature\n${extra}  entered into force on 1991-01-01 "Trb. 1991, 77"\n}\n${parties(['NL', 'ID'])}${clause ? `clause EntryIntoForce """\n  ${clause}\n"""\n` : ''}`;

    it('the text provides it: no finding ("deemed to have entered into force", "enter into force … with effect from" a day, "retroactive", a Dutch text, `effect on` an earlier day the words state)', () => {
      for (const clause of ['This Agreement shall be deemed to have entered into force on 1 January 1991.', 'This Agreement shall enter into force on the date of signature with effect from 1 January 1991.', 'This Agreement shall enter into force on the date of signature, with retroactive effect from 1 January 1991.', 'Deze Overeenkomst wordt geacht in werking te zijn getreden op 1 januari 1991.']) {
        assert.deepEqual(record(bilateral('', clause)), [], clause);
      }
      assert.deepEqual(record(bilateral('  effect on 1991-01-01\n', 'This Agreement shall remain in operation from 1 January 1991.')), []);
    });

    it('near miss (lr21, defects 1, 9): words that date only the application, and an `effect on` no words state, leave the warning', () => {
      for (const clause of ['This Agreement shall apply with effect from 1 January 1991.', '']) assert.equal(record(bilateral('', clause))[0]?.severity, 'warning', clause);
      assert.equal(record(bilateral('  effect on 1991-01-01\n'))[0]?.severity, 'warning');
    });

    it('near miss: nothing in the text says so — a warning under every profile, asking to check the source, not to correct it', () => {
      for (const profile of [undefined, 'strict', 'treaty-review']) {
        const [finding, ...rest] = of(bilateral(''), 'invalid-entry-into-force-record', profile);
        assert.deepEqual(rest, []);
        assert.equal(finding.severity, 'warning', profile);
        assert.match(finding.message, /^Check the recorded entry into force: 1991-01-01 is before the signature date \(1991-03-15\)\. A treaty enters into force "upon such date as it may provide or as the negotiating States may agree" \(VCLT Art\. 24\(1\)\)/u);
        assert.match(finding.message, /Check the date against the source: correct it if it is a slip; keep it if the source gives that date/u);
        assert.doesNotMatch(finding.message, /not possible/u);
      }
    });

    it('near miss: "with effect from" an event, not a day, does not make it retroactive', () => {
      assert.equal(record(bilateral('', 'This Agreement shall apply with effect from the date of signature.'))[0].severity, 'warning');
    });

    it('near miss: the header counts entry into force from an event (`effect on signature`, after notification): an error, the text cannot give the date', () => {
      for (const effect of ['  effect on signature\n', '  effect on first day of second month after last notification\n']) {
        const [finding] = record(bilateral(effect));
        assert.equal(finding.severity, 'error', effect);
        assert.match(finding.message, /^The recorded entry into force is not possible here: 1991-01-01 is before the signature date \(1991-03-15\), and the header has the treaty enter into force from an event/u);
      }
      assert.deepEqual(record(bilateral('  effect on signature\n', 'This Agreement shall be deemed to have entered into force on 1 January 1991.')), []);
    });

    it('an earlier date dates nobody’s consent, even where the text provides it: Art. 96 stays a condition', () => {
      const montserrat = withoutRecord(wholeText('test/real-instruments/nl-montserrat-tiea-2009.entente'));
      const header = 'done at "London" on 2009-12-10 in duplicate';
      const retro = replaced(montserrat, header, `${header}\n  entered into force on 2009-06-01 "Trb. 2009, 1"`).replace(/\nchannel TaxInformation/u, '\nclause Retroactive """\n  This Agreement shall be deemed to have entered into force on 1 June 2009.\n"""\nchannel TaxInformation');
      assert.deepEqual(record(retro), []);
      const [finding] = of(retro, 'missing-transfer-safeguards');
      assert.equal(finding.severity, 'warning');
      assert.doesNotMatch(finding.message, /it entered into force on 2009-06-01/u);
    });
  });

  describe('D3: `effect on <date>` of a multilateral treaty', () => {
    const montserrat = withoutRecord(wholeText('test/real-instruments/nl-montserrat-tiea-2009.entente'));
    const fixed = replaced(montserrat, '  effect on first day of second month after last notification\n', '  consent by ratification\n  effect on 2011-09-01\n');
    const withBelgium = replaced(replaced(fixed, 'party MS "Montserrat" {', 'party BE "the Kingdom of Belgium" {\n  kind state\n  jurisdiction BE\n}\n\nparty MS "Montserrat" {'), 'channel TaxInformation between NL, MS {', 'channel TaxInformation between NL, BE, MS {');

    it('dates no Party’s consent (VCLT Art. 24(3)): missing-transfer-safeguards stays a warning, and no Art. 96 sentence says the Member States concluded it before the day', () => {
      const [finding] = of(withBelgium, 'missing-transfer-safeguards');
      assert.equal(finding.severity, 'warning');
      assert.doesNotMatch(finding.message, /it entered into force on 2011-09-01/u);
      for (const d of diagnose(withBelgium, {})) assert.doesNotMatch(d.message, /so its consent to be bound came no later/u, d.code);
    });

    it('near miss: four Governments named, none consenting after signing (Benelux–Korea 1970, `effect on 1970-06-01`): the fixed date binds them all, so Art. 102 did not bind Korea, admitted later', () => {
      const korea = wholeText('test/real-instruments/benelux-korea-visas-1970.entente');
      assert.match(of(korea, 'missing-registration')[0].message, /Art\. 102 does not bind KR for this treaty: its State was not a UN Member when it entered into it/u);
      const ratified = replaced(korea, '  effect on 1970-06-01\n', '  consent by ratification\n  effect on 1970-06-01\n');
      assert.match(of(ratified, 'missing-registration')[0].message, /Art\. 102 of the UN Charter binds KR if it was, or acted for, a UN Member when it entered into the treaty/u);
    });

    it('near miss: the same fixed date in the bilateral treaty dates both consents: Art. 96’s note', () => {
      const [finding] = of(fixed, 'missing-transfer-safeguards');
      assert.equal(finding.severity, 'info');
      assert.match(finding.message, /it entered into force on 2011-09-01, so its consent to be bound came no later/u);
    });
  });
});
