/** Builds the top-level declarations (parties, channels, protocols…) from their CST. */
import type { CstNode, IToken } from 'chevrotain';
import type { BuildContext } from './build-context';
import { wordOrString } from './build-header';
import type {
  Assistance,
  Cadence,
  Channel,
  Clause,
  Contact,
  ContactRef,
  Cooperation,
  Deadline,
  Definition,
  Escalation,
  Exercise,
  GovernanceBody,
  IncidentProtocol,
  IncidentReport,
  LevelEquivalence,
  Notification,
  Party,
  SecurityAgreement,
  Text,
  TriggerCondition,
  Use,
} from '../ast/nodes';
import { channel } from '../constructs/channel';
import { party } from '../constructs/party';
import { securityAgreement } from '../constructs/security-agreement';
import type { DeclarationKind, DeclarationOf } from '../constructs/table';
import type * as C from './cst.generated';

export function buildUse(ctx: BuildContext, node: C.UseCstNode): Use {
  return { type: 'Use', path: ctx.text(node.children.path), range: ctx.nodeRange(node) };
}

export function buildParty(ctx: BuildContext, node: C.PartyCstNode): Party {
  const c = node.children;
  const items = c.partyItem ?? [];
  const pick = <K extends keyof C.PartyItemCstChildren>(key: K) => items.find((i) => i.children[key])?.children[key];
  const keywordToken = ctx.token(c.Kw_party) ?? ctx.token(c.Kw_participant);
  const range = ctx.nodeRange(node);
  return {
    type: 'Party',
    keyword: keywordToken
      ? { text: keywordToken.image, value: keywordToken.image === 'party' ? 'party' : 'participant', range: ctx.tokenRange(keywordToken) }
      : { text: '', value: undefined, range },
    id: ctx.name(c.id),
    name: ctx.text(c.name),
    kind: ctx.closed(party.slots['partyItem.kind'], pick('kind') as IToken[] | undefined),
    jurisdiction: ctx.name(pick('jurisdiction') as IToken[] | undefined),
    representative: ctx.text(pick('representative') as IToken[] | undefined),
    contacts: items.flatMap((i) => i.children.contact ?? []).map((n) => buildContact(ctx, n)),
    regimes: items
      .flatMap((i) => i.children.regimes ?? [])
      .flatMap((list) => (list.children.items ?? []).map((_, index) => ctx.closed(party.slots['partyItem.regimes'], list.children.items, index)))
      .filter((w) => w !== undefined),
    range,
  };
}

function buildContact(ctx: BuildContext, node: C.ContactCstNode): Contact {
  const c = node.children;
  return {
    type: 'Contact',
    id: ctx.name(c.id),
    name: ctx.text(c.name),
    availability: ctx.closed(party.slots['contact.hours'], c.hours),
    email: ctx.text(c.email),
    phone: ctx.text(c.phone),
    range: ctx.nodeRange(node),
  };
}

export function buildSecurityAgreement(ctx: BuildContext, node: C.SecurityAgreementCstNode): SecurityAgreement {
  const c = node.children;
  const items = (c.securityAgreementItem ?? []).map((i) => i.children);
  return {
    type: 'SecurityAgreement',
    id: ctx.name(c.id),
    name: ctx.text(c.name),
    parties: ctx.names(c.parties?.[0]?.children.items),
    upTo: ctx.closed(securityAgreement.slots['securityAgreement.level'], c.level),
    equivalences: items.flatMap((i) => i.levelEquivalence ?? []).map((n) => buildEquivalence(ctx, n)),
    breachProcedure: ctx.text(items.find((i) => i.breachProcedure)?.breachProcedure?.[0]?.children.text?.[0]?.children.text),
    range: ctx.nodeRange(node),
  };
}

function buildEquivalence(ctx: BuildContext, node: C.LevelEquivalenceCstNode): LevelEquivalence {
  const c = node.children;
  const parties = c.party ?? [];
  const markings = parties
    .map((_, i) => ({ party: ctx.name(c.party, i), marking: ctx.text(c.marking, i) }))
    .filter((m): m is { party: NonNullable<typeof m.party>; marking: Text | undefined } => m.party !== undefined);
  return { type: 'LevelEquivalence', level: ctx.closed(securityAgreement.slots['levelEquivalence.level'], c.level), markings, range: ctx.nodeRange(node) };
}

export function buildChannel(ctx: BuildContext, node: C.ChannelCstNode): Channel {
  const c = node.children;
  const items = (c.channelItem ?? []).map((i) => i.children);
  const first = <K extends keyof C.ChannelItemCstChildren>(key: K) => items.find((i) => i[key])?.[key];
  const lists = (key: 'carries' | 'onwardTo' | 'safeguards') => items.flatMap((i) => i[key] ?? []).flatMap((l) => ctx.names(l.children.items));
  return {
    type: 'Channel',
    id: ctx.name(c.id),
    members: ctx.names(c.members?.[0]?.children.items),
    carries: lists('carries').map((n) => ({ ...n, value: lookupWord(channel.slots['channelItem.carries'].vocabulary, n.text) })),
    marking: ctx.closed(channel.slots['channelItem.tlp'], first('tlp')),
    classification: ctx.closed(channel.slots['channelItem.level'], first('level')),
    securityAgreement: ctx.name(first('agreement')),
    onwardSharing: ctx.closed(channel.slots['channelItem.onward'], first('onward')),
    onwardTo: lists('onwardTo'),
    purpose: prose(ctx, first('purpose')?.[0]),
    safeguards: lists('safeguards'),
    safeguardsText: prose(ctx, first('safeguardsText')?.[0]),
    recipients: items.flatMap((i) => (i.recipients ?? []).map((_, k) => ctx.text(i.recipients, k))).filter((t) => t !== undefined),
    contacts: contactRefs(ctx, items.flatMap((i) => i.contactsItem ?? [])),
    breachProcedure: prose(ctx, first('breachProcedure')?.[0]?.children.text?.[0]),
    range: ctx.nodeRange(node),
  };
}

function lookupWord<T extends string>(vocab: import('../ast/vocabulary').Vocabulary<T>, text: string): T | undefined {
  return (vocab.values as readonly string[]).includes(text) ? (text as T) : vocab.aliases?.[text];
}

/** The contacts of `contacts EE.Duty, FI.Desk` statements (protocols, exercises). */
function contactRefs(ctx: BuildContext, items: C.ContactsItemCstNode[] | undefined): ContactRef[] {
  return (items ?? []).flatMap((i) => i.children.contacts ?? []).map((q) => buildContactRef(ctx, q)).filter((r) => r !== undefined);
}

function buildContactRef(ctx: BuildContext, node: C.QualifiedNameCstNode): ContactRef | undefined {
  const party = ctx.name(node.children.qualifier);
  if (!party) return undefined;
  return { party, contact: ctx.name(node.children.name), range: ctx.nodeRange(node) };
}

export function buildProtocol(ctx: BuildContext, node: C.IncidentProtocolCstNode): IncidentProtocol {
  const items = (node.children.protocolItem ?? []).map((i) => i);
  const triggers: TriggerCondition[] = [];
  const notifications: Notification[] = [];
  const reports: IncidentReport[] = [];
  const escalations: Escalation[] = [];
  let content: Text | undefined;
  const contacts: ContactRef[] = [];
  for (const item of items) {
    const c = item.children;
    const range = ctx.nodeRange(item);
    if (c.contactsItem) contacts.push(...contactRefs(ctx, c.contactsItem));
    if (c.Kw_when) {
      for (const condition of c.conditions ?? []) {
        const attribute = ctx.name(condition.children.attribute);
        if (attribute) triggers.push({ attribute, value: wordOrString(ctx, condition.children.value?.[0]), range: ctx.nodeRange(condition) });
      }
    } else if (c.Kw_notify) {
      notifications.push({ type: 'Notification', recipients: ctx.names(c.recipients?.[0]?.children.items), deadline: deadline(ctx, c.deadline?.[0]), range });
    } else if (c.Kw_report) {
      reports.push({ type: 'IncidentReport', stage: ctx.name(c.stage), deadline: deadline(ctx, c.deadline?.[0]), range });
    } else if (c.Kw_escalate) {
      escalations.push({ type: 'Escalation', to: ctx.name(c.escalateTo), deadline: deadline(ctx, c.deadline?.[0]), range });
    } else if (c.Kw_content) {
      content ??= prose(ctx, c.content?.[0]);
    }
  }
  return { type: 'IncidentProtocol', id: ctx.name(node.children.id), triggers, notifications, reports, escalations, content, contacts, range: ctx.nodeRange(node) };
}

function deadline(ctx: BuildContext, node: C.DeadlineCstNode | undefined): Deadline | undefined {
  if (!node) return undefined;
  return { within: ctx.quantity(node.children.within?.[0]), via: ctx.name(node.children.via), range: ctx.nodeRange(node) };
}

export function buildCadence(ctx: BuildContext, node: C.CadenceCstNode | undefined): Cadence | undefined {
  if (!node) return undefined;
  const range = ctx.nodeRange(node);
  const c = node.children;
  if (c.Kw_annually || c.Kw_biennially) {
    const months = c.Kw_annually ? 12 : 24;
    const hours = months * 720;
    return {
      word: c.Kw_annually ? 'annually' : 'biennially',
      interval: { amount: months, unit: { text: 'months', value: 'month', range }, hours, days: hours / 24, range },
      range,
    };
  }
  return { word: 'every', interval: ctx.quantity(c.interval?.[0]), range };
}

export function buildExercise(ctx: BuildContext, node: C.ExerciseCstNode): Exercise {
  const c = node.children;
  const items = (c.exerciseItem ?? []).map((i) => i.children);
  const first = <K extends keyof C.ExerciseItemCstChildren>(key: K) => items.find((i) => i[key])?.[key];
  return {
    type: 'Exercise',
    id: ctx.name(c.id),
    cadence: buildCadence(ctx, c.cadence?.[0]),
    lead: ctx.name(c.lead),
    participants: ctx.names(c.participants?.[0]?.children.items),
    scope: prose(ctx, first('scope')?.[0]),
    first: ctx.date(first('first')),
    contacts: contactRefs(ctx, items.flatMap((i) => i.contactsItem ?? [])),
    range: ctx.nodeRange(node),
  };
}

export function buildCooperation(ctx: BuildContext, node: C.CooperationCstNode): Cooperation {
  const c = node.children;
  const items = (c.cooperationItem ?? []).map((i) => i.children);
  const first = <K extends keyof C.CooperationItemCstChildren>(key: K) => items.find((i) => i[key])?.[key];
  const kindToken = ctx.token(c.Kw_capacity_building) ?? ctx.token(c.Kw_technology_transfer);
  const range = ctx.nodeRange(node);
  return {
    type: 'Cooperation',
    kind: kindToken
      ? { text: kindToken.image, value: kindToken.image === 'capacity-building' ? 'capacity-building' : 'technology-transfer', range: ctx.tokenRange(kindToken) }
      : { text: '', value: undefined, range },
    id: ctx.name(c.id),
    providers: ctx.names(c.providers?.[0]?.children.items),
    beneficiaries: ctx.names(c.beneficiaries?.[0]?.children.items),
    activities: items.flatMap((i) => i.activities ?? []).flatMap((l) => ctx.names(l.children.items)),
    description: prose(ctx, first('description')?.[0]),
    intellectualProperty: wordOrString(ctx, first('intellectualProperty')?.[0]),
    range,
  };
}

export function buildBody(ctx: BuildContext, node: C.GovernanceBodyCstNode): GovernanceBody {
  const c = node.children;
  const items = (c.bodyItem ?? []).map((i) => i.children);
  const first = <K extends keyof C.BodyItemCstChildren>(key: K) => items.find((i) => i[key])?.[key];
  return {
    type: 'GovernanceBody',
    id: ctx.name(c.id),
    name: ctx.text(c.name),
    members: items.flatMap((i) => i.members ?? []).flatMap((l) => ctx.names(l.children.items)),
    meets: buildCadence(ctx, first('meets')?.[0]),
    chair: ctx.name(first('chair')),
    mandate: prose(ctx, first('mandate')?.[0]),
    range: ctx.nodeRange(node),
  };
}

export function buildDefinition(ctx: BuildContext, node: C.DefinitionCstNode): Definition {
  return { type: 'Definition', term: ctx.text(node.children.term), meaning: prose(ctx, node.children.meaning?.[0]), range: ctx.nodeRange(node) };
}

/**
 * `clause Id ["Heading"] [about …] [from library "ref"] [body]`. The parser takes a lone plain
 * string as the heading; when there is no body and no library reference, that string is the body.
 */
export function buildClause(ctx: BuildContext, node: C.ClauseCstNode): Clause {
  const c = node.children;
  let heading = ctx.text(c.heading);
  let body = prose(ctx, c.body?.[0]);
  const libraryRef = ctx.text(c.libraryRef);
  if (!body && !libraryRef && heading) {
    body = heading;
    heading = undefined;
  }
  return {
    type: 'Clause',
    id: ctx.name(c.id),
    heading,
    topics: ctx.names(c.topics?.[0]?.children.items),
    libraryRef,
    body,
    range: ctx.nodeRange(node),
  };
}

export function buildAssistance(ctx: BuildContext, node: C.AssistanceCstNode): Assistance {
  const items = (node.children.assistanceItem ?? []).map((i) => i.children);
  const first = <K extends keyof C.AssistanceItemCstChildren>(key: K) => items.find((i) => i[key])?.[key];
  // One `central authority` statement names one party and its authority.
  const centralAuthorities = items
    .filter((i) => i.Kw_central)
    .map((i) => ({ party: ctx.name(i.authorityParty), name: ctx.text(i.authorityName) }))
    .filter((a): a is { party: NonNullable<typeof a.party>; name: Text | undefined } => a.party !== undefined);
  return {
    type: 'Assistance',
    basis: items.flatMap((i) => i.basis ?? []).flatMap((l) => ctx.names(l.children.items)),
    preservation: ctx.quantity(first('preservation')?.[0]),
    centralAuthorities,
    mlaTreaty: ctx.text(first('mlaTreaty')),
    range: ctx.nodeRange(node),
  };
}

function prose(ctx: BuildContext, node: C.ProseCstNode | undefined): Text | undefined {
  return node ? ctx.text(node.children.text) : undefined;
}

/**
 * The builder of each declaration kind, by the rule that parses it (the construct table's row
 * names the same rule). Typed by the AST's kinds: a kind without a builder does not compile.
 */
export const declarationBuilders: { readonly [K in DeclarationKind]: (ctx: BuildContext, node: CstNode) => DeclarationOf<K> } = {
  Use: (ctx, node) => buildUse(ctx, node as C.UseCstNode),
  Party: (ctx, node) => buildParty(ctx, node as C.PartyCstNode),
  SecurityAgreement: (ctx, node) => buildSecurityAgreement(ctx, node as C.SecurityAgreementCstNode),
  Channel: (ctx, node) => buildChannel(ctx, node as C.ChannelCstNode),
  IncidentProtocol: (ctx, node) => buildProtocol(ctx, node as C.IncidentProtocolCstNode),
  Exercise: (ctx, node) => buildExercise(ctx, node as C.ExerciseCstNode),
  Cooperation: (ctx, node) => buildCooperation(ctx, node as C.CooperationCstNode),
  GovernanceBody: (ctx, node) => buildBody(ctx, node as C.GovernanceBodyCstNode),
  Definition: (ctx, node) => buildDefinition(ctx, node as C.DefinitionCstNode),
  Clause: (ctx, node) => buildClause(ctx, node as C.ClauseCstNode),
  Assistance: (ctx, node) => buildAssistance(ctx, node as C.AssistanceCstNode),
};
