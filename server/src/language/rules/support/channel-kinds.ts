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

/**
 * A person suspected of an offence, in the text's words: "persons suspected of involvement in such
 * offences" (UNTOC 2000, Art. 27(1)(b)(i)), "Organized criminal groups known to take part or
 * suspected of taking part" (Firearms Protocol 2001, Art. 12(2)(a)), "suspected proceeds"
 * (CETS 198, Art. 1(f)(i)), "suspects", "the suspect". Not a place suspected of holding something:
 * "the location of all mined areas that contain, or are suspected to contain, anti-personnel mines"
 * (Mine Ban Convention 1997, Art. 7(1)(c), read: BWBV0001384; forty-fourth run, item 1) is a report
 * on land, which the Secretary-General "shall transmit … to the States Parties" (Art. 7(3)).
 */
export const suspectOfOffence = String.raw`(?:suspects|(?:the|a|any)\s+suspect|suspected\s+of|suspected\s+(?:persons?|offen[cd]\w*|criminals?|terrorists?|proceeds|crimes?)|persons?\s+suspected)`;

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
  // Words that name cyber-security content ("indicators of compromise") say it is TLP territory.
  if (namesCyberSecurityContent(channel)) return true;
  // A channel that says in words what it carries ("technical data packages") has said it; one
  // whose exchange is assistance in kind has nothing to mark.
  if (categories.length === 0 && channel.carriesText.length === 0) return !assistanceInKind(model, channel);
  if (forDissemination(model, channel)) return false;
  if (categories.some((c) => csirtInformation.has(c))) return true;
  return hasCertMember(model, channel);
}

/**
 * Cyber-security content named in the text's own words (`carries "indicators of compromise"`):
 * what CSIRTs share and TLP was made for, whatever the category (thirty-fifth run, item 8: such a
 * channel was exempt from MC15 and MC19 as one that "says in words what it carries"). Named
 * narrowly: "vulnerability of the area" (ACS Agreement on natural disasters 1999, Art. 3(3)(c)) is no
 * software flaw, and "incident" alone is an oil spill's as much as a network's.
 */
const cyberSecurityPhrases =
  /\b(?:indicators?\s+of\s+compromise|(?:cyber\s+)?threat\s+intelligence|cyber[\s-]?(?:security\s+)?(?:threats?|incidents?|attacks?)|malware|malicious\s+(?:code|software)|(?:software|security|ICT)\s+vulnerabilit(?:y|ies)|vulnerabilit(?:y|ies)\s+(?:in|of)\s+(?:software|(?:information|computer|ICT|network)\s+systems?|networks?|ICT\s+products?)|computer\s+(?:security\s+)?incidents?|network\s+and\s+information\s+systems?|traffic\s+light\s+protocol)\b/i;
const cyberSecurityAcronyms = /\b(?:IoCs?|CSIRTs?|CERTs?|TLP)\b/;

export function cyberSecurityWords(words: string): boolean {
  const spaced = words.replace(/\s+/gu, ' ');
  return cyberSecurityPhrases.test(spaced) || cyberSecurityAcronyms.test(spaced);
}

/** Whether a channel's words of content name cyber-security content. */
export function namesCyberSecurityContent(channel: Channel): boolean {
  return channel.carriesText.some((t) => cyberSecurityWords(t.value));
}

/**
 * A channel on which assistance in kind moves, not information: it says nothing of what it carries
 * but that the parties "will co-operate and provide advisory services, technical support and
 * equipment for the purpose of responding to an oil pollution incident, … upon the request of any
 * Party affected or likely to be affected" (OPRC 1990, Art. 7(1); thirty-fifth run, items 1–2). A
 * request for help is made to be acted on (Art. 7(2) has the Organization help finance it); a
 * handling marking and a use limitation are rules for information, and the text gives none to
 * mark. Not where the words speak of information, data, reports or evidence, name cyber-security
 * content, or a national CERT is a member: technical assistance between CERTs moves logs and
 * indicators, and stays presumed sensitive.
 */
const inKind = /\b(?:advisory\s+services|technical\s+(?:support|assistance)|equipment|personnel|experts)\b/i;
const informationWords =
  /\b(?:information|data|intelligence|reports?|reporting|evidence|records?|documents?|documentation|details|particulars|notifications?|indicators|samples?|statements?|findings|results)\b/i;

export function assistanceInKind(model: SemanticModel, channel: Channel): boolean {
  if (channel.carries.length > 0 || channel.carriesText.length > 0 || channel.marking || channel.classification || channel.handlingMarkings.length > 0) return false;
  const words = (channel.hedgeText?.value ?? '').replace(/\s+/gu, ' ');
  return inKind.test(words) && !informationWords.test(words) && !cyberSecurityWords(words) && !hasCertMember(model, channel);
}

export function hasCertMember(model: SemanticModel, channel: Channel): boolean {
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
 * carries is meant to reach every Party; the relay is the text's own rule on where it goes. So in
 * a sentence of its own: "The Secretary-General of the United Nations shall transmit all such
 * reports received to the States Parties" (Mine Ban Convention 1997, Art. 7(3)); "shall transmit
 * the submission, accompanied by all appropriate information pertaining to the Request for
 * Clarification, to all States Parties"; "shall thereupon communicate this proposal and all
 * information submitted by the States Parties concerned, to all States Parties" (Art. 8(3), (5);
 * read: BWBV0001384). Not to "the States Parties concerned", nor to one State Party.
 */
const depositaryRelay =
  /\b(?:Secretary-General|Secretary General|depositary)\b[^.;]{0,160}?\b(?:(?:who|which)\s+)?shall\s+(?:thereupon\s+)?(?:transmit|communicate|circulate|forward)\b[^.;]{0,120}?\bto\s+(?:all(?:\s+the)?|the(?:\s+other)?|other)\s+(?:States\s+Parties|Contracting\s+(?:States|Parties)|Parties|member\s+States)\b(?!\s+concerned)/iu;

export function relayedToAllParties(channel: Channel): boolean {
  const words = [channel.hedgeText, ...channel.carriesText].map((t) => t?.value ?? '');
  return words.some((w) => depositaryRelay.test(w.replace(/\s+/gu, ' ')));
}
