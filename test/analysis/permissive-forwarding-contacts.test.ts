/**
 * missing-points-of-contact says nothing on a channel between States whose only words are a
 * permission to forward, or an endeavour to permit forwarding, made subject to domestic law, with
 * no duty on anyone to send (support/permissive-forwarding.ts; the treaty lawyer's check lr1,
 * point 1b). The words are the UN Convention against Corruption 2003's (BWBV0001830): Art. 56
 * ("shall endeavour to take measures to permit it to forward") and Art. 46(4) ("may, without prior
 * request, transmit"). Near misses that are still reported: a duty to send (Early Notification
 * Convention 1986, Art. 2, "shall forthwith notify"; UNCAC Art. 46(13), "shall be transmitted to
 * the central authorities"), the same words without the domestic-law condition, a time limit, and
 * ends that are not States.
 */
import assert from 'node:assert/strict';
import { findingsOf } from '../helpers/fix-review';

const art56 =
  'Without prejudice to its domestic law, each State Party shall endeavour to take measures to permit it to forward, without prejudice to its own investigations, prosecutions or judicial proceedings, information on proceeds of offences established in accordance with this Convention to another State Party without prior request, when it considers that the disclosure of such information might assist the receiving State Party in initiating or carrying out investigations, prosecutions or judicial proceedings or might lead to a request by that State Party under this chapter of the Convention (Article 56)';
const art46para4 =
  'Without prejudice to domestic law, the competent authorities of a State Party may, without prior request, transmit information relating to criminal matters to a competent authority in another State Party where they believe that such information could assist the authority in undertaking or successfully concluding inquiries and criminal proceedings (Article 46(4))';
const art46para13 = 'Requests for mutual legal assistance and any communication related thereto shall be transmitted to the central authorities designated by the States Parties (Article 46(13))';

const treaty = (channelLines: string, kind = 'state') => `treaty "Convention" {
  status binding
}
party States "States Parties" {
  kind ${kind}
  class open
}
channel Exchange between States {
  carries "information on proceeds of offences"
  ${channelLines}
}
`;

const gaps = (text: string) => findingsOf(text, 'missing-points-of-contact').map((d) => /channel (\w+)/.exec(d.message)?.[1]);
const words = (text: string, hedge = 'subject-to-national-law') => `exchange ${hedge} "${text}"`;

describe('a channel that only permits forwarding under domestic law needs no points of contact (MC12)', () => {
  it('is silent on Art. 56: an endeavour to permit forwarding, without prejudice to domestic law', () => {
    assert.deepEqual(gaps(treaty(words(art56))), []);
  });

  it('is silent on Art. 46(4): the competent authorities "may … transmit", without prejudice to domestic law', () => {
    assert.deepEqual(gaps(treaty(words(art46para4))), []);
  });

  it('near miss: a duty to forward in the same words is reported', () => {
    const duty = art56.replace('shall endeavour to take measures to permit it to forward,', 'shall forward,');
    assert.notEqual(duty, art56);
    assert.deepEqual(gaps(treaty(words(duty))), ['Exchange']);
  });

  it('near miss: a duty to notify forthwith, even under domestic law, is reported (Early Notification Convention, Art. 2)', () => {
    const notify = 'Without prejudice to its domestic law, the State Party shall forthwith notify, directly or through the International Atomic Energy Agency, those States which are or may be physically affected';
    assert.deepEqual(gaps(treaty(words(notify))), ['Exchange']);
  });

  it('near miss: an exchange in the present tense, which binds, is reported even beside a permission', () => {
    const present = 'Without prejudice to their domestic law, the States Parties exchange information on proceeds of offences established in accordance with this Convention';
    assert.deepEqual(gaps(treaty(words(present))), ['Exchange']);
    assert.deepEqual(gaps(treaty(words(`${art56}; ${present}`))), ['Exchange']);
  });

  it('near miss: a permission beside a duty to transmit is reported (UNCAC Art. 46(4) with Art. 46(13))', () => {
    assert.deepEqual(gaps(treaty(words(`${art46para4}. ${art46para13}`))), ['Exchange']);
  });

  it('near miss: the permission without the domestic-law condition is reported', () => {
    const unconditioned = art46para4.replace('Without prejudice to domestic law, the', 'The');
    assert.deepEqual(gaps(treaty(words(unconditioned, 'when-practical'))), ['Exchange']);
    // The hedge declared, but the words do not make the forwarding subject to domestic law.
    assert.deepEqual(gaps(treaty(words(unconditioned))), ['Exchange']);
  });

  it('near miss: a time limit on the channel is reported', () => {
    assert.deepEqual(gaps(treaty(`${words(art56)}\n  deadline "forward the information" within 30 days`)), ['Exchange']);
  });

  it('reads the channel\'s declared modality (treaty lawyer lr4): `may` or `shall-endeavour` is no duty to send, `shall` is one', () => {
    // Words that permit without "may": only the declared modality says it is a permission.
    const authorised = 'Without prejudice to domestic law, the competent authorities of a State Party are authorised to transmit information relating to criminal matters to a competent authority in another State Party';
    assert.deepEqual(gaps(treaty(words(authorised))), ['Exchange']);
    assert.deepEqual(gaps(treaty(`modality may\n  ${words(authorised)}`)), []);
    assert.deepEqual(gaps(treaty(`modality shall-endeavour\n  ${words(authorised)}`)), []);
    // Near misses: `shall` declares a duty whatever the words; a declared permission beside words of duty is reported.
    assert.deepEqual(gaps(treaty(`modality shall\n  ${words(art56)}`)), ['Exchange']);
    assert.deepEqual(gaps(treaty(`modality may\n  ${words(`${art46para4}. ${art46para13}`)}`)), ['Exchange']);
    assert.deepEqual(gaps(treaty(`modality may\n  ${words(authorised.replace('Without prejudice to domestic law, the', 'The'))}`)), ['Exchange']);
  });

  it('near miss: ends that are not States are reported (agencies, whose desks are named in practice)', () => {
    assert.deepEqual(gaps(treaty(words(art56), 'government-agency')), ['Exchange']);
  });
});
