/**
 * The treaty lawyers' open items of 5 December 2026, items 1–2: every citation of the Vienna
 * Conventions in a finding goes through rules/support/vienna-convention.ts, which says how far each
 * binds, and none reaches a memorandum that is no treaty.
 *
 * The 1969 Convention binds as a treaty only States parties to it, and only for treaties "concluded
 * by States after the entry into force of the present Convention with regard to such States"
 * (Art. 4; BWBV0003441); the language records no party's VCLT status (the Dutch series' text lists
 * none), so between States it is cited as treaty law between its parties, otherwise so far as it
 * states customary law — the United States, a party to NL(Aruba)–US 1994, is not a party to it. "A
 * treaty does not create either obligations or rights for a third State or a third organization
 * without the consent of that State or that organization" is the 1986 text's Art. 34
 * (BWBV0002302), not in force. A memorandum is no treaty: it commits only those who sign it.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const earlyNotification = repoText('test/real-instruments/iaea-early-notification-nuclear-accident-1986.entente');
const arubaUs = repoText('test/real-instruments/nl-us-aruba-forfeited-assets-1994.entente');
const deNlMou = repoText('test/real-instruments/de-nl-tax-rulings-exchange-mou-2015.entente');
const nlUs1978 = repoText('test/real-instruments/nl-us-defense-cooperation-mou-1978.entente');
const ets30 = repoText('test/real-instruments/coe-ets30-mutual-assistance-criminal-1959.entente');

const messageOf = (text: string, code: string) => {
  const found = findingsOf(text, code);
  assert.equal(found.length, 1, `expected one ${code}, got ${found.length}`);
  return found[0].message;
};

/** The Agency (a declared `non-party`, Arts. 2, 4) put among the channel's members, where only a party may stand. */
const agencyAsMember = (text: string) => replaced(text, 'channel Notification between States, Organizations {', 'channel Notification between States, Organizations, IAEA {');
const nonPartyMessage = (text: string) => findingsOf(agencyAsMember(text), 'unknown-reference').find((d) => /non-party IAEA/.test(d.message))?.message ?? '';
/** Near miss: the Convention as if open to States alone (its Art. 12(5) class made one of States). */
const statesOnly = replaced(earlyNotification, '  kind international-organisation\n  class open', '  kind state\n  class open');

const bareVclt = (article: string) => new RegExp(`\\(VCLT ${article.replace(/[()]/g, '\\$&')}\\)`);
const treatyLawOnly = /as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law/;

describe('open items of 5 December 2026, item 1: the third-party rule cited as the parties\' law of treaties would cite it', () => {
  it('States and organisations (Early Notification Arts. 1, 12(5)): the 1969 Convention only between States parties to it, the 1986 text for a third organisation', () => {
    const message = nonPartyMessage(earlyNotification);
    assert.match(message, /for a third State, VCLT Art\. 34 as between States parties to the 1969 Convention \(VCLT Arts\. 3\(c\), 4, as the 1986 Vienna Convention also states in Art\. 73\), otherwise only so far as it states customary law/);
    assert.match(message, /for a third organisation, the customary rule that a treaty creates neither obligations nor rights for a third organisation without its consent, which the 1986 Vienna Convention \(Art\. 34, not in force, Art\. 85\(1\)\) states for treaties to which organisations are parties/);
    assert.doesNotMatch(message, /VCLT Art\. 34 for a third State/, 'the old citation: the 1969 Convention whoever the parties are');
  });

  it('States only: VCLT Art. 34 as treaty law between its parties, otherwise customary law, never bare', () => {
    const message = nonPartyMessage(statesOnly);
    assert.match(message, /for a third State, VCLT Art\. 34, as between Parties that are bound by the Vienna Convention/);
    // lr6 item 5: a treaty between States only is outside both Conventions for a third organisation
    // (1969 Art. 1: "The present Convention applies to treaties between States"; its Art. 34 speaks of
    // third States): the rule is the customary one, which the 1986 text states for its own treaties.
    assert.match(message, /for a third organisation, the customary rule that a treaty creates neither obligations nor rights for a third organisation without its consent, which the 1986 Vienna Convention \(Art\. 34, not in force, Art\. 85\(1\)\) states for treaties to which organisations are parties/);
    assert.doesNotMatch(message, /the same rule as the 1986 Vienna Convention/);
    assert.match(message, treatyLawOnly);
    assert.doesNotMatch(message, /Art\. 3\(c\)/, 'no organisation is a party');
  });

  it('a memorandum that is no treaty: no Vienna Convention, only what it commits', () => {
    const withAgency = replaced(deNlMou, 'channel Rulings between DE, NL {', 'non-party OECD "Organisation for Economic Co-operation and Development"\nchannel Rulings between DE, NL, OECD {');
    const message = findingsOf(withAgency, 'unknown-reference').find((d) => /non-party OECD/.test(d.message))?.message ?? '';
    assert.match(message, /nothing in the instrument binds it \(a memorandum that is no treaty commits only those who sign it\)/);
    assert.doesNotMatch(message, /VCLT|Vienna|Art\. 34/);
  });

  it('a private actor named as the notifier: a treaty binds its parties (Art. 26), not Art. 34 on third States', () => {
    const text = replaced(earlyNotification, 'IAEA by "the State Party referred to in article 1"', 'IAEA by "the operator of the facility"');
    const message = messageOf(text, 'notifier-not-a-party');
    assert.match(message, /names a private actor as the one who notifies; only a party is bound \(VCLT Art\. 26 as between States parties/);
    assert.doesNotMatch(message, /Art\. 34/);
  });
});

describe('open items of 5 December 2026, item 1: between States, a party not bound by the 1969 Convention', () => {
  it('NL(Aruba)–US 1994 (the United States is no party to the 1969 Convention): Art. 54(b) as treaty law between its parties or as customary law', () => {
    const message = messageOf(arubaUs, 'missing-duration');
    assert.match(message, /\(VCLT Art\. 54\(b\), as between Parties that are bound by the Vienna Convention/);
    assert.match(message, treatyLawOnly);
    assert.doesNotMatch(message, bareVclt('Art. 54(b)'), 'the bare citation claims the Convention binds both Governments');
  });
});

describe('open items of 5 December 2026, item 2: no treaty law on a memorandum', () => {
  it('a concluded memorandum silent on disputes (DE–NL 2015): a new or amended memorandum and consultations, no VCLT, no Charter', () => {
    const message = messageOf(deNlMou, 'missing-dispute-settlement');
    assert.match(message, /The text is concluded \(the signature date is 2015-07-14\): the Participants can add a dispute-settlement procedure by amending the memorandum or by a new one, as they decide together, and meanwhile take up a difference in consultations between them; the text stands as signed\./);
    assert.doesNotMatch(message, /VCLT|Vienna|Art\. 39|Charter|treaty/);
  });

  it('a memorandum whose status is open (NL–US 1978): the treaty course only on the condition that it is a treaty', () => {
    const message = messageOf(nlUs1978, 'missing-dispute-settlement');
    assert.match(message, /if it is a treaty, a dispute-settlement procedure can be added by an agreement between the Parties amending the treaty \(VCLT Art\. 39, only so far as it states customary law: the treaty was concluded before the Vienna Convention entered into force on 27 January 1980 \(Art\. 4\)\)/);
    assert.match(message, /if it is a memorandum that is no treaty, the Parties can add a dispute-settlement procedure by amending the memorandum or by a new one/);
  });

  it('near miss: a multilateral treaty between States (European Convention on Mutual Assistance 1959) keeps amendment among the Parties (Arts. 39–41) and Charter Art. 33(1)', () => {
    const message = messageOf(ets30, 'missing-dispute-settlement');
    // The Convention has no amendment clause: no "treaty's own procedure" (fifty-fifth run, item 2).
    assert.match(message, /a dispute-settlement procedure can be added only by amending the treaty, and the text states no procedure for amending it, so only by a new agreement: one amending the treaty, open to all the Parties and binding only those that become party to it, or one among some of the Parties modifying it between themselves alone \(VCLT Arts\. 39–41, only so far as they state customary law: the treaty was concluded before the Vienna Convention entered into force on 27 January 1980 \(Art\. 4\)\)/);
    assert.match(message, /UN Charter Art\. 2\(3\), for Parties that are UN Members\), by means of the Parties. own choice \(cf\. Art\. 33\(1\)\), and the text stands as in force\./);
  });

  it('a treaty concluded before the Convention entered into force (27 January 1980, Art. 84(1)) is governed by it for no State (Art. 4): customary law only', () => {
    const before = /\(VCLT Arts\. 39–41, only so far as they state customary law: the treaty was concluded before the Vienna Convention entered into force on 27 January 1980 \(Art\. 4\)\)/;
    assert.match(messageOf(ets30, 'missing-dispute-settlement'), before);
    // Near miss: the same Convention dated after 27 January 1980 keeps the treaty-law form with its Art. 4 caveat.
    const later = messageOf(replaced(ets30, 'on 1959-04-20', 'on 1980-01-27'), 'missing-dispute-settlement');
    assert.doesNotMatch(later, /the treaty was concluded before the Vienna Convention/);
    assert.match(later, treatyLawOnly);
  });

  it('a bilateral treaty is amended by agreement between its two Parties (Art. 39), not among "some" of them (Art. 41 is for multilateral treaties)', () => {
    const message = messageOf(arubaUs, 'missing-dispute-settlement');
    assert.match(message, /a dispute-settlement procedure can be added by an agreement between the Parties amending the treaty \(VCLT Art\. 39, as between Parties that are bound by the Vienna Convention/);
    assert.doesNotMatch(message, /some or all|39–41/);
  });

  it('a memorandum carrying classified information: survival asked without VCLT Art. 70(1) (samples/review-me.entente)', () => {
    const message = messageOf(repoText('samples/review-me.entente'), 'missing-survival');
    assert.match(message, /once the memorandum ends: add a clause that the obligation to protect it continues after termination\.$/);
    assert.doesNotMatch(message, /VCLT/);
  });

  it('provisional application on a memorandum: no VCLT Art. 25(2) note, only the advice to remove it (mou-treaty-procedure); a treaty keeps the note', () => {
    const provisional = replaced(deNlMou, '  effect on signature\n', '  effect on signature\n  provisional application on signature\n');
    assert.deepEqual(findingsOf(provisional, 'provisional-application-end'), []);
    assert.match(messageOf(provisional, 'mou-treaty-procedure'), /remove the provisional application/);
    const croatia = repoText('test/real-instruments/cw-hr-savings-income-letters-2013.entente');
    assert.match(messageOf(croatia, 'provisional-application-end'), /\(VCLT Art\. 25\(2\), as between Parties that are bound by the Vienna Convention/);
  });
});
