/**
 * TLP 2.0 limits (CF14, CF15): TLP:RED reaches named individuals only; AMBER+STRICT stays in the
 * recipient organisation, AMBER in the organisation and its clients, GREEN in the community.
 * An onward-sharing rule wider than the label needs the source's explicit permission.
 */
import type { Channel } from '../../ast/nodes';
import type { OnwardSharing, TlpLabelValue } from '../../ast/vocabulary';
import { defineRule, type TextEdit } from '../rule';

/** The onward-sharing rules each label allows (`with-consent` is the source's permission). */
const allowed: Readonly<Record<Exclude<TlpLabelValue, 'TLP:RED'>, readonly OnwardSharing[]>> = {
  'TLP:AMBER+STRICT': ['none', 'within-organisation', 'with-consent'],
  'TLP:AMBER': ['none', 'within-organisation', 'with-clients', 'with-consent'],
  'TLP:GREEN': ['none', 'within-organisation', 'with-clients', 'community', 'with-consent'],
  'TLP:CLEAR': ['none', 'within-organisation', 'with-clients', 'community', 'public', 'with-consent'],
};

/** The widest rule a label allows without asking the source: the narrowing fix. */
const widest: Readonly<Record<Exclude<TlpLabelValue, 'TLP:RED' | 'TLP:CLEAR'>, OnwardSharing>> = {
  'TLP:AMBER+STRICT': 'within-organisation',
  'TLP:AMBER': 'with-clients',
  'TLP:GREEN': 'community',
};

/** Replace `onward sharing X [to A, B]` by `onward sharing <rule>`, dropping the named recipients. */
function narrowOnward(channel: Channel, rule: OnwardSharing): TextEdit | undefined {
  const onward = channel.onwardSharing;
  if (!onward) return undefined;
  const last = channel.onwardTo[channel.onwardTo.length - 1];
  return { range: { start: onward.range.start, end: (last ?? onward).range.end }, newText: rule };
}

export const tlpRedAudience = defineRule({
  code: 'tlp-red-audience',
  catalogueId: 'CF14',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'TLP:RED goes to named individuals only: name a recipient for every member and allow no onward sharing.',
  rationale:
    'TLP:RED is for the eyes and ears of individual recipients only, with no further disclosure (FIRST TLP 2.0). A RED channel whose members outnumber its named recipients reaches whole organisations, and any onward-sharing rule lets it reach third parties.',
  source: 'FIRST TLP 2.0 (TLP:RED)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Leaders between EE, FI {\n  marking TLP:RED\n  recipients "Head of CERT-EE"\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Leaders between EE, FI {\n  marking TLP:RED\n  recipients "Head of CERT-EE", "Head of NCSC-FI"\n}\n',
  },
  check({ model, report }) {
    for (const channel of model.ast.channels) {
      const marking = channel.marking;
      if (marking?.value !== 'TLP:RED') continue;
      if (channel.recipients.length < channel.members.length) {
        report({
          range: marking.range,
          message: `TLP:RED is for named individuals, but ${channel.id?.text ?? 'this channel'} has ${channel.members.length} members and ${channel.recipients.length} named recipient(s): name the individual recipients (\`recipients "…"\`).`,
          related: channel.members.map((m) => ({ uri: model.uri, range: m.range, message: `Member ${m.text}` })),
        });
      }
      const onward = channel.onwardSharing;
      if (onward && (onward.value !== 'none' || channel.onwardTo.length > 0)) {
        const edit = narrowOnward(channel, 'none');
        report({
          range: onward.range,
          message: `TLP:RED allows no further disclosure, but onward sharing is '${onward.text}': write \`onward sharing none\`.`,
          related: [{ uri: model.uri, range: marking.range, message: 'Marked TLP:RED here.' }],
          fixes: edit ? [{ title: "Allow no onward sharing ('none')", edits: [edit], preferred: true }] : [],
        });
      }
    }
  },
});

export const onwardSharingBeyondTlp = defineRule({
  code: 'onward-sharing-beyond-tlp',
  catalogueId: 'CF15',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Narrow the onward-sharing rule to what the TLP label allows, or share only with the source’s consent.',
  rationale:
    'TLP:AMBER+STRICT limits sharing to the recipient organisation, TLP:AMBER to the organisation and its clients, TLP:GREEN to the community and never public channels (FIRST TLP 2.0). A wider onward-sharing rule needs the source’s explicit permission, which `with-consent` expresses.',
  source: 'FIRST TLP 2.0, Usage (1)(g)–(h) and label definitions',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:AMBER\n  onward sharing community\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:AMBER\n  onward sharing with-clients\n}\n',
  },
  check({ model, report }) {
    for (const channel of model.ast.channels) {
      const label = channel.marking?.value;
      const onward = channel.onwardSharing;
      if (!label || label === 'TLP:RED' || !onward?.value) continue;
      if (allowed[label].includes(onward.value)) continue;
      const narrower = label === 'TLP:CLEAR' ? undefined : widest[label];
      const edit = narrower ? narrowOnward(channel, narrower) : undefined;
      report({
        range: onward.range,
        message: `${label} does not allow onward sharing '${onward.text}'${narrower ? `: narrow it to '${narrower}'` : ''}, or make it 'with-consent' of the source.`,
        related: [{ uri: model.uri, range: channel.marking!.range, message: `Marked ${label} here.` }],
        fixes: edit && narrower ? [{ title: `Narrow onward sharing to '${narrower}'`, edits: [edit], preferred: true }] : [],
      });
    }
  },
});

export const tlpRules = [tlpRedAudience, onwardSharingBeyondTlp];
