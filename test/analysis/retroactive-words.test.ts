/**
 * Which words make a recorded entry into force before the signature the text's own (treaty lawyer
 * lr21, defects 1 and 9). A treaty enters into force "upon such date as it may provide" (VCLT Art.
 * 24(1); read: BWBV0003441), so only words about the ENTRY INTO FORCE count: "shall be deemed to
 * have entered into force on …", "shall enter into force … with retroactive effect from …". Words
 * that deny retroactivity, or that date the treaty's application (the tax-treaty "shall have effect
 * … with effect from 1 January of the year following its entry into force"; Art. 28), do not, and
 * must not turn the error of an event-based entry into force into nothing. An `effect on` before
 * the signature is the text's own only where its words state that day as the start, as
 * `effect-before-signature` reads it. The treaty texts are made up for the test.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const treaty = (effect: string, words: string) => `treaty "Agreement between the Kingdom of the Netherlands and the Republic of Estonia on cooperation in cyber security" {
  status binding
  languages English authentic
  done at "Tallinn" on 2020-06-01 in duplicate
${effect}  entered into force on 2019-01-01 "Trb. 2020, 99"
  termination with notice of 6 months
}
party NL "the Kingdom of the Netherlands" { jurisdiction NL }
party EE "the Republic of Estonia" { jurisdiction EE }
clause Art1 "Article 1" """
  The Parties shall cooperate in the prevention of cyber incidents. ${words}
"""
`;
const of = (text: string, code: string) => diagnose(text, {}).filter((d) => d.code === code);
const record = (effect: string, words: string) => of(treaty(effect, words), 'invalid-entry-into-force-record').map((d) => d.severity);
const byEvent = '  effect after last notification\n';

describe('words that make an entry into force retroactive (lr21, defects 1, 9)', () => {
  describe('an entry into force counted from an event: an error, unless the words give the entry into force itself the earlier day', () => {
    for (const words of [
      'No provision of this Agreement shall be applied retroactively.',
      'This Agreement shall apply with effect from 1 January of the year following its entry into force.',
      'The provisions of this Agreement shall have effect with effect from 1 January 2019.',
      'This Agreement shall enter into force on the date of the later notification and shall apply with effect from 1 January 2019.',
      'This Agreement shall not enter into force retroactively.',
      'This Agreement shall enter into force on the date of the later notification and shall not have retroactive effect.',
      'Nothing in this Agreement shall be deemed to have entered into force before the later notification.',
      'Les dispositions du présent Accord ne s’appliquent pas avec effet rétroactif.',
      'Deze Overeenkomst treedt in werking op de dag van de laatste kennisgeving en is van toepassing met terugwerkende kracht tot 1 januari 2019.',
    ]) {
      it(`near miss, the error stays: ${words}`, () => assert.deepEqual(record(byEvent, words), ['error']));
    }
    for (const words of [
      'This Agreement shall be deemed to have entered into force on 1 January 2019.',
      'This Agreement shall enter into force on the date of the later notification, with retroactive effect from 1 January 2019.',
      'This Agreement shall enter into force on the date of the later notification with effect from 1 January 2019.',
      'This Agreement shall retroactively enter into force on 1 January 2019.',
      'Le présent Accord entrera en vigueur à la date de la dernière notification avec effet rétroactif au 1er janvier 2019.',
      'Deze Overeenkomst treedt in werking met terugwerkende kracht tot 1 januari 2019.',
    ]) {
      it(`the text's own entry into force, no finding: ${words}`, () => assert.deepEqual(record(byEvent, words), []));
    }
  });

  describe('no event in the header: a warning to check the source, unless the words give the entry into force the earlier day', () => {
    it('a denial of retroactivity and a date of application leave the warning', () => {
      assert.deepEqual(record('', 'No provision of this Agreement shall be applied retroactively.'), ['warning']);
      assert.deepEqual(record('', 'This Agreement shall apply with effect from 1 January 2019.'), ['warning']);
    });
    it('"deemed to have entered into force": no finding', () => assert.deepEqual(record('', 'This Agreement shall be deemed to have entered into force on 1 January 2019.'), []));
  });

  describe('D9: `effect on` a day before the signature — both rules read it alike', () => {
    const effectOn = '  effect on 2019-01-01\n';
    it('no words state it: effect-before-signature and a warning to check the recorded date, the signed dates checked, not moved', () => {
      const text = treaty(effectOn, '');
      assert.deepEqual(record(effectOn, ''), ['warning']);
      const [before] = of(text, 'effect-before-signature');
      assert.equal(before.severity, 'warning');
      assert.match(before.message, /check both dates against the source and correct the one that is a slip; if the text gives that earlier day in its own words, transcribe the clause that does\.$/u);
      assert.doesNotMatch(before.message, /move one of the dates/u);
    });
    it('the words state the day as the start: neither rule reports', () => {
      const words = 'This Agreement shall remain in operation from 1 January 2019.';
      assert.deepEqual(record(effectOn, words), []);
      assert.deepEqual(of(treaty(effectOn, words), 'effect-before-signature'), []);
    });
    it('near miss: the words state another day — both still report', () => {
      const words = 'This Agreement shall remain in operation from 1 March 2019.';
      assert.deepEqual(record(effectOn, words), ['warning']);
      assert.equal(of(treaty(effectOn, words), 'effect-before-signature').length, 1);
    });
    it('a draft keeps the old advice: move one of the dates', () => {
      const draft = 'memorandum "MoU" {\n  signed at "Tallinn" on 2027-03-01\n  effect on 2027-02-01\n}\n';
      assert.match(of(draft, 'effect-before-signature')[0].message, /: move one of the dates\.$/u);
    });
  });
});

/**
 * Treaty lawyer lr22, D2, D3, D11, on the probes' own words (signed 1991-03-01, recorded in force on
 * 1991-01-01). D2: "shall enter into force on <day>" is the date the text provides (VCLT Art. 24(1)).
 * D3: a negation in a subordinate clause does not govern "deemed to have entered into force". D11: a
 * day the same sentence ties to application does not date the entry into force (Art. 28).
 */
describe('lr22: the day the text gives its entry into force, read in its clause', () => {
  const probe = (effect: string, words: string) => `treaty "Agreement between the Kingdom of the Netherlands and the Republic of Finland on the exchange of cyber threat information" {
  status binding
  languages English authentic
  done at "The Hague" on 1991-03-01 in duplicate
  consent by signature
  effect ${effect}
  entered into force on 1991-01-01 "Trb. 1991, 50"
  duration indefinite
  termination with notice of 6 months
}
party NL "Kingdom of the Netherlands" { kind state jurisdiction NL }
party FI "Republic of Finland" { kind state jurisdiction FI }
clause Art9 "Article 9" about entry-into-force """
  ${words}
"""
`;
  const findings = (effect: string, words: string) =>
    diagnose(probe(effect, words), {})
      .filter((d) => d.code === 'invalid-entry-into-force-record' || d.code === 'effect-before-signature')
      .map((d) => `${d.code} ${d.severity}`)
      .sort();

  describe('D2: "shall enter into force on" the `effect on` day', () => {
    it('the probe: neither rule reports', () => assert.deepEqual(findings('on 1991-01-01', 'This Agreement shall enter into force on 1 January 1991.'), []));
    it('"as from" and "with effect from" that day in the entry-into-force sentence: neither reports', () => {
      assert.deepEqual(findings('on 1991-01-01', 'This Agreement shall enter into force as from 1 January 1991.'), []);
      assert.deepEqual(findings('on 1991-01-01', 'This Agreement shall enter into force with effect from 1 January 1991.'), []);
    });
    it('near misses: the text enters into force on another day, or on the later of that day and its signature — both still report', () => {
      assert.deepEqual(findings('on 1991-01-01', 'This Agreement shall enter into force on 1 February 1991.'), ['effect-before-signature warning', 'invalid-entry-into-force-record warning']);
      assert.deepEqual(findings('on 1991-01-01', 'This Agreement shall enter into force on 1 January 1991 or on the date of its signature, whichever is the later.'), ['effect-before-signature warning', 'invalid-entry-into-force-record warning']);
    });
  });

  describe('D3: a negation counts only where it governs the entry-into-force verb', () => {
    for (const words of [
      'As the Parties were not able to sign it before that date, this Agreement shall be deemed to have entered into force on 1 January 1991.',
      'If neither Party has notified the other of an objection, this Agreement shall be deemed to have entered into force on 1 January 1991.',
      'This Agreement, which the Parties could not sign before that date, shall be deemed to have entered into force on 1 January 1991.',
    ]) {
      it(`the text's own entry into force, no finding: ${words}`, () => assert.deepEqual(findings('on signature', words), []));
    }
    for (const words of [
      'No provision of this Agreement shall be deemed to have entered into force before its signature.',
      'This Agreement shall not be deemed to have entered into force on 1 January 1991.',
      'If the Parties so agree, no provision of this Agreement shall be deemed to have entered into force before its signature.',
    ]) {
      it(`near miss, the error stays: ${words}`, () => assert.deepEqual(findings('on signature', words), ['invalid-entry-into-force-record error']));
    }
  });

  // effect-before-signature stays silent there: the earlier day is deliberate, not a slip (twentieth run).
  describe('D11: a day tied to application does not date the entry into force', () => {
    it('the probe: "shall be applied with effect from" the recorded day — the record is to be checked', () => {
      assert.deepEqual(findings('on 1991-01-01', 'This Agreement shall enter into force on the date of its signature and shall be applied with effect from 1 January 1991.'), ['invalid-entry-into-force-record warning']);
    });
    it('"shall have effect from" the day: the record is to be checked', () => {
      assert.deepEqual(findings('on 1991-01-01', 'The provisions of this Agreement shall have effect from 1 January 1991.'), ['invalid-entry-into-force-record warning']);
    });
    it('near miss: applied provisionally, then in force from the day in the same sentence — neither reports', () => {
      assert.deepEqual(findings('on 1991-01-01', 'This Agreement shall be applied provisionally from the date of its signature and shall enter into force as from 1 January 1991.'), []);
    });
  });
});

/**
 * Treaty lawyer lr23, D4 and D5, on the probes' own words (signed 2020-06-01, recorded in force on
 * 2019-01-01). D4: "enter(s)/entered/came into force on <day>" makes the `effect on` day the text's
 * own only where no negation governs it and its subject is THIS instrument, not another treaty (VCLT
 * Art. 24(1); Art. 28: no reach-back unless a different intention appears). D5: after a leading
 * subordinate clause, a negative subject with an inserted phrase still governs the verb.
 */
describe('lr23: the entry into force on a day is this instrument\'s, and not denied', () => {
  const both = (words: string) =>
    diagnose(treaty('  effect on 2019-01-01\n', words), {})
      .filter((d) => d.code === 'invalid-entry-into-force-record' || d.code === 'effect-before-signature')
      .map((d) => `${d.code} ${d.severity}`)
      .sort();
  const reported = ['effect-before-signature warning', 'invalid-entry-into-force-record warning'];

  describe('D4: both rules report where the words deny the day or date another treaty', () => {
    for (const words of [
      'This Agreement shall not enter into force on 1 January 2019 but on the date of the later notification.',
      'The Convention of 1990, which entered into force on 1 January 2019, remains unaffected.',
      'This Agreement replaces the Convention which entered into force on 1 January 2019.',
      'The Parties recall that the Convention of 1990 entered into force on 1 January 2019.',
      'This Agreement shall in no case enter into force on 1 January 2019.',
      'The Protocol came into force on 1 January 2019.',
    ]) {
      it(words, () => assert.deepEqual(both(words), reported));
    }
    it('the neutral words (probe r0): both report', () => assert.deepEqual(both('The Parties shall meet.'), reported));
  });

  describe('D4 near misses: this instrument enters into force on the day — neither reports', () => {
    for (const words of [
      'This Agreement shall enter into force on 1 January 2019.',
      'The present Agreement entered into force on 1 January 2019.',
      'This Memorandum of Understanding comes into force on 1 January 2019.',
      'It shall enter into force on 1 January 2019.',
      'The Parties agree that this Agreement shall enter into force on 1 January 2019.',
      'This Agreement, in accordance with the wish of the Parties, shall enter into force on 1 January 2019.',
      'This Agreement, which the Parties could not sign before that date, shall enter into force on 1 January 2019.',
      'As neither Party objects, this Agreement shall enter into force on 1 January 2019.',
    ]) {
      it(words, () => assert.deepEqual(both(words), []));
    }
  });

  describe('D5: a negative subject after a leading subordinate clause keeps the error', () => {
    for (const words of [
      'If the Parties so agree, no provision of this Agreement, other than Article 3, shall be deemed to have entered into force on 1 January 2019.',
      'No provision of it shall be deemed to have entered into force on 1 January 2019.',
      'If the Parties so agree, this Agreement shall not, as agreed, be deemed to have entered into force on 1 January 2019.',
    ]) {
      it(words, () => assert.deepEqual(record(byEvent, words), ['error']));
    }
    for (const words of [
      'If the Parties so agree, this Agreement, other than Article 3, shall be deemed to have entered into force on 1 January 2019.',
      'If Estonia, Latvia and Lithuania have not objected, this Agreement shall be deemed to have entered into force on 1 January 2019.',
      'As the Parties, who met in Tallinn, were not able to sign it before that date, this Agreement shall be deemed to have entered into force on 1 January 2019.',
      'If the Parties so agree, this Agreement shall, with the consent of both, be deemed to have entered into force on 1 January 2019.',
    ]) {
      it(`near miss, the text's own, no finding: ${words}`, () => assert.deepEqual(record(byEvent, words), []));
    }
  });
});

/**
 * lr23's leftovers (lf40): the "from", "as from", "as of", "with effect from" days pass the same test
 * as "enter into force on" — this instrument is the subject of the verb phrase before the day, and no
 * negation governs it — and the test reads this instrument in capitals too ("THIS AGREEMENT SHALL
 * ENTER INTO FORCE ON …"). A day tied to application still dates no entry into force for
 * `invalid-entry-into-force-record` (lr22, D11). Signed 2020-06-01, recorded in force on 2019-01-01.
 */
describe('lf40: the "from" days and the capitals pass the subject and negation test', () => {
  const both = (words: string) =>
    diagnose(treaty('  effect on 2019-01-01\n', words), {})
      .filter((d) => d.code === 'invalid-entry-into-force-record' || d.code === 'effect-before-signature')
      .map((d) => `${d.code} ${d.severity}`)
      .sort();
  const reported = ['effect-before-signature warning', 'invalid-entry-into-force-record warning'];

  it('"This Agreement shall apply with effect from" the day: deliberate, so no effect-before-signature; the record still to be checked (D11)', () =>
    assert.deepEqual(both('This Agreement shall apply with effect from 1 January 2019.'), ['invalid-entry-into-force-record warning']));

  describe('another instrument, a negation or a relative clause owns the day: both report', () => {
    for (const words of [
      'The Protocol of 1985 shall apply as from 1 January 2019.',
      'Nothing in this Agreement shall take effect from 1 January 2019.',
      'This Agreement shall not remain in operation from 1 January 2019.',
      'This Agreement replaces the Convention of 1990, which applies from 1 January 2019.',
      'This Agreement replaces the Convention that has applied as from 1 January 2019.',
      'This Agreement shall enter into force on the date of the later notification and the Protocol of 1985 shall apply from 1 January 2019.',
      'The Convention of 1990 remains in force and it shall apply from 1 January 2019.',
      'This Article shall remain in operation from 1 January 2019.',
    ]) {
      it(words, () => assert.deepEqual(both(words), reported));
    }
  });

  describe('this instrument operates from the day: neither reports', () => {
    for (const words of [
      'This Agreement shall remain in operation from 1 January 2019.',
      'This understanding will remain in operation from 1 January 2019 for a period of three years.',
      'This Administrative Agreement shall come into operation with retroactive effect as of 1 January 2019, shall have the same duration as the Convention.',
      'This Agreement shall enter into force on the date of the later notification, with effect from 1 January 2019.',
      'This Agreement shall enter into force on the date of the later notification and shall take effect as from 1 January 2019.',
      'The Parties agree that this Agreement shall take effect from 1 January 2019.',
      '(2) This Agreement, as agreed, shall take effect from 1 January 2019.',
    ]) {
      it(words, () => assert.deepEqual(both(words), []));
    }
  });

  describe('capitals: this instrument is read in any case', () => {
    for (const words of ['THIS AGREEMENT SHALL ENTER INTO FORCE ON 1 JANUARY 2019.', 'THE PRESENT AGREEMENT SHALL REMAIN IN OPERATION FROM 1 JANUARY 2019.']) {
      it(`neither reports: ${words}`, () => assert.deepEqual(both(words), []));
    }
    for (const words of [
      'THIS AGREEMENT SHALL NOT ENTER INTO FORCE ON 1 JANUARY 2019 BUT ON THE DATE OF THE LATER NOTIFICATION.',
      'THE CONVENTION OF 1990, WHICH ENTERED INTO FORCE ON 1 JANUARY 2019, REMAINS UNAFFECTED.',
      'THIS ARTICLE SHALL ENTER INTO FORCE ON 1 JANUARY 2019.',
    ]) {
      it(`near miss, both report: ${words}`, () => assert.deepEqual(both(words), reported));
    }
    it('an event-based entry into force beside "THIS AGREEMENT SHALL BE DEEMED TO HAVE ENTERED INTO FORCE ON 1 JANUARY 2019": no error', () =>
      assert.deepEqual(record(byEvent, 'THIS AGREEMENT SHALL BE DEEMED TO HAVE ENTERED INTO FORCE ON 1 JANUARY 2019.'), []));
  });
});
