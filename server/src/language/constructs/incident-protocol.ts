/** `protocol MajorIncident { when … notify … within … via … report … escalate … }` */
import type { IncidentProtocol } from '../ast/nodes';
import { name, named, outlineLeaf, outlineNamed, reference, suggested, type ConstructRow, type SlotTable } from './construct';
import { contactsStatement, sharedSlots } from './shared';

const slots = {
  'incidentProtocol.id': name('protocol'),
  'protocolItem.recipients': reference('party'),
  'protocolItem.notifiers': reference('party'),
  'protocolItem.stage': suggested({ initial: 'The first report.', interim: 'A report on progress.', intermediate: 'A report on progress (NIS2 wording).', final: 'The final report.' }, 'report stage'),
  'protocolItem.escalateTo': reference('body'),
  'triggerCondition.attribute': suggested({ severity: 'The incident severity.', category: 'The incident category.' }, 'trigger'),
  // `significant` is the NIS2 Art. 23 threshold the treaty templates use.
  'triggerCondition.value': suggested(
    { low: 'Low severity.', medium: 'Medium severity.', high: 'High severity.', critical: 'Critical severity.', significant: 'A significant incident in the sense of NIS2 Art. 23(3).' },
    'severity',
    { after: 'severity', strings: 'prose' },
  ),
} as const satisfies SlotTable;

export const incidentProtocol = {
  rule: 'incidentProtocol',
  display: 'an incident protocol',
  starts: ['protocol'],
  docs: {},
  statements: {
    rule: 'protocolItem',
    rows: {
      when: { starts: ['when'], display: 'when', docs: { when: 'What triggers the protocol: `when severity high, category "ransomware"`.' } },
      Notification: {
        starts: ['notify'],
        display: 'notify',
        docs: {
          notify:
            'Who must be notified, by whom, how fast from when, and through which channel: `notify FI by EE within 24 hours of awareness via ThreatIntel` (without `by`, the party that becomes aware notifies).',
        },
      },
      IncidentReport: { starts: ['report'], display: 'report', docs: { report: 'A report after the notification, with its deadline: `report final within 1 month`.' } },
      Escalation: {
        starts: ['escalate'],
        display: 'escalate',
        docs: { escalate: '`escalate to Body within 48 hours`: the governance body the incident goes to, and when.' },
      },
      content: { starts: ['content'], display: 'content', docs: { content: 'What a notification must contain, in prose.' } },
      threshold: {
        starts: ['threshold'],
        display: 'threshold',
        docs: {
          threshold:
            'What the severity that triggers the protocol means, in words: `threshold "an incident that has caused or can cause severe operational disruption or considerable damage"` (NIS2 Art. 23(3) defines a significant incident so).',
        },
      },
      contacts: contactsStatement,
    },
  },
  slots,
  declares: (p) => named('protocol', p),
  references: (p) => [
    [slots['protocolItem.recipients'], p.notifications.flatMap((n) => n.recipients)],
    [slots['protocolItem.notifiers'], p.notifications.flatMap((n) => n.notifiers)],
    [slots['protocolItem.escalateTo'], p.escalations.map((e) => e.to)],
    [sharedSlots['deadline.via'], [...p.notifications, ...p.reports, ...p.escalations].map((step) => step.deadline?.via)],
    [sharedSlots['qualifiedName.name'], p.contacts],
  ],
  prose: (p) => [p.content, p.threshold],
  outline: (p, o) =>
    outlineNamed(
      o,
      'protocol',
      p,
      undefined,
      [...p.notifications, ...p.reports, ...p.escalations].sort((a, b) => a.range.start.line - b.range.start.line).map((s) => outlineLeaf(o.oneLine(o.source(s.range)), 'Event', s.range)),
    ),
  render: {
    order: 30,
    articles: (protocols, r) =>
      protocols.map((p) => {
        const when = p.triggers.map((t) => `${t.attribute.text} is ${t.value ? ('value' in t.value ? t.value.value : t.value.text) : '[value]'}`);
        const paragraphs = [`This procedure applies when ${when.length > 0 ? r.list(when) : 'an incident occurs'}.`];
        if (p.threshold) paragraphs.push(`For this purpose, ${p.triggers.find((t) => t.attribute.text === 'severity') ? 'the severity is met by' : 'the procedure applies to'} ${r.sentence(p.threshold)}`);
        for (const n of p.notifications) {
          const whom = n.recipients.length > 0 ? r.names(n.recipients) : `The other ${r.participants}`;
          paragraphs.push(n.notifiers.length > 0 ? `${r.names(n.notifiers)} ${r.will} notify ${n.recipients.length > 0 ? r.names(n.recipients) : `the other ${r.participants}`}${r.deadline(n.deadline)}.` : `${whom} ${r.will} be notified${r.deadline(n.deadline)}.`);
        }
        for (const s of p.reports) paragraphs.push(`A${/^[aeiou]/i.test(s.stage?.text ?? '') ? 'n' : ''} ${s.stage?.text ?? ''} report ${r.will} be provided${r.deadline(s.deadline)}.`);
        for (const e of p.escalations) paragraphs.push(`The matter ${r.will} be escalated to the ${r.bodyName(e.to)}${r.deadline(e.deadline)}.`);
        if (p.content) paragraphs.push(`Notifications ${r.will} include ${r.sentence(p.content)}`);
        return { heading: `Incident response (${p.id?.text ?? 'protocol'})`, paragraphs };
      }),
  },
  snippets: [
    {
      label: 'protocol',
      detail: 'incident protocol',
      body: 'protocol ${1:MajorIncident} {\n  when severity ${2:high}\n  notify ${3:EE} within ${4:24} hours of ${8|awareness,detection,classification|} via ${5:Channel}\n  report final within ${6:1} month\n  content "${7:the nature of the incident, indicators observed and measures taken}"\n}\n$0',
    },
  ],
} satisfies ConstructRow<IncidentProtocol>;
