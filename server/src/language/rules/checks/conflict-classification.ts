/**
 * Classified exchange (CF12, CF13): a classified channel needs a security-of-information
 * agreement between all its members that covers its level, and classified material needs a
 * classification, not only a TLP label.
 */
import type { Channel, SecurityAgreement } from '../../ast/nodes';
import { classificationRank, isClassifiedLevel, type ClassificationLevel } from '../../ast/vocabulary';
import type { SemanticModel } from '../../model/semantic-model';
import type { DeclaredSymbol } from '../../model/symbols';
import { defineDeclarationRule } from '../rule';

interface CoveringAgreement {
  readonly node: SecurityAgreement;
  readonly uri: string;
}

/**
 * The agreement a channel relies on: the one it names (`under GSA`), else the visible agreement
 * that covers all its members at the highest level. `named-unresolved` when the name resolves to
 * nothing (the unknown-reference check reports that).
 */
export function agreementFor(
  model: SemanticModel,
  channel: Channel,
  visible: readonly DeclaredSymbol[] = model.visible('security-agreement'),
): CoveringAgreement | 'named-unresolved' | undefined {
  if (channel.securityAgreement) {
    const symbol = model.resolve('security-agreement', channel.securityAgreement.text);
    return symbol && symbol.node.type === 'SecurityAgreement' ? { node: symbol.node, uri: symbol.uri } : 'named-unresolved';
  }
  const members = channel.members.map((m) => m.text);
  let best: CoveringAgreement | undefined;
  for (const symbol of visible) {
    if (symbol.node.type !== 'SecurityAgreement') continue;
    const parties = new Set(symbol.node.parties.map((p) => p.text));
    if (!members.every((m) => parties.has(m))) continue;
    if (!best || ceilingRank(symbol.node) > ceilingRank(best.node)) best = { node: symbol.node, uri: symbol.uri };
  }
  return best;
}

/** The highest level an agreement covers; one without `up to` has no ceiling. */
function ceilingRank(agreement: SecurityAgreement): number {
  return agreement.upTo?.value ? classificationRank(agreement.upTo.value) : Number.POSITIVE_INFINITY;
}

/**
 * The level a channel states as a comparable level: the level written (`SECRET`, or the floor of
 * `from CONFIDENTIAL`); undefined for `any`, which takes whatever the agreement covers.
 */
function statedLevel(channel: Channel): ClassificationLevel | undefined {
  const value = channel.classification?.value;
  return value && value !== 'any' ? value : undefined;
}

export const classifiedWithoutSecurityAgreement = defineDeclarationRule({
  code: 'classified-without-security-agreement',
  catalogueId: 'CF12',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Put classified exchange under a security-of-information agreement between all members of the channel.',
  rationale:
    'Classified information may pass only where a security-of-information agreement (or equivalent articles) binds sender and recipient to protect it at an equivalent level: "the information received shall be given at least the same degree of security protection in the receiving country as in the originating country" (Netherlands–Sweden 1984, Art. 2(a)); the NATO Security of Information Agreement of 1997 binds its Parties to "protect and safeguard" classified information exchanged among them (Art. 1). A member outside the agreement is outside that protection. This rule checks channels that declare a classification level; a channel that only `carries classified` material is reported by `missing-security-agreement` (MC16).',
  source: 'NATO Security of Information Agreement (1997) Art. 1 (read: Dutch treaty series BWBV0001372); Netherlands–Sweden Agreement on classified military information (1984) Arts. 1–3 (read: BWBV0002448); ESA classified-information Agreement (2002) Art. 2 (read: BWBV0001724)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  classification SECRET\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nsecurity-agreement GSA between EE, FI up to SECRET\nchannel Intel between EE, FI {\n  classification SECRET under GSA\n}\n',
  },
  perDeclaration: {
    facts: (model) => `${model.legalNature}|${model.hasClauseAbout('security-of-information')}`,
    check({ model, report }, channel) {
      if (channel.type !== 'Channel') return;
      const level = channel.classification;
      // UNCLASSIFIED information needs no security agreement.
      if (!level?.value || !isClassifiedLevel(level.value)) return;
      const agreement = agreementFor(model, channel);
      if (agreement === 'named-unresolved') return;
      if (!agreement) {
        // A treaty whose own articles protect classified information is the security agreement
        // between its parties: "the information received shall be given at least the same degree
        // of security protection in the receiving country as in the originating country"
        // (Netherlands–Sweden 1984, Art. 2(a); twelfth red-team probes). MC16 credits it too.
        if (isItsOwnSecurityAgreement(model, channel.members.map((m) => m.text))) return;
        report({
          range: level.range,
          message: `${channel.id?.text ?? 'This channel'} carries ${level.value === 'any' ? 'classified' : level.text} information but no security agreement covers all its members: declare one and name it with \`under\`.`,
        });
        return;
      }
      const parties = new Set(agreement.node.parties.map((p) => p.text));
      for (const member of channel.members) {
        if (parties.has(member.text)) continue;
        report({
          range: member.range,
          message: `${member.text} is not a party to the security agreement ${agreement.node.id?.text ?? ''}: it cannot receive ${level.text} information on this channel.`,
          related: [{ uri: agreement.uri, range: agreement.node.range, message: `Parties to ${agreement.node.id?.text ?? 'the agreement'}: ${[...parties].join(', ')}` }],
        });
      }
    },
  },
});

/** A binding instrument with a clause on the protection of classified information, signed by every member. */
function isItsOwnSecurityAgreement(model: SemanticModel, members: readonly string[]): boolean {
  if (model.legalNature !== 'treaty' || !model.hasClauseAbout('security-of-information')) return false;
  const signatories = new Set(model.signatories.map((p) => p.id));
  return members.every((m) => signatories.has(m));
}

export const classificationAboveAgreement = defineDeclarationRule({
  code: 'classification-above-agreement',
  catalogueId: 'CF12',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Lower the classification to the level the security agreement covers, or extend the agreement.',
  rationale:
    'A security-of-information agreement protects the levels it covers; information above the level the agreement states has no agreed protection and must not pass under it. Agreements fix their reach by level ("information classified CONFIDENTIAL and above", NATO 1997, Art. 3(1)) or by a table of corresponding levels (Netherlands–Sweden memorandum 1984, Section 2).',
  source: 'NATO Security of Information Agreement (1997) Art. 3(1) (read: Dutch treaty series BWBV0001372); Netherlands–Sweden memorandum (1984) Section 2 (read: BWBV0002448); the level stated in the instrument (own consistency check)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nsecurity-agreement GSA between EE, FI up to CONFIDENTIAL\nchannel Intel between EE, FI {\n  classification SECRET under GSA\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nsecurity-agreement GSA between EE, FI up to SECRET\nchannel Intel between EE, FI {\n  classification SECRET under GSA\n}\n',
  },
  perDeclaration: {
    check({ model, report }, channel) {
      if (channel.type !== 'Channel') return;
      const level = channel.classification;
      const stated = statedLevel(channel);
      // `from CONFIDENTIAL` states a floor: it is out of reach only if the floor is above the ceiling.
      if (!level || !stated || !isClassifiedLevel(stated)) return;
      const agreement = agreementFor(model, channel);
      if (!agreement || agreement === 'named-unresolved') return;
      const cover = agreement.node.upTo;
      if (!cover?.value || classificationRank(stated) <= classificationRank(cover.value)) return;
      report({
        range: level.range,
        message: `${level.text} is above ${cover.text}, the highest level ${agreement.node.id?.text ?? 'the security agreement'} covers.`,
        related: [{ uri: agreement.uri, range: cover.range, message: `${agreement.node.id?.text ?? 'The agreement'} covers up to ${cover.text}.` }],
        // The level is the originator's to set: lowering it states a fact about the material.
        fixes: [{ title: `Declare the material classified ${cover.text} (lower than written: the originator's level)`, edits: [{ range: level.range, newText: cover.text }], effect: 'factual' }],
      });
    },
  },
});

export const classifiedTlpOnly = defineDeclarationRule({
  code: 'classified-tlp-only',
  catalogueId: 'CF13',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'Mark classified material with a classification level; a TLP label is not a classification.',
  rationale:
    'TLP is a sharing-permission scheme: "TLP is not a formal classification scheme" (FIRST TLP 2.0, Introduction); classified material needs its level under a security agreement, whatever TLP label is added. The sentence was read as quoted from the 2.0 standard, not on first.org itself; its paragraph letter is not confirmed.',
  source: 'FIRST TLP 2.0, Introduction (read only as quoted from the standard, SANS ISC; the first.org text itself not read)',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  carries classified\n  marking TLP:AMBER\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nsecurity-agreement GSA between EE, FI up to SECRET\nchannel Intel between EE, FI {\n  carries classified\n  marking TLP:AMBER\n  classification SECRET under GSA\n}\n',
  },
  perDeclaration: {
    check({ model, report }, channel) {
      if (channel.type !== 'Channel') return;
      const marking = channel.marking;
      if (!marking || channel.classification || !channel.carries.some((c) => c.value === 'classified')) return;
      const agreement = agreementFor(model, channel);
      const covering = agreement && agreement !== 'named-unresolved' ? agreement.node : undefined;
      const level = covering?.upTo?.text ?? 'RESTRICTED';
      const under = covering?.id ? ` under ${covering.id.text}` : '';
      const lineStart = model.lines.lineStart(marking.range.start.line);
      const indent = /^[ \t]*/.exec(model.text.slice(lineStart, model.lines.offsetAt(marking.range.start)))?.[0] ?? '';
      report({
        range: marking.range,
        message: `${channel.id?.text ?? 'This channel'} carries classified material marked only ${marking.text}: TLP is not a classification. Add its classification level.`,
        fixes: [
          {
            title: `Add 'classification ${level}${under}'`,
            edits: [{ range: { start: marking.range.end, end: marking.range.end }, newText: `\n${indent}classification \${1:${level}}${under}` }],
            // The level (the agreement's ceiling, or RESTRICTED) is a guess at the originator's.
            effect: 'factual',
            snippet: true,
            preferred: true,
          },
        ],
      });
    },
  },
});

export const classificationBelowAgreement = defineDeclarationRule({
  code: 'classification-below-agreement',
  catalogueId: 'CF12',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'The security agreement covers only levels from its lowest level up: raise the channel\'s level, or put the lower levels under another agreement.',
  rationale:
    'Some agreements cover only information "classified CONFIDENTIAL and above" (NATO 1997 Art. 3(1) uses the formula for clearances; an agreement declared `from CONFIDENTIAL` states it for its whole scope). A channel that carries information below that level, under that agreement, has no agreed protection for it: the agreement does not reach it. The lower level may be protected under another arrangement, or need none (UNCLASSIFIED).',
  source: 'NATO Security of Information Agreement (1997) Art. 3(1) (read: Dutch treaty series BWBV0001372); the levels stated in the instrument (own consistency check)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nsecurity-agreement GSA between EE, FI from CONFIDENTIAL\nchannel Intel between EE, FI {\n  classification RESTRICTED under GSA\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nsecurity-agreement GSA between EE, FI from RESTRICTED\nchannel Intel between EE, FI {\n  classification RESTRICTED under GSA\n}\n',
  },
  perDeclaration: {
    check({ model, report }, channel) {
      if (channel.type !== 'Channel') return;
      const level = channel.classification;
      const stated = statedLevel(channel);
      if (!level || !stated || !isClassifiedLevel(stated)) return;
      const agreement = agreementFor(model, channel);
      if (!agreement || agreement === 'named-unresolved') return;
      const floor = agreement.node.from;
      if (!floor?.value || classificationRank(stated) >= classificationRank(floor.value)) return;
      report({
        range: level.range,
        message: `${level.text} is below ${floor.text}, the lowest level ${agreement.node.id?.text ?? 'the security agreement'} covers ("${floor.text} and above").`,
        related: [{ uri: agreement.uri, range: floor.range, message: `${agreement.node.id?.text ?? 'The agreement'} covers ${floor.text} and above.` }],
      });
    },
  },
});

export const classificationRules = [classifiedWithoutSecurityAgreement, classificationAboveAgreement, classificationBelowAgreement, classifiedTlpOnly];
