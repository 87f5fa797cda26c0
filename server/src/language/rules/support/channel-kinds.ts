/**
 * What kind of exchange a channel is, from what it carries and who is on it: a CSIRT
 * information-sharing channel (TLP territory, NIS2 Art. 10(7)), a criminal-cooperation channel
 * (mutual legal assistance, Budapest Convention Arts. 25–29), or a channel for personal data
 * between other bodies. Shared by `missing-handling-marking` (MC15) and `evidence-on-cert-channel`;
 * and which of its members send (`from`), for the rules that follow data from sender to recipient.
 */
import type { Channel } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';

/**
 * Whether a member sends what the channel carries: a member named by `from`, or, on a channel
 * without `from`, every member. A sender that is not a member is `sender-not-channel-member`'s
 * finding; the rules that follow data from sender to recipient pair only members.
 */
export function sendsOn(channel: Channel, member: string): boolean {
  return channel.senders.length === 0 || channel.senders.some((s) => s.text === member);
}

/** Data of criminal cooperation: handled under the MLA treaty and the supplying State's conditions, not TLP. */
export const criminalCooperation: ReadonlySet<string> = new Set(['electronic-evidence', 'traffic-data', 'subscriber-information']);

/** What CSIRTs share, for which TLP was made (NIS2 Art. 10(7), Art. 29(1)). */
export const csirtInformation: ReadonlySet<string> = new Set(['indicators', 'vulnerabilities', 'incident-reports', 'malware-samples', 'threat-assessments', 'best-practice']);

/**
 * Whether a channel is one on which a handling marking is expected: it carries cyber-security
 * information, has a national CERT among its members, or says nothing of what it carries. A channel that carries only personal data (a visits list, certificate checks)
 * or criminal-cooperation data rests on data-protection law and its own purpose and onward rules.
 */
export function expectsMarking(model: SemanticModel, channel: Channel): boolean {
  if (isCriminalCooperationChannel(channel)) return false;
  const categories = channel.carries.map((c) => c.value).filter((c): c is NonNullable<typeof c> => c !== undefined);
  // Classified material is marked with its originator's classification under the security
  // agreement; a missing agreement or level is MC16's and CF12's finding, and TLP would be wrong (CF13).
  if (categories.includes('classified')) return false;
  // A channel that says in words what it carries ("technical data packages") has said it.
  if (categories.length === 0 && channel.carriesText.length === 0) return true;
  if (forDissemination(model, channel)) return false;
  if (categories.some((c) => csirtInformation.has(c))) return true;
  return hasCertMember(model, channel);
}

function hasCertMember(model: SemanticModel, channel: Channel): boolean {
  return channel.members.some((m) => model.party(m.text)?.effective.kind?.value === 'national-cert');
}

/**
 * A channel of best practice and lessons learned alone, between parties none of which is a CERT:
 * what it carries is meant to spread, as the disaster-management experience and reports the ACS
 * Agreement on natural disasters (1999) sends to a regional centre that is "a focal point for the
 * diffusion and dissemination of information" (Art. 9(1); sixteenth real-instruments run). It
 * needs no handling marking and no limit on its use; between CERTs the same words may cover
 * incident lessons that do.
 */
export function forDissemination(model: SemanticModel, channel: Channel): boolean {
  const categories = channel.carries.map((c) => c.value);
  return categories.length > 0 && categories.every((c) => c === 'best-practice') && !hasCertMember(model, channel);
}

/**
 * A channel for mutual legal assistance: it carries criminal-cooperation data and nothing else
 * but personal data (which such evidence usually is). Its handling rests on the MLA treaty and the
 * conditions the supplying State sets (Budapest Convention Arts. 26(2), 27, 28), not on TLP.
 */
export function isCriminalCooperationChannel(channel: Channel): boolean {
  const categories = channel.carries.map((c) => c.value);
  return categories.some((c) => c !== undefined && criminalCooperation.has(c)) && categories.every((c) => c !== undefined && (criminalCooperation.has(c) || c === 'personal-data'));
}


/**
 * The depositary's relay to every Party, in the channel's own words: "communicate the final outcome
 * of the proceedings to the Secretary-General of the United Nations, who shall transmit the
 * information to the other States Parties" (ICSANT 2005, Art. 19; thirtieth run, item 2). What it
 * carries is meant to reach every Party; the relay is the text's own rule on where it goes.
 */
const depositaryRelay = /\b(?:Secretary-General|Secretary General|depositary)\b[^.;]{0,160}?\b(?:who|which)\s+shall\s+(?:transmit|communicate|circulate|forward)\b[^.;]{0,80}?\bto\s+(?:all(?:\s+the)?|the\s+other|other)\s+(?:States\s+Parties|Contracting\s+(?:States|Parties)|Parties|member\s+States)\b/iu;

export function relayedToAllParties(channel: Channel): boolean {
  const words = [channel.hedgeText, ...channel.carriesText].map((t) => t?.value ?? '');
  return words.some((w) => depositaryRelay.test(w.replace(/\s+/gu, ' ')));
}
