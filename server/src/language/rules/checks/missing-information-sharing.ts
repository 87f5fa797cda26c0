/**
 * Missing terms of information sharing (catalogue MC15–MC20): how each channel's information
 * is marked, the security agreement classified exchange needs and its table of equivalent
 * levels, the breach procedure for sensitive data, purpose limitation and onward release; what
 * the GDPR Art. 46 safeguards named for personal data leaving the EU contain is MC20's own file
 * (missing-transfer-safeguards.ts).
 */
import { declarationsBesides } from '../support/rule-inputs';
import type { Channel, LevelMarking, SecurityAgreement } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import type { HandlingCaveat } from '../../ast/vocabulary';
import type { SemanticModel } from '../../model/semantic-model';
import { amendingInstrumentNote } from '../../model/conclusion';
import { linkedAgreements, linkedBreachProcedure, treatyChannels } from '../../model/implementation';
import { libraryFixes } from '../support/fixes';
import { unionActRegime } from '../support/union-act-regime';
import { channelsWithoutTopic, coversTopic } from '../support/applicability';
import { ownUseNote, ownUseProvision, senderSetsUseConditions } from '../support/own-use-rules';
import { assistanceInKind, expectsMarking, forDissemination, namesCyberSecurityContent, relayedToAllParties, suspectOfOffence } from '../support/channel-kinds';
import { meantToBePassedOn } from '../support/passed-on';
import { missingTransferSafeguards } from './missing-transfer-safeguards';
import { personalDataPurposeNote, unreadTreatyNote } from '../support/purpose-limitation-notes';
import { confidentialityFor, purposeLimitationLead, untiedConfidentialityNote } from '../support/confidentiality-onward';
import { defineRule, type RelatedInformation } from '../rule';
import { singleSpaced } from '../../util/single-spaced';

/** The word that makes a channel's content classified: `carries classified` or `classification …` (not UNCLASSIFIED). */
function classifiedWord(channel: Channel): { range: Range; text: string } | undefined {
  const carried = channel.carries.find((c) => c.value === 'classified');
  if (carried) return carried;
  return channel.classification?.value === 'UNCLASSIFIED' ? undefined : channel.classification;
}

/**
 * Whether a channel carries only classified material, under a security agreement that is another
 * instrument than this one: that agreement's use and release rules govern what moves on it.
 */
function underAnotherSecurityAgreement(model: SemanticModel, channel: Channel): boolean {
  if (!channel.securityAgreement || channel.carries.length === 0 || channel.carries.some((c) => c.value !== 'classified')) return false;
  const agreement = model.resolve('security-agreement', channel.securityAgreement.text)?.node;
  if (agreement?.type !== 'SecurityAgreement' || !agreement.name) return false;
  const title = (text: string | undefined) => singleSpaced(text ?? '').trim().toLowerCase();
  return title(agreement.name.value) !== title(model.ast.instrument?.title?.value);
}

/** Security agreements visible here whose parties include every member of the channel. */
function coveringAgreements(model: SemanticModel, channel: Channel): SecurityAgreement[] {
  const members = channel.members.map((m) => m.text);
  return model
    .visible('security-agreement')
    .map((s) => s.node)
    .filter((n): n is SecurityAgreement => n.type === 'SecurityAgreement')
    .filter((a) => members.every((m) => a.parties.some((p) => p.text === m)));
}

function here(model: SemanticModel, range: Range, message: string): RelatedInformation[] {
  return [{ uri: model.uri, range, message }];
}

export const missingHandlingMarking = defineRule({
  code: 'missing-handling-marking',
  catalogueId: 'MC15',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  message: 'Say how information on this channel is handled: add `marking TLP:…`, another marking the text prescribes (`handling legend "…"`), or `classification <level> under <agreement>`.',
  rationale:
    'Recipients can respect the source’s limits only if they know them. TLP labels are applied by the source to each item it shares (FIRST TLP 2.0), and NIS2 Art. 10(7) has Member States facilitate CSIRT exchanges with third countries "using relevant information-sharing protocols, including the traffic light protocol"; an instrument that states the label that applies on a channel (or the classification, for classified material) tells every recipient what it may do with what it receives. This is practice, not a requirement of TLP itself, which has no rule that every item be marked. A marking other than TLP that the instrument prescribes — a legend such as that of Controlled Unclassified Information ("a legend containing the country of origin, the conditions of release …", Netherlands–US 2012 Art. 11(3)(d)), a releasability caveat, originator control — says it as well (`handling …`). The rule asks it of channels that carry cyber-security information (indicators, vulnerabilities, incident reports, malware samples, threat assessments, best practice), that have a national CERT among their members, or that do not say what they carry; not of a channel whose content is given only in the text\'s own words (`carries "…"`) between parties none of which is a CERT, unless the words name cyber-security content (indicators of compromise, threat intelligence, malware, software vulnerabilities, computer or cyber incidents, CSIRT or TLP material; thirty-fifth run), nor of one that says nothing of what it carries but that assistance in kind is given on it — "advisory services, technical support and equipment for the purpose of responding to an oil pollution incident", on request (OPRC 1990, Art. 7(1), read: BWBV0002364; thirty-fifth run), where there is no information to mark; not of a channel of best practice alone between parties none of which is a CERT, whose lessons are meant to spread (the ACS Agreement on natural disasters 1999 sends them to a regional "focal point for the diffusion and dissemination of information", Art. 9(1)). Nor is it asked of information meant to be acted on and passed on, in the text\'s own words: a notice of an incident to the States it threatens ("they shall notify other States whose interests are likely to be affected by such incident", OPRC-HNS Protocol 2000, Art. 3(3), read: BWBV0004763), or an exchange between the Parties of an instrument that gives its data "to the international community … on a non-discriminatory basis" and "free of charge to all States" (COSPAS-SARSAT Programme Agreement 1988, Arts. 2(b), 6.3, read: BWBV0002153; thirty-ninth run), or one under an instrument that opens its information to the public: "Each Party shall ensure public access to information contained in its pollutant release and transfer register, without an interest having to be stated" (PRTR Protocol 2003, Art. 11(1), read: BWBV0002912), the Parties sharing "information under this Protocol on releases and transfers within border areas" (Art. 16(1)(c); forty-ninth run, items 2–3), or what moves for the search for and rescue of persons in distress, by the channel\'s own words (`exchange "…"`, `purpose "…"` or `carries "…"` alike): a request that rescue units enter another Party\'s territory "solely for the purpose of searching for the position of maritime casualties and rescuing the survivors of such casualties", "giving full details of the projected mission and the need for it", to be acknowledged "immediately" (SAR Convention 1979, Annex 3.1.3–3.1.4), or ship positions disseminated "to other States when so requested for search and rescue purposes" (Annex 5.4.2, read: BWBV0003096; fifty-ninth run, item 1) — operational messages made to be acted on at once, of the family of the OPRC request for assistance and the COSPAS-SARSAT distress data — unless the channel declares a category, has a national CERT member, or its words name cyber-security, personal, classified, confidential or criminal-case content, or describe persons ("the medical condition of the persons on board", "their state of health", "the list of passengers": health data of identified persons is what a use limit is for, and the SAR Convention\'s messages carry a mission and ship positions, not such data; treaty lawyer lr13, defect 6). Words of exchange alone ("Parties shall exchange information on …") do not exempt a channel: what it carries is still unknown. Classified material carries its originator’s classification under the security agreement: a missing agreement or level is `missing-security-agreement` (MC16) or `classified-without-security-agreement` (CF12), and a TLP label in its place is `classified-tlp-only` (CF13). A channel that carries only criminal-cooperation data (`electronic-evidence`, `traffic-data`, `subscriber-information`, with any `personal-data`) is left alone: evidence moves under the mutual-legal-assistance treaty and the conditions the supplying State sets (Budapest Convention Arts. 26(2), 27–28), not under TLP; so is one that carries only personal data between non-CERT bodies, whose handling rests on data-protection law and the channel’s purpose and onward rules.',
  source: 'FIRST TLP 2.0, label definitions (read: verbatim copies of the FIRST definitions, e.g. the MISP TLP taxonomy; first.org itself not read); NIS2 Art. 10(7) (read: EUR-Lex consolidated text of 27.12.2022); Budapest Convention Arts. 26(2), 28 (read: Dutch treaty series BWBV0001839); Netherlands–US Agreement (2012) Art. 11(3)(d) (read: BWBV0006073); OPRC 1990 Art. 7(1) (read: BWBV0002364); OPRC-HNS Protocol 2000 Art. 3(3) (read: BWBV0004763); COSPAS-SARSAT Programme Agreement 1988 Arts. 2(b), 5.9, 6.3 (read: BWBV0002153); PRTR Protocol 2003 Arts. 11, 12, 16 (read: BWBV0002912); SAR Convention 1979, Annex 3.1.3–3.1.4, 5.4.2 (read: BWBV0003096)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { carries indicators }\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { carries indicators marking TLP:AMBER }\n',
  },
  check({ model, report }) {
    for (const channel of channelsWithoutTopic(model, 'handling-marking')) {
      // A marking other than TLP that the text prescribes (a CUI legend, REL TO) is a handling marking too.
      // A handling word outside the language's set (`handling weird`) marks nothing: value-out-of-range reports it.
      const handled = channel.handlingMarkings.some((m) => m.caveat.value !== undefined);
      if (!channel.id || channel.marking || handled || channel.classification || !expectsMarking(model, channel)) continue;
      // A notice to the States an incident threatens, data the instrument gives to all States freely,
      // a search-and-rescue message (OPRC-HNS Art. 3(3); COSPAS-SARSAT Arts. 2(b), 6.3; SAR Annex
      // 3.1.3, 5.4.2): meant to be acted on and passed on.
      if (meantToBePassedOn(model, channel)) continue;
      report({
        range: channel.id.range,
        message: `Channel ${channel.id.text} has no handling marking: add \`marking TLP:…\`, the marking the text prescribes (\`handling legend "…"\`), or \`classification <level> under <agreement>\`.`,
        fixes: libraryFixes(model, 'handling-marking'),
      });
    }
  },
});

export const missingSecurityAgreement = defineRule({
  code: 'missing-security-agreement',
  catalogueId: 'MC16',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'error',
  message: 'Classified information needs a security-of-information agreement: declare a `security-agreement` between the members and reference it (`classification <level> under <agreement>`).',
  rationale:
    'Classified information may only be exchanged under a security-of-information agreement (or articles of the instrument itself) that sets the protection, marking, release and breach rules: the NATO Security of Information Agreement of 1997 (Arts. 1–3: protection, classification maintained, no release to non-NATO Parties without the originator\'s consent, clearances) and bilateral agreements such as Netherlands–Sweden 1984 (Arts. 1–3) do. A channel that declares its classification level (`classification SECRET`) is checked against the agreements by `classified-without-security-agreement` (CF12) instead; this rule covers channels that `carry classified` material without a level.',
  source: 'NATO Security of Information Agreement (1997) Arts. 1–3 (read: Dutch treaty series BWBV0001372); Netherlands–Sweden Agreement on classified military information (1984) Arts. 1–3 (read: BWBV0002448)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { carries classified }\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nsecurity-agreement GSA between EE, FI up to SECRET\nchannel Intel between EE, FI { carries classified classification SECRET under GSA }\n',
  },
  // A signed text cannot take a security article, but the cure may already exist: an agreement the
  // members concluded, which the text need not name, may cover what it carries (NL–US 1978: Annex V,
  // 1982, applies the procedures implementing the Governments' General Security of Information
  // Agreement "to the safeguarding of classified military information exchanged under this
  // Memorandum of Understanding", BWBV0003739; lr8, defect 1). The finding says so, and names no
  // agreement it cannot read.
  onConcludedText:
    'an agreement on the security of information the members have concluded may already cover this information although the text does not name it — if one does, declare it (`security-agreement <id> between … { concluded on … }`) and reference it with `classification <level> under <id>`; if none does, the Parties can bring the exchange under one by a later instrument (an annex, an exchange of notes).',
  // Decided by the channels no clause covers on the topic, their own words, and the security
  // agreements declared here or brought in: nothing else of a clause (analysis/reused-findings.ts).
  inputs: (model) => [declarationsBesides(model, 'Clause'), ...channelsWithoutTopic(model, 'security-of-information')],
  check({ model, report }) {
    for (const channel of channelsWithoutTopic(model, 'security-of-information')) {
      const classified = classifiedWord(channel);
      // A named agreement that does not resolve is `unknown-reference`'s finding; a declared
      // level is CF12's (`classified-without-security-agreement`), reported on the level.
      if (!channel.id || !classified || channel.securityAgreement || channel.classification?.value) continue;
      if (coveringAgreements(model, channel).length > 0) continue;
      report({
        range: channel.id.range,
        message: `Channel ${channel.id.text} carries classified information but no security-of-information agreement declared here covers its members: declare one and reference it with \`classification <level> under <agreement>\`.`,
        related: here(model, classified.range, 'classified information is carried here'),
        fixes: libraryFixes(model, 'security-of-information'),
      });
    }
  },
});

export const missingClassificationEquivalence = defineRule({
  code: 'missing-classification-equivalence',
  catalogueId: 'MC17',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  message: 'Add the table of equivalent classification levels: `level SECRET equals EE "…", FI "…"` for each level.',
  rationale:
    'Parties with different national classification schemes must agree which of their markings correspond, or a SALAJANE document may be handled as something else in the other country. Bilateral security agreements or their implementing arrangements carry such a table, with "no equivalent" rows where a level has no counterpart: the Netherlands–Sweden memorandum of 1984, Section 2(a) ("CONFIDENTIEEL = (No equivalent)"), and the Netherlands–Australia arrangement of 1977, Schedule A ("Table of Equivalent Security Classification Categories"). Multilateral agreements that apply common standards have none (NATO 1997, ESA 2002): `scheme common` says so. Nor does an instrument that cites an agreement in force (`concluded …`) need to copy that agreement\'s table (the Netherlands–Switzerland agreement of 2007 refers to "the relevant security arrangements", Art. XV), nor one whose rule is that each party gives what it receives "the equivalent level of classification in the country of receipt" (`scheme receiving-party`, Netherlands–US 2012 Art. 11(2)(f)); and the table of an implementing arrangement counts for the treaty it implements (`implemented by`), as the 1984 memorandum\'s table counts for the Netherlands–Sweden Agreement.',
  source: 'Netherlands–Sweden memorandum implementing the 1984 Agreement on classified military information, Section 2(a) (read: Dutch treaty series BWBV0002448); Netherlands–Australia exchange of letters on defence security (1977), Schedule A (read: BWBV0003467); NATO Security of Information Agreement (1997) Art. 2 (read: BWBV0001372); ESA classified-information Agreement (2002) Art. 3 (read: BWBV0001724); Netherlands–Switzerland Agreement (2007) Art. XV (read: BWBV0001997); Netherlands–US Agreement (2012) Art. 11(2)(f) (read: BWBV0006073)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia" { jurisdiction EE }\nparticipant FI "Finland" { jurisdiction FI }\nsecurity-agreement GSA between EE, FI up to SECRET\n',
    fix: 'participant EE "Estonia" { jurisdiction EE }\nparticipant FI "Finland" { jurisdiction FI }\nsecurity-agreement GSA between EE, FI up to SECRET {\n  level SECRET equals EE "SALAJANE", FI "SALAINEN"\n}\n',
  },
  // Decided by whether some clause covers the topic, the security agreements and parties declared
  // here, and those of the linked documents: nothing else of a clause (analysis/reused-findings.ts).
  inputs: (model) => [declarationsBesides(model, 'Clause'), coversTopic(model, 'classification-equivalence')],
  check({ model, report }) {
    if (coversTopic(model, 'classification-equivalence')) return;
    for (const agreement of model.ast.securityAgreements) {
      if (!agreement.id) continue;
      // Parties of one jurisdiction share a national scheme; an unknown jurisdiction counts as its own.
      const schemes = new Set<string>();
      for (const p of agreement.parties) schemes.add(model.party(p.text)?.jurisdiction ?? p.text);
      if (schemes.size < 2) continue;
      if (agreement.equivalences.length === 0) {
        // No table is demanded where the text does not need one: an agreement in force elsewhere
        // has its table there (copying it risks divergence); one common scheme (NATO, ESA) has
        // none; "the equivalent level in the country of receipt" is the text's rule; and the
        // table of an implementing arrangement (or of the treaty an arrangement implements) counts.
        // A table that is written is still checked below, row by row.
        if (agreement.concluded || agreement.scheme?.value === 'common' || agreement.scheme?.value === 'receiving-party') continue;
        if (linkedAgreements(model, agreement).some((a) => a.node.equivalences.length > 0 || a.node.concluded || a.node.scheme?.value === 'common')) continue;
        report({
          range: agreement.id.range,
          message: `Security agreement ${agreement.id.text} spans ${schemes.size} national classification schemes but has no table of equivalent levels: add \`level <LEVEL> equals …\` lines, or say how levels correspond (\`scheme common "…"\`, \`scheme receiving-party\`), or cite the agreement in force that has the table (\`concluded …\`).`,
          fixes: libraryFixes(model, 'classification-equivalence'),
        });
        continue;
      }
      const marked = new Set<string>();
      for (const e of agreement.equivalences) markedIn(e.markings, marked);
      for (const party of agreement.parties) {
        if (marked.has(party.text)) continue;
        report({
          range: party.range,
          message: `The table of equivalent levels of ${agreement.id.text} gives no national marking for ${party.text}: add it to each \`level … equals\` line.`,
          related: here(model, agreement.equivalences[0].range, 'the table of equivalent levels'),
          fixes: libraryFixes(model, 'classification-equivalence'),
        });
      }
      // A party marked on some lines but not on this one: this level has no equivalent for it.
      // (A party marked on no line at all is reported once above, on its name.)
      for (const row of agreement.equivalences) {
        if (!row.level) continue;
        const onRow = markedIn(row.markings, new Set());
        const missing: string[] = [];
        for (const p of agreement.parties) if (marked.has(p.text) && !onRow.has(p.text)) missing.push(p.text);
        if (missing.length === 0) continue;
        report({
          range: row.level.range,
          message: `The ${row.level.text} line of ${agreement.id.text} gives no national marking for ${missing.join(', ')}: add ${missing.length > 1 ? 'them' : 'it'} to this line.`,
        });
      }
    }
  },
});

/** A cell that says something: a marking in quotes, or `none`; `SE bogusword` is value-out-of-range's finding, not a cell. */
function givesLevel(cell: LevelMarking): boolean {
  return cell.marking !== undefined || cell.none?.value !== undefined;
}

/**
 * Adds to `parties` those a line of the table gives a level for. A loop, not a chain of callbacks
 * made anew for each agreement: those closures die with each analysis, and V8 drops their
 * optimised code with them at the next collection, to compile it again a few keystrokes later.
 */
function markedIn(cells: readonly LevelMarking[], parties: Set<string>): Set<string> {
  for (const cell of cells) if (givesLevel(cell)) parties.add(cell.party.text);
  return parties;
}

const sensitiveLabels: ReadonlySet<string> = new Set(['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER']);

export const missingBreachProcedure = defineRule({
  code: 'missing-breach-procedure',
  catalogueId: 'MC18',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  // Its findings on a signed text read as requests to redraft it without this (hundred-and-thirteenth run, defect 2).
  onConcludedText: amendingInstrumentNote,
  message: 'Say what happens if information on this channel is compromised: add `breach procedure "…"` (notify the originator, assess, mitigate).',
  rationale:
    'For classified information, the originator must learn of any loss or compromise at once so it can assess the damage and act; security agreements lay down that procedure: "the other country will be notified immediately" (Netherlands–Sweden memorandum 1984, Section 3(a)); "such incident will be reported promptly to the Government which furnished the matter" (Netherlands–Australia 1977, ¶17); investigation and information of the others (ESA 2002, Art. 6(1)–(2)). For TLP:RED or TLP:AMBER information it is good practice only: TLP itself has no compromise procedure. An agreement in force that the instrument cites (`concluded …`) has its own procedure, and copying it risks divergence (review §1.2); the procedure of an implementing arrangement counts for its treaty and the reverse (`implements`, `implemented by`).',
  source: 'Netherlands–Sweden memorandum (1984) Section 3(a)–(b) (read: Dutch treaty series BWBV0002448); Netherlands–Australia exchange of letters (1977) ¶17 (read: BWBV0003467); ESA classified-information Agreement (2002) Art. 6 (read: BWBV0001724)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { marking TLP:AMBER }\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:AMBER\n  breach procedure "The recipient notifies the originator without delay."\n}\n',
  },
  // Decided by the channels no clause covers on the topic, their own words, and the security
  // agreements here and in the linked documents: nothing else of a clause (analysis/reused-findings.ts).
  inputs: (model) => [declarationsBesides(model, 'Clause'), ...channelsWithoutTopic(model, 'breach-procedure')],
  check({ model, report }) {
    for (const channel of channelsWithoutTopic(model, 'breach-procedure')) {
      if (!channel.id || channel.breachProcedure) continue;
      const classified = classifiedWord(channel);
      const label = channel.marking?.value && sensitiveLabels.has(channel.marking.value) ? channel.marking : undefined;
      const cause = classified ?? label;
      if (!cause) continue;
      // A security agreement's breach procedure covers the classified exchange under it; one in
      // force elsewhere (`concluded …`) has its own, which this instrument need not copy.
      if (classified) {
        const named = channel.securityAgreement ? model.resolve('security-agreement', channel.securityAgreement.text)?.node : undefined;
        const agreements = named?.type === 'SecurityAgreement' ? [named] : coveringAgreements(model, channel);
        if (agreements.some((a) => a.breachProcedure || a.concluded)) continue;
        if (agreements.some((a) => linkedAgreements(model, a).some((l) => l.node.breachProcedure || l.node.concluded))) continue;
        if (linkedBreachProcedure(model, channel.members.map((m) => m.text))) continue;
      }
      report({
        range: channel.id.range,
        message: `Channel ${channel.id.text} carries ${classified ? 'classified' : label!.text} information but says nothing on compromise: add \`breach procedure "…"\`.`,
        related: here(model, cause.range, 'sensitive information is marked here'),
        fixes: libraryFixes(model, 'breach-procedure'),
      });
    }
  },
});

/** Handling markings that themselves forbid release beyond the recipient (a `legend` says whatever its text says). */
const releaseRestricting: ReadonlySet<HandlingCaveat> = new Set<HandlingCaveat>(['official-secrecy', 'originator-controlled', 'no-foreign', 'releasable-to', 'in-confidence']);

/**
 * A channel whose content is given only in the text's own words (`carries "…"`), with no
 * category, marking, classification or handling statement: nothing says the content is
 * sensitive, and the checker cannot tell it from content meant to be passed on — assessments of
 * a pollution incident for all the other Parties (Bonn Agreement 1983, Art. 6(3); thirteenth run),
 * statements of a State's law (ETS 62, Arts. 1, 7; eighth run). Not where the words name
 * cyber-security content ("indicators of compromise"; thirty-fifth run, item 8). Any handling
 * statement takes it out of words only, a confidentiality rule for what is given "in confidence"
 * too: "protect the confidentiality of any information which they receive in confidence"
 * (Physical Protection Convention 1980, Art. 6(1)) says the content may be sensitive and limits
 * its disclosure, not its use, so the channel is asked for its purpose (after the forty-fourth
 * run: rt44's exemption for such a rule undone).
 */
function describedOnly(channel: Channel): boolean {
  const unmarked = !channel.marking && !channel.classification && channel.handlingMarkings.length === 0;
  return channel.carries.length === 0 && channel.carriesText.length > 0 && unmarked && !aboutCriminalCases(channel) && !namesCyberSecurityContent(channel);
}

/**
 * Words that put a described channel's content in criminal cases against persons — the stage and
 * results of "investigations, prosecutions and judicial proceedings" (San José Agreement 2003, Art.
 * 26(2); thirty-fourth run), persons suspected of an offence, offenders: not content meant to be passed on, whatever the
 * text calls it, so the channel is asked for its use rule like one that says `personal-data`.
 */
const criminalCaseWords = new RegExp(String.raw`\b(?:prosecutions?|judicial proceedings|criminal proceedings|${suspectOfOffence}|offenders?)\b`, 'i');

function aboutCriminalCases(channel: Channel): boolean {
  return channel.carriesText.some((item) => criminalCaseWords.test(item.value));
}

const relayNote =
  ' The text has the depositary transmit what it carries to the other Parties: it is meant to reach them all, so no onward rule is asked and no library clause is offered; a purpose, if one is wanted, binds what each recipient does with it and leaves the relay as the text makes it.';

export const missingPurposeLimitation = defineRule({
  code: 'missing-purpose-limitation',
  catalogueId: 'MC19',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  // On a signed text, alike whether a fix was withheld or none was offered (thirty-fourth run, point 5).
  onConcludedText: amendingInstrumentNote,
  message: 'Limit the use of shared information: add `purpose "…"` and an `onward sharing …` rule to the channel.',
  findingCeilings: [
    { severity: 'info', where: 'where every signatory is a Member State and the instrument is made under a Union act whose rules govern the use of what is exchanged (Directive 2011/16/EU, Art. 16; treaty lawyer lr29, D8)' },
    { severity: 'info', where: 'where the instrument implements a treaty that is not transcribed, whose own rule on use may govern the exchange (treaty lawyer lr29, D4)' },
  ],
  rationale:
    'The provider must be able to make its information conditional on use for the agreed purpose only and on no release to third parties without its consent, as security agreements provide: "not use classified information … for purposes other than those laid down" and "not disclose … to non-NATO Parties without the consent of the originator" (NATO 1997, Art. 1(iii)–(iv)); "may not be used for purposes other than those agreed upon" and not disclosed to a third State "without the previous written consent of the originating country" (Netherlands–Sweden 1984, Art. 2(b)–(c)). For the same reason a channel that carries only classified material under a security agreement that is another instrument (`classification … under <agreement>`, the agreement not being this instrument itself) is not reported: the agreement already limits the use and release of what moves under it, as the Netherlands–Sweden memorandum of 1984 leaves them to Art. 2 of the Agreement it implements. A handling marking that forbids further release (`handling official-secrecy`, `originator-controlled`, `no-foreign`, `releasable-to`, `in-confidence`) is the onward-sharing rule: "shall be bound by appropriate obligations of secrecy or confidentiality with regard to that information" (Council of Europe Convention 108, Art. 15(2), read: Dutch treaty series). (Budapest Convention Art. 28 is narrower: conditions the requested Party may attach to a mutual-assistance response where no MLA treaty applies.) An implementing arrangement (`implements`) is governed by its treaty\'s rules on use and release: the treaty\'s channel between the same parties, or its clause, counts. An instrument between Member States\' authorities made under a binding Union act that lays down its own rules on the use of what is exchanged ("Further to the provisions of Council Directive No 2011/16/EU", Czech Republic–Netherlands tax information arrangement 2015, preamble; twenty-sixth real-instrument run) is still reported, as a note (info) that names the act — every sender is bound by it, so the use is limited in law and only its record is missing (treaty lawyer lr29, D8): Article 16 of the Directive covers the information by official secrecy, allows its use for the taxes, contributions and proceedings it lists, for other purposes with the sending authority\'s permission, and its transmission to a third Member State on notice (read: the Article as appended to the Curaçao–Croatia savings Convention 2013, BWBV0006199); the library clause, whose consent-based use and onward sharing differ from that, is not offered, nor are other library clauses of use, secrecy or handling. A channel whose content is given only in the text\'s own words (`carries "…"`), with no category, marking, classification or handling statement, is not reported: nothing says its content is sensitive, and the checker cannot tell it from content meant to be passed on, such as assessments of a pollution incident of which the Party concerned "shall immediately inform all the other Contracting Parties" (Bonn Agreement 1983, Art. 6(3), read: BWBV0002780) or statements of a State\'s law (European Convention on Information on Foreign Law 1968, Arts. 1 and 7, read: BWBV0004561). A channel so described is still reported where its words put the content in criminal cases — prosecutions, judicial or criminal proceedings, persons suspected of an offence, offenders; not mined areas "suspected to contain" mines (Mine Ban Convention 1997, Art. 7(1)(c), read: BWBV0001384; forty-fourth run) — since that is not content meant to be passed on: a Party "shall … inform the other Party on the stage which has been reached of all investigations, prosecutions and judicial proceedings" and "on results of such prosecutions and judicial proceedings", with no rule on their use anywhere in the Agreement (San José Agreement 2003, Art. 26(2), read: BWBV0004611; thirty-fourth run); and so is one whose words name cyber-security content — indicators of compromise, threat intelligence, malware, software vulnerabilities, computer or cyber incidents, CSIRT or TLP material (thirty-fifth run) — which is what the limits of TLP practice are for. Nor is a channel on which assistance in kind moves rather than information — one that says nothing of what it carries but that the parties "will co-operate and provide advisory services, technical support and equipment for the purpose of responding to an oil pollution incident, … upon the request of any Party affected or likely to be affected" (OPRC 1990, Art. 7(1), read: BWBV0002364; thirty-fifth run): a request for help is made to be acted on, and there is no information to limit; where its words speak of information, data, reports or evidence, name cyber-security content, or a national CERT is a member, it is reported. Nor is a channel of best practice alone between parties none of which is a CERT: the experience and reports of the ACS Agreement on natural disasters (1999) go to a regional centre that is "a focal point for the diffusion and dissemination of information" (Art. 9(1), read: BWBV0001898). Where the text has its own rule on the use of information — a decision for free use among them: "may be used without restriction, except when such information is provided in confidence by the notifying State Party" (Early Notification Convention 1986, Art. 5(3), read: BWBV0002139; thirty-fifth run) — untagged ("The requesting Party shall not transmit or use information or evidence furnished by the requested Party for investigations, prosecutions or proceedings other than those stated in the request without the prior consent of the requested Party", Financing of Terrorism Convention 1999, Art. 12(3)), or lets information pass through an international organisation ("States Parties may exchange information through the International Criminal Police Organization (Interpol)", Art. 18(4), read: BWBV0001518), a channel its rule does not reach is still reported, but no library clause is offered: a clause on all "information provided under this …" would tighten the text\'s rule and forbid the exchange through the organisation. So where the text puts the protection of the information under another instrument\'s rules, by reference ("The specific arrangements for implementing the relevant provisions of the Convention and the OPCW Policy on Confidentiality in relation to the protection of confidential information at the facility are contained in Attachment 3", NL–OPCW facility agreement 1998, Section 3, read: BWBV0001601; third quick-fix review, item 2): a consent rule for every use and transfer would be a second regime beside those rules; this instrument itself ("in accordance with this Agreement") and national law are not such a reference. A clause tagged `about purpose-limitation for <channels>` counts for those channels only, and where the text\'s own rule is such a clause the finding says whose channels it reaches: "Information received from Parties under this Article shall be used exclusively to meet the objectives of this Protocol" (WHO FCTC illicit-trade Protocol 2012, Art. 21(2), read: BWBV0006383) limits the enforcement information of Art. 21, not the law-enforcement exchange of Art. 27. Otherwise the finding names that rule without saying it reaches the channel, which the checker cannot tell (twenty-eighth real-instrument run: the Prevention of Terrorism Convention\'s rule on spontaneous information, Art. 22, is not the rule of the outcome reported under Art. 20(7)). Nor is a use limit asked of information meant to be acted on and passed on: a notice of an incident to "other States whose interests are likely to be affected" (OPRC-HNS Protocol 2000, Art. 3(3), read: BWBV0004763), or the Parties\' exchange under an instrument whose data go "to the international community … on a non-discriminatory basis" and "free of charge to all States" (COSPAS-SARSAT Programme Agreement 1988, Arts. 2(b), 6.3, read: BWBV0002153; thirty-ninth run), or under an instrument that gives the public access to its information "without an interest having to be stated" (PRTR Protocol 2003, Art. 11(1), read: BWBV0002912; forty-ninth run, item 3), or what moves for search and rescue by the channel\'s own words: a request for the entry of rescue units "solely for the purpose of searching for the position of maritime casualties and rescuing the survivors of such casualties" (SAR Convention 1979, Annex 3.1.3) or ship positions given "when so requested for search and rescue purposes" (Annex 5.4.2, read: BWBV0003096; fifty-ninth run, item 2) — the words "solely for the purpose" limit the entry, not the use of the request, and are not read as a purpose of use; the exemption rests on the message being made to be acted on at once — where an onward rule would run against the text; a declared category, a national CERT member, or words naming cyber-security, personal, classified, confidential or criminal-case content, or describing persons ("the medical condition of the persons on board", "the list of passengers"; treaty lawyer lr13, defect 6), keep the finding. A channel whose own words let the sender impose conditions on the use of what it sends and bind the receiver to them ("The Party providing the information may, pursuant to its national law, impose conditions on the use of such information by the Party receiving the information. The Party receiving the information shall be bound by those conditions", CETS 196 Art. 22(2)–(3), read: BWBV0004604; "shall comply with a request that said information remain confidential, even temporarily, or with restrictions on its use", UNTOC 2000 Art. 18(5), read: BWBV0001668) is not reported: the provider can make its information conditional on its use and release, case by case. Where the text has the Secretary-General or the depositary pass what a channel carries to all the Parties ("who shall transmit the information to the other States Parties", ICSANT 2005, Art. 19; "shall transmit all such reports received to the States Parties", "shall transmit the submission, accompanied by all appropriate information pertaining to the Request for Clarification, to all States Parties", Mine Ban Convention 1997, Arts. 7(3), 8(3), read: BWBV0001384), no onward rule is asked and no library clause is offered; only a purpose, where none is stated. A rule that information received "in confidence" is kept confidential ("protect the confidentiality of any information which they receive in confidence", Physical Protection Convention 1980, Art. 6(1), read: BWBV0003800) limits disclosure, not use: it counts as the onward rule, not as the purpose — on the channel as a handling marking (`handling in-confidence`), or as a clause tagged `about confidentiality for <channel>`: "During such enquiries and thereafter, data may only be collected, processed and communicated according to the rules relating to professional confidentiality and personal data protection" (European Convention on the Adoption of Children (Revised) 2008, Art. 10(1), read: BWBV0003426) governs the enquiry data its Art. 15 requests for information carry (eighty-seventh run, item 1). A confidentiality tag without `for` does not say whose exchange it protects, and is often another\'s — the confidentiality of "the fact and substance of the request" for mutual legal assistance (UNTOC 2000, Art. 18(20), read: BWBV0001668) is no rule on the police exchange of Art. 27 — so it does not count, and the finding names it and says how to tie it to the channel. Where the channel states its purpose and lacks only the onward rule, the finding says so, not that the channel does not limit the use of what it carries. On a channel that carries personal data the message also states the data-protection principle, for a sender the GDPR binds (declared, or conditionally for a State or ministry in the EU/EEA whose regime the language cannot tell): personal data are "collected for specified, explicit and legitimate purposes and not further processed in a manner that is incompatible with those purposes" (GDPR Art. 5(1)(b), \'purpose limitation\'); it binds that sender\'s own processing, not a third-country recipient\'s use, which only the text can limit, and it is never said of a party the GDPR does not reach (sixty-second run, D2). Where the instrument implements a treaty that is not transcribed (`implements "<title>"`, or its title says "implementing the … Agreement", or its preamble defines or names another Agreement and is made "Pursuant to the provisions of Article 19 of the Agreement": lf52), the message says that the treaty\'s own rule on use, if it has one, governs the exchange, and the finding is a note, since the checker cannot tell whether anything is missing (treaty lawyer lr29, D4: the Benelux–Bosnia and Herzegovina readmission Protocol 2013, made "Pursuant to the provisions of Article 19 of the Agreement" between the European Community and Bosnia and Herzegovina, whose readmission agreements limit the use of the data communicated): an arrangement of competent authorities moving taxpayer data under a tax convention\'s mutual-agreement article is governed by the convention\'s article on the use of information (NL–UK Mutual Agreement on Art. 25(5) arbitration 2008, para. 8, referring to Arts. 25–26 of the Convention; sixty-first run, defect 3), which the checker cannot read.',
  source: 'NATO Security of Information Agreement (1997) Art. 1(iii)–(iv) (read: Dutch treaty series BWBV0001372); Netherlands–Sweden Agreement on classified military information (1984) Art. 2(b)–(c) (read: BWBV0002448); Netherlands–Australia exchange of letters (1977) ¶¶5–6 (read: BWBV0003467); OPRC-HNS Protocol 2000 Art. 3(3) (read: BWBV0004763); COSPAS-SARSAT Programme Agreement 1988 Arts. 2(b), 6.3 (read: BWBV0002153); PRTR Protocol 2003 Arts. 11, 16 (read: BWBV0002912); SAR Convention 1979, Annex 3.1.3, 5.4.2 (read: BWBV0003096); GDPR (Regulation (EU) 2016/679) Art. 5(1)(b) (read: a reproduction of the Article\'s text); European Convention on the Adoption of Children (Revised) 2008 Arts. 10(1), 15 (read: BWBV0003426)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { carries indicators }\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  carries indicators\n  purpose "network defence"\n  onward sharing with-consent\n}\n',
  },
  check({ model, report }) {
    // The text's own rule on use (or exchange through an international organisation) keeps the
    // library clause out (library-fit.ts); the finding says why.
    const ownUse = ownUseProvision(model);
    for (const channel of channelsWithoutTopic(model, 'purpose-limitation')) {
      if (!channel.id || underAnotherSecurityAgreement(model, channel) || describedOnly(channel) || forDissemination(model, channel)) continue;
      // Services, support and equipment given on request (OPRC 1990, Art. 7(1)): no information to limit.
      if (assistanceInKind(model, channel)) continue;
      // What is meant to be acted on and passed on has no use to limit (OPRC-HNS Art. 3(3); COSPAS-SARSAT Arts. 2(b), 6.3).
      if (meantToBePassedOn(model, channel)) continue;
      // The channel's own words let the sender impose use conditions that bind the receiver
      // (CETS 196 Art. 22(2)–(3), UNTOC Art. 18(5)): the provider can make its information
      // conditional on its use and release, which is what this rule asks.
      if (senderSetsUseConditions(channel.hedgeText?.value)) continue;
      // An implementing arrangement's exchange is governed by the use and release rules of the
      // treaty it implements (Netherlands–Sweden memorandum 1984 under Art. 2 of the Agreement).
      const governing = treatyChannels(model, channel.members.map((m) => m.text)).map((t) => t.channel);
      const purpose = channel.purpose ?? governing.find((c) => c.purpose)?.purpose;
      // A handling marking that forbids further release (official secrecy, ORCON, NOFORN, REL TO,
      // in confidence) is the rule on onward sharing: "shall be bound by appropriate obligations of
      // secrecy or confidentiality with regard to that information" (Convention 108, Art. 15(2)).
      // So is a confidentiality clause tied to the channel (`about confidentiality for <channel>`):
      // it limits disclosure (CPPNM Art. 6(1); Adoption Convention (Revised) Art. 10(1)).
      const onward =
        channel.onwardSharing ??
        channel.handlingMarkings.find((m) => m.caveat.value !== undefined && releaseRestricting.has(m.caveat.value)) ??
        governing.find((c) => c.onwardSharing)?.onwardSharing ??
        confidentialityFor(model, channel.id.text);
      // The depositary relays it to every Party (ICSANT Art. 19): the relay is where the text sends
      // it, so no onward rule is asked; a purpose still binds each recipient's use, relay intact.
      const relayed = relayedToAllParties(channel);
      const onwardMissing = !onward && !relayed;
      if (purpose && !onwardMissing) continue;
      // Made under a Union act with its own rules on use (Directive 2011/16/EU, Art. 16): those rules
      // govern, and the library clause, which would state others, is not offered (library-fit.ts).
      const regime = unionActRegime(model);
      const act = regime?.act.replace(/^Council /u, '');
      const governed = regime
        ? ` The exchange is made under ${regime.act}, whose ${regime.provision} governs the use, secrecy and onward transmission of what is exchanged: record that rather than rules of its own (\`purpose "as ${regime.provision} of ${act} provides"\`, \`handling official-secrecy "${regime.provision}(1) of ${act}"\`); no library clause is offered, since it would state a different regime.`
        : '';
      // The act binds every sender (each a Member State): the use is limited in law, and only the
      // transcription's record of it is missing — a note that says so (treaty lawyer lr29, D8).
      const lead = regime ? `The use of what channel ${channel.id.text} carries is limited by Union law rather than by the text's own words.` : purposeLimitationLead(channel.id.text, !purpose, onwardMissing).replace(' does not limit ', unreadTreatyNote(model) ? ' states no limit of its own on ' : ' does not limit ');
      report({
        range: channel.id.range,
        // So where it implements a treaty not transcribed, whose rule on use may govern (lr29, D4).
        ...(regime || unreadTreatyNote(model) ? { profileCeiling: 'info' as const } : {}),
        message: `${lead}${governed}${!governed && relayed ? relayNote : !governed && ownUse ? ownUseNote(ownUse, channel.id.text) : ''}${!governed && onwardMissing ? untiedConfidentialityNote(model, channel.id.text, ownUse?.clause) : ''}${governed ? '' : personalDataPurposeNote(model, channel) + unreadTreatyNote(model)}`,
        fixes: relayed ? [] : libraryFixes(model, 'purpose-limitation'),
      });
    }
  },
});

export const informationSharingRules = [
  missingHandlingMarking,
  missingSecurityAgreement,
  missingClassificationEquivalence,
  missingBreachProcedure,
  missingPurposeLimitation,
  missingTransferSafeguards,
];
