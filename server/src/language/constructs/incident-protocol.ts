/** `protocol MajorIncident { when … notify … within … via … report … escalate … }` */
import type { Deadline, IncidentProtocol, Name, Notification } from '../ast/nodes';
import type { Range } from '../ast/positions';
import { oneArticleEach, name, named, outlineLeaf, outlineNamed, reference, suggested, type ConstructRow, type RenderContext, type SlotTable } from './construct';
import { contactsStatement, sharedSlots } from './shared';
import { capitalise } from '../util/capitalise';

const slots = {
  'incidentProtocol.id': name('protocol'),
  // A party, a non-party the text names (`non-party IAEA`), or others described in the text's words.
  'protocolItem.recipients': { kind: 'reference', symbol: 'party', also: 'non-party', strings: 'plain' },
  // Only a party bears the duty: by id, or described in the text's words ("the State Party referred to in article 1").
  'protocolItem.notifiers': reference('party', 'plain'),
  'protocolItem.relay': reference('non-party'),
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
        starts: ['notify', 'inform'],
        display: 'notify',
        docs: {
          notify:
            'Who must be notified, by whom, how fast from when, and through which channel: `notify FI by EE within 24 hours of awareness via ThreatIntel` (without `by`, the party that becomes aware notifies). Where the text states a standard rather than a period, its word: `notify FI forthwith via ThreatIntel` (`immediately`, `promptly`, `without-delay`, `without-undue-delay`). Recipients that are not parties: one declared with `non-party` (an organisation such as the IAEA), or others in the text\'s words: `notify "those States which are or may be physically affected", IAEA by "the State Party referred to in article 1" directly or through IAEA forthwith`. Only a party notifies.',
          inform:
            'The same step as `notify`, where the text says "inform": `inform "all States whose interests are affected or likely to be affected by such oil pollution incident" by "a Party that receives a report referred to in article 4 …" without-delay` ("then, without delay, inform all States whose interests are affected", OPRC 1990 Art. 5(1)(c)). The export prints "shall inform"; every check reads it as a notification, as it reads "inform" and "notify" alike in a clause\'s text.',
          through: '`through IAEA`: the notification goes through that organisation (declared with `non-party`); `directly or through IAEA`: the notifier may send it directly or through it.',
          directly: '`directly or through IAEA`: the notifier may notify directly or through the organisation.',
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
    [slots['protocolItem.relay'], p.notifications.map((n) => n.relay)],
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
      [...p.notifications, ...p.reports, ...p.escalations].sort((a, b) => a.range.start.line - b.range.start.line).map((s) => outlineLeaf(o.sourceLine(s.range), 'Event', s.range)),
    ),
  // Active duties with a duty-bearer: the Party that becomes aware of an incident notifies,
  // reports and refers; the trigger says who assesses severity (it is not defined elsewhere).
  // Each protocol is an article of its own, which `§Id` cites (model/provision-names.ts).
  render: oneArticleEach(30, (p, r, siblings) => ({ heading: siblings > 1 ? `Notification of incidents: ${triggerHeading(p, r)}` : 'Notification of incidents', paragraphs: protocolParagraphs(p, r), establishes: p.id ? [`protocol:${p.id.text}`] : [] })),
  snippets: [
    {
      label: 'protocol',
      detail: 'incident protocol',
      body: 'protocol ${1:MajorIncident} {\n  when severity ${2:high}\n  notify ${3:EE} within ${4:24} hours of ${8|awareness,detection,classification|} via ${5:Channel}\n  report final within ${6:1} month\n  content "${7:the nature of the incident, indicators observed and measures taken}"\n}\n$0',
    },
  ],
} satisfies ConstructRow<IncidentProtocol>;

/** "a Cross-Border Incident of high severity, as assessed by the affected Party". */
function trigger(p: IncidentProtocol, r: RenderContext): string {
  let what: string | undefined;
  let severity: string | undefined;
  for (const t of p.triggers) {
    const value = t.value ? ('value' in t.value ? r.phrase(t.value) : t.value.text) : r.placeholder(`${t.attribute.text} of the incident`);
    if (t.attribute.text === 'category') what = value;
    else if (t.attribute.text === 'severity') severity = value;
    else what = `${what ?? 'an incident'} whose ${t.attribute.text.replace(/-/g, ' ')} is ${value}`;
  }
  const noun = what ? withIndefinite(what) : 'an incident';
  if (!severity) return noun;
  return severity === 'significant' ? `${noun} that it assesses as significant` : `${noun} that it assesses as of ${severity} severity`;
}

function triggerHeading(p: IncidentProtocol, r: RenderContext): string {
  const category = p.triggers.find((t) => t.attribute.text === 'category')?.value;
  return category && 'value' in category ? r.phrase(category) : 'incidents';
}

function withIndefinite(phrase: string): string {
  if (/^(a|an|the|any)\s/i.test(phrase) || phrase.startsWith('\uE000')) return phrase;
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

function protocolParagraphs(p: IncidentProtocol, r: RenderContext): string[] {
  const aware = `A ${r.participant} that becomes aware of ${trigger(p, r)}`;
  const paragraphs: string[] = [];
  const threshold = thresholdSentence(p, r);
  if (threshold) paragraphs.push(threshold);
  for (const n of p.notifications) {
    const whom = recipientWords(n, r);
    // `by EE`: the notifying party is named; `by "the State Party referred to in article 1"`, in
    // the text's words, whose relation to the event is in them; otherwise the party that becomes aware.
    const bearers = [...(n.notifiers.length > 0 ? [r.names(n.notifiers)] : []), ...n.describedNotifiers.map((t) => r.phrase(t))];
    const who =
      n.describedNotifiers.length > 0 ? `In the event of ${trigger(p, r)}, ${r.list(bearers)}` : n.notifiers.length > 0 ? `${capitalise(r.names(n.notifiers))}, on becoming aware of ${trigger(p, r)},` : aware;
    paragraphs.push(`${who} ${r.will} ${n.verb} ${whom}${r.within(n.deadline)}${notifiedSince(n.deadline, r)}${amongParties(n, r) ? r.via(n.deadline) : ''}${relayWords(n, r)}.`);
  }
  if (p.notifications.length === 0 && (p.reports.length > 0 || p.escalations.length > 0)) paragraphs.push(`${aware} ${r.will} act as follows.`);
  const notifying = p.notifications.length > 0 ? `The notifying ${r.participant}` : `That ${r.participant}`;
  for (const s of p.reports) {
    const stage = s.stage?.text ?? r.placeholder('stage of the report');
    paragraphs.push(`${notifying} ${r.will} provide ${/^[aeiou]/i.test(stage) ? 'an' : 'a'} ${stage} report${r.within(s.deadline)}${laterSince(s.deadline, r)}${r.via(s.deadline)}.`);
  }
  for (const e of p.escalations) paragraphs.push(`${notifying} ${r.will} refer the incident to the ${r.bodyName(e.to)}${r.within(e.deadline)}${laterSince(e.deadline, r)}${r.via(e.deadline)}.`);
  if (p.content) paragraphs.push(`A notification ${r.will} include ${r.phrase(p.content)}.`);
  if (p.contacts.length > 0) paragraphs.push(`Notifications ${r.will} be addressed to ${r.list(p.contacts.map((c) => r.contactName(c)))}.`);
  return paragraphs;
}

/**
 * Whom a notification names, exactly as the text does, in the order written: the parties (all of
 * them "the other Parties"), the non-parties declared (`non-party IAEA`) by their names, and the
 * others in the text's words ("those States which are or may be physically affected as specified
 * in article 1"). A non-party is only ever an addressee here: the subject of "shall" is a party.
 */
function recipientWords(n: Notification, r: RenderContext): string {
  const organisations = new Map(n.recipients.map((id) => [id, r.nonPartyName(id)] as const).filter((e): e is [Name, string] => e[1] !== undefined));
  const parties = n.recipients.filter((id) => !organisations.has(id));
  if (organisations.size === 0 && n.describedRecipients.length === 0) {
    return parties.length === 0 || r.isEveryone(parties) ? (r.signatories > 2 ? `the other ${r.participants}` : `the other ${r.participant}`) : r.names(parties);
  }
  const partyWords = parties.length === 0 ? undefined : r.isEveryone(parties) ? `the other ${r.signatories > 2 ? r.participants : r.participant}` : r.names(parties);
  const items: { readonly at: Range; readonly words: string }[] = [
    ...(partyWords ? [{ at: parties[0].range, words: partyWords }] : []),
    ...[...organisations].map(([id, name]) => ({ at: id.range, words: name })),
    ...n.describedRecipients.map((t) => ({ at: t.range, words: r.phrase(t) })),
  ];
  items.sort((a, b) => a.at.start.line - b.at.start.line || a.at.start.character - b.at.start.character);
  return r.list(items.map((i) => i.words));
}

/**
 * Whether a notification goes to parties only: a channel is a route among parties, so a step whose
 * recipients include a non-party or States described in the text's words is never said to go
 * "through the channel …" (OPRC 1990 Art. 5(1)(c) names no route to "all States whose interests
 * are affected").
 */
function amongParties(n: Notification, r: RenderContext): boolean {
  return n.describedRecipients.length === 0 && n.recipients.every((id) => r.nonPartyName(id) === undefined);
}

/** `directly or through IAEA`: ", directly or through the International Atomic Energy Agency". */
function relayWords(n: Notification, r: RenderContext): string {
  if (!n.relay) return '';
  return `, ${n.relayOptional ? 'directly or ' : ''}through ${r.nonPartyName(n.relay) ?? r.placeholder(`the organisation ${n.relay.text}`)}`;
}

/** `threshold "…"`: what the triggering severity means, in the drafter's words (NIS2 Art. 23(3) defines a significant incident so). */
function thresholdSentence(p: IncidentProtocol, r: RenderContext): string | undefined {
  if (!p.threshold) return undefined;
  const unit = r.treaty ? 'Article' : 'paragraph';
  const severity = p.triggers.find((t) => t.attribute.text === 'severity')?.value;
  const level = severity ? ('value' in severity ? r.phrase(severity) : severity.text) : undefined;
  const term = level === undefined ? 'an incident within the scope of this procedure' : level === 'significant' ? 'a significant incident' : `an incident of ${level} severity`;
  return `For the purposes of this ${unit}, ${term} is ${r.phrase(p.threshold)}.`;
}

/** A notification's time runs from awareness unless the protocol says otherwise (`of detection`…); a standard (`forthwith`) has no clock. */
function notifiedSince(d: Deadline | undefined, r: RenderContext): string {
  if (d?.standard) return '';
  if (!d?.within) return ' without delay';
  if (!d.start || d.start.value === 'awareness') return ' of becoming aware of it';
  return r.since(d);
}

/** A report or referral follows the notification unless the protocol says from when its time runs. */
function laterSince(d: Deadline | undefined, r: RenderContext): string {
  if (!d?.within) return '';
  return d.start ? r.since(d) : ' of the notification';
}
