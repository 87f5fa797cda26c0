/**
 * Missing terms of information sharing (catalogue MC15–MC20): how each channel's information
 * is marked, the security agreement classified exchange needs and its table of equivalent
 * levels, the breach procedure for sensitive data, purpose limitation and onward release, and
 * what the GDPR Art. 46 safeguards named for personal data leaving the EU actually give.
 */
import type { Channel, SecurityAgreement } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import { isNonAdequate } from './conflict-data-protection';
import { libraryFixes } from '../support/fixes';
import { coversTopic } from '../support/applicability';
import { defineRule, type RelatedInformation } from '../rule';

/** The word that makes a channel's content classified: `carries classified` or `classification …`. */
function classifiedWord(channel: Channel): { range: Range; text: string } | undefined {
  const carried = channel.carries.find((c) => c.value === 'classified');
  if (carried) return carried;
  return channel.classification;
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
  message: 'Say how information on this channel is handled: add `marking TLP:…` or `classification <level> under <agreement>`.',
  rationale:
    'Recipients can only respect the originator’s limits if every piece of shared information carries a handling marking: a TLP 2.0 label for unclassified material, a classification level for classified material.',
  source: 'FIRST Traffic Light Protocol 2.0 §1',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { carries indicators }\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { carries indicators marking TLP:AMBER }\n',
  },
  check({ model, report }) {
    if (coversTopic(model, 'handling-marking')) return;
    for (const channel of model.ast.channels) {
      if (!channel.id || channel.marking || channel.classification) continue;
      report({
        range: channel.id.range,
        message: `Channel ${channel.id.text} has no handling marking: add \`marking TLP:…\` or \`classification <level> under <agreement>\`.`,
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
  check({ model, report }) {
    if (coversTopic(model, 'security-of-information')) return;
    for (const channel of model.ast.channels) {
      const classified = classifiedWord(channel);
      // A named agreement that does not resolve is `unknown-reference`'s finding; a declared
      // level is CF12's (`classified-without-security-agreement`), reported on the level.
      if (!channel.id || !classified || channel.securityAgreement || channel.classification?.value) continue;
      if (coveringAgreements(model, channel).length > 0) continue;
      report({
        range: channel.id.range,
        message: `Channel ${channel.id.text} carries classified information but no security-of-information agreement covers its members: declare one and reference it with \`classification <level> under <agreement>\`.`,
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
    'Parties with different national classification schemes must agree which of their markings correspond, or a SALAJANE document may be handled as something else in the other country. Bilateral security agreements or their implementing arrangements carry such a table, with "no equivalent" rows where a level has no counterpart: the Netherlands–Sweden memorandum of 1984, Section 2(a) ("CONFIDENTIEEL = (No equivalent)"), and the Netherlands–Australia arrangement of 1977, Schedule A ("Table of Equivalent Security Classification Categories"). Multilateral agreements that apply common standards have none (NATO 1997, ESA 2002).',
  source: 'Netherlands–Sweden memorandum implementing the 1984 Agreement on classified military information, Section 2(a) (read: Dutch treaty series BWBV0002448); Netherlands–Australia exchange of letters on defence security (1977), Schedule A (read: BWBV0003467)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia" { jurisdiction EE }\nparticipant FI "Finland" { jurisdiction FI }\nsecurity-agreement GSA between EE, FI up to SECRET\n',
    fix: 'participant EE "Estonia" { jurisdiction EE }\nparticipant FI "Finland" { jurisdiction FI }\nsecurity-agreement GSA between EE, FI up to SECRET {\n  level SECRET equals EE "SALAJANE", FI "SALAINEN"\n}\n',
  },
  check({ model, report }) {
    if (coversTopic(model, 'classification-equivalence')) return;
    for (const agreement of model.ast.securityAgreements) {
      if (!agreement.id) continue;
      // Parties of one jurisdiction share a national scheme; an unknown jurisdiction counts as its own.
      const schemes = new Set(agreement.parties.map((p) => model.party(p.text)?.jurisdiction ?? p.text));
      if (schemes.size < 2) continue;
      if (agreement.equivalences.length === 0) {
        report({
          range: agreement.id.range,
          message: `Security agreement ${agreement.id.text} spans ${schemes.size} national classification schemes but has no table of equivalent levels: add \`level <LEVEL> equals …\` lines.`,
          fixes: libraryFixes(model, 'classification-equivalence'),
        });
        continue;
      }
      const marked = new Set(agreement.equivalences.flatMap((e) => e.markings.map((m) => m.party.text)));
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
        const onRow = new Set(row.markings.map((m) => m.party.text));
        const missing = agreement.parties.filter((p) => marked.has(p.text) && !onRow.has(p.text)).map((p) => p.text);
        if (missing.length === 0) continue;
        report({
          range: row.level.range,
          message: `The ${row.level.text} line of ${agreement.id.text} gives no national marking for ${missing.join(', ')}: add ${missing.length > 1 ? 'them' : 'it'} to this line.`,
        });
      }
    }
  },
});

const sensitiveLabels: ReadonlySet<string> = new Set(['TLP:RED', 'TLP:AMBER+STRICT', 'TLP:AMBER']);

export const missingBreachProcedure = defineRule({
  code: 'missing-breach-procedure',
  catalogueId: 'MC18',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  message: 'Say what happens if information on this channel is compromised: add `breach procedure "…"` (notify the originator, assess, mitigate).',
  rationale:
    'For classified information, the originator must learn of any loss or compromise at once so it can assess the damage and act; security agreements lay down that procedure: "the other country will be notified immediately" (Netherlands–Sweden memorandum 1984, Section 3(a)); "such incident will be reported promptly to the Government which furnished the matter" (Netherlands–Australia 1977, ¶17); investigation and information of the others (ESA 2002, Art. 6(1)–(2)). For TLP:RED or TLP:AMBER information it is good practice only: TLP itself has no compromise procedure.',
  source: 'Netherlands–Sweden memorandum (1984) Section 3(a)–(b) (read: Dutch treaty series BWBV0002448); Netherlands–Australia exchange of letters (1977) ¶17 (read: BWBV0003467); ESA classified-information Agreement (2002) Art. 6 (read: BWBV0001724)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { marking TLP:AMBER }\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:AMBER\n  breach procedure "The recipient notifies the originator without delay."\n}\n',
  },
  check({ model, report }) {
    if (coversTopic(model, 'breach-procedure')) return;
    for (const channel of model.ast.channels) {
      if (!channel.id || channel.breachProcedure) continue;
      const classified = classifiedWord(channel);
      const label = channel.marking?.value && sensitiveLabels.has(channel.marking.value) ? channel.marking : undefined;
      const cause = classified ?? label;
      if (!cause) continue;
      // A security agreement's breach procedure covers the classified exchange under it.
      if (classified) {
        const named = channel.securityAgreement ? model.resolve('security-agreement', channel.securityAgreement.text)?.node : undefined;
        const agreements = named?.type === 'SecurityAgreement' ? [named] : coveringAgreements(model, channel);
        if (agreements.some((a) => a.breachProcedure)) continue;
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

export const missingPurposeLimitation = defineRule({
  code: 'missing-purpose-limitation',
  catalogueId: 'MC19',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  message: 'Limit the use of shared information: add `purpose "…"` and an `onward sharing …` rule to the channel.',
  rationale:
    'The provider must be able to make its information conditional on use for the agreed purpose only and on no release to third parties without its consent, as security agreements provide: "not use classified information … for purposes other than those laid down" and "not disclose … to non-NATO Parties without the consent of the originator" (NATO 1997, Art. 1(iii)–(iv)); "may not be used for purposes other than those agreed upon" and not disclosed to a third State "without the previous written consent of the originating country" (Netherlands–Sweden 1984, Art. 2(b)–(c)). (Budapest Convention Art. 28 is narrower: conditions the requested Party may attach to a mutual-assistance response where no MLA treaty applies.)',
  source: 'NATO Security of Information Agreement (1997) Art. 1(iii)–(iv) (read: Dutch treaty series BWBV0001372); Netherlands–Sweden Agreement on classified military information (1984) Art. 2(b)–(c) (read: BWBV0002448); Netherlands–Australia exchange of letters (1977) ¶¶5–6 (read: BWBV0003467)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { carries indicators }\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  carries indicators\n  purpose "network defence"\n  onward sharing with-consent\n}\n',
  },
  check({ model, report }) {
    if (coversTopic(model, 'purpose-limitation')) return;
    for (const channel of model.ast.channels) {
      if (!channel.id) continue;
      const missing = [channel.purpose ? undefined : '`purpose "…"`', channel.onwardSharing ? undefined : 'an `onward sharing …` rule'].filter(
        (m): m is string => m !== undefined,
      );
      if (missing.length === 0) continue;
      report({
        range: channel.id.range,
        message: `Channel ${channel.id.text} does not limit the use of what it carries: add ${missing.join(' and ')}.`,
        fixes: libraryFixes(model, 'purpose-limitation'),
      });
    }
  },
});

export const missingTransferSafeguards = defineRule({
  code: 'missing-transfer-safeguards',
  catalogueId: 'MC20',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'error',
  message: 'State the data-subject rights and effective redress the named safeguards give: add their text (`safeguards <name> "…"`) or a clause on transfer safeguards, e.g. from the clause library.',
  rationale:
    'Personal data may leave the EU for a third country or an international organisation without an adequacy decision only under appropriate safeguards with enforceable data-subject rights and effective legal remedies (GDPR Arts. 44–46). For public bodies, EDPB Guidelines 2/2020 require the instrument itself to spell those rights and the redress mechanism out; naming a kind of safeguard is not enough. A channel with no safeguards at all is a conflict, reported by `transfer-without-safeguards` (CF16); this rule asks for the content of safeguards that are named.',
  source: 'GDPR Arts. 44–46; EDPB Guidelines 2/2020',
  sourceStatus: 'verified',
  example: {
    trigger:
      'participant EE "Estonia" { jurisdiction EE }\nparticipant US "United States" { jurisdiction US }\nchannel Intel between EE, US {\n  carries personal-data\n  safeguards administrative-arrangement\n}\n',
    fix: 'participant EE "Estonia" { jurisdiction EE }\nparticipant US "United States" { jurisdiction US }\nchannel Intel between EE, US {\n  carries personal-data\n  safeguards administrative-arrangement\n}\nclause TransferSafeguards "Data subjects may obtain access, rectification and erasure, and seek redress before the EE supervisory authority or an independent body."\n',
  },
  check({ model, report }) {
    if (coversTopic(model, 'transfer-safeguards')) return;
    for (const channel of model.ast.channels) {
      const personal = channel.carries.find((c) => c.value === 'personal-data');
      // No safeguards at all is CF16's conflict; stated safeguards text says what they give.
      const named = channel.safeguards[0];
      if (!personal || !named || channel.safeguardsText) continue;
      const parties = channel.members.flatMap((m) => {
        const facts = model.party(m.text);
        return facts ? [{ name: m, facts }] : [];
      });
      // Chapter V applies only when a member bound by the GDPR exports the data to a non-adequate one.
      if (!parties.some((p) => p.facts.regimes.has('GDPR'))) continue;
      const recipients = parties.filter((p) => isNonAdequate(p.facts));
      if (recipients.length === 0) continue;
      report({
        range: named.range,
        message: `${channel.id ? `Channel ${channel.id.text}` : 'This channel'} names ${named.text} for personal data sent to ${recipients.map((r) => r.name.text).join(', ')} but does not state the data-subject rights and effective redress it gives: add the text (\`safeguards ${named.text} "…"\`) or a clause on transfer safeguards.`,
        related: [
          ...here(model, personal.range, 'personal data is carried here'),
          ...recipients.map((r) => ({ uri: model.uri, range: r.name.range, message: `${r.name.text} has no EU adequacy decision` })),
        ],
        fixes: libraryFixes(model, 'transfer-safeguards'),
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
