/** `channel ThreatIntel between EE, FI { carries … marking … onward sharing … }` */
import type { Channel } from '../ast/nodes';
import type { OnwardSharing } from '../ast/vocabulary';
import { assertNever } from '../util/assert-never';
import { classificationLevels, dataCategories, onwardSharingRules, tlpLabels } from '../ast/vocabulary';
import { closed, name, named, outlineNamed, reference, suggested, text, type ConstructRow, type RenderContext, type SlotTable } from './construct';
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
  // One article per channel: who exchanges what, for which purpose, under which marking or
  // security agreement, with whom it may be shared onward, the contacts and the breach procedure.
  render: {
    order: 20,
    articles: (channels, r) => channels.map((c) => ({ heading: channelHeading(c, channels.length), paragraphs: channelParagraphs(c, r), establishes: c.id ? [`channel:${c.id.text}`] : [] })),
  },
  snippets: [
    {
      label: 'channel',
      detail: 'sharing channel',
      body: 'channel ${1:ThreatIntel} between ${2:EE}, ${3:FI} {\n  carries ${4:indicators}, ${5:vulnerabilities}\n  marking ${6|TLP:AMBER,TLP:AMBER+STRICT,TLP:GREEN,TLP:CLEAR,TLP:RED|}\n  onward sharing ${7|with-clients,within-organisation,community,none,with-consent|}\n  purpose "${8:network defence}"\n}\n$0',
    },
  ],
} satisfies ConstructRow<Channel>;

/** "Exchange of information"; with several channels, told apart by what protects them. */
function channelHeading(c: Channel, count: number): string {
  if (count <= 1) return 'Exchange of information';
  if (c.classification) return 'Exchange of classified information';
  if (c.marking?.value) return `Exchange of information marked ${c.marking.value}`;
  return 'Exchange of information';
}

function channelParagraphs(c: Channel, r: RenderContext): string[] {
  const who = r.isEveryone(c.members) ? `The ${r.participants}` : capitalise(r.names(c.members));
  const what = c.carries.length > 0 ? r.list(c.carries.map((k) => categoryWords[k.value ?? ''] ?? r.placeholder('category of information'))) : r.placeholder('categories of information');
  const paragraphs = [`${who} ${r.will} exchange ${what}${c.contacts.length > 0 ? ' through their points of contact' : ''}.`];
  if (c.purpose) paragraphs.push(`Information exchanged under this ${r.treaty ? 'Article' : 'paragraph'} ${r.will} be used only for the purpose of ${r.phrase(c.purpose)}.`);
  if (c.marking) {
    paragraphs.push(c.marking.value
      ? `Information ${r.will} be marked ${c.marking.value} and handled in accordance with the Traffic Light Protocol (version 2.0) of the Forum of Incident Response and Security Teams (FIRST).`
      : `Information ${r.will} be marked ${r.placeholder('Traffic Light Protocol label')} and handled in accordance with the Traffic Light Protocol (version 2.0) of FIRST.`);
  }
  if (c.classification) {
    const level = c.classification.value ? levelWords(c.classification.value) : r.placeholder('classification level');
    paragraphs.push(c.securityAgreement
      ? `Classified information up to and including ${level} ${r.will} be exchanged only under, and protected in accordance with, ${withThe(r.agreementName(c.securityAgreement))}.`
      : `Classified information up to and including ${level} ${r.will} be exchanged only under ${r.placeholder('security agreement that protects it')}.`);
  }
  if (c.recipients.length > 0) paragraphs.push(`Information ${r.will} be disclosed only to the following named recipients: ${r.list(c.recipients.map((t) => r.phrase(t)))}.`);
  if (c.onwardSharing) paragraphs.push(onward(c.onwardSharing.value, r, c.onwardTo.length > 0 ? r.names(c.onwardTo) : undefined));
  if (c.safeguards.length > 0 || c.safeguardsText) {
    const kinds = c.safeguards.map((s) => safeguardWords[s.text] ?? r.placeholder('kind of safeguard'));
    paragraphs.push(`Personal data ${r.will} be transferred only under ${kinds.length > 0 ? r.list(kinds) : 'the following safeguards'}${c.safeguardsText ? `: ${r.phrase(c.safeguardsText)}` : ''}.`);
  }
  if (c.contacts.length > 0) paragraphs.push(`The points of contact for this exchange are ${r.list(c.contacts.map((ref) => r.contactName(ref)))}.`);
  if (c.breachProcedure) paragraphs.push(breach(r.phrase(c.breachProcedure), r));
  return paragraphs;
}

/** "the receiving Participant will inform …" follows "In the event of a breach"; "as set out in …" follows "dealt with". */
function breach(procedure: string, r: RenderContext): string {
  const unit = r.treaty ? 'Article' : 'paragraph';
  if (/^(as|in accordance|under|pursuant|according)\b/i.test(procedure)) return `A breach of security affecting information exchanged under this ${unit} ${r.will} be dealt with ${procedure}.`;
  return `In the event of a breach of security affecting information exchanged under this ${unit}, ${procedure.charAt(0).toLowerCase()}${procedure.slice(1)}.`;
}

const withThe = (name: string) => (/^(the|an?)\s/i.test(name) || name.startsWith('\uE000') ? name : `the ${name}`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `TOP-SECRET` is written TOP SECRET in a text. */
export function levelWords(level: string): string {
  return level.replace(/-/g, ' ');
}

const safeguardWords: Readonly<Record<string, string>> = {
  'standard-data-protection-clauses': 'standard data protection clauses within the meaning of Article 46(2)(c) of Regulation (EU) 2016/679',
  'legally-binding-instrument': 'a legally binding and enforceable instrument between public authorities within the meaning of Article 46(2)(a) of Regulation (EU) 2016/679',
  'administrative-arrangement': 'an administrative arrangement between public authorities within the meaning of Article 46(3)(b) of Regulation (EU) 2016/679',
};

const categoryWords: Readonly<Record<string, string>> = {
  indicators: 'indicators of compromise',
  vulnerabilities: 'information on vulnerabilities',
  'incident-reports': 'incident reports',
  'malware-samples': 'malware samples',
  'personal-data': 'personal data',
  classified: 'classified information',
  'best-practice': 'best practice',
  'threat-assessments': 'threat assessments',
  'electronic-evidence': 'electronic evidence',
  'traffic-data': 'traffic data',
  'subscriber-information': 'subscriber information',
  'third-party-information': 'information received from third parties',
};

function onward(value: OnwardSharing | undefined, r: RenderContext, to: string | undefined): string {
  const { will } = r;
  switch (value) {
    case 'none':
      return `Information ${will} not be shared beyond its recipients.`;
    case 'within-organisation':
      return `Information ${will} be shared only within the receiving organisation.`;
    case 'with-clients':
      return `The recipient may share information with its clients on a need-to-know basis.`;
    case 'community':
      return `The recipient may share information within its community, but not through publicly accessible channels.`;
    case 'public':
      return `Information may be disclosed publicly.`;
    case 'with-consent':
      return `Information ${will} be shared onward only with the prior written consent of the originating ${r.participant}${to ? `, and only with ${to}` : ''}.`;
    case undefined:
      return `Information ${will} be shared onward only ${r.placeholder('onward-sharing rule')}.`;
    default:
      return assertNever(value, 'onward-sharing rule');
  }
}
