/** Builds the declarations about who shares what: parties and contacts, security agreements, channels, incident protocols. */
import type { IToken } from 'chevrotain';
import type {
  Channel,
  ChannelDeadline,
  Contact,
  ContactRef,
  Deadline,
  Escalation,
  IncidentProtocol,
  IncidentReport,
  HandlingMarking,
  LevelEquivalence,
  LevelMarking,
  Name,
  Notification,
  Party,
  SecurityAgreement,
  Text,
  TriggerCondition,
} from '../ast/nodes';
import type { DeadlineStandard, Vocabulary } from '../ast/vocabulary';
import { channel } from '../constructs/channel';
import { party } from '../constructs/party';
import { securityAgreement } from '../constructs/security-agreement';
import { sharedSlots } from '../constructs/shared';
import type { BuildContext } from './build-context';
import { wordOrString } from './build-header';
import type * as C from './cst.generated';
import { ItemsByName } from './items-by-name';

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
    classOf: buildPartyClass(ctx, items.find((i) => i.children.Kw_class)),
    range,
  };
}

/** `class open` · `class closed of 16` */
function buildPartyClass(ctx: BuildContext, item: C.PartyItemCstNode | undefined): Party['classOf'] {
  if (!item) return undefined;
  const sizeToken = ctx.token(item.children.classSize);
  return {
    openness: ctx.closed(party.slots['partyItem.openness'], item.children.openness),
    size: sizeToken ? Number(sizeToken.image) : undefined,
    range: ctx.nodeRange(item),
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
    from: ctx.closed(securityAgreement.slots['securityAgreement.floor'], c.floor),
    equivalences: items.flatMap((i) => i.levelEquivalence ?? []).map((n) => buildEquivalence(ctx, n)),
    breachProcedure: ctx.text(items.find((i) => i.breachProcedure)?.breachProcedure?.[0]?.children.text?.[0]?.children.text),
    scheme: ctx.closed(securityAgreement.slots['securityAgreementItem.scheme'], items.find((i) => i.scheme)?.scheme),
    schemeName: ctx.text(items.find((i) => i.schemeName)?.schemeName),
    concluded: concludedAgreement(ctx, items.find((i) => i.Kw_concluded)),
    range: ctx.nodeRange(node),
  };
}

function concludedAgreement(ctx: BuildContext, item: C.SecurityAgreementItemCstChildren | undefined): SecurityAgreement['concluded'] {
  const keyword = ctx.token(item?.Kw_concluded);
  if (!item || !keyword) return undefined;
  const place = ctx.text(item.concludedAt);
  const date = ctx.date(item.concludedOn);
  const start = ctx.tokenRange(keyword);
  const end = date?.range ?? place?.range ?? start;
  return { keyword: start, place, date, range: { start: start.start, end: end.end } };
}

function buildEquivalence(ctx: BuildContext, node: C.LevelEquivalenceCstNode): LevelEquivalence {
  const c = node.children;
  const markings = (c.cells ?? []).map((cell) => buildLevelMarking(ctx, cell)).filter((m): m is LevelMarking => m !== undefined);
  return { type: 'LevelEquivalence', level: ctx.closed(securityAgreement.slots['levelEquivalence.level'], c.level), markings, range: ctx.nodeRange(node) };
}

function buildLevelMarking(ctx: BuildContext, node: C.LevelMarkingCstNode): LevelMarking | undefined {
  const c = node.children;
  reportExtraWords(ctx, c.extra);
  const party = ctx.name(c.party);
  if (!party) return undefined;
  return {
    party,
    marking: ctx.text(c.marking),
    none: ctx.closed(securityAgreement.slots['levelMarking.none'], c.none),
    handling: ctx.closed(securityAgreement.slots['levelMarking.handling'], c.handling),
    handledAs: ctx.text(c.handledAs),
  };
}

/** Words after a cell of an equivalence table, up to the next comma: one syntax error for the run. */
function reportExtraWords(ctx: BuildContext, tokens: IToken[] | undefined): void {
  const extra = (tokens ?? []).filter((t) => ctx.token([t]) !== undefined);
  if (extra.length === 0) return;
  const unterminated = extra.find((t) => t.tokenType.name.startsWith('Unterminated'));
  if (unterminated) {
    const closer = unterminated.tokenType.name === 'UnterminatedTripleString' ? '"""' : '"';
    ctx.problems.push({ message: `This text is never closed: end it with ${closer}.`, range: ctx.tokenRange(unterminated), source: 'lexer' });
    return;
  }
  const first = extra[0];
  const last = extra[extra.length - 1];
  const shown = first.image.length > 30 ? first.image.slice(0, 27) + '…' : first.image;
  ctx.problems.push({
    message: `Unexpected '${shown}' in a row of the equivalence table: a cell is a party and its marking in quotes (\`FI "SALAINEN"\`) or \`none\` (\`SE none\`, \`SE none safeguarded-as "HEMLIG"\`), and cells are separated by commas.`,
    range: ctx.lines.range(first.startOffset, last.startOffset + last.image.length),
    source: 'parser',
  });
}

/**
 * Recipients in the text's words after `to` say whom a consent opens; after another rule nothing
 * prints them, so they would vanish from the export without a word.
 */
function reportWordsWithoutConsent(ctx: BuildContext, onward: Channel['onwardSharing'], described: readonly Text[]): void {
  if (described.length === 0 || !onward?.value || onward.value === 'with-consent' || onward.value === 'with-written-consent') return;
  ctx.problems.push({
    message: `Recipients in quotes after \`to\` are those a consent opens (\`onward sharing with-written-consent to "other Government authorities of the Contracting Parties"\`); after '${onward.text}' they are not printed: make the rule \`with-consent\` or \`with-written-consent\`, or name declared parties.`,
    range: { start: described[0].range.start, end: described[described.length - 1].range.end },
    source: 'parser',
  });
}

/**
 * `modality as-written` prints the channel's undertaking only in the text's words (`exchange "…"`)
 * and no generated sentence; without words, the export would say nothing of what the Parties
 * undertake, and the drafter would not know it.
 */
function reportAsWrittenWithoutWords(ctx: BuildContext, modality: Channel['modality'], words: Text | undefined): void {
  if (modality?.value !== 'as-written' || words !== undefined) return;
  ctx.problems.push({
    message: '`modality as-written` prints the channel\'s undertaking only in the text\'s own words, written after `exchange` in quotes (`exchange "States Parties shall cooperate closely …"`); this channel has none, so its export would not say what the Parties undertake: add the words, or write `shall`, `shall-endeavour` or `may`.',
    range: modality.range,
    source: 'parser',
  });
}

export function buildChannel(ctx: BuildContext, node: C.ChannelCstNode): Channel {
  const c = node.children;
  const items = new ItemsByName((c.channelItem ?? []).map((i) => i.children));
  const first = <K extends keyof C.ChannelItemCstChildren>(key: K) => items.first(key);
  const lists = (key: 'safeguards' | 'hedges') => {
    const names: Name[] = [];
    for (const item of items.having(key)) for (const list of item[key] ?? []) ctx.namesIn([list.children], 'items', names);
    return names;
  };
  const classificationItem = items.having('level')[0];
  const from = ctx.token(classificationItem?.Kw_from);
  const except = first('onwardExcept')?.[0]?.children;
  const to = first('onwardTo')?.[0]?.children;
  const toAll = to ? recipients(ctx, to) : [];
  const onwardSharing = ctx.closed(channel.slots['channelItem.onward'], first('onward'));
  const onwardToDescribed = toAll.filter((r): r is Text => 'multiline' in r);
  reportWordsWithoutConsent(ctx, onwardSharing, onwardToDescribed);
  const modality = ctx.closed(channel.slots['channelItem.modality'], first('modality'));
  const hedgeText = ctx.prose(first('hedgeText')?.[0]);
  reportAsWrittenWithoutWords(ctx, modality, hedgeText);
  return {
    type: 'Channel',
    id: ctx.name(c.id),
    members: ctx.names(c.members?.[0]?.children.items),
    senders: ctx.namesIn(items.having('senders'), 'senders'),
    carries: ctx.namesIn(items.having('carries'), 'carries').map((n) => ({ text: n.text, range: n.range, value: lookupWord(channel.slots['channelItem.carries'].vocabulary, n.text) })),
    carriesText: ctx.textsIn(items.having('carriesText'), 'carriesText'),
    marking: ctx.closed(channel.slots['channelItem.tlp'], first('tlp')),
    handlingMarkings: items
      .having('caveat')
      .map((i) => handlingMarking(ctx, i))
      .filter((m): m is HandlingMarking => m !== undefined),
    classification: ctx.closed(channel.slots['channelItem.level'], classificationItem?.level),
    andAbove: from ? ctx.tokenRange(from) : undefined,
    securityAgreement: ctx.name(first('agreement')),
    onwardSharing,
    onwardTo: toAll.filter((r): r is Name => !('multiline' in r)),
    onwardToDescribed,
    onwardExcept: except ? recipients(ctx, except) : [],
    modality,
    hedges: lists('hedges').map((n) => ({ text: n.text, range: n.range, value: lookupWord(channel.slots['channelItem.hedges'].vocabulary, n.text) })),
    hedgeText,
    deadlines: items
      .having('Kw_deadline')
      .map((i) => channelDeadline(ctx, i))
      .filter((d): d is ChannelDeadline => d !== undefined),
    purpose: ctx.prose(first('purpose')?.[0]),
    safeguards: lists('safeguards'),
    safeguardsText: ctx.prose(first('safeguardsText')?.[0]),
    recipients: ctx.textsIn(items.having('recipients'), 'recipients'),
    contacts: contactRefsIn(ctx, items.having('contactsItem')),
    breachProcedure: ctx.prose(first('breachProcedure')?.[0]?.children.text?.[0]),
    range: ctx.nodeRange(node),
  };
}

function handlingMarking(ctx: BuildContext, item: C.ChannelItemCstChildren): HandlingMarking | undefined {
  const caveat = ctx.closed(channel.slots['channelItem.caveat'], item.caveat);
  if (!caveat) return undefined;
  const text = ctx.prose(item.caveatText?.[0]);
  return { caveat, text, range: { start: caveat.range.start, end: (text ?? caveat).range.end } };
}

function channelDeadline(ctx: BuildContext, item: C.ChannelItemCstChildren): ChannelDeadline | undefined {
  const keyword = ctx.token(item.Kw_deadline);
  if (!keyword) return undefined;
  const start = ctx.tokenRange(keyword);
  const limit = deadline(ctx, item.timeLimit?.[0]);
  const duty = ctx.prose(item.duty?.[0]);
  return { keyword: start, duty, deadline: limit, range: { start: start.start, end: (limit ?? duty)?.range.end ?? start.end } };
}

/** The strings of a list, as plain texts. */
function descriptions(ctx: BuildContext, tokens: IToken[] | undefined): Text[] {
  return (tokens ?? []).map((_, k) => ctx.text(tokens, k)).filter((t) => t !== undefined);
}

/** `NATO, "the Parties' contractors"`, in source order. */
function recipients(ctx: BuildContext, list: C.RecipientListCstChildren): (Name | Text)[] {
  const all: (Name | Text)[] = [...ctx.names(list.ids), ...(list.descriptions ?? []).map((_, k) => ctx.text(list.descriptions, k)).filter((t) => t !== undefined)];
  return all.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function lookupWord<T extends string>(vocab: Vocabulary<T>, text: string): T | undefined {
  return (vocab.values as readonly string[]).includes(text) ? (text as T) : vocab.aliases?.[text];
}

/** The contacts of `contacts EE.Duty, FI.Desk` statements (protocols, exercises). */
export function contactRefs(ctx: BuildContext, items: C.ContactsItemCstNode[] | undefined, into: ContactRef[] = []): ContactRef[] {
  for (const item of items ?? []) {
    for (const name of item.children.contacts ?? []) {
      const ref = buildContactRef(ctx, name);
      if (ref !== undefined) into.push(ref);
    }
  }
  return into;
}

/** The contacts of every `contacts` statement among a block's items (`contactRefs` of them all). */
export function contactRefsIn(ctx: BuildContext, items: readonly { readonly contactsItem?: C.ContactsItemCstNode[] }[]): ContactRef[] {
  const refs: ContactRef[] = [];
  for (const item of items) if (item.contactsItem !== undefined) contactRefs(ctx, item.contactsItem, refs);
  return refs;
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
  let threshold: Text | undefined;
  const contacts: ContactRef[] = [];
  for (const item of items) {
    const c = item.children;
    const range = ctx.nodeRange(item);
    if (c.contactsItem) contactRefs(ctx, c.contactsItem, contacts);
    if (c.Kw_when) {
      for (const condition of c.conditions ?? []) {
        const attribute = ctx.name(condition.children.attribute);
        if (attribute) triggers.push({ attribute, value: wordOrString(ctx, condition.children.value?.[0]), range: ctx.nodeRange(condition) });
      }
    } else if (c.Kw_notify || c.Kw_inform) {
      const recipients = c.recipients?.[0]?.children;
      const notifiers = c.notifiers?.[0]?.children;
      notifications.push({
        type: 'Notification',
        recipients: ctx.names(recipients?.ids),
        describedRecipients: descriptions(ctx, recipients?.descriptions),
        notifiers: ctx.names(notifiers?.ids),
        describedNotifiers: descriptions(ctx, notifiers?.descriptions),
        relay: ctx.name(c.relay),
        relayOptional: c.Kw_directly !== undefined,
        verb: c.Kw_inform ? 'inform' : 'notify',
        deadline: deadline(ctx, c.deadline?.[0]),
        range,
      });
    } else if (c.Kw_report) {
      reports.push({ type: 'IncidentReport', stage: ctx.name(c.stage), deadline: deadline(ctx, c.deadline?.[0]), range });
    } else if (c.Kw_escalate) {
      escalations.push({ type: 'Escalation', to: ctx.name(c.escalateTo), deadline: deadline(ctx, c.deadline?.[0]), range });
    } else if (c.Kw_content) {
      content ??= ctx.prose(c.content?.[0]);
    } else if (c.Kw_threshold) {
      threshold ??= ctx.prose(c.threshold?.[0]);
    }
  }
  return { type: 'IncidentProtocol', id: ctx.name(node.children.id), triggers, notifications, reports, escalations, content, threshold, contacts, range: ctx.nodeRange(node) };
}

function deadline(ctx: BuildContext, node: C.DeadlineCstNode | undefined): Deadline | undefined {
  if (!node) return undefined;
  const c = node.children;
  // The keyword is the word the text uses; its image is the closed value itself.
  const standardToken = c.Kw_forthwith ?? c.Kw_immediately ?? c.Kw_promptly ?? c.Kw_without_delay ?? c.Kw_without_undue_delay;
  const token = ctx.token(standardToken);
  return {
    within: ctx.quantity(c.within?.[0]),
    standard: ctx.keywordWord(token, token?.image as DeadlineStandard),
    start: ctx.closed(sharedSlots['deadline.start'], c.start),
    via: ctx.name(c.via),
    range: ctx.nodeRange(node),
  };
}
