/** `channel ThreatIntel between EE, FI { from EE carries … marking … onward sharing … exchange … deadline … }` */
import type { Channel, Name } from '../ast/nodes';
import { channelClassifications, channelModalities, dataCategories, exchangeHedges, handlingCaveats, onwardSharingRules, tlpLabels } from '../ast/vocabulary';
import { oneArticleEach, closed, name, named, outlineNamed, reference, suggested, text, type ConstructRow, type SlotTable } from './construct';
import { channelHeading, channelParagraphs } from './channel-text';
import { breachStatement, contactsStatement, sharedSlots } from './shared';
import { safeguardKindDocs } from '../ast/safeguard-kinds';

const slots = {
  'channel.id': name('channel'),
  'channel.members': reference('party'),
  // `from OPCW`: the members that send; completion offers the channel's members.
  'channelItem.senders': { kind: 'reference', symbol: 'party', among: 'channel.members' },
  'channelItem.carries': closed(dataCategories, 'data category'),
  'channelItem.carriesText': text('plain'),
  'channelItem.tlp': closed(tlpLabels, 'TLP 2.0 label'),
  'channelItem.caveat': closed(handlingCaveats, 'handling marking'),
  'channelItem.level': closed(channelClassifications, 'classification level'),
  'channelItem.agreement': reference('security-agreement'),
  'channelItem.onward': closed(onwardSharingRules, 'onward-sharing rule'),
  'channelItem.safeguards': suggested(safeguardKindDocs, 'safeguard'),
  'channelItem.recipients': text('prose'),
  // Recipients who need no consent may be outside the instrument, as onward recipients may.
  // Declared, they link (definition, references, rename): a party, or a non-party the text names.
  'recipientList.ids': { kind: 'reference', symbol: 'party', also: 'non-party', undeclaredAllowed: true },
  'recipientList.descriptions': text('plain'),
  'channelItem.hedges': closed(exchangeHedges, 'hedge'),
  'channelItem.modality': closed(channelModalities, 'modality'),
} as const satisfies SlotTable;

export const channel = {
  rule: 'channel',
  display: 'a channel',
  starts: ['channel'],
  docs: {
    channel: 'Declares an information-sharing channel between parties: who sends (`from`; without it every member does), what it carries, its TLP marking or classification, onward-sharing rule, purpose, safeguards and contacts.',
  },
  statements: {
    rule: 'channelItem',
    rows: {
      // `from` is documented in shared.ts: other constructs use it too.
      from: { starts: ['from'], display: 'from', docs: {} },
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
          sharing: 'The onward-sharing rule: none, within-organisation, with-clients, community, public, with-consent or with-written-consent, optionally `to` the only recipients the consent opens: declared parties, or the text\'s words in quotes (`with-written-consent to "other Government authorities of the Contracting Parties"`, NL–AE customs 2015 Art. 16(1)).',
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
      modality: {
        starts: ['modality'],
        display: 'modality',
        docs: {
          modality:
            'How strongly the channel binds its senders, in the text\'s own terms: `shall` (a duty; the default), `shall-endeavour` (an endeavour), `may` (a permission: "may, without prior request, transmit", UNCAC Art. 46(4)), or `as-written` (only as the words of `exchange "…"` say it; the export prints them and no generated sentence). The export never says "shall" where the channel says `may`.',
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
    [slots['channelItem.senders'], c.senders],
    [slots['channelItem.agreement'], [c.securityAgreement]],
    [sharedSlots['deadline.via'], c.deadlines.map((d) => d.deadline?.via)],
    // Onward recipients may be outside the instrument (`to NCSC, Europol`): parties are offered,
    // not required; a declared one links.
    [slots['recipientList.ids'], [...c.onwardTo, ...c.onwardExcept.filter((e): e is Name => !('multiline' in e))]],
    [sharedSlots['qualifiedName.name'], c.contacts],
  ],
  prose: (c) => [c.purpose, c.safeguardsText, c.breachProcedure, c.hedgeText, ...c.handlingMarkings.map((m) => m.text), ...c.deadlines.map((d) => d.duty)],
  outline: (c, o) => outlineNamed(o, 'channel', c),
  // One article per channel: who exchanges what, for which purpose, under which marking or
  // security agreement, with whom it may be shared onward, the contacts and the breach procedure.
  render: oneArticleEach(20, (c, r, siblings) => ({ heading: channelHeading(c, siblings), paragraphs: channelParagraphs(c, r), establishes: c.id ? [`channel:${c.id.text}`] : [] })),
  snippets: [
    {
      label: 'channel',
      detail: 'sharing channel',
      body: 'channel ${1:ThreatIntel} between ${2:EE}, ${3:FI} {\n  carries ${4:indicators}, ${5:vulnerabilities}\n  marking ${6|TLP:AMBER,TLP:AMBER+STRICT,TLP:GREEN,TLP:CLEAR,TLP:RED|}\n  onward sharing ${7|with-clients,within-organisation,community,none,with-consent|}\n  purpose "${8:network defence}"\n}\n$0',
    },
  ],
} satisfies ConstructRow<Channel>;

