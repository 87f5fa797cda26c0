/**
 * An establishment is a designation of contacts only where the contacts are what is established
 * (support/contact-designations.ts; thirty-second run, after the run). The UN Convention against
 * Corruption 2003 (BWBV0001830) has two sentences that establish something else beside a mention
 * of the competent authorities: "the competent authorities concerned may establish joint
 * investigative bodies" (Art. 49) and "shall consider establishing a financial intelligence unit to
 * be responsible for receiving, analysing and disseminating to the competent authorities reports of
 * suspicious financial transactions" (Art. 58). Near misses, from transcriptions that do designate:
 * the establishment of a National Security Authority (NATO 1997, Art. 2), "shall designate or
 * establish" (UNECE industrial accidents 1992, Art. 17(1)–(2)), "the designation of:" (OPRC 1990,
 * Art. 6(1)(a)).
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';

const treaty = (words: string) => `treaty "Convention" {
  status binding
}
party States "States Parties" {
  kind state
  class open
}
channel Exchange between States {
  carries "information on proceeds of offences"
}
clause Art "Article" """
  ${words}
"""
`;

const contactGaps = (words: string) => findingsOf(treaty(words), 'missing-points-of-contact').map((d) => /channel (\w+)/.exec(d.message)?.[1]);

const art49 =
  'States Parties shall consider concluding bilateral or multilateral agreements or arrangements whereby, in relation to matters that are the subject of investigations, prosecutions or judicial proceedings in one or more States, the competent authorities concerned may establish joint investigative bodies.';
const art58 =
  'States Parties shall cooperate with one another for the purpose of preventing and combating the transfer of proceeds of offences established in accordance with this Convention and of promoting ways and means of recovering such proceeds and, to that end, shall consider establishing a financial intelligence unit to be responsible for receiving, analysing and disseminating to the competent authorities reports of suspicious financial transactions.';

describe('an establishment designates contacts only where they are what is established (MC12)', () => {
  it('reports the channel where the competent authorities establish joint investigative bodies (UNCAC Art. 49)', () => {
    assert.deepEqual(contactGaps(art49), ['Exchange']);
  });

  it('reports the channel where a financial intelligence unit is established that disseminates to the competent authorities (UNCAC Art. 58)', () => {
    assert.deepEqual(contactGaps(art58), ['Exchange']);
  });

  it('near miss: the establishment of a National Security Authority designates one (NATO 1997, Art. 2)', () => {
    assert.deepEqual(contactGaps('The Parties shall ensure the establishment of a National Security Authority for NATO activities which shall implement protective security measures.'), []);
  });

  it('near miss: competent authorities or a point of contact that each Party shall establish, or designate or establish (UNECE 1992, Art. 17(1)–(2))', () => {
    assert.deepEqual(contactGaps('1. Each Party shall designate or establish one or more competent authorities for the purposes of this Convention.'), []);
    assert.deepEqual(contactGaps('1. Each Party shall establish one or more competent authorities for the purposes of this Convention.'), []);
    assert.deepEqual(contactGaps('2. Each party shall establish one point of contact for the purpose of industrial accident notifications pursuant to Article 10.'), []);
    assert.deepEqual(contactGaps('A national point of contact shall be established by each Party.'), []);
  });

  it('near miss: a list introduced by "the designation of:" (OPRC 1990, Art. 6(1)(a))', () => {
    const oprc =
      '1. Each Party shall establish a national system for responding promptly and effectively to oil pollution incidents. This system shall include as a minimum: a) the designation of: (i) the competent national authority or authorities with responsibility for oil pollution preparedness and response; (ii) the national operational contact point or points, which shall be responsible for the receipt and transmission of oil pollution reports as referred to in article 4;';
    assert.deepEqual(contactGaps(oprc), []);
  });

  describe('the UNCAC transcription', () => {
    const uncac = repoText('test/real-instruments/un-convention-against-corruption-2003.entente');
    const gaps = (text: string) => findingsOf(text, 'missing-points-of-contact').map((d) => /channel (\w+)/.exec(d.message)?.[1]);

    it('raises no missing-points-of-contact, and Art. 46’s scope does not name ProceedsInformation (Art. 56 has its own words)', () => {
      assert.ok(!uncac.includes('for Spontaneous, Evidence, ProceedsInformation'));
      assert.deepEqual(gaps(uncac), []);
    });

    it('near miss: with a duty to forward in Art. 56’s place, Arts. 49 and 58 do not stand in for a designation', () => {
      const duty = uncac.replace('each State Party shall endeavour to take measures to permit it to forward,', 'each State Party shall forward,');
      assert.notEqual(duty, uncac);
      assert.deepEqual(gaps(duty), ['ProceedsInformation']);
    });
  });
});
