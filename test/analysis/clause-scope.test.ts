/**
 * Clause scopes: `about <topics> for <channels>` ties a clause's topics — its tag and its words on
 * them — to those channels (model/topic-scope.ts). The fixtures take the words of the two texts
 * whose reviewers found the gap: the WHO FCTC illicit-trade Protocol 2012 (BWBV0006383: Art. 21(2)
 * "Information received from Parties under this Article shall be used exclusively …", Art. 22(1)
 * "data referred to in Articles 20, 21 and 24", Art. 28 mutual administrative assistance) and the
 * UN Convention against Corruption 2003 (BWBV0001830: Art. 46(13) central authority for "requests
 * for mutual legal assistance", Art. 48 police channel). Every near miss is the same text without
 * the scope, which must keep today's meaning.
 */
import assert from 'node:assert/strict';
import { parse } from '../../server/src/language/syntax/parse';
import { findingsOf, repoText } from '../helpers/fix-review';

const fctc = repoText('test/real-instruments/who-fctc-illicit-tobacco-trade-protocol-2012.entente');

const head = `treaty "Protocol to Eliminate Illicit Trade in Tobacco Products" {
  status binding
}
party States "States Parties" {
  kind state
  class open
}
`;

/** Three exchanges of the Protocol, each with its text's own words, and one Art. 22-like clause with `about`. */
const protocol = (about: string) =>
  head +
  `channel GeneralInformation between States { carries "information from records" handling in-confidence "confidential and for the use of Parties only" purpose "to meet the objectives of this Protocol" }
channel EnforcementInformation between States { carries personal-data purpose "shall be used exclusively to meet the objectives of this Protocol" onward sharing with-consent }
channel AdministrativeAssistance between States { carries personal-data handling in-confidence "confidential and for restricted use" purpose "to prevent, detect, investigate, prosecute and combat illicit trade" }
clause Art22 "Article 22 — Information sharing" ${about} """
  1. In order to achieve the objective of information sharing, Parties shall designate the competent national authorities to which data referred to in Articles 20, 21 and 24 are supplied and notify the Parties of such designation through the Convention Secretariat.
"""
`;

const contactGaps = (text: string) => findingsOf(text, 'missing-points-of-contact').map((d) => /channel (\w+)/.exec(d.message)?.[1]);

describe('clause scopes: missing-points-of-contact (MC12) counts a scoped clause for its channels only', () => {
  it('reports the channel outside the scope (FCTC Art. 22(1) reaches the data of Arts. 20 and 21, not Art. 28)', () => {
    assert.deepEqual(contactGaps(protocol('about confidentiality about points-of-contact for GeneralInformation, EnforcementInformation')), ['AdministrativeAssistance']);
  });

  it('near miss: the same clause without a scope satisfies the check for every channel, as before', () => {
    assert.deepEqual(contactGaps(protocol('about points-of-contact, confidentiality')), []);
  });

  it('near miss: a scope that names every channel reports none', () => {
    assert.deepEqual(contactGaps(protocol('about points-of-contact for GeneralInformation, EnforcementInformation, AdministrativeAssistance')), []);
  });

  it('near miss: a topic tagged once for every channel and once for some reaches every channel', () => {
    assert.deepEqual(contactGaps(protocol('about points-of-contact about points-of-contact for GeneralInformation')), []);
  });

  it('scopes the words too: a clause that designates contacts, scoped, does not designate them for the other channels', () => {
    const untagged = protocol('');
    // The untagged clause's words designate contacts ("shall designate … notify"), so the check is silent everywhere…
    const words = untagged.replace('the competent national authorities', 'the competent authorities');
    assert.deepEqual(contactGaps(words), []);
    // …and scoped, they designate for those channels only.
    assert.deepEqual(contactGaps(words.replace('clause Art22 "Article 22 — Information sharing" ', 'clause Art22 "Article 22 — Information sharing" about points-of-contact for EnforcementInformation ')), [
      'GeneralInformation',
      'AdministrativeAssistance',
    ]);
  });

  it('near miss: a scope on another topic leaves the words on contacts for every channel', () => {
    const words = protocol('about confidentiality for EnforcementInformation').replace('the competent national authorities', 'the competent authorities');
    assert.deepEqual(contactGaps(words), []);
  });

  it('a `designate … for` and a scoped clause together: each counts for its own channels (UNCAC Arts. 46(13), 48)', () => {
    const uncac =
      head +
      `channel Evidence between States { carries personal-data exchange on-request purpose "for the investigations stated in the request" onward sharing with-consent }
channel LawEnforcement between States { carries "information concerning all aspects of the offences" }
designate central-authority for Evidence notified to "the Secretary-General of the United Nations"
clause Art46 "Article 46" about points-of-contact for Evidence """
  13. Each State Party shall designate a central authority that shall have the responsibility and power to receive requests for mutual legal assistance.
"""
`;
    assert.deepEqual(contactGaps(uncac), ['LawEnforcement']);
    assert.deepEqual(contactGaps(uncac.replace('about points-of-contact for Evidence ', '').replace('central-authority for Evidence', 'central-authority')), []);
  });

  it('in the FCTC transcription, reports AdministrativeAssistance (Art. 28) and not the channels Arts. 22(1) and 29(6) reach', () => {
    assert.deepEqual(contactGaps(fctc), ['AdministrativeAssistance']);
  });
});

/** Two exchanges, one Art. 21-like use rule. */
const useRule = (about: string) =>
  head +
  `channel EnforcementInformation between States { carries personal-data }
channel LawEnforcementInformation between States { carries personal-data, "the identity, whereabouts and activities of persons suspected of involvement in such offences" }
clause Art21 "Article 21 — Enforcement information sharing" ${about} """
  2. Information received from Parties under this Article shall be used exclusively to meet the objectives of this Protocol.
"""
`;

const useGaps = (text: string) => findingsOf(text, 'missing-purpose-limitation');

describe('clause scopes: missing-purpose-limitation (MC19) counts a scoped clause for its channels only', () => {
  it('reports the channel the use rule does not reach, and says whose rule it is', () => {
    const found = useGaps(useRule('about purpose-limitation for EnforcementInformation'));
    assert.deepEqual(
      found.map((d) => /Channel (\w+)/.exec(d.message)?.[1]),
      ['LawEnforcementInformation'],
    );
    assert.match(found[0].message, /own rule on the use of information \(clause Art21\) reaches EnforcementInformation only/);
    assert.equal(found[0].fixes?.length ?? 0, 0);
  });

  it('near miss: unscoped, the clause satisfies the check for both channels, as before', () => {
    assert.deepEqual(useGaps(useRule('about purpose-limitation')), []);
  });

  it('in the FCTC transcription, reports LawEnforcementInformation (Art. 27 has no use rule; Art. 21(2) covers "this Article")', () => {
    assert.deepEqual(
      useGaps(fctc).map((d) => /Channel (\w+)/.exec(d.message)?.[1]),
      ['LawEnforcementInformation'],
    );
  });
});

describe('clause scopes: the other per-channel checks', () => {
  const cert = `memorandum "Memorandum on cyber-security cooperation" {
  status non-binding
}
participant EE "CERT-EE" { kind national-cert contact Desk "Duty desk" }
participant FI "NCSC-FI" { kind national-cert contact Desk "Duty desk" }
channel Indicators between EE, FI { carries indicators purpose "network defence" onward sharing within-organisation }
channel Incidents between EE, FI { carries incident-reports purpose "network defence" onward sharing within-organisation }
`;
  it('missing-handling-marking: a marking clause scoped to one channel leaves the other reported', () => {
    const text = (about: string) => cert + `clause Marking ${about} "Information exchanged under this paragraph is marked TLP:AMBER."\n`;
    assert.deepEqual(findingsOf(text('about handling-marking for Indicators'), 'missing-handling-marking').map((d) => /Channel (\w+)/.exec(d.message)?.[1]), ['Incidents']);
    assert.deepEqual(findingsOf(text('about handling-marking'), 'missing-handling-marking'), []);
  });

  it('missing-breach-procedure: a breach clause scoped to one channel leaves the other reported', () => {
    const marked = cert.replace(/onward sharing within-organisation }/g, 'onward sharing within-organisation marking TLP:RED }');
    const text = (about: string) => marked + `clause Breach ${about} "The recipient notifies the originator without delay of any compromise of information received under this paragraph."\n`;
    assert.deepEqual(findingsOf(text('about breach-procedure for Incidents'), 'missing-breach-procedure').map((d) => /Channel (\w+)/.exec(d.message)?.[1]), ['Indicators']);
    assert.deepEqual(findingsOf(text('about breach-procedure'), 'missing-breach-procedure'), []);
  });

  it('an instrument-wide check counts a scoped clause as saying something on its topic (missing-central-authority)', () => {
    const text = (about: string) =>
      head +
      `channel Evidence between States { carries personal-data exchange on-request purpose "for the investigations stated in the request" onward sharing with-consent }
assistance { basis mutual-legal-assistance }
clause Art46 "Article 46" ${about} """
  13. Each State Party shall designate a central authority that shall have the responsibility and power to receive requests for mutual legal assistance.
"""
`;
    assert.deepEqual(findingsOf(text('about central-authority for Evidence'), 'missing-central-authority'), []);
    assert.deepEqual(findingsOf(text('about central-authority'), 'missing-central-authority'), []);
  });
});

describe('clause scopes: syntax', () => {
  it('reads every `about` group with its channels', () => {
    const [clause] = parse('clause Art22 about confidentiality, data-protection about points-of-contact for GeneralInformation, EnforcementInformation "…"\n').ast.clauses;
    assert.deepEqual(
      clause.about.map((a) => [a.topics.map((t) => t.text), a.for.map((c) => c.text)]),
      [
        [['confidentiality', 'data-protection'], []],
        [['points-of-contact'], ['GeneralInformation', 'EnforcementInformation']],
      ],
    );
    assert.deepEqual(clause.topics.map((t) => t.text), ['confidentiality', 'data-protection', 'points-of-contact']);
  });

  it('recovers from `for` without channels, keeping the clause and what follows', () => {
    const result = parse('clause Art22 about points-of-contact for """Text."""\nclause Art23 about costs """Costs."""\n');
    assert.ok(result.problems.length > 0);
    assert.deepEqual(result.ast.clauses.map((c) => c.id?.text), ['Art22', 'Art23']);
  });
});

describe('clause scopes: the clauses missing-transfer-safeguards reads for a channel', () => {
  const transfer = (about: string) => `participant EE "CERT-EE" { kind national-cert jurisdiction EE contact Desk "Duty desk" }
participant US "CISA" { kind government-agency jurisdiction US contact Desk "Duty desk" }
channel Intel between EE, US {
  carries personal-data
  safeguards administrative-arrangement "data subjects may obtain access and seek redress"
}
channel Other between EE, US {
  carries indicators
  marking TLP:AMBER
  purpose "network defence"
  onward sharing within-organisation
}
clause Protection "Protection of personal data" ${about} """
  Personal data shall be processed only for the purpose for which they were transmitted, shall be accurate and kept up to date, shall be kept no longer than necessary and shall be protected by appropriate technical and organisational security measures.
"""
`;
  const missingOn = (text: string) => findingsOf(text, 'missing-transfer-safeguards').find((d) => d.message.includes('Intel'))?.message ?? '';

  it('does not read a data-protection clause scoped to another channel as the channel\'s safeguards', () => {
    const scoped = missingOn(transfer('about data-protection for Other'));
    const unscoped = missingOn(transfer('about data-protection'));
    assert.match(scoped, /purpose limitation; data minimisation and accuracy; storage limitation; security and confidentiality/);
    assert.match(unscoped, /does not state: restriction of onward transfers/);
  });

  it('near miss: scoped to the channel itself, the clause is read as before', () => {
    const own = missingOn(transfer('about data-protection for Intel'));
    assert.match(own, /does not state: restriction of onward transfers/);
    assert.equal(own, missingOn(transfer('about data-protection')));
  });
});
