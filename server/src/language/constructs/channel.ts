/** `channel ThreatIntel between EE, FI { carries … marking … onward sharing … exchange … deadline … }` */
import type { Channel, Name, Text } from '../ast/nodes';
import { channelClassifications, dataCategories, exchangeHedges, handlingCaveats, onwardSharingRules, tlpLabels } from '../ast/vocabulary';
import { closed, name, named, outlineNamed, reference, suggested, text, type ConstructRow, type SlotTable } from './construct';
import { breachStatement, contactsStatement, sharedSlots } from './shared';

const slots = {
  'channel.id': name('channel'),
  'channel.members': reference('party'),
  'channelItem.carries': closed(dataCategories, 'data category'),
  'channelItem.carriesText': text('plain'),
  'channelItem.tlp': closed(tlpLabels, 'TLP 2.0 label'),
  'channelItem.caveat': closed(handlingCaveats, 'handling marking'),
  'channelItem.level': closed(channelClassifications, 'classification level'),
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
  // Recipients who need no consent may be outside the instrument, as onward recipients may.
  'recipientList.ids': reference('party'),
  'recipientList.descriptions': text('plain'),
  'channelItem.hedges': closed(exchangeHedges, 'hedge'),
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
        docs: {
          carries:
            'What the channel carries: indicators, vulnerabilities, incident-reports, malware-samples, personal-data, classified, best-practice, threat-assessments, electronic-evidence, traffic-data, subscriber-information, third-party-information; or, where none fits, the text\'s own words in quotes ("technical data packages").',
        },
      },
      marking: {
        starts: ['marking'],
        display: 'marking',
        docs: {
          marking: 'The handling marking of what the channel carries: a TLP 2.0 label (TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, TLP:GREEN, TLP:CLEAR). For other markings, `handling`.',
        },
      },
      handling: {
        starts: ['handling'],
        display: 'handling',
        docs: {
          handling:
            'A handling marking other than TLP that the text prescribes: `handling legend "…"` (a legend such as that of Controlled Unclassified Information), `handling releasable-to "NLD, USA"`, `handling originator-controlled`, `handling no-foreign`, `handling in-confidence`, `handling official-secrecy` (the receiving State\'s official secrecy, as for its own information).',
        },
      },
      classification: {
        starts: ['classification'],
        display: 'classification',
        docs: {
          classification:
            'The classification level of what the channel carries (`classification SECRET`: up to SECRET), `from CONFIDENTIAL` for "CONFIDENTIAL and above", or `any` for every level the agreement covers; and `under` which security agreement it is protected.',
        },
      },
      onward: {
        starts: ['onward'],
        display: 'onward sharing',
        docs: {
          onward: '`onward sharing …`: whether and how recipients may pass information on. It must fit the TLP marking.',
          sharing: 'The onward-sharing rule: none, within-organisation, with-clients, community, public or with-consent (optionally `to` named recipients).',
          except: '`onward sharing with-consent except NATO, "the Parties\' contractors"`: the recipients to whom information may go without the originator\'s consent.',
        },
      },
      exchange: {
        starts: ['exchange'],
        display: 'exchange',
        docs: {
          exchange:
            'A hedged or conditional exchange: `exchange when-practical, consistent-with-existing-arrangements`, `exchange subject-to-national-law`, with the text\'s own words in quotes if needed. Each side shares as the condition allows; it is not a duty to share everything.',
        },
      },
      deadline: {
        starts: ['deadline'],
        display: 'deadline',
        docs: {
          deadline:
            'A time limit on the channel that is not an incident notification: `deadline "answer a request for verification" within 3 working-days of request`.',
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
    [sharedSlots['deadline.via'], c.deadlines.map((d) => d.deadline?.via)],
    // Onward recipients may be outside the instrument (`to NCSC, Europol`): parties are offered, not required.
    [sharedSlots['qualifiedName.name'], c.contacts],
  ],
  prose: (c) => [c.purpose, c.safeguardsText, c.breachProcedure, c.hedgeText, ...c.handlingMarkings.map((m) => m.text), ...c.deadlines.map((d) => d.duty)],
  outline: (c, o) => outlineNamed(o, 'channel', c),
  render: {
    order: 20,
    articles: (channels, r) =>
      channels.map((c) => {
        const carried = [...c.carries.map((k) => categoryWords[k.text] ?? k.text.replace(/-/g, ' ')), ...c.carriesText.map((t) => t.value)];
        const hedge = c.hedges.length > 0 || c.hedgeText ? `, ${r.list([...c.hedges.map((h) => hedgeWords[h.text] ?? h.text.replace(/-/g, ' ')), ...(c.hedgeText ? [c.hedgeText.value] : [])])}` : '';
        const paragraphs = [`${r.names(c.members)} ${r.will} exchange ${r.list(carried)} through the ${c.id?.text ?? ''} channel${hedge}.`];
        if (c.purpose) paragraphs.push(`Information exchanged ${r.will} be used only for ${r.sentence(c.purpose)}`);
        if (c.marking) paragraphs.push(`Information ${r.will} be marked ${c.marking.text} and handled under the FIRST Traffic Light Protocol.`);
        for (const m of c.handlingMarkings) paragraphs.push(handlingSentence(m.caveat.text, m.text?.value, r.will));
        if (c.classification) paragraphs.push(`${classifiedWords(c)}${c.securityAgreement ? ` ${r.will} be protected under ${c.securityAgreement.text}` : ''}.`);
        if (c.onwardSharing) paragraphs.push(onward(c.onwardSharing.text, r.will, c.onwardTo.length > 0 ? r.names(c.onwardTo) : undefined, exceptWords(c.onwardExcept, r.names)));
        for (const d of c.deadlines) paragraphs.push(`The ${r.participants} ${r.will} ${d.duty ? d.duty.value.replace(/[.]$/, '') : 'act'}${r.deadline(d.deadline)}.`);
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

const hedgeWords: Readonly<Record<string, string>> = { 'subject-to-available-funds': 'subject to the availability of funds' };

/** `Classified information up to SECRET`, `… CONFIDENTIAL and above`, `… of any level`. */
function classifiedWords(c: Channel): string {
  const level = c.classification!;
  if (level.value === 'any') return 'Classified information of any level';
  if (level.value === 'UNCLASSIFIED') return 'Unclassified information';
  return c.andAbove ? `Classified information ${level.text} and above` : `Classified information up to ${level.text}`;
}

function handlingSentence(caveat: string, text: string | undefined, will: string): string {
  switch (caveat) {
    case 'legend':
      return `Information ${will} be marked with a legend${text ? ` stating ${text.replace(/[.]$/, '')}` : ''}.`;
    case 'releasable-to':
      return `Information ${will} be releasable only to ${text ?? 'the recipients named by the originator'}.`;
    case 'originator-controlled':
      return `Dissemination ${will} be controlled by the originator${text ? `: ${text.replace(/[.]$/, '')}` : ''}.`;
    case 'no-foreign':
      return `Information ${will} not be released to foreign nationals or governments${text ? ` (${text})` : ''}.`;
    case 'in-confidence':
      return `Information ${will} be handled in confidence${text ? `: ${text.replace(/[.]$/, '')}` : ''}.`;
    case 'official-secrecy':
      return `Information received ${will} be subject to the official secrecy of the receiving State${text ? `: ${text.replace(/[.]$/, '')}` : ''}.`;
    default:
      return `Marking: ${caveat}${text ? ` ${text}` : ''}.`;
  }
}

function exceptWords(except: readonly (Name | Text)[], names: (ids: readonly Name[]) => string): string | undefined {
  if (except.length === 0) return undefined;
  const ids = except.filter((e): e is Name => !('multiline' in e));
  const descriptions = except.filter((e): e is Text => 'multiline' in e).map((t) => t.value);
  return [...(ids.length > 0 ? [names(ids)] : []), ...descriptions].join(', ');
}

function onward(value: string, will: string, to: string | undefined, except?: string): string {
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
      return `Information ${will} be shared onward only with the prior written consent of the originator${to ? `, and only to ${to}` : ''}${except ? `, except to ${except}` : ''}.`;
    default:
      return `Onward sharing: ${value}.`;
  }
}
