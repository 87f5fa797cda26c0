/**
 * Who information reaches (CF20, CF24): classified information (or information the instrument
 * itself keeps within its members) passed on to a non-party without the originator's consent,
 * and channel members that do not sign the instrument.
 *
 * TLP alone never makes a named onward recipient a conflict: TLP:GREEN allows sharing with "peers
 * and partner organizations within their community" — non-parties by definition — and the other
 * labels' limits are `onward-sharing-beyond-tlp` (CF15). Budapest Art. 28 concerns conditions a
 * requested State sets on a mutual-assistance response, not CERT sharing (research/sources/
 * budapest-ets185.md), so it is not cited here.
 */
import type { Channel } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { isStateKind } from '../../ast/vocabulary';
import { defineDeclarationRule, type RelatedInformation } from '../rule';

function isClassified(channel: Channel): boolean {
  return channel.classification !== undefined || channel.carries.some((c) => c.value === 'classified');
}

/** Onward rules by which the instrument itself keeps information within the members or their organisations. */
const keepsWithin: ReadonlySet<string> = new Set(['none', 'within-organisation']);

/**
 * A declared recipient that is not a State or an organisation but a body under the jurisdiction of
 * a member of the channel — the receiving government's cleared contractors, its other authorities.
 * The release rules of security agreements forbid disclosure to third States and their bodies ("the
 * Government, authorities, firms or nationals of a third State", NL–Sweden 1984 Art. 2(c); "non-NATO
 * Parties", NATO 1997 Art. 1(iv)), not to the receiving Party's own cleared industry, which is what
 * industrial security arrangements are for ("shall be released only to contractors which have been
 * cleared … by the U.S. Government", NL–US Security Procedures 1982, para. 2.g(4); seventeenth run).
 * An undeclared name says nothing of where the recipient is, and stays a finding.
 */
function withinMembersStates(model: SemanticModel, channel: Channel, name: string): boolean {
  const recipient = model.party(name);
  const kind = recipient?.effective.kind?.value;
  if (!recipient?.jurisdiction || kind === undefined || isStateKind(kind) || kind === 'international-organisation') return false;
  return channel.members.some((m) => model.party(m.text)?.jurisdiction === recipient.jurisdiction);
}

export const onwardToNonParty = defineDeclarationRule({
  code: 'onward-to-non-party',
  catalogueId: 'CF20',
  family: 'conflict',
  defaultSeverity: 'error',
  message: "Release classified information to a non-party only with the originator's consent (`onward sharing with-consent`), and do not name outside recipients where the instrument keeps information within its members.",
  rationale:
    "Security-of-information agreements forbid releasing classified information to a third party without the originator's prior consent: the NATO Security of Information Agreement of 1997 (Art. 1(iv): \"not disclose such information … to non-NATO Parties without the consent of the originator\"), bilateral agreements such as the Netherlands–Sweden agreement of 1984 (Art. 2(c): not \"to the Government, authorities, firms or nationals of a third State without the previous written consent of the originating country\") and the ESA agreement of 2002 (Art. 2(4)); the EU–NATO agreement of 2003 reportedly does the same (its articles were not read). A channel carrying classified material that names a non-party as an onward recipient, or lets the material go beyond its members, needs that consent. An onward-sharing rule that lets classified material go beyond the members' own organisations (`with-clients`, `community`, `public`) needs that consent too; handling within the recipient organisation on a need-to-know basis does not. An onward-sharing rule of `none` or `within-organisation` that still names a non-party contradicts itself. TLP labels do not trigger this rule: TLP:GREEN allows sharing with peers and partner organisations within the community, and the other labels' limits are checked by `onward-sharing-beyond-tlp` (CF15). A declared body under the jurisdiction of a member of the channel that is not itself a State or an organisation — the receiving government's cleared contractors — is not such a third party: the agreements forbid release to third States and their bodies (NL–Sweden 1984 Art. 2(c)), and industrial security arrangements exist to release to the receiving Party's cleared industry (NL–US Security Procedures 1982, para. 2.g(4)).",
  source: 'NATO Security of Information Agreement (1997) Art. 1(iv) (read: Dutch treaty series BWBV0001372); Netherlands–Sweden Agreement on classified military information (1984) Art. 2(c) (read: BWBV0002448); ESA Member States agreement on classified information (2002) Art. 2(4) (read: BWBV0001724); NL–US Security Procedures for Industrial Operations (1982) para. 2.g(4) (as quoted in the committed transcription of BWBV0003739)',
  sourceStatus: 'verified',
  example: {
    trigger:
      'participant EE "Estonia"\nparticipant FI "Finland"\nsecurity-agreement GSA between EE, FI up to SECRET\nchannel Intel between EE, FI {\n  carries classified\n  classification SECRET under GSA\n  onward sharing within-organisation to Europol\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nsecurity-agreement GSA between EE, FI up to SECRET\nchannel Intel between EE, FI {\n  carries classified\n  classification SECRET under GSA\n  onward sharing with-consent to Europol\n}\n',
  },
  perDeclaration: {
    check({ model, report }, channel) {
      if (channel.type !== 'Channel') return;
      const onward = channel.onwardSharing;
      if (!onward?.value || onward.value === 'with-consent' || onward.value === 'with-written-consent') return;
      const classified = isClassified(channel);
      // A recipient named in the rule (`onward sharing … to Cleared-Contractors`) may be a release
      // the signatories authorise in the text itself ("shall be released only to contractors which
      // have been cleared … by the U.S. Government", NL–US Security Procedures 1982, para. 2.g(4)):
      // `with-consent` would then make it wait for a consent, case by case, that the text does not
      // require (quick-fix review, item 16). Only a recipient declared here, and so known to be
      // outside the members' States (`withinMembersStates` spared the others), is one the
      // originator's consent must reach; of an undeclared name the checker knows nothing, and the
      // finding stays without a fix for the drafter to check.
      const knownThirdParties = channel.onwardTo.every((n) => model.isSignatory(n.text) || model.party(n.text) !== undefined);
      const consent = { title: "Share onward only with the originator's consent", edits: [{ range: onward.range, newText: 'with-consent' }], effect: 'legal' as const, preferred: true };
      const fixes = knownThirdParties ? [consent] : [];
      if (classified || keepsWithin.has(onward.value)) {
        for (const name of channel.onwardTo) {
          if (model.isSignatory(name.text)) continue;
          if (classified && withinMembersStates(model, channel, name.text)) continue;
          const why = classified
            ? `classified information from ${channel.id?.text ?? 'this channel'} may reach it only with the originator's consent`
            : `onward sharing is '${onward.text}', which keeps information within the members${onward.value === 'within-organisation' ? ' and their organisations' : ''}, yet ${name.text} is named as a recipient`;
          report({
            range: name.range,
            message: `${name.text} is not a party: ${why}. Write \`onward sharing with-consent\` if the originator is to decide.`,
            related: [{ uri: model.uri, range: onward.range, message: `Onward sharing is '${onward.text}' here.` }],
            fixes: model.party(name.text) ? [consent] : [],
          });
        }
      }
      // Within the recipient organisation (on a need-to-know basis) is still within the member;
      // so is a release only to declared bodies of the members' own States.
      const onlyDomestic = channel.onwardTo.length > 0 && channel.onwardTo.every((n) => model.isSignatory(n.text) || withinMembersStates(model, channel, n.text));
      if (classified && !keepsWithin.has(onward.value) && !onlyDomestic) {
        report({
          range: onward.range,
          message: `Classified information on ${channel.id?.text ?? 'this channel'} may not be released beyond its members without the originator's consent: write \`onward sharing with-consent\` or \`none\`.`,
          fixes,
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

export const channelMemberNotSignatory = defineDeclarationRule({
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
  perDeclaration: {
    check({ model, report }, channel) {
      if (channel.type !== 'Channel' || !model.ast.instrument || model.signatories.length === 0) return;
      let related: RelatedInformation[] | undefined;
      for (const member of channel.members) {
        // An undeclared name is the unknown-reference check's business.
        if (model.isSignatory(member.text) || !model.resolve('party', member.text)) continue;
        report({
          range: member.range,
          message: `${member.text} is a member of ${channel.id?.text ?? 'this channel'} but does not sign this instrument, so nothing in it binds or commits ${member.text}: declare it as a participant or remove it.`,
          related: (related ??= signatoryList(model)),
        });
      }
    },
  },
});

export const sharingRules = [onwardToNonParty, channelMemberNotSignatory];
