/**
 * Builds the top-level declarations from their CST: the builder table every declaration kind
 * needs an entry in, and the builders of working together and the text itself (exercises,
 * cooperation, bodies, definitions, clauses, assistance). build-sharing.ts has the others.
 */
import type { CstNode } from 'chevrotain';
import type { BuildContext } from './build-context';
import { wordOrString } from './build-header';
import type { MeetingTerm } from '../ast/vocabulary';
import { governanceBody } from '../constructs/governance-body';
import { buildNote } from './build-notes';
import type { Assistance, Cadence, Clause, Cooperation, Definition, Designation, Exercise, GovernanceBody, NonParty, Text, Use, Word } from '../ast/nodes';
import { designation } from '../constructs/designation';
import type { DeclarationKind, DeclarationOf } from '../constructs/table';
import { buildChannel, buildParty, buildProtocol, buildSecurityAgreement, contactRefsIn } from './build-sharing';
import type * as C from './cst.generated';

export function buildUse(ctx: BuildContext, node: C.UseCstNode): Use {
  return { type: 'Use', path: ctx.text(node.children.path), range: ctx.nodeRange(node) };
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
    scope: ctx.prose(first('scope')?.[0]),
    first: ctx.date(first('first')),
    contacts: contactRefsIn(ctx, items),
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
    description: ctx.prose(first('description')?.[0]),
    intellectualProperty: wordOrString(ctx, first('intellectualProperty')?.[0]),
    range,
  };
}

export function buildBody(ctx: BuildContext, node: C.GovernanceBodyCstNode): GovernanceBody {
  const c = node.children;
  const items = (c.bodyItem ?? []).map((i) => i.children);
  const first = <K extends keyof C.BodyItemCstChildren>(key: K) => items.find((i) => i[key])?.[key];
  // `meets as-agreed, on-request, at least annually`: one statement, several ways of meeting.
  const meetings = (first('meets') ?? []).map((m) => m.children);
  const regular = meetings.find((m) => m.cadence || m.minimum || m.inPrinciple);
  const meetingTerms = meetings
    .map((m) => ctx.closed(governanceBody.slots['meeting.term'], m.term))
    .filter((w): w is Word<MeetingTerm> => w !== undefined);
  return {
    type: 'GovernanceBody',
    id: ctx.name(c.id),
    name: ctx.text(c.name),
    members: items.flatMap((i) => i.members ?? []).flatMap((l) => ctx.names(l.children.items)),
    meets: buildCadence(ctx, regular?.cadence?.[0] ?? regular?.minimum?.[0] ?? regular?.inPrinciple?.[0]),
    meetsAtLeast: regular?.minimum !== undefined,
    ...(regular?.inPrinciple !== undefined ? { meetsInPrinciple: true as const } : {}),
    meetingTerms,
    chair: ctx.name(first('chair')),
    mandate: ctx.prose(first('mandate')?.[0]),
    range: ctx.nodeRange(node),
  };
}

/** `non-party IAEA "International Atomic Energy Agency"`. */
export function buildNonParty(ctx: BuildContext, node: C.NonPartyCstNode): NonParty {
  return { type: 'NonParty', id: ctx.name(node.children.id), name: ctx.text(node.children.name), range: ctx.nodeRange(node) };
}

export function buildDefinition(ctx: BuildContext, node: C.DefinitionCstNode): Definition {
  return { type: 'Definition', term: ctx.text(node.children.term), meaning: ctx.prose(node.children.meaning?.[0]), range: ctx.nodeRange(node) };
}

/**
 * `clause Id ["Heading"] [about …] [from library "ref"] [body]`. The parser takes a lone plain
 * string as the heading; when there is no body and no library reference, that string is the body.
 */
export function buildClause(ctx: BuildContext, node: C.ClauseCstNode): Clause {
  const c = node.children;
  let heading = ctx.text(c.heading);
  let body = ctx.prose(c.body?.[0]);
  const libraryRef = ctx.text(c.libraryRef);
  const about = (c.about ?? []).map((a) => ({ topics: ctx.names(a.children.topics?.[0]?.children.items), for: ctx.names(a.children.for?.[0]?.children.items) }));
  if (!body && !libraryRef && heading) {
    body = heading;
    heading = undefined;
  }
  return {
    type: 'Clause',
    id: ctx.name(c.id),
    heading,
    topics: about.flatMap((a) => a.topics),
    about,
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
    preservationMinimum: items.some((i) => i.preservation && i.atLeast),
    centralAuthorities,
    mlaTreaty: ctx.text(first('mlaTreaty')),
    range: ctx.nodeRange(node),
  };
}

export function buildDesignation(ctx: BuildContext, node: C.DesignationCstNode): Designation {
  const c = node.children;
  const keyword = ctx.token(c.Kw_designate);
  const range = ctx.nodeRange(node);
  return {
    type: 'Designation',
    keyword: keyword ? ctx.tokenRange(keyword) : range,
    role: ctx.closed(designation.slots['designation.role'], c.role),
    party: ctx.name(c.party),
    name: ctx.text(c.name),
    availability: ctx.closed(designation.slots['designation.hours'], c.hours),
    for: ctx.names(c.for?.[0]?.children.items),
    notifiedTo: ctx.prose(c.notifiedTo?.[0]),
    range,
  };
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
  Note: (ctx, node) => buildNote(ctx, node as C.NoteCstNode),
  Designation: (ctx, node) => buildDesignation(ctx, node as C.DesignationCstNode),
  NonParty: (ctx, node) => buildNonParty(ctx, node as C.NonPartyCstNode),
};
