/**
 * TLP 2.0 limits (CF14, CF15): TLP:RED reaches individual recipients only; AMBER+STRICT stays in
 * the recipient organisation, AMBER in the organisation and its clients, GREEN in the community.
 * An onward-sharing rule wider than the label needs the source's explicit permission, which
 * `with-consent` expresses. TLP labels are applied by the source to each item (research/sources/
 * tlp-2.0.md): a channel's label is the default the instrument sets, not a classification.
 */
import type { Channel, Name } from '../../ast/nodes';
import type { OnwardSharing, TlpLabelValue } from '../../ast/vocabulary';
import type { SemanticModel } from '../../model/semantic-model';
import { defineDeclarationRule, type TextEdit } from '../rule';
import { escapeRegExp } from '../../util/escape-regexp';

/** The onward-sharing rules each label allows (`with-consent` is the source's permission). */
const allowed: Readonly<Record<TlpLabelValue, readonly OnwardSharing[]>> = {
  'TLP:RED': ['none', 'with-consent', 'with-written-consent'],
  'TLP:AMBER+STRICT': ['none', 'within-organisation', 'with-consent', 'with-written-consent'],
  'TLP:AMBER': ['none', 'within-organisation', 'with-clients', 'with-consent', 'with-written-consent'],
  'TLP:GREEN': ['none', 'within-organisation', 'with-clients', 'community', 'with-consent', 'with-written-consent'],
  'TLP:CLEAR': ['none', 'within-organisation', 'with-clients', 'community', 'public', 'with-consent', 'with-written-consent'],
};

/** The widest rule a label allows without asking the source: the narrowing fix. */
const widest: Readonly<Record<Exclude<TlpLabelValue, 'TLP:CLEAR'>, OnwardSharing>> = {
  'TLP:RED': 'none',
  'TLP:AMBER+STRICT': 'within-organisation',
  'TLP:AMBER': 'with-clients',
  'TLP:GREEN': 'community',
};

/** Replace `onward sharing X [to A, B]` by `onward sharing <rule>`, dropping the named recipients. */
function narrowOnward(channel: Channel, rule: OnwardSharing): TextEdit | undefined {
  const onward = channel.onwardSharing;
  if (!onward) return undefined;
  // The recipients after `to`, parties or the text's words, go with the rule they qualify.
  const last = [...channel.onwardTo, ...channel.onwardToDescribed].sort((a, b) => b.range.end.line - a.range.end.line || b.range.end.character - a.range.end.character)[0];
  return { range: { start: onward.range.start, end: (last ?? onward).range.end }, newText: rule };
}

/** Whether a recipient's text names this member: its id, its name, or one of its contacts. */
function namesMember(model: SemanticModel, text: string, member: string): boolean {
  const party = model.party(member);
  const words = [member, party?.effective.name?.value, ...(party?.contacts ?? []).flatMap((c) => [c.name?.value, c.id?.text])].filter(
    (w): w is string => !!w && w.length > 1,
  );
  const lower = text.toLowerCase();
  return words.some((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(w.toLowerCase())}($|[^\\p{L}\\p{N}])`, 'u').test(lower));
}

/**
 * The members of a TLP:RED channel for which no named recipient can be found: a channel contact
 * of the member, or a `recipients` entry naming it. Recipients that name no member may belong to
 * any of them, so only as many members as those recipients cannot cover are reported.
 */
function membersWithoutRecipient(model: SemanticModel, channel: Channel): { uncovered: Name[]; certain: boolean } {
  const members = channel.members.filter((m, i) => channel.members.findIndex((n) => n.text === m.text) === i);
  const unattributed = channel.recipients.filter((r) => !members.some((m) => namesMember(model, r.value, m.text))).length;
  const uncovered = members.filter(
    (m) => !channel.contacts.some((c) => c.party.text === m.text) && !channel.recipients.some((r) => namesMember(model, r.value, m.text)),
  );
  return uncovered.length > unattributed ? { uncovered, certain: unattributed === 0 } : { uncovered: [], certain: true };
}

export const tlpRedAudience = defineDeclarationRule({
  code: 'tlp-red-audience',
  catalogueId: 'CF14',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'TLP:RED goes to individual recipients only: name the recipients of each member (`recipients "…"` or `contacts`), or leave RED to the source for each item.',
  rationale:
    'TLP:RED is "for the eyes and ears of individual recipients only, no further disclosure" (FIRST TLP 2.0, TLP:RED). A channel marked RED by default says that everything on it is for named individuals; if no recipient of a member is named (by a channel contact of that member or a `recipients` entry naming it), the channel reaches that member as an organisation. Labels are applied by the source to each item, and an inter-State instrument rarely names individuals, so a RED channel default is unusual rather than unlawful: a warning. Either name the recipients per member, or give the channel a wider default and let the source mark single items RED. Onward sharing from a RED channel is `onward-sharing-beyond-tlp` (CF15); wider sharing with the source’s permission (`with-consent`) is allowed.',
  source: 'FIRST TLP 2.0, TLP:RED (read: verbatim copies of the FIRST definitions, e.g. the MISP TLP taxonomy; first.org itself not read)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Leaders between EE, FI {\n  marking TLP:RED\n  recipients "Head of CERT-EE"\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Leaders between EE, FI {\n  marking TLP:RED\n  recipients "Head of CERT-EE", "Head of NCSC-FI"\n}\n',
  },
  perDeclaration: {
    check({ model, report }, channel) {
      if (channel.type !== 'Channel') return;
      const marking = channel.marking;
      if (marking?.value !== 'TLP:RED') return;
      const { uncovered, certain } = membersWithoutRecipient(model, channel);
      if (uncovered.length === 0) return;
      const name = channel.id?.text ?? 'this channel';
      const whom = certain
        ? `no recipient of ${uncovered.map((m) => m.text).join(', ')} is named`
        : `${channel.members.length} members share ${channel.recipients.length + channel.contacts.length} named recipient(s), so some member has none`;
      report({
        range: marking.range,
        message: `TLP:RED is for individual recipients only, but on ${name} ${whom}: name them (\`recipients "…"\` or \`contacts <Party>.<Contact>\`), or give the channel a wider default and let the source mark single items TLP:RED.`,
        related: uncovered.map((m) => ({ uri: model.uri, range: m.range, message: `Member ${m.text}` })),
      });
    },
  },
});

export const onwardSharingBeyondTlp = defineDeclarationRule({
  code: 'onward-sharing-beyond-tlp',
  catalogueId: 'CF15',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Narrow the onward-sharing rule to what the TLP label allows, or share only with the source’s consent.',
  rationale:
    'TLP:RED allows no further disclosure, TLP:AMBER+STRICT limits sharing to the recipient organisation, TLP:AMBER to the organisation and its clients, TLP:GREEN to peers and partner organisations within the community and never publicly accessible channels (FIRST TLP 2.0, label definitions). A wider onward-sharing rule needs the source’s explicit permission, which `with-consent` expresses (TLP 2.0, Introduction; the permission rule was read in TLP 1.0 §1(f) and a summary of 2.0, its 2.0 wording not).',
  source: 'FIRST TLP 2.0, label definitions (read: verbatim copies of the FIRST definitions, e.g. the MISP TLP taxonomy; first.org itself not read), and Introduction (the source’s permission: read in TLP 1.0 §1(f) and a summary of 2.0)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:AMBER\n  onward sharing community\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:AMBER\n  onward sharing with-clients\n}\n',
  },
  perDeclaration: {
    check({ model, report }, channel) {
      if (channel.type !== 'Channel') return;
      const label = channel.marking?.value;
      const onward = channel.onwardSharing;
      if (!label || !onward?.value) return;
      if (allowed[label].includes(onward.value)) return;
      const narrower = label === 'TLP:CLEAR' ? undefined : widest[label];
      const edit = narrower ? narrowOnward(channel, narrower) : undefined;
      report({
        range: onward.range,
        message: `${label} does not allow onward sharing '${onward.text}'${narrower ? `: narrow it to '${narrower}'` : ''}, or make it 'with-consent' of the source.`,
        related: [{ uri: model.uri, range: channel.marking!.range, message: `Marked ${label} here.` }],
        fixes: edit && narrower ? [{ title: `Narrow onward sharing to '${narrower}'`, edits: [edit], effect: 'legal', preferred: true }] : [],
      });
    },
  },
});

export const tlpRules = [tlpRedAudience, onwardSharingBeyondTlp];
