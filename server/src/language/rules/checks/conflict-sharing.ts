/**
 * Who information reaches (CF20, CF24): restricted information passed on to a non-party without
 * the originator's consent, and channel members that do not sign the instrument.
 */
import type { Channel } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { defineRule, type RelatedInformation } from '../rule';

/** A channel whose information carries use or confidentiality limits. */
function isRestricted(channel: Channel): boolean {
  return (
    (channel.marking !== undefined && channel.marking.value !== 'TLP:CLEAR') ||
    channel.classification !== undefined ||
    channel.purpose !== undefined ||
    channel.carries.some((c) => c.value === 'classified' || c.value === 'personal-data')
  );
}

function isClassified(channel: Channel): boolean {
  return channel.classification !== undefined || channel.carries.some((c) => c.value === 'classified');
}

export const onwardToNonParty = defineRule({
  code: 'onward-to-non-party',
  catalogueId: 'CF20',
  family: 'conflict',
  defaultSeverity: 'error',
  message: "Pass restricted information to a non-party only with the originator's consent (`onward sharing with-consent`).",
  rationale:
    "Information supplied under confidentiality or use conditions binds the recipient (Budapest Convention Art. 28), and classified information is not released to a third party without the originator's prior consent (EU–NATO Security of Information Agreement). An onward-sharing rule naming a non-party, or letting classified material go further than the members, needs that consent.",
  source: 'Budapest Convention Art. 28; EU–NATO Security of Information Agreement (2003)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:GREEN\n  onward sharing community to Europol\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:GREEN\n  onward sharing with-consent to Europol\n}\n',
  },
  check({ model, report }) {
    for (const channel of model.ast.channels) {
      const onward = channel.onwardSharing;
      if (!onward?.value || onward.value === 'with-consent' || !isRestricted(channel)) continue;
      const fix = { title: "Share onward only with the originator's consent", edits: [{ range: onward.range, newText: 'with-consent' }], preferred: true };
      for (const name of channel.onwardTo) {
        if (model.isSignatory(name.text)) continue;
        report({
          range: name.range,
          message: `${name.text} is not a party: restricted information from ${channel.id?.text ?? 'this channel'} may reach it only with the originator's consent.`,
          related: [{ uri: model.uri, range: onward.range, message: `Onward sharing is '${onward.text}' here.` }],
          fixes: [fix],
        });
      }
      if (isClassified(channel) && onward.value !== 'none') {
        report({
          range: onward.range,
          message: `Classified information on ${channel.id?.text ?? 'this channel'} may not be released beyond its members without the originator's consent: write \`onward sharing with-consent\` or \`none\`.`,
          fixes: [fix],
        });
      }
    }
  },
});

/** Related information pointing at the instrument's signatories. */
function signatoryList(model: SemanticModel): RelatedInformation[] {
  return model.signatories
    .map((p) => {
      const declaration = p.local ?? p.record;
      return declaration?.id ? { uri: p.local ? model.uri : p.uri, range: declaration.id.range, message: `${p.id} signs this instrument.` } : undefined;
    })
    .filter((r): r is RelatedInformation => r !== undefined);
}

export const channelMemberNotSignatory = defineRule({
  code: 'channel-member-not-signatory',
  catalogueId: 'CF24',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Make every channel member a party to the instrument (declare it here), or remove it from the channel.',
  rationale:
    '"A treaty does not create either obligations or rights for a third State without its consent" (VCLT Art. 34), and an MoU commits only those who sign it (no legal authority is claimed for that MoU point: it is the consensual nature of a political commitment, which the VCLT does not govern): a channel member that is not a signatory is bound by none of the handling, purpose or confidentiality terms.',
  source: 'VCLT Art. 34 (read: Dutch treaty series BWBV0003441), for treaties; for MoUs no legal authority is claimed',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" { status non-binding }\nuse "registry.entente"\nparticipant EE\nparticipant FI\nchannel Intel between EE, FI, LV\n',
    fix: 'memorandum "MoU" { status non-binding }\nuse "registry.entente"\nparticipant EE\nparticipant FI\nparticipant LV\nchannel Intel between EE, FI, LV\n',
    // Only a party from another file can be a channel member without signing: local declarations sign.
    files: { 'registry.entente': 'participant EE "Estonia"\nparticipant FI "Finland"\nparticipant LV "Latvia"\n' },
  },
  check({ model, report }) {
    if (!model.ast.instrument || model.signatories.length === 0) return;
    const related = signatoryList(model);
    for (const channel of model.ast.channels) {
      for (const member of channel.members) {
        // An undeclared name is the unknown-reference check's business.
        if (model.isSignatory(member.text) || !model.resolve('party', member.text)) continue;
        report({
          range: member.range,
          message: `${member.text} is a member of ${channel.id?.text ?? 'this channel'} but does not sign this instrument, so nothing in it binds or commits ${member.text}: declare it as a participant or remove it.`,
          related,
        });
      }
    }
  },
});

export const sharingRules = [onwardToNonParty, channelMemberNotSignatory];
