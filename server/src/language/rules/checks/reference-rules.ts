/**
 * Ordinary checks of a language: references that resolve to nothing, and references that resolve
 * but to something outside the scope they are used in (a channel contact or sender that is not a
 * member, a notification sent via a channel the notified party is not on).
 */
import type { Channel, ContactRef, Notification } from '../../ast/nodes';
import { unresolvedSlotReferences } from '../../model/reference-list';
import type { SemanticModel } from '../../model/semantic-model';
import { referenceKindNames, type DeclaredSymbol, type Reference } from '../../model/symbols';
import { defineDeclarationRule, defineRule, type CodeFix } from '../rule';
import { thirdPartyCitation } from '../support/vienna-convention';


export const unknownReference = defineRule({
  code: 'unknown-reference',
  family: 'reference',
  defaultSeverity: 'error',
  message: 'Declare what this name refers to, or correct the name.',
  rationale:
    'A channel, protocol, exercise or body that names a party, channel, agreement or body that is declared nowhere is meaningless: nobody can tell who is bound or what is covered.',
  source: 'Entente language reference (linking); for a non-party where a party stands, VCLT Art. 34 (read: Dutch treaty series BWBV0003441) and, for a third organisation, the 1986 Vienna Convention Art. 34, not in force (read: BWBV0002302)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, SE\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI\n',
  },
  check({ model, report }) {
    // The names known of each kind, listed once per kind (not once per unknown reference).
    const hints = new Map<string, string>();
    const hintFor = (kind: DeclaredSymbol['kind']) => {
      let hint = hints.get(kind);
      if (hint === undefined) {
        const visible = model.visible(kind).map((s) => s.name);
        hint = visible.length > 0 ? ` Known: ${visible.slice(0, 6).join(', ')}${visible.length > 6 ? ', …' : ''}.` : '';
        hints.set(kind, hint);
      }
      return hint;
    };
    // Only a slot reference can be unknown (a term use and a `§` citation resolve, or are not references).
    for (const ref of unresolvedSlotReferences(model.references)) {
      if (ref.target || ref.undeclaredAllowed || ref.kind === 'file' || ref.kind === 'library-clause' || ref.kind === 'term') continue;
      // `EE.Duty` with EE declared nowhere is one mistake, reported on EE, not again on the contact.
      if (ref.kind === 'contact' && !model.party(ref.name.split('.')[0])) continue;
      report({ range: ref.range, message: unknownMessage(model, ref) ?? `Unknown ${referenceKindNames[ref.kind]} '${ref.name}': declare it or correct the name.${hintFor(ref.kind)}${alsoHint(ref)}` });
    }
  },
});

/**
 * A party's place taken by a name declared as a non-party: it signs nothing, so it cannot be a
 * channel member, a notifier or a body member (VCLT Art. 34); it can be notified or relay a
 * notification.
 */
function unknownMessage(model: SemanticModel, ref: Reference): string | undefined {
  if (ref.kind !== 'party' || !model.resolve('non-party', ref.name)) return undefined;
  return `${ref.name} is declared as a non-party (\`non-party ${ref.name}\`): nothing in the instrument binds it (${thirdPartyCitation(model, 'unknown')}), so it cannot stand where a party does. Name a party here; a protocol may notify ${ref.name} (\`notify ${ref.name} …\`) or send through it (\`directly or through ${ref.name}\`).`;
}

/** Where a party or a non-party may stand (a notification's recipients), the three ways to write one. */
function alsoHint(ref: Reference): string {
  if (ref.also !== 'non-party') return '';
  return ` A recipient is a party, a non-party the text names such as an organisation (declare it: \`non-party ${ref.name} "…"\`), or others described in the text's words in quotes (\`notify "those States which are or may be physically affected"\`).`;
}

/** Fixes for a contact of a non-member: make the party a member, or drop the contact from the list. */
function nonMemberFixes(model: SemanticModel, channel: Channel, ref: ContactRef, index: number): CodeFix[] {
  const fixes: CodeFix[] = [];
  const lastMember = channel.members[channel.members.length - 1];
  if (lastMember) {
    fixes.push({ title: `Add ${ref.party.text} to the members of the channel (it receives what the channel carries)`, edits: [{ range: { start: lastMember.range.end, end: lastMember.range.end }, newText: `, ${ref.party.text}` }], effect: 'legal' });
  }
  // Drop the reference with the comma that joins it to its neighbour; a sole contact stays (the
  // channel would be left with an empty `contacts` line).
  const before = channel.contacts[index - 1];
  const after = channel.contacts[index + 1];
  const range = before ? { start: before.range.end, end: ref.range.end } : after ? { start: ref.range.start, end: after.range.start } : undefined;
  if (range) fixes.push({ title: `Remove ${model.text.slice(model.lines.offsetAt(ref.range.start), model.lines.offsetAt(ref.range.end))} from the contacts of the channel`, edits: [{ range, newText: '' }], effect: 'legal' });
  return fixes;
}

/**
 * The names of a channel's members, kept with its node (a node is never changed, and a keystroke
 * elsewhere keeps it): three checks ask of every channel on every analysis.
 */
function memberNames(channel: Channel): ReadonlySet<string> {
  let names = memberNamesOf.get(channel);
  if (!names) {
    const built = new Set<string>();
    for (const member of channel.members) built.add(member.text);
    memberNamesOf.set(channel, (names = built));
  }
  return names;
}

const memberNamesOf = new WeakMap<Channel, ReadonlySet<string>>();

/**
 * Whether some contact of the channel, or some sender in its `from`, names a party that is not
 * among its members: a function of the node, kept with it. Most channels have neither, and then
 * the two checks below ask nothing of the model for them (after a keystroke elsewhere, one lookup
 * per channel instead of a look at every contact and sender).
 */
function outsiders(channel: Channel): { readonly contacts: boolean; readonly senders: boolean } {
  let found = outsidersOf.get(channel);
  if (!found) {
    const members = memberNames(channel);
    found = { contacts: channel.contacts.some((ref) => !members.has(ref.party.text)), senders: channel.senders.some((sender) => !members.has(sender.text)) };
    outsidersOf.set(channel, found);
  }
  return found;
}

const outsidersOf = new WeakMap<Channel, { readonly contacts: boolean; readonly senders: boolean }>();

/**
 * Whether a notification names a recipient that is not a member of the channel it goes via: a
 * function of the two nodes, kept with the notification for the channel it was last asked with
 * (the channel it names resolves to the same node while neither is edited). Most notifications
 * have none, and then nothing is asked of the model for their recipients.
 */
function recipientsOutside(notification: Notification, channel: Channel): boolean {
  const kept = recipientsOutsideOf.get(notification);
  if (kept?.channel === channel) return kept.outside;
  const members = memberNames(channel);
  const outside = notification.recipients.some((recipient) => !members.has(recipient.text));
  recipientsOutsideOf.set(notification, { channel, outside });
  return outside;
}

const recipientsOutsideOf = new WeakMap<Notification, { readonly channel: Channel; readonly outside: boolean }>();

export const contactNotChannelMember = defineDeclarationRule({
  code: 'contact-not-channel-member',
  family: 'reference',
  defaultSeverity: 'error',
  message: "List only contacts of the channel's members: add the party to the channel, or remove its contact.",
  rationale:
    "A channel's `contacts` say who sends and receives its information. A contact of a party that is not a member of the channel would receive information the channel's handling, purpose and onward-sharing terms do not cover for that party, or, more often, is a contact copied from another channel by mistake.",
  source: 'Entente language reference (linking)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'participant EE "Estonia" { contact Duty "CERT-EE" }\nparticipant FI "Finland" { contact Desk "NCSC-FI" }\nparticipant LV "Latvia" { contact Duty "CERT.LV" }\nchannel Intel between EE, FI {\n  contacts EE.Duty, FI.Desk, LV.Duty\n}\n',
    fix: 'participant EE "Estonia" { contact Duty "CERT-EE" }\nparticipant FI "Finland" { contact Desk "NCSC-FI" }\nparticipant LV "Latvia" { contact Duty "CERT.LV" }\nchannel Intel between EE, FI, LV {\n  contacts EE.Duty, FI.Desk, LV.Duty\n}\n',
  },
  perDeclaration: {
    check({ model, report }, channel) {
      if (channel.type !== 'Channel' || channel.members.length === 0 || !outsiders(channel).contacts) return;
      const members = memberNames(channel);
      for (const [index, ref] of channel.contacts.entries()) {
        // A party declared nowhere is unknown-reference's finding.
        if (members.has(ref.party.text) || !model.party(ref.party.text)) continue;
        const where = channel.id ? `channel ${channel.id.text}` : 'this channel';
        report({
          range: ref.range,
          message: `${ref.party.text} is not a member of ${where}: add ${ref.party.text} to its members, or remove this contact.`,
          related: channel.id ? [{ uri: model.uri, range: channel.id.range, message: `Members of ${channel.id.text}: ${firstNames(members)}` }] : [],
          fixes: nonMemberFixes(model, channel, ref, index),
        });
      }
    }
  },
});

export const senderNotChannelMember = defineDeclarationRule({
  code: 'sender-not-channel-member',
  family: 'reference',
  defaultSeverity: 'error',
  message: "Name in `from` only members of the channel: add the party to the channel's members, or remove it from `from`.",
  rationale:
    "`from OPCW` says that only the members named send what the channel carries and the others receive it. A sender that is not a member is outside the channel: its handling, purpose and onward-sharing terms do not bind it, and the checks that follow personal data from sender to recipient (the Chapter V transfer rules) would pair it with nobody. Usually the party is missing from `between`, or the wrong party is named.",
  source: 'Entente language reference (channels)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'participant OPCW "Organisation for the Prohibition of Chemical Weapons"\nparticipant NL "Netherlands"\nparticipant BE "Belgium"\nchannel Records between OPCW, NL {\n  from BE\n  carries personal-data\n}\n',
    fix: 'participant OPCW "Organisation for the Prohibition of Chemical Weapons"\nparticipant NL "Netherlands"\nparticipant BE "Belgium"\nchannel Records between OPCW, NL {\n  from OPCW\n  carries personal-data\n}\n',
  },
  perDeclaration: {
    check({ model, report }, channel) {
      if (channel.type !== 'Channel') return;
      const lastMember = channel.members[channel.members.length - 1];
      if (!lastMember || !outsiders(channel).senders) return;
      const members = memberNames(channel);
      for (const sender of channel.senders) {
        // A party declared nowhere is unknown-reference's finding.
        if (members.has(sender.text) || !model.party(sender.text)) continue;
        const where = channel.id ? `channel ${channel.id.text}` : 'this channel';
        report({
          range: sender.range,
          message: `${sender.text} is named as a sender but is not a member of ${where}: add ${sender.text} to its members, or name one of its members in \`from\`.`,
          related: channel.id ? [{ uri: model.uri, range: channel.id.range, message: `Members of ${channel.id.text}: ${firstNames(members)}` }] : [],
          fixes: [{ title: `Add ${sender.text} to the members of the channel (it sends what the channel carries)`, edits: [{ range: { start: lastMember.range.end, end: lastMember.range.end }, newText: `, ${sender.text}` }], effect: 'legal' }],
        });
      }
    }
  },
});

export const notifiedNotOnChannel = defineDeclarationRule({
  code: 'notified-not-on-channel',
  family: 'reference',
  defaultSeverity: 'error',
  message: 'Notify a party only via a channel it is a member of: add it to the channel, or name another channel.',
  rationale:
    "`notify X within … via C` sends the notification over channel C; if X is not one of C's members, C has no contact for X and its handling and onward-sharing terms do not bind X, so either the notification cannot arrive or it leaks the channel's information to a non-member. Usually the wrong channel is named.",
  source: 'Entente language reference (incident protocols)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nparticipant LV "Latvia"\nchannel Intel between EE, FI\nprotocol Major {\n  notify LV within 24 hours via Intel\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nparticipant LV "Latvia"\nchannel Intel between EE, FI, LV\nprotocol Major {\n  notify LV within 24 hours via Intel\n}\n',
  },
  perDeclaration: {
    check({ model, report }, protocol) {
      if (protocol.type !== 'IncidentProtocol') return;
      for (const notification of protocol.notifications) {
        const via = notification.deadline?.via;
        const target = via ? model.resolve('channel', via.text) : undefined;
        if (!via || target?.node.type !== 'Channel') continue;
        const channel = target.node;
        if (!recipientsOutside(notification, channel)) continue;
        const members = memberNames(channel);
        for (const recipient of notification.recipients) {
          // An undeclared recipient is unknown-reference's finding.
          if (members.has(recipient.text) || !model.party(recipient.text)) continue;
          report({
            range: recipient.range,
            message: `${recipient.text} is not a member of channel ${via.text}, which carries this notification: add ${recipient.text} to ${via.text}'s members, or notify it via a channel it is on.`,
            related: [{ uri: target.uri, range: target.nameRange, message: `Members of ${via.text}: ${firstNames(members)}` }],
          });
        }
      }
    }
  },
});

/** The first few names of a set, for a message (a channel may have thousands of members). */
function firstNames(names: ReadonlySet<string>, shown = 6): string {
  const first: string[] = [];
  for (const name of names) {
    if (first.length === shown) return `${first.join(', ')}, …`;
    first.push(name);
  }
  return first.join(', ');
}

export const referenceRules = [unknownReference, contactNotChannelMember, senderNotChannelMember, notifiedNotOnChannel];
