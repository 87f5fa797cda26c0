/**
 * lr19, D4, D5 and D12: what an amending instrument does to the treaty it amends, said with the
 * VCLT's qualifications and each article cited only for what it says (read: BWBV0003441).
 *
 * D4: the finding said flatly that "once in force its provisions are provisions of that treaty as
 * amended" and that the instrument "need state only its own consent and entry into force". An
 * amending agreement "does not bind any State already a party to the treaty which does not become a
 * party to the amending agreement" (Art. 40(4)); between some of the parties only it is a
 * modification on Art. 41's conditions, with notice; and what it adds apart from the treaty's
 * articles (a five-year pilot) may need clauses of its own. It asks a reviewer to check: a note under
 * every profile.
 *
 * D5: Art. 40(5)(a) concerns a State that becomes a party after the amending agreement is in force,
 * and Art. 44(1) the denunciation of part of one treaty: neither is cited for what they do not say.
 *
 * D12: a replacement of provisions of an agreement not named as one between these Parties states
 * Art. 41's conditions as conditions.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const protocol = (extra = '') => `protocol "Protocol between Estonia and Latvia amending the Convention on Cooperation against Cross-Border Cyber Incidents" {
  status binding
  languages English authentic
  amends "Convention of the Council of the Baltic Sea States on Cooperation against Cross-Border Cyber Incidents"
  consent by ratification
  effect 30 days after last ratification
  registration article-102
  reservations none${extra}
}
party EE "Republic of Estonia" { kind state jurisdiction EE }
party LV "Republic of Latvia" { kind state jurisdiction LV }
clause Replacement "Article 1" """
  Article 4 of the Convention shall be replaced by the following: "Each Party shall notify the other Parties of a significant cross-border cyber incident without undue delay."
"""
clause Pilot "Article 2" """
  The Parties shall carry out a joint pilot exercise each year for five years from the entry into force of this Protocol.
"""
`;
const note = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'amending-instrument-final-clauses');

describe('lr19, D4: amending-instrument-final-clauses keeps the rule\'s qualifications', () => {
  it('the EE–LV protocol (the probe): bound parties only (Art. 40(4)), Art. 41\'s conditions and notice, clauses of its own where what it adds stands apart', () => {
    const [finding, ...rest] = note(protocol());
    assert.deepEqual(rest, []);
    // lr20, D5: Arts. 40–41 only if the amended treaty is multilateral, which Entente does not know.
    assert.match(finding.message, /become part of that treaty's text, governed by its final clauses, for the parties bound by this protocol\. If that treaty is multilateral, then, unless it provides otherwise, this protocol does not bind a party to that treaty that does not become a party to it \(Art\. 40\(1\), \(4\)\);/u);
    assert.match(finding.message, /concluded between some of that treaty's parties only, rather than as an amendment open to all of them \(Art\. 40\(2\)\), it modifies the treaty as between them alone, and may do so only where the treaty provides for such a modification, or does not prohibit it/u);
    assert.match(finding.message, /the other parties to be notified unless a treaty that provides for the modification says otherwise \(Art\. 41\)\./u);
    assert.match(finding.message, /Whether what it adds apart from the treaty's articles ends with the treaty depends on its own words/u);
    assert.match(finding.message, /need state only its own consent and entry into force unless what it adds is to last, end or be amended apart from that treaty\.$/u);
    assert.doesNotMatch(finding.message, /once in force its provisions are provisions of that treaty as amended/u);
  });
  it('a note under every profile: it asks the reviewer to check, and reports no defect', () => {
    for (const profile of [undefined, 'strict', 'treaty-review']) assert.equal(note(protocol(), profile)[0]?.severity, 'info', profile);
  });
  it('near miss: the protocol that says the Convention\'s final clauses apply (`incorporates`) has no note', () => {
    assert.deepEqual(note(protocol('\n  incorporates duration, termination, amendment, disputes from "Convention of the Council of the Baltic Sea States on Cooperation against Cross-Border Cyber Incidents"')), []);
  });
});

describe('lr19, D5: each article cited only for what it says', () => {
  it('neither Art. 40(5)(a) (later parties) nor Art. 44(1) (denouncing part of a treaty) in the finding', () => {
    const [finding] = note(protocol());
    assert.doesNotMatch(finding.message, /40\(5\)|44\(1\)|takes them with it/u);
  });
});

describe('lr19, D12: a replacement of provisions states Art. 41 as conditions', () => {
  it('a multilateral replacement between two States: "where that agreement provides for such a modification, or does not prohibit it …, the other parties to be notified"', () => {
    const text = 'treaty "Agreement" {\n  status binding\n}\nparty EE "the Republic of Estonia" { kind state jurisdiction EE }\nparty FI "the Republic of Finland" { kind state jurisdiction FI }\nclause Replace "Article 9" """\n  This Agreement shall replace the provisions of Article 5 of the Agreement on Police Cooperation signed at Tallinn on 3 March 2005.\n"""\n';
    const finding = diagnose(text).find((d) => d.code === 'missing-relation-to-other-obligations');
    assert.ok(finding);
    assert.match(finding.message, /otherwise it modifies it as between them only, where that agreement provides for such a modification, or does not prohibit it and the modification neither affects the other parties’ rights or obligations nor relates to a provision derogation from which is incompatible with its object and purpose, the other parties to be notified; it otherwise stays in force/u);
    assert.doesNotMatch(finding.message, /and otherwise modifies it as between them only;/u);
  });
});

describe('lr19, D4: an amended treaty named as one between the text\'s own two Parties', () => {
  it('NL–Israel: amended by all its parties (Art. 39), no Art. 40(4)/41 condition', () => {
    const text = `treaty "Convention concerning revision of the Convention between the Kingdom of the Netherlands and the State of Israel signed at Jerusalem on April 25, 1984" {
  status binding
  amends "Convention between the Kingdom of the Netherlands and the State of Israel signed at Jerusalem on April 25, 1984"
  consent by notification
  effect on first day of third month after last notification
}
party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }
party IL "The State of Israel" { kind state jurisdiction IL }
clause ArtI "Article I" """
  Article 5 of the Convention shall be replaced by the following text.
"""
`;
    const [finding] = note(text);
    assert.match(finding.message, /\(VCLT Art\. 39\); made between that treaty's own parties, it amends it \(Art\. 39\), and the articles of that treaty it replaces or inserts become part of that treaty's text, governed by its final clauses\. Whether/u);
    assert.doesNotMatch(finding.message, /Art\. 4[01]/u);
  });
});
