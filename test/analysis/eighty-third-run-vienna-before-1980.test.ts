/**
 * Eighty-third run (ESRO Ariane Arrangement 1973): with an organisation among the parties, the
 * citation of the 1969 Convention between the States said "as between States parties to the 1969
 * Convention" for a treaty concluded in 1973 — before the Convention entered into force on 27
 * January 1980, when by its Art. 4 it binds no State for the treaty: its rules hold there only so far
 * as they state customary law, as the States-only citation already said.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const arrangement = (date: string) => `treaty "Arrangement on a launcher programme" {
  status binding
  signed at "Paris" on ${date}
}
party FR "the Government of the French Republic" { kind state jurisdiction FR }
party DE "the Government of the Federal Republic of Germany" { kind state jurisdiction DE }
party ESRO "the European Space Research Organisation" { kind international-organisation }
clause A1 "Article I" """
  The Participants shall carry out the programme.
"""
`;
const citations = (date: string) => diagnose(arrangement(date)).map((d) => d.message).filter((m) => /\bVCLT\b/u.test(m));

describe('eighty-third run: the 1969 Convention between the States of a treaty with an organisation, concluded before 1980', () => {
  it('1973: only so far as the rule states customary law (Art. 4), never "as between States parties to the 1969 Convention"', () => {
    const found = citations('1973-09-21');
    assert.ok(found.length > 0);
    for (const m of found) {
      assert.doesNotMatch(m, /as between States parties to the 1969 Convention/u);
      assert.match(m, /between the States only so far as (?:it|they) states? customary law: the treaty was concluded before the Vienna Convention entered into force on 27 January 1980 \(Art\. 4\); with an organisation, as stated in the 1986 Vienna Convention/u);
    }
  });

  it('near miss: concluded in 1985, the Convention binds the States parties to it', () => {
    const found = citations('1985-09-21');
    assert.ok(found.length > 0);
    for (const m of found) {
      assert.match(m, /as between States parties to the 1969 Convention/u);
      assert.doesNotMatch(m, /27 January 1980/u);
    }
  });
});

describe('eighty-third run: a party that is no State, in a treaty concluded before 1980', () => {
  const withTerritory = (date: string) => `treaty "Agreement on air services" {
  status binding
  signed at "The Hague" on ${date}
}
party NL "the Government of the Kingdom of the Netherlands" { kind state jurisdiction NL }
party HK "the Government of Hong Kong" { kind state jurisdiction HK }
clause A1 "Article 1" """
  The Contracting Parties shall grant each other the rights specified in this Agreement.
"""
`;
  const cited = (date: string) => diagnose(withTerritory(date)).map((d) => d.message).filter((m) => /is not a State/u.test(m));

  it('1975: if the entrusting State is the party, the rule holds between the States only as customary law (Art. 4)', () => {
    const found = cited('1975-06-01');
    assert.ok(found.length > 0);
    for (const m of found) {
      assert.match(m, /if that State is, the rule holds between the States only so far as it states customary law, the treaty having been concluded before the Vienna Convention entered into force on 27 January 1980 \(Art\. 4\)/u);
      assert.doesNotMatch(m, /the Convention applies between the States it binds/u);
    }
  });

  it('near miss: 1995, the Convention applies between the States it binds', () => {
    const found = cited('1995-06-01');
    assert.ok(found.length > 0);
    for (const m of found) assert.match(m, /if that State is, the Convention applies between the States it binds/u);
  });
});
