/**
 * Missing contact arrangements (catalogue MC12–MC14): a point of contact for every party on
 * every channel, the 24/7 point of each State Party where Budapest Art. 35 is invoked, and a
 * central authority where mutual legal assistance runs without an MLA treaty.
 */
import type { Channel, Designation } from '../../ast/nodes';
import { isUnionBody } from '../../data/european-union';
import type { DesignationRole } from '../../ast/vocabulary';
import type { PartyFacts, SemanticModel } from '../../model/semantic-model';
import { isBudapestStateParty } from '../../model/applicability';
import { linkedChannelContact, linkedContacts, linkedDesignations } from '../../model/implementation';
import { article35Basis, article35Duty, officeHoursOnlyContacts } from './conflict-budapest';
import { designatesContacts, requestsUnderMlaTreaty, routedThroughDepositary, routedThroughSecretariat } from '../support/contact-designations';
import { libraryFixes } from '../support/fixes';
import { coversTopic, topicScopedSomewhere } from '../support/applicability';
import { clausesSay } from '../support/instrument-prose';
import { reachesChannel } from '../../model/topic-scope';
import { proceduresGovernCommunication } from '../support/implementing-procedures';
import { onePerformance } from '../support/performed-instrument';
import { onlyPermitsForwardingUnderDomesticLaw } from '../support/permissive-forwarding';
import { routedThroughInformationSystem } from '../support/information-system-route';
import { addresseeNotNeeded, type AddresseeNotNeeded } from '../support/inter-state-remark';
import { defineRule, type RelatedInformation } from '../rule';
import { singleSpaced } from '../../util/single-spaced';
import { concludedText } from '../../model/conclusion';
import { carriedUnderAnotherConvention } from '../support/requests-under-another';

function partyDeclaration(party: PartyFacts, message: string): RelatedInformation[] {
  const id = party.effective.id;
  return id ? [{ uri: party.uri, range: id.range, message }] : [];
}

/**
 * A clause in which the parties designate their points of contact or competent authorities,
 * now or by later notification: real instruments keep names out of the signed text so that a
 * change needs no amendment (Early Notification Convention Art. 7; NATO 1997 Art. 2). A sentence
 * that only mentions them designates nothing: "submit the case without undue delay to its
 * competent authorities for the purpose of prosecution", "The competent authorities of both
 * States agree" (Financing of Terrorism Convention 1999, Arts. 10(1), 16(1)(b); twenty-fourth
 * run, items 8–9). See support/contact-designations.ts.
 */
function clauseDesignatesContacts(model: SemanticModel, channel: string | undefined): boolean {
  // A clause tagged `about points-of-contact for <channels>` designates for those channels only.
  return model.ast.clauses.some((clause) => reachesChannel(clause, 'points-of-contact', channel) && designatesContacts(model.clauseText(clause) ?? ''));
}

/**
 * Bodies the text names by their function as the ends of its exchanges, whom another instrument
 * designates: "The Liaison Bodies will agree annually the numbers of persons …", "The Dutch liaison
 * body will communicate this percentage to the British liaison body annually" (Netherlands–United
 * Kingdom letters under Art. 36(3) of Regulation 1408/71, 1986, paras. 5 and 6.b.i; twentieth
 * real-instrument run). Liaison bodies are designated by the competent authorities to communicate
 * directly with one another, and listed where they are designated ("The competent authorities of
 * the Contracting Parties may designate liaison bodies empowered to communicate directly with one
 * another", "Annex 4 names the liaison bodies designated by the competent authorities", Supplementary
 * Agreement for the application of the European Convention on Social Security, Arts. 3(1), 4(4); the
 * same in Regulation (EEC) No 574/72, Art. 3(1) and Annex 4, from memory): who they are is settled
 * there, and the text that routes its exchanges through them need not name them again. Read in the
 * instrument's own words, its clauses and its notes or letters.
 */
const namedByFunction = /\bliaison\s+bod(?:y|ies)\b/i;

function namesContactsByFunction(model: SemanticModel, channel: string | undefined): boolean {
  const clauses = model.ast.clauses.filter((clause) => reachesChannel(clause, 'points-of-contact', channel));
  const texts = [...clauses.map((clause) => model.clauseText(clause)), ...model.ast.notes.map((note) => note.body?.value)];
  return texts.some((text) => text !== undefined && namedByFunction.test(text));
}

/**
 * Whether the text provides for the contacts of a channel (or, without one, of every channel) by a
 * clause: tagged `about points-of-contact` (for it, where the tag names channels), or in words that
 * designate contacts or name them by their function.
 */
function clauseProvidesContacts(model: SemanticModel, channel: string | undefined): boolean {
  return coversTopic(model, 'points-of-contact', channel) || clauseDesignatesContacts(model, channel) || namesContactsByFunction(model, channel);
}

/**
 * The designations that reach a party (`designate …` without a party binds each party) for a
 * channel (`for` lists the channels it serves; none means all), here or in the linked treaty or
 * arrangement, of the given roles (any role when none is given).
 */
export function designationsFor(model: SemanticModel, party: string, channel?: string, roles?: readonly DesignationRole[]): Designation[] {
  return [...model.ast.designations, ...linkedDesignations(model)].filter(
    (d) =>
      // A kind outside the language's set (`designate bogus-kind`) designates nothing: it is value-out-of-range's finding.
      d.role?.value !== undefined &&
      (d.party === undefined || d.party.text === party) &&
      (channel === undefined || d.for.length === 0 || d.for.some((c) => c.text === channel)) &&
      (roles === undefined || roles.includes(d.role.value)),
  );
}

/**
 * A multilateral exchange of classified information only, under an agreement whose parties apply
 * one common scheme ("The Parties shall implement ESA security standards to ensure a common degree
 * of protection for classified information", ESA 2002, Art. 3; `scheme common "…"`): the common
 * standards organise who handles the information, and an umbrella agreement among many parties
 * names no one (ESA 2002 designates no authority and imposes no duty to designate one).
 */
function underCommonMultilateralScheme(model: SemanticModel, channel: Channel): boolean {
  const onlyClassified = channel.carries.length > 0 ? channel.carries.every((c) => c.value === 'classified') : channel.classification !== undefined;
  if (!onlyClassified || !channel.securityAgreement || new Set(channel.members.map((m) => m.text)).size <= 2) return false;
  const agreement = model.resolve('security-agreement', channel.securityAgreement.text)?.node;
  return agreement?.type === 'SecurityAgreement' && agreement.scheme?.value === 'common';
}

/**
 * An international organisation that is the one sender of a channel on which the text names the
 * receiving party's desk: "a personal identity card issued by the Centre …, authenticated by the
 * Ministry of Foreign Affairs of the Kingdom of the Netherlands" (NL–CTA seat Agreement 1984, Art.
 * 13(2); thirty-third run, item 3). The organisation issues and sends what it holds itself, through
 * its head ("the Director", Art. 17(2)); the receiver's contact is where the information goes, and
 * the text names it. Where the receiver's desk is not named ("The Centre shall communicate to the
 * Government", Art. 16(2)), or the sender is a State with many administrations, the gap stays.
 */
function organisationSendsToNamedDesk(model: SemanticModel, channel: Channel, member: string): boolean {
  if (channel.senders.length !== 1 || channel.senders[0].text !== member) return false;
  if (model.party(member)?.effective.kind?.value !== 'international-organisation') return false;
  const receivers = new Set(channel.members.map((m) => m.text).filter((m) => m !== member));
  return receivers.size > 0 && [...receivers].every((r) => channel.contacts.some((c) => c.party.text === r));
}

/**
 * A report due once, from one party to the other, under a treaty whose object is one performance:
 * "Within six months of receiving the transferred funds, the Government of Aruba shall provide the
 * Government of the United States of America with a complete report" (NL(Aruba)–US forfeited
 * assets Agreement 1994, para. 3; the Agreement "pertains only to the transfer of the dollars
 * 92,702.40", para. 5). The text names the sender and the recipient Governments; a point of
 * contact is a device for a standing exchange (thirty-first run, item 3).
 */
function oneReport(model: SemanticModel, channel: Channel): boolean {
  return channel.members.length === 2 && channel.senders.length === 1 && channel.deadlines.length > 0 && onePerformance(model) !== undefined;
}

/**
 * The sentence of the exchange that sends what is shared to every Party by an institutional route:
 * "Reports made in accordance with paragraph 1 above shall be circulated to all Parties and to the
 * Committee, considered at the next Antarctic Treaty Consultative Meeting, and made publicly
 * available (Article 17(2))" (Antarctic Environmental Protocol 1991). That answers where a Party
 * sends its report; publication alone does not (lr6 item 4).
 */
const circulatedToAll = /\b(?:circulated|distributed|transmitted|forwarded)\s+to\s+all\s+(?:the\s+)?(?:other\s+)?(?:Contracting\s+|States\s+)?Parties\b/i;

function institutionalRoute(channel: Channel): string | undefined {
  const sentences = singleSpaced(channel.hedgeText?.value ?? '').split(/(?<=;)\s+|(?<=\.)\s+(?=[A-Z])/);
  return sentences.map((s) => s.replace(/;$/, '').trim()).find((s) => circulatedToAll.test(s));
}

/** Why a missing contact among States is only a note here (inter-state-remark.ts). */
function remarkReason(remark: AddresseeNotNeeded, channel: Channel): string {
  const route = remark.why === 'published' ? institutionalRoute(channel) : undefined;
  const what = route
    ? `The text sets the route of what the channel carries: "${route}"`
    : remark.why === 'published'
      ? 'What the channel carries is made public (`onward sharing public`)'
      : remark.why === 'public-register'
      ? 'The text opens the information it concerns to the public ("public access to information")'
      : `The text commits the States only to efforts to share (${remark.words.join(', ')})`;
  return `${what}, and between States it can pass through the channels they use with one another: a named contact is good practice here, not something the text lacks, so this is a note.`;
}

export const missingPointsOfContact = defineRule({
  code: 'missing-points-of-contact',
  catalogueId: 'MC12',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  findingCeilings: [
    { severity: 'info', where: 'on a channel among States, without deadlines, whose ends need no named contact for the exchange to work (every sentence on sending only endeavours, or it is a publication; forty-eighth run)' },
    { severity: 'info', where: 'on a channel whose words make what it carries "pursuant to the provisions of that Convention" (another convention, which may fix the channel: ETS 112 Art. 5(2); treaty lawyer lr29, D6)' },
  ],
  message: 'Name a point of contact for this party on the channel (`contact …` on the party, or `contacts <Party>.<Contact>` on the channel), or oblige the parties to designate one (`designate point-of-contact`, or a clause), for example by later notification.',
  rationale:
    'Information can only flow, and an incident only be escalated, if each side knows whom to address on each channel. This is practice, not a rule of law, so the check is a warning. Real instruments either name the contacts or oblige each party to designate them and make them known to the others, so that a change needs no amendment: "Each State Party shall make known … its competent authorities and point of contact" (Convention on Early Notification of a Nuclear Accident, 1986, Art. 7(1)–(2)); "the Parties shall ensure the establishment of a National Security Authority" (NATO Security of Information Agreement, 1997, Art. 2); implementation "between the competent authorities of the two countries" (Netherlands–Sweden, 1984, Art. 7); a new Executive Agent notified "in writing … without requiring amendment to this Agreement" (Netherlands–US, 2012, Art. 4(3)). A clause about points of contact, one in which the parties designate, make known or notify points of contact or competent authorities (or the text says who they are, or makes them the ends of the exchange: "the competent authorities of a Party may … forward to the competent authorities of another Party", Second Additional Protocol to the European Convention on Mutual Assistance 2001, Art. 11(1); "The appropriate Ministry in the country responsible for the requesting cripple shall transmit such request for entry directly to the appropriate Ministry in the country able to provide the necessary treatment", European Agreement on the Exchange of War Cripples 1955, Art. 3, read: BWBV0005100; sixty-first run, defect 5), or a `designate …` declaration (a duty of each party, or a designation the text makes, for all channels or `for` this one) satisfies the check — a clause tagged `about points-of-contact for <channels>` (its tag and its words on contacts) for those channels only: "Parties shall designate the competent national authorities to which data referred to in Articles 20, 21 and 24 are supplied" (WHO FCTC illicit-trade Protocol 2012, Art. 22(1), read: BWBV0006383) provides no contact for the mutual administrative assistance of its Art. 28 — here or in the treaty or implementing arrangement linked by `implements` / `implemented by` (the Netherlands–Sweden memorandum of 1984 names the designated authorities, Section 5(d), for the Agreement\'s exchange). A multilateral channel that carries only classified information under an agreement whose parties apply one common scheme (`scheme common "…"`) is not reported: the common security standards organise its handling, and such an umbrella agreement names no one ("The Parties shall implement ESA security standards to ensure a common degree of protection for classified information", ESA 2002, Art. 3; the Agreement designates no authority and imposes no duty to designate one). A bilateral channel under a common scheme is still reported. Nor is an instrument that leaves the communication of the information to procedures for its implementation that the parties are to develop: "The Governments Parties to this Agreement shall develop within the North Atlantic Treaty Council procedures for the implementation of this Agreement. In particular these Procedures shall contain provisions governing: (a) the communication, receipt and use of proprietary technical information under this Agreement" (NATO Agreement on the communication of technical information for defence purposes, 1970, Art. IV): who sends and who receives is settled there. Nor is an instrument that routes its exchanges through bodies it names by a function another instrument designates them to: "The Dutch liaison body will communicate this percentage to the British liaison body annually" (Netherlands–United Kingdom letters under Art. 36(3) of Regulation 1408/71, 1986, para. 6.b.i); liaison bodies are designated by the competent authorities "to communicate directly with one another" and listed where they are designated (Supplementary Agreement for the application of the European Convention on Social Security, Arts. 3(1), 4(4); Regulation (EEC) No 574/72, Art. 3(1) and Annex 4, not read), so the text gives each party\'s end of the exchange without naming it again. So does a list of what is to be designated, introduced by the designation: "This system shall include as a minimum: a) the designation of: (i) the competent national authority or authorities …; (ii) the national operational contact point or points, which shall be responsible for the receipt and transmission of oil pollution reports" (OPRC 1990, Art. 6(1)(a); thirty-fifth run): its items, separated by semicolons, are read with the words that introduce them. A sentence that only mentions competent authorities designates nothing: "submit the case without undue delay to its competent authorities for the purpose of prosecution", "The competent authorities of both States agree", "report promptly to the competent authorities" (International Convention for the Suppression of the Financing of Terrorism 1999, Arts. 10(1), 16(1)(b), 18(1)(b)(iii); twenty-fourth run). Nor does one that establishes something else beside them: "the competent authorities concerned may establish joint investigative bodies", "shall consider establishing a financial intelligence unit to be responsible for receiving, analysing and disseminating to the competent authorities reports of suspicious financial transactions" (UN Convention against Corruption 2003, Arts. 49, 58; thirty-second run); an establishment designates where the contacts are what is established ("the establishment of a National Security Authority", NATO 1997, Art. 2). Nor is a channel reported that the text routes through its depositary ("to the Secretary-General of the United Nations, who shall transmit the information to the other States Parties", Art. 19; "directly or through the Secretary-General", Art. 9(6)), the one address every party knows; nor one the text routes through a secretariat it names that relays to the parties what it receives, as a depositary would: "The secretariat shall: (i) convene, prepare and service the meetings of the Contracting Parties; (ii) transmit to the Contracting Parties information received or prepared in accordance with the provisions of this Convention", with reports submitted "for review, prior to each meeting" of the Parties, at which each Party is represented by "one delegate", and which reach the secretariat: "the secretariat will assume the translation into the designated language of reports submitted in any other language of the meeting" (Convention on Nuclear Safety 1994, Arts. 5, 24(1), 26(3), 28(2); forty-second run, item 2) — a channel whose words send it "through the secretariat" too. What the secretariat relays decides, not its verb: it must pass on what it receives ("information received") or what the channel carries ("the reports submitted"); one that circulates only its own work ("the provisional agenda of each meeting", "the decisions adopted at each meeting") or only services meetings relays nothing the parties send, and the finding stays there, where the text names no secretariat, and where the channel\'s words send the information to the parties directly ("to the other Contracting Parties … for consideration at the next review meeting") (an independent lawyer\'s check of that run); or a channel among the Parties of a multilateral treaty whose words route what it carries through a common information system or clearing-house and send nothing from one Party to another: "Such information shall be made available to all Contracting Parties to this Treaty through the information system, provided for in Article 17", the system the Parties "shall cooperate to develop and strengthen … to facilitate the exchange of information" (International Treaty on Plant Genetic Resources for Food and Agriculture 2001, Arts. 13.2 a), 17.1; fifty-eighth run, item 2) — the system is the address, and the treaty names no contact, for information kept for reference as ITPGRFA\'s catalogues and research results are; a channel whose entries must be acted on with the Party that made them (it carries incident reports, personal data, evidence or classified information, or its words name alerts, suspects, requests, hits, an arrest or surveillance: "alerts on persons suspected of cyber attacks … for the purpose of arrest or discreet surveillance"; treaty lawyer lr13, defect 7), a channel whose words also have the Parties send to one another ("notify the other Parties", "directly", "between their competent authorities"), one routed through a Party\'s national system, one with a time limit or an incident protocol notifying through it, and a bilateral channel keep the finding; or a channel of requests where assistance is given under the mutual legal assistance treaties in force between the parties (`assistance { under "…" }`, Art. 12(5)), whose central authorities receive them. Nor is a report due once from one party to the other under a treaty whose object is one performance: "the Government of Aruba shall provide the Government of the United States of America with a complete report of the use of the transferred funds" within six months, under an Agreement that "pertains only to the transfer of the dollars 92,702.40" (NL(Aruba)–US 1994, paras. 3, 5; thirty-first run); the text names both ends, and nothing is exchanged again. A reporting channel under a standing regime (incident notifications within hours) is still reported. Nor is the end of an international organisation that is the one sender of a channel on which the text names the receiving party\'s desk: "a personal identity card issued by the Centre … authenticated by the Ministry of Foreign Affairs of the Kingdom of the Netherlands" (NL–CTA seat Agreement 1984, Art. 13(2); thirty-third run): the organisation sends what it holds through its head, and the desk that receives is named. Where the receiving desk is not named ("The Centre shall communicate to the Government", Art. 16(2)), or the sender is a State, the finding stays. Nor is a channel between States whose only words are a permission to forward, or an endeavour to permit forwarding, made subject to domestic law, with no duty on anyone to send: "Without prejudice to its domestic law, each State Party shall endeavour to take measures to permit it to forward … information on proceeds of offences … to another State Party without prior request" (UN Convention against Corruption 2003, Art. 56). The text names no ends but the States and leaves who forwards and who receives to domestic law on purpose; no one need send anything, and neither Art. 46(4) (competent authorities that "may … transmit", designating no one) nor Art. 46(13) (central authorities, which receive requests only) reaches it. A channel with a duty to send ("shall forthwith notify"; "shall be transmitted to the central authorities", Art. 46(13)), a time limit, or ends that are not States is still reported. Among a class of States (or more than two), where the text commits them only to efforts to share ("each Party shall endeavour to: … provide to other Parties upon request information relevant to any potential environmental risk"; "Each Party undertakes, to the extent possible, to share information", Protocol on Environmental Protection to the Antarctic Treaty 1991, Art. 6(1)(c), 6(2)), or makes what they send public (`onward sharing public`: annual reports "circulated to all Parties and to the Committee, considered at the next Antarctic Treaty Consultative Meeting, and made publicly available", Art. 17(2)), the finding is a note, at info under every profile (a per-rule setting still decides): no one can be held to send, or what is sent is published, and between States it passes through the channels they use with one another (forty-eighth run, items 1–2); so it is where the instrument opens the information to the public itself ("Each Party shall ensure public access to information contained in its pollutant release and transfer register", PRTR Protocol 2003, Art. 11(1), the Parties sharing "information under this Protocol" as appropriate, Art. 16(1); read: BWBV0002912; forty-ninth run, item 4), the regional economic integration organisations admitted as a class of Parties beside the States counting with them. Where the text also routes what is sent to every Party ("circulated to all Parties and to the Committee, considered at the next Antarctic Treaty Consultative Meeting"), the note gives that route, in the text\'s words, as the reason: publication does not say where a Party sends its report, the route does (an independent treaty lawyer\'s check, lr6 item 4). A duty to send that is not hedged, a time limit, an incident protocol that notifies through the channel, a bilateral channel or an end that is not a State keeps the warning; so does "shall, as appropriate, cooperate with one another by exchanging information" (UN Trafficking Protocol 2000, Art. 10(1)), which leaves to each what to share, not whether to try. A channel whose words make what it carries under another convention ("pursuant to the provisions of that Convention, shall consider in good faith requests … for the transfer of convicted Netherlands citizens", NL–US notes of 1991, para. 3, read: BWBV0001046) may take its ends from that convention — "Requests shall be addressed by the Ministry of Justice of the requesting State to the Ministry of Justice of the requested State. Replies shall be communicated through the same channels" (Convention on the Transfer of Sentenced Persons 1983, Art. 5(2), read: BWBV0001039) — which the checker cannot read: the finding is a note that asks for the authorities that convention names to be recorded, not a contact the signed text lacks (treaty lawyer lr29, D6).',
  source:
    'Convention on Early Notification of a Nuclear Accident (1986) Art. 7 (read: Dutch treaty series BWBV0002139); Convention on Nuclear Safety (1994) Arts. 5, 16, 20–28 (read: BWBV0001256); NATO Security of Information Agreement (1997) Art. 2 (read: BWBV0001372); Netherlands–Sweden Agreement on classified military information (1984) Art. 7 (read: BWBV0002448); Netherlands–US Agreement on science and technology cooperation (2012) Art. 4(3) (read: BWBV0006073); ESA classified-information Agreement (2002) Arts. 2–6 (read: BWBV0001724); NATO Agreement on the communication of technical information for defence purposes (1970) Art. IV (read: BWBV0004399); Supplementary Agreement for the application of the European Convention on Social Security, Arts. 3(1), 4(4) (read: BWBV0004901); Netherlands–United Kingdom letters under Art. 36(3) of Regulation 1408/71 (1986) paras. 5, 6.b.i (read: BWBV0002523); Regulation (EEC) No 574/72, Art. 3(1) and Annex 4 (not read); International Convention for the Suppression of the Financing of Terrorism (1999) Arts. 9(6), 10(1), 12(5), 16(1)(b), 18, 19 (read: BWBV0001518); NL(Aruba)–US forfeited assets Agreement (1994) paras. 3, 5 (read: BWBV0003774); NL–CTA seat Agreement (1984) Arts. 13(2), 16(2), 17(2) (read: BWBV0002170); OPRC 1990 Art. 6(1)(a) (read: BWBV0002364); UN Convention against Corruption (2003) Arts. 46(4), 46(13), 48, 49, 56, 58 (read: BWBV0001830); Protocol on Environmental Protection to the Antarctic Treaty (1991) Arts. 6, 17 (read: BWBV0001835); PRTR Protocol (2003) Arts. 11, 16, 21, 24 (read: BWBV0002912); NL–US notes on the transfer of sentenced persons (1991), para. 3 (read: BWBV0001046); Convention on the Transfer of Sentenced Persons (1983) Art. 5(2) (read: BWBV0001039); International Treaty on Plant Genetic Resources for Food and Agriculture (2001) Arts. 13.2 a), 17 (read: BWBV0001763)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland" { contact Desk "NCSC-FI" }\nchannel Intel between EE, FI\n',
    fix: 'participant EE "Estonia" { contact Duty "CERT-EE" }\nparticipant FI "Finland" { contact Desk "NCSC-FI" }\nchannel Intel between EE, FI\n',
  },
  check({ model, report }) {
    if (model.ast.channels.length === 0 || proceduresGovernCommunication(model)) return;
    // Unscoped clauses settle every channel at once; scoped ones (`about … for …`) are asked per channel.
    const scoped = topicScopedSomewhere(model, 'points-of-contact');
    if (!scoped && clauseProvidesContacts(model, undefined)) return;
    for (const channel of model.ast.channels) {
      if (scoped && clauseProvidesContacts(model, channel.id?.text ?? '')) continue;
      if (underCommonMultilateralScheme(model, channel)) continue;
      // Relayed by the depositary or by a secretariat the text names (reports for review at the
      // meetings it serves, CNS Arts. 5, 28(2)), or requests under the MLA treaties in force: the
      // contact is known without a designation here (contact-designations.ts).
      if (routedThroughDepositary(model, channel) || routedThroughSecretariat(model, channel) || requestsUnderMlaTreaty(model, channel)) continue;
      // Made available to every Party through a common information system, sent by no Party to
      // another (ITPGRFA 2001, Arts. 13.2 a), 17.1): the system is the address (information-system-route.ts).
      if (routedThroughInformationSystem(model, channel)) continue;
      // A single report between the two Governments that are the parties: they are its ends.
      if (oneReport(model, channel)) continue;
      // Only a permission (or an endeavour to permit) to forward, under domestic law, between
      // States: no one need send, and who may is left to domestic law (UNCAC Art. 56).
      if (onlyPermitsForwardingUnderDomesticLaw(model, channel)) continue;
      // One finding per channel, on the first member without a contact, naming them all: a
      // multilateral channel with sixteen members is one gap in the text, not sixteen.
      const seen = new Set<string>();
      const missing: { member: (typeof channel.members)[number]; party: PartyFacts }[] = [];
      for (const member of channel.members) {
        if (seen.has(member.text)) continue;
        seen.add(member.text);
        // An unknown party is `unknown-reference`'s finding, not a missing contact.
        const party = model.party(member.text);
        if (!party) continue;
        const named = channel.contacts.some((c) => c.party.text === member.text);
        if (named || party.contacts.length > 0) continue;
        // An organisation that alone sends to a desk the text names: that desk is the exchange's address.
        if (organisationSendsToNamedDesk(model, channel, member.text)) continue;
        // A duty to designate (or a designation) is the clause; names come later by notification.
        if (designationsFor(model, member.text, channel.id?.text).length > 0) continue;
        // An implementing arrangement and its treaty are credited with each other's contacts.
        const members = channel.members.map((m) => m.text);
        if (linkedContacts(model, member.text).length > 0 || linkedChannelContact(model, member.text, members)) continue;
        missing.push({ member, party });
      }
      if (missing.length === 0) continue;
      const ids = missing.map((m) => m.member.text);
      const where = channel.id ? ` on channel ${channel.id.text}` : '';
      const first = missing[0];
      const how =
        missing.length === 1
          ? `add \`contact …\` to ${ids[0]}'s declaration or \`contacts ${ids[0]}.<Contact>\` to the channel`
          : 'add `contact …` to their declarations or `contacts <Party>.<Contact>` to the channel';
      // A class of parties ("the member States of …") has no one contact to name: each member
      // designates its own, which only a designation clause can provide for.
      const onlyClasses = missing.every((m) => m.party.classOf !== undefined);
      // Among States that need only endeavour to share, or that publish what they send: a note (inter-state-remark.ts).
      const remark = addresseeNotNeeded(model, channel);
      // Made under another convention, which may fix the channel (ETS 112 Art. 5(2)): a note asking to record it (lr29, D6).
      const under = remark || onlyClasses ? undefined : carriedUnderAnotherConvention(model, channel);
      if (under) {
        report({
          range: first.member.range,
          message: `The words of channel ${channel.id?.text ?? ''} put what it carries under another convention ("${under}"): if that convention fixes who addresses and who receives it (a ministry, a central authority), the text provides its contacts by reference — record them (\`contact …\` on ${ids.join(', ')}); only if it does not is a point of contact missing.`,
          related: missing.flatMap(({ member, party }) => partyDeclaration(party, `${member.text} is declared here without a contact`)),
          profileCeiling: 'info',
        });
        continue;
      }
      report({
        range: first.member.range,
        message:
          (onlyClasses
            ? `${ids.join(', ')} ${ids.length === 1 ? 'is a class' : 'are classes'} of parties${where}, whose members cannot be given one contact here: oblige each party to designate its points of contact (\`designate point-of-contact\`, or a clause; for example by notification to the depositary).`
            : `Name a point of contact for ${ids.join(', ')}${where}: ${how}, or oblige the parties to designate one (\`designate point-of-contact\`, or a clause; names may follow by notification).`) + (remark ? ` ${remarkReason(remark, channel)}` : ''),
        related: missing.flatMap(({ member, party }) => partyDeclaration(party, `${member.text} is declared here without a contact`)),
        fixes: libraryFixes(model, 'points-of-contact'),
        ...(remark ? { profileCeiling: 'info' as const } : {}),
      });
    }
  },
});

/**
 * A clause that refers to the Art. 35 points the States designated ("through the points of
 * contact designated under Article 35 of the Convention"): that is what an instrument can do.
 */
function refersToArticle35Points(model: SemanticModel): boolean {
  return clausesSay(model, 'article-35-points', refersToArticle35, { parent: true });
}

function refersToArticle35(text: string): boolean {
  return /\b(?:article|art\.)\s*35\b|24\/7 network/i.test(text) && /points? of contact|contact points?/i.test(text);
}

export const missing247Contact = defineRule({
  code: 'missing-24-7-contact',
  catalogueId: 'MC13',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  message: 'Art. 35 cooperation is invoked: name or refer to the 24/7 point of contact of each State Party (`contact … available 24/7`, `designate point-of-contact available 24/7`, or a clause referring to the points designated under Art. 35).',
  rationale:
    'Budapest Convention Art. 35(1) obliges each State Party to designate one point of contact available 24 hours a day, seven days a week, for immediate assistance in criminal investigations and proceedings, with trained and equipped personnel (Art. 35(3)). An instrument that invokes Art. 35 should say how that point is reached: a treaty between States Parties may name it; an arrangement between agencies cannot designate it and refers to the point its State designated; the Convention itself obliges each Party to designate one (`designate point-of-contact available 24/7`), which satisfies the check. The duty is the State Party’s only: it does not bind a company, a CERT or an international organisation, nor a State that is not a Party (Entente’s list of Parties, with its date, decides; a State it does not establish is left alone). A 24/7 desk for urgent CERT assistance is practice, not Budapest law. A State Party whose contacts are declared available only in office hours is reported by `budapest-35-without-24-7` (CF18) instead.',
  source: 'Budapest Convention Art. 35(1)–(3) (read: Dutch treaty series BWBV0001839); Council of Europe list of Parties to ETS 185 (read: stored copy from after 20 June 2024, States A–K; chart of 3 December 2015)',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" { status binding }\nparty EE "Republic of Estonia" { kind state jurisdiction EE contact Duty "CERT-EE" }\nparty FI "Republic of Finland" { kind state jurisdiction FI contact Desk "NCSC-FI" available 24/7 }\nassistance { basis budapest-35 }\n',
    fix: 'treaty "Agreement" { status binding }\nparty EE "Republic of Estonia" { kind state jurisdiction EE contact Duty "CERT-EE" available 24/7 }\nparty FI "Republic of Finland" { kind state jurisdiction FI contact Desk "NCSC-FI" available 24/7 }\nassistance { basis budapest-35 }\n',
  },
  check({ model, report }) {
    const article35 = article35Basis(model);
    if (!article35 || coversTopic(model, 'contact-24-7') || refersToArticle35Points(model)) return;
    const related: RelatedInformation = { uri: model.uri, range: article35.range, message: 'Art. 35 cooperation is invoked here' };
    for (const party of model.signatories) {
      const row = isBudapestStateParty(party);
      if (!row || party.contacts.some((c) => c.availability?.value === '24/7')) continue;
      // "Each Party shall designate a point of contact available on a twenty-four hour,
      // seven-day-a-week basis" (Art. 35(1)): the duty is the clause.
      if (designationsFor(model, party.id, undefined, ['point-of-contact']).some((d) => d.availability?.value === '24/7')) continue;
      // Office-hours-only contacts under Art. 35 are CF18's finding, reported on those words.
      if (officeHoursOnlyContacts(party).length > 0) continue;
      // A party declared in this document is reported on its id; an inherited one on the basis word.
      const local = party.local?.id;
      report({
        range: local?.range ?? article35.range,
        message: `${party.id} has no point of contact available 24/7 here. ${article35Duty(model, party, row)}.`,
        related: local ? [related] : partyDeclaration(party, `${party.id} is declared here`),
        // The finding is about Art. 35, the network for criminal investigations: an incident-response
        // desk clause ("does not provide for assistance in the investigation … of criminal offences")
        // would contradict the basis the instrument declares (quick-fix review, item 12).
        fixes: libraryFixes(model, 'contact-24-7', { subject: 'criminal-justice' }),
      });
    }
  },
});

export const missingCentralAuthority = defineRule({
  code: 'missing-central-authority',
  catalogueId: 'MC14',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  message: 'Designate a central authority for mutual legal assistance (`central authority <Party> "…"`, or `designate central-authority` for a duty of each party), or name the MLA treaty that applies (`under "…"`).',
  rationale:
    'Where no mutual-assistance treaty is in force between the parties, each designates a central authority that sends and answers requests and communicates directly with the other (Budapest Convention Art. 27(1)–(2)). An assistance block that invokes MLA without a treaty or a central authority leaves requests with nowhere to go; a party that designates none leaves requests to it with nowhere to go. A treaty that obliges each party to designate one ("Each Party shall designate a central authority or authorities", Art. 27(2)(a), names notified to the Secretary General under Art. 27(2)(c)) says where requests go: `designate central-authority` satisfies the check. A concluded text that names neither has chosen to leave the channel to what else binds its parties — the Convention on the Physical Protection of Nuclear Material (1980) obliges "the greatest measure of assistance in connection with criminal proceedings", "The law of the State requested shall apply in all cases", and leaves unaffected "obligations under any other treaty … which governs or will govern … mutual assistance in criminal matters" (Art. 13(1)–(2)) — so there the finding is a note that says so, not a defect of the text (treaty lawyer lr29, D9).',
  source: 'Budapest Convention Art. 27(1)–(2) (read: Dutch treaty series BWBV0001839); Convention on the Physical Protection of Nuclear Material (1980), Art. 13(1)–(2) (read: BWBV0003800)',
  sourceStatus: 'verified',
  findingCeilings: [{ severity: 'info', where: 'on a concluded text that names neither an MLA treaty nor a central authority (the channel is left to the parties\' law and other treaties; treaty lawyer lr29, D9)' }],
  example: {
    trigger: 'participant EE "Estonia"\nassistance { basis mutual-legal-assistance }\n',
    fix: 'participant EE "Estonia"\nassistance {\n  basis mutual-legal-assistance\n  central authority EE "Ministry of Justice"\n}\n',
  },
  check({ model, report }) {
    if (coversTopic(model, 'central-authority')) return;
    for (const block of model.ast.assistance) {
      const mla = block.basis.find((b) => b.text === 'mutual-legal-assistance' || b.text === 'budapest-27');
      // With an MLA treaty in force, that treaty's channels apply instead (Art. 27(1)).
      if (!mla || block.mlaTreaty) continue;
      // "Each Party shall designate a central authority" (Art. 27(2)(a)): a duty for every party is the clause.
      const dutyOfEach = [...model.ast.designations, ...linkedDesignations(model)].some((d) => d.party === undefined && d.role?.value === 'central-authority');
      if (dutyOfEach) continue;
      const designatedByDuty = new Set(model.signatories.filter((p) => designationsFor(model, p.id, undefined, ['central-authority']).length > 0).map((p) => p.id));
      if (block.centralAuthorities.length === 0 && designatedByDuty.size === 0) {
        // A signed text that names neither chose to leave the channel to what else binds the
        // parties: "The law of the State requested shall apply in all cases", other MLA treaties
        // unaffected (CPPNM 1980, Art. 13(1)–(2); treaty lawyer lr29, D9). A note, not a defect.
        if (concludedText(model.ast)) {
          report({
            range: mla.range,
            message: `${mla.text} is invoked without an MLA treaty or a central authority: the signed text leaves where requests go to the parties' law and to any other treaty between them on mutual assistance. If the text names such a treaty or an authority, record it (\`under "…"\`, \`central authority <Party> "…"\`); otherwise a central authority is a point for an amending instrument or the next draft.`,
            profileCeiling: 'info',
          });
          continue;
        }
        report({
          range: mla.range,
          message: `${mla.text} is invoked without an MLA treaty: designate a central authority (\`central authority <Party> "…"\`) or name the treaty (\`under "…"\`).`,
          fixes: libraryFixes(model, 'central-authority'),
        });
        continue;
      }
      // Each party designates its own (Art. 27(2)(a)): report the signatories that have none.
      const designated = new Set([...block.centralAuthorities.map((a) => a.party.text), ...designatedByDuty]);
      // A class of parties designates member by member: it cannot be named here (the block-level
      // finding above covers an instrument that names no central authority at all).
      // The Union (or a Union body) has no central authority for mutual legal assistance: its MLA
      // agreements keep the Member States' (who-is-bound review, item 11; from memory, not read).
      const without = model.signatories.filter((p) => !designated.has(p.id) && p.classOf === undefined && !isUnionBody(p.jurisdiction)).map((p) => p.id);
      if (without.length === 0) continue;
      report({
        range: mla.range,
        message: `${without.join(', ')} ${without.length === 1 ? 'has' : 'have'} no central authority for ${mla.text}: add \`central authority ${without[0]} "…"\`${without.length > 1 ? ' for each' : ''}.`,
        related: block.centralAuthorities.map((a) => ({ uri: model.uri, range: a.party.range, message: `${a.party.text} designates its central authority here` })),
      });
    }
  },
});

export const contactRules = [missingPointsOfContact, missing247Contact, missingCentralAuthority];
