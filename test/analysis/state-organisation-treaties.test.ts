/**
 * The forty-fifth real-instrument run (test/real-instruments/FORTY-FIFTH-RUN.md): the Headquarters
 * Agreement of the Special Tribunal for Lebanon between the Netherlands and the United Nations
 * (2007; BWBV0002866) and UNCLOS 1982 (BWBV0003172).
 *
 * Item 4: the 1969 Vienna Convention "applies to treaties between States" (Art. 1; BWBV0003441);
 * a treaty between a State and the United Nations is the subject of the 1986 Vienna Convention
 * (Art. 1(a); BWBV0002302), which is not in force. Its Arts. 25(2) and 30 state the rules the
 * findings cite. Between several States and an organisation, the 1969 Convention still governs the
 * States' relations among themselves (its Art. 3(c)).
 */
import assert from 'node:assert/strict';
import { draftOf, findingsOf, wholeText } from '../helpers/fix-review';
import { missingIncidentNotificationTerms } from '../../server/src/language/rules/checks/missing-cooperation';
import { VIENNA_1986_SOURCE } from '../../server/src/language/rules/support/vienna-convention';
import { replaced } from '../helpers/replaced-once';

const stl = wholeText('test/real-instruments/nl-un-stl-headquarters-agreement-2007.entente');
const unclos = wholeText('test/real-instruments/un-unclos-marine-environment-final-clauses-1982.entente');

/** The STL Agreement's second party, "The United Nations" (Art. 1(f)). */
const unParty = 'party UN "The United Nations" {\n  kind international-organisation\n  jurisdiction INT\n}';
/** Near miss: the same Agreement as if made between two States. */
const betweenStates = replaced(stl, unParty, 'party LB "The Lebanese Republic" {\n  kind state\n  jurisdiction LB\n}');
/** Several States and the United Nations: the 1969 Convention governs between the States (Art. 3(c)). */
const mixed = replaced(stl, unParty, `${unParty}\nparty LB "The Lebanese Republic" {\n  kind state\n  jurisdiction LB\n}`);

const messageOf = (text: string, code: string) => {
  const found = findingsOf(text, code);
  assert.equal(found.length, 1, `expected one ${code}, got ${found.length}`);
  return found[0].message;
};

describe('forty-fifth real-instrument run, item 4: the Vienna Convention cited for a treaty with the United Nations', () => {
  it('cites the 1986 Convention, not in force, for provisional application "as from the date of signature" (Art. 51(1))', () => {
    const message = messageOf(stl, 'provisional-application-end');
    assert.match(message, /as stated in the 1986 Vienna Convention on treaties with international organisations, Art\. 25\(2\), not in force \(Art\. 85\(1\)\) and cited as the text that states the rule/);
    assert.match(message, /the 1969 VCLT governs treaties between States only/);
    assert.doesNotMatch(message, /VCLT Art\. 25\(2\)/, 'the 1969 Convention does not bind the United Nations');
  });

  it('cites the 1986 Convention for the relation to other obligations (NL bound by Union law)', () => {
    const message = messageOf(stl, 'missing-relation-to-other-obligations');
    assert.match(message, /NL is an EU Member State bound by Union law/);
    assert.match(message, /1986 Vienna Convention on treaties with international organisations, Art\. 30, not in force/);
    assert.doesNotMatch(message, /VCLT Art\. 30/);
  });

  it('near miss: between two States both findings cite the 1969 Convention alone', () => {
    const provisional = messageOf(betweenStates, 'provisional-application-end');
    assert.match(provisional, /(?:or|so) the default rule governs: it is terminated for a Party that notifies the others of its intention not to become a party, with no notice period \(VCLT Art\. 25\(2\), as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\)/);
    assert.doesNotMatch(provisional, /1986/);
    const relation = messageOf(betweenStates, 'missing-relation-to-other-obligations');
    assert.match(relation, /\(VCLT Art\. 30, as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law; UN Charter Art\. 103\)/);
    assert.doesNotMatch(relation, /1986/);
  });

  it('with two States and the United Nations, cites the 1969 Convention only between States parties to it (1969 Art. 3(c); 1986 Art. 73)', () => {
    const message = messageOf(mixed, 'provisional-application-end');
    assert.match(message, /\(VCLT Art\. 25\(2\) as between States parties to the 1969 Convention \(VCLT Arts\. 3\(c\), 4, as the 1986 Vienna Convention also states in Art\. 73\), otherwise only so far as it states customary law; with an organisation, as stated in the 1986 Vienna Convention on treaties with international organisations, Art\. 25\(2\), not in force \(Art\. 85\(1\)\)/);
  });
});

describe('forty-fifth real-instrument run, point 3: the United Nations registers ex officio an agreement it is party to', () => {
  it('says so of the STL Agreement (Regulations Arts. 4(1)(a), 3(2))', () => {
    const message = messageOf(stl, 'missing-registration');
    assert.match(message, /The United Nations \(UN\) is a Party, and registers it ex officio \(Regulations to give effect to Art\. 102, Art\. 4\(1\)\(a\)\), which relieves the other Parties \(Art\. 3\(2\)\)/);
  });

  it('near misses: not between States, nor for another organisation', () => {
    assert.doesNotMatch(messageOf(betweenStates, 'missing-registration'), /ex officio/);
    const agency = replaced(stl, '"The United Nations"', '"International Atomic Energy Agency"');
    assert.doesNotMatch(messageOf(agency, 'missing-registration'), /ex officio/);
  });
});

describe('forty-fifth real-instrument run, item 3: UNCLOS Art. 198 and the content of a notification', () => {
  const tag = 'clause Art198 "Article 198 – Notification of imminent or actual damage" about incident-notification """';
  const untagged = replaced(unclos, tag, 'clause Art198 "Article 198 – Notification of imminent or actual damage" """');

  it('asks the content of "shall immediately notify other States it deems likely to be affected", but no channel', () => {
    const found = findingsOf(untagged, 'missing-incident-notification-terms');
    assert.equal(found.length, 1);
    // On the concluded Convention the finding says what a reviewer can do (sixty-fifth run, item 1).
    assert.equal(found[0].message, 'Incident protocol PollutionDamage lacks the content (`content "…"`). The text is concluded (the signature date is 1982-12-10): where the text states the term in words the transcription left out, transcribe them; otherwise the gap is for an amending instrument or the next draft.');
  });

  it('near miss: the Article tagged `about incident-notification` states the terms in its own words', () => {
    assert.deepEqual(findingsOf(unclos, 'missing-incident-notification-terms'), []);
  });

  it('says so in the rule’s rationale, which the reviewer read as "content asked only with a channel"', () => {
    assert.match(missingIncidentNotificationTerms.rationale, /The content is asked of every protocol, with or without a channel/);
    assert.match(missingIncidentNotificationTerms.rationale, /A clause tagged `about incident-notification` is taken to state the terms/);
  });
});

describe('forty-fifth real-instrument run, item 4: every finding that cites a Vienna Convention article', () => {
  const pnr = wholeText('test/real-instruments/eu-us-pnr-agreement-2007.entente');
  const warsaw = wholeText('test/real-instruments/coe-cets198-warsaw-laundering-2005.entente');
  const cwc = wholeText('test/real-instruments/opcw-chemical-weapons-convention-1993.entente');

  it('EU–US PNR Agreement (the Union and a State), provisional application on signature: the 1986 text', () => {
    assert.match(messageOf(pnr, 'provisional-application-end'), /\(as stated in the 1986 Vienna Convention on treaties with international organisations, Art\. 25\(2\), not in force/);
  });

  it('Warsaw Convention (member States, the European Community, other States): tacit amendment under Art. 54(6)–(10) cites each Convention for its relations, and the organisation’s own rules', () => {
    const found = findingsOf(warsaw, 'treaty-amendment-by-decision');
    assert.ok(found.length > 0);
    for (const d of found) {
      assert.match(d.message, /\(VCLT Art\. 39 as between States parties to the 1969 Convention \(VCLT Arts\. 3\(c\), 4, as the 1986 Vienna Convention also states in Art\. 73\), otherwise only so far as it states customary law; with an organisation, as stated in the 1986 Vienna Convention on treaties with international organisations, Art\. 39, not in force \(Art\. 85\(1\)\)/);
      assert.match(d.message, /each State Party's constitutional law \(and, for an organisation, its own rules, as the 1986 Vienna Convention states in Art\. 39\(2\)\) allows/);
    }
  });

  it('near miss: the Chemical Weapons Convention, between States only, cites VCLT Art. 39 and constitutional law alone', () => {
    const found = findingsOf(cwc, 'treaty-amendment-by-decision');
    assert.ok(found.length > 0);
    for (const d of found) {
      assert.match(d.message, /lawful if the treaty so provides \(VCLT Art\. 39, as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\); check that each Party's constitutional law allows/);
      assert.doesNotMatch(d.message, /1986/);
    }
  });

  // A draft between the Netherlands and the United Nations (no conclusion: fixes are offered).
  const draft = 'treaty "Agreement" { status binding }\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty UN "The United Nations" { kind international-organisation jurisdiction INT }\n';
  const draftBetweenStates = replaced(draft, 'party UN "The United Nations" { kind international-organisation jurisdiction INT }', 'party LB "The Lebanese Republic" { kind state jurisdiction LB }');

  it('titles the savings-clause fix with the 1986 text where the United Nations is a party', () => {
    const [finding] = findingsOf(draft, 'missing-relation-to-other-obligations');
    const titles = finding.fixes.map((f) => f.title).join(' | ');
    assert.match(titles, /where otherwise the later treaty would prevail between them \(as stated in the 1986 Vienna Convention on treaties with international organisations, Art\. 30\(2\)–\(3\), not in force/);
    assert.doesNotMatch(titles, /VCLT Art\. 30\(2\)/);
  });

  it('near miss: between two States the fix title keeps VCLT Art. 30(2)–(3)', () => {
    const [finding] = findingsOf(draftBetweenStates, 'missing-relation-to-other-obligations');
    const titles = finding.fixes.map((f) => f.title).join(' | ');
    assert.match(titles, /earlier or later, where otherwise the later treaty would prevail between them \(VCLT Art\. 30\(2\)–\(3\), as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\)/);
  });

  // The Aruba agreement "pertains only to the transfer of the dollars 92,702.40" (para. 5): one
  // performance, after which it is spent and may be ended by consent (Art. 54(b) in both texts).
  const aruba = wholeText('test/real-instruments/nl-us-aruba-forfeited-assets-1994.entente');
  const usParty = 'party US "The Government of the United States of America" {\n  kind government\n  jurisdiction US\n}';

  it('one performance: the duration note cites the 1986 text where the other party is an organisation', () => {
    const withOrganisation = replaced(aruba, usParty, 'party UN "The United Nations" {\n  kind international-organisation\n  jurisdiction INT\n}');
    const message = messageOf(withOrganisation, 'missing-duration');
    assert.match(message, /may end it at any time by consent \(as stated in the 1986 Vienna Convention on treaties with international organisations, Art\. 54\(b\), not in force/);
  });

  it('near miss: between the two Governments, VCLT Art. 54(b)', () => {
    assert.match(messageOf(aruba, 'missing-duration'), /may end it at any time by consent \(VCLT Art\. 54\(b\), as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\)/);
  });
});

describe('forty-fifth real-instrument run, item 4: a third party (VCLT Art. 34 speaks of third States)', () => {
  // UNCLOS Art. 198: "it shall immediately notify … the competent international organizations".
  it('names the 1986 text for an organisation written as the one who notifies', () => {
    const byIOs = replaced(unclos, 'IOs by States immediately', 'IOs by "the competent international organizations" immediately');
    const [found] = findingsOf(byIOs, 'notifier-not-a-party');
    assert.ok(found, 'the organisation is reported as the one who notifies');
    assert.match(found.message, /only a party is bound \(for a third organisation, the customary rule that a treaty creates neither obligations nor rights for a third organisation without its consent, which the 1986 Vienna Convention \(Art\. 34, not in force, Art\. 85\(1\)\) states for treaties to which organisations are parties\)/);
    // The 1969 Convention speaks of third States only (its Art. 34).
    assert.doesNotMatch(found.message, /VCLT Art\. 34/);
  });

  it('"a State not Party to this Convention" is a third State: VCLT Art. 34 between the States, the 1986 text with the Art. 305 entities', () => {
    const byThirdState = replaced(unclos, 'IOs by States immediately', 'IOs by "a State not Party to this Convention" immediately');
    const [found] = findingsOf(byThirdState, 'notifier-not-a-party');
    assert.ok(found);
    assert.match(found.message, /\(VCLT Art\. 34 as between States parties to the 1969 Convention \(VCLT Arts\. 3\(c\), 4, as the 1986 Vienna Convention also states in Art\. 73\), otherwise only so far as it states customary law; with an organisation, as stated in the 1986 Vienna Convention on treaties with international organisations, Art\. 34, not in force \(Art\. 85\(1\)\)/);
  });

  it('near miss: were the Art. 305 entities States, VCLT Art. 34 alone', () => {
    const statesOnly = replaced(unclos, 'party Entities "the other entities referred to in article 305" {\n  kind international-organisation', 'party Entities "the other entities referred to in article 305" {\n  kind state');
    const [found] = findingsOf(replaced(statesOnly, 'IOs by States immediately', 'IOs by "a State not Party to this Convention" immediately'), 'notifier-not-a-party');
    assert.ok(found);
    assert.match(found.message, /\(VCLT Art\. 34, as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law\)\./);
    assert.doesNotMatch(found.message, /1986/);
  });
});

describe('the 1986 Vienna Convention cited as a treaty lawyer reads it (December 2026): Arts. 3, 4, 73, 85 (BWBV0002302)', () => {
  const gwp = wholeText('test/real-instruments/gwp-organisation-mou-2002.entente');
  const uncac = wholeText('test/real-instruments/un-convention-against-corruption-2003.entente');
  /** What a message must never say: that the 1969 Convention governs between every State party. */
  const allStates = /VCLT Art\. \d+(?:\([a-z0-9]+\))? between the States/;
  const betweenParties = /\(VCLT Art\. 30 as between States parties to the 1969 Convention \(VCLT Arts\. 3\(c\), 4, as the 1986 Vienna Convention also states in Art\. 73\), otherwise only so far as it states customary law; with an organisation, as stated in the 1986 Vienna Convention on treaties with international organisations, Art\. 30, not in force \(Art\. 85\(1\)\)/;

  it('GWP MoU 2002 (France and India, not parties to the 1969 Convention, with the World Bank and the WMO): VCLT Art. 30 only between States parties to it', () => {
    const message = messageOf(gwp, 'missing-relation-to-other-obligations');
    assert.match(message, betweenParties);
    assert.doesNotMatch(message, allStates);
  });

  it('UN Convention against Corruption 2003 (States and regional economic integration organisations): every citation in the note says so', () => {
    const message = messageOf(uncac, 'missing-relation-to-other-obligations');
    // Signed: the rule is cited once, and "for the rest that rule applies" (lr22, D8); the draft cites it twice.
    assert.equal(message.split('as between States parties to the 1969 Convention').length, 2, 'the one citation');
    assert.match(message, /for the rest that rule applies/);
    assert.doesNotMatch(message, allStates);
    const draft = messageOf(draftOf(uncac), 'missing-relation-to-other-obligations');
    assert.equal(draft.split('as between States parties to the 1969 Convention').length, 3, 'both citations');
    assert.doesNotMatch(draft, allStates);
  });

  it('the STL Agreement (the Netherlands and the United Nations): the 1986 text alone, not in force under its Art. 85(1), no Art. 73', () => {
    const message = messageOf(stl, 'missing-relation-to-other-obligations');
    assert.match(message, /Art\. 30, not in force \(Art\. 85\(1\)\) and cited as the text that states the rule: the 1969 VCLT governs treaties between States only/);
    assert.doesNotMatch(message, /Art\. 73|States parties to the 1969/);
  });

  it('the rules’ sources name Art. 85(1)’s condition and the Dutch series’ status, and claim no date of entry into force', () => {
    assert.match(VIENNA_1986_SOURCE, /Art\. 85\(1\): thirty-five instruments of ratification or accession by States/);
    assert.match(VIENNA_1986_SOURCE, /"op een nader te bepalen tijdstip"/);
    assert.match(VIENNA_1986_SOURCE, /Art\. 73 with VCLT Art\. 3\(c\)/);
    assert.doesNotMatch(VIENNA_1986_SOURCE, /entered into force|in force (?:on|since|from)|will enter into force on/);
  });
});
