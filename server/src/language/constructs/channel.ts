/** `channel ThreatIntel between EE, FI { carries … marking … onward sharing … }` */
import type { Channel } from '../ast/nodes';
import { classificationLevels, dataCategories, onwardSharingRules, tlpLabels } from '../ast/vocabulary';
import { closed, name, named, outlineNamed, reference, suggested, text, type ConstructRow, type SlotTable } from './construct';
import { breachStatement, contactsStatement, sharedSlots } from './shared';

const slots = {
  'channel.id': name('channel'),
  'channel.members': reference('party'),
  'channelItem.carries': closed(dataCategories, 'data category'),
  'channelItem.tlp': closed(tlpLabels, 'TLP 2.0 label'),
  'channelItem.level': closed(classificationLevels, 'classification level'),
  'channelItem.agreement': reference('security-agreement'),
  'channelItem.onward': closed(onwardSharingRules, 'onward-sharing rule'),
  'channelItem.onwardTo': reference('party'),
  'channelItem.safeguards': suggested(
    {
      'standard-data-protection-clauses': 'GDPR Art. 46(2)(c) standard data protection clauses.',
      'legally-binding-instrument': 'GDPR Art. 46(2)(a): a legally binding instrument between public authorities.',
      'administrative-arrangement': 'GDPR Art. 46(3)(b): an administrative arrangement between public authorities.',
    },
    'safeguard',
  ),
  'channelItem.recipients': text('prose'),
} as const satisfies SlotTable;

export const channel = {
  rule: 'channel',
  display: 'a channel',
  starts: ['channel'],
  docs: {
    channel: 'Declares an information-sharing channel between parties: what it carries, its TLP marking or classification, onward-sharing rule, purpose, safeguards and contacts.',
  },
  statements: {
    rule: 'channelItem',
    rows: {
      carries: {
        starts: ['carries'],
        display: 'carries',
        docs: { carries: 'What the channel carries: indicators, vulnerabilities, incident-reports, malware-samples, personal-data, classified, best-practice, threat-assessments, electronic-evidence, traffic-data, subscriber-information, third-party-information.' },
      },
      marking: {
        starts: ['marking'],
        display: 'marking',
        docs: { marking: 'The handling marking of what the channel carries: a TLP 2.0 label (TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, TLP:GREEN, TLP:CLEAR).' },
      },
      classification: {
        starts: ['classification'],
        display: 'classification',
        docs: { classification: 'The classification level of what the channel carries, and `under` which security agreement it is protected.' },
      },
      onward: {
        starts: ['onward'],
        display: 'onward sharing',
        docs: {
          onward: '`onward sharing …`: whether and how recipients may pass information on. It must fit the TLP marking.',
          sharing: 'The onward-sharing rule: none, within-organisation, with-clients, community, public or with-consent (optionally `to` named recipients).',
        },
      },
      purpose: { starts: ['purpose'], display: 'purpose', docs: { purpose: 'The purpose for which shared information may be used (purpose limitation).' } },
      safeguards: {
        starts: ['safeguards'],
        display: 'safeguards',
        docs: { safeguards: 'The GDPR Art. 46 safeguards under which personal data leaves the EU (e.g. standard data protection clauses), with their text.' },
      },
      recipients: { starts: ['recipients'], display: 'recipients', docs: { recipients: 'The named individuals who may receive the information (needed for TLP:RED).' } },
      contacts: contactsStatement,
      breach: breachStatement,
    },
  },
  slots,
  declares: (c) => named('channel', c),
  references: (c) => [
    [slots['channel.members'], c.members],
    [slots['channelItem.agreement'], [c.securityAgreement]],
    // Onward recipients may be outside the instrument (`to NCSC, Europol`): parties are offered, not required.
    [sharedSlots['qualifiedName.name'], c.contacts],
  ],
  prose: (c) => [c.purpose, c.safeguardsText, c.breachProcedure],
  outline: (c, o) => outlineNamed(o, 'channel', c),
  render: {
    order: 20,
    articles: (channels, r) =>
      channels.map((c) => {
        const paragraphs = [`${r.names(c.members)} ${r.will} exchange ${r.list(c.carries.map((k) => categoryWords[k.text] ?? k.text.replace(/-/g, ' ')))} through the ${c.id?.text ?? ''} channel.`];
        if (c.purpose) paragraphs.push(`Information exchanged ${r.will} be used only for ${r.sentence(c.purpose)}`);
        if (c.marking) paragraphs.push(`Information ${r.will} be marked ${c.marking.text} and handled under the FIRST Traffic Light Protocol.`);
        if (c.classification) paragraphs.push(`Classified information up to ${c.classification.text}${c.securityAgreement ? ` ${r.will} be protected under ${c.securityAgreement.text}` : ''}.`);
        if (c.onwardSharing) paragraphs.push(onward(c.onwardSharing.text, r.will, c.onwardTo.length > 0 ? r.names(c.onwardTo) : undefined));
        if (c.safeguardsText) paragraphs.push(`Safeguards: ${r.sentence(c.safeguardsText)}`);
        if (c.contacts.length > 0) paragraphs.push(`Points of contact: ${r.list(c.contacts.map((ref) => r.contactName(ref)))}.`);
        if (c.breachProcedure) paragraphs.push(`In case of a breach: ${r.sentence(c.breachProcedure)}`);
        return { heading: `Information sharing (${c.id?.text ?? 'channel'})`, paragraphs };
      }),
  },
  snippets: [
    {
      label: 'channel',
      detail: 'sharing channel',
      body: 'channel ${1:ThreatIntel} between ${2:EE}, ${3:FI} {\n  carries ${4:indicators}, ${5:vulnerabilities}\n  marking ${6|TLP:AMBER,TLP:AMBER+STRICT,TLP:GREEN,TLP:CLEAR,TLP:RED|}\n  onward sharing ${7|with-clients,within-organisation,community,none,with-consent|}\n  purpose "${8:network defence}"\n}\n$0',
    },
  ],
} satisfies ConstructRow<Channel>;

const categoryWords: Readonly<Record<string, string>> = { classified: 'classified information', 'personal-data': 'personal data' };

function onward(value: string, will: string, to: string | undefined): string {
  switch (value) {
    case 'none':
      return `Information ${will} not be shared beyond the recipients.`;
    case 'within-organisation':
      return `Information ${will} be shared only within the receiving organisation.`;
    case 'with-clients':
      return `The recipient may share information with its clients on a need-to-know basis.`;
    case 'community':
      return `The recipient may share information within its community, but not through publicly accessible channels.`;
    case 'public':
      return `Information may be disclosed publicly.`;
    case 'with-consent':
      return `Information ${will} be shared onward only with the prior written consent of the originator${to ? `, and only to ${to}` : ''}.`;
    default:
      return `Onward sharing: ${value}.`;
  }
}
