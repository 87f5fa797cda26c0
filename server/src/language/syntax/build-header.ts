/** Builds the instrument header (`memorandum "…" { … }`) from its CST. */
import type { BuildContext } from './build-context';
import type {
  AmendmentClause,
  ConsentClause,
  DisputesClause,
  DurationClause,
  EffectClause,
  GoverningLawClause,
  HeaderItem,
  Instrument,
  LanguagesClause,
  Name,
  SignatureClause,
  StatusClause,
  TerminationClause,
  Text,
  ValueClause,
  Word,
} from '../ast/nodes';
import { instrumentKinds, statuses, type InstrumentKind } from '../ast/vocabulary';
import type { HeaderItemCstNode, InstrumentCstNode, WordOrStringCstNode } from './cst.generated';

const kindKeys: readonly [string, InstrumentKind][] = [
  ['Kw_treaty', 'treaty'],
  ['Kw_memorandum', 'memorandum'],
  ['Kw_arrangement', 'arrangement'],
  ['Kw_framework', 'framework'],
  ['Kw_protocol', 'protocol'],
  ['Kw_annex', 'annex'],
];

export function buildInstrument(ctx: BuildContext, node: InstrumentCstNode): Instrument {
  const c = node.children as unknown as Record<string, import('chevrotain').IToken[] | undefined>;
  let kind: Word<InstrumentKind> | undefined;
  for (const [key, value] of kindKeys) {
    const token = ctx.token(c[key]);
    if (token) kind = { text: token.image, value: instrumentKinds.values.includes(value) ? value : undefined, range: ctx.tokenRange(token) };
  }
  const items = (node.children.headerItem ?? []).map((item) => buildHeaderItem(ctx, item)).filter((i): i is HeaderItem => i !== undefined);
  const firstOf = <T extends HeaderItem['type']>(type: T) => items.find((i) => i.type === type) as Extract<HeaderItem, { type: T }> | undefined;
  const range = ctx.nodeRange(node);
  return {
    type: 'Instrument',
    kind: kind ?? { text: '', value: undefined, range },
    title: ctx.text(node.children.title),
    parent: ctx.text(node.children.parent),
    status: firstOf('Status')?.value,
    languages: firstOf('Languages'),
    signature: firstOf('Signature'),
    effect: firstOf('Effect'),
    consent: firstOf('Consent'),
    duration: firstOf('Duration'),
    termination: firstOf('Termination'),
    amendment: firstOf('Amendment'),
    disputes: firstOf('Disputes'),
    governingLaw: firstOf('GoverningLaw'),
    depositary: items.find((i): i is ValueClause => i.type === 'Depositary'),
    registration: items.find((i): i is ValueClause => i.type === 'Registration'),
    reservations: items.find((i): i is ValueClause => i.type === 'Reservations'),
    items,
    range,
  };
}

function buildHeaderItem(ctx: BuildContext, node: HeaderItemCstNode): HeaderItem | undefined {
  const c = node.children;
  if (c.statusItem) {
    const s = c.statusItem[0];
    const item: StatusClause = {
      type: 'Status',
      keyword: keywordRange(ctx, s.children.Kw_status),
      value: ctx.word(statuses, s.children.value),
      range: ctx.nodeRange(s),
    };
    return item;
  }
  if (c.languagesItem) {
    const l = c.languagesItem[0].children;
    const validityToken = ctx.token(l.Kw_authentic) ?? ctx.token(l.Kw_equally_valid);
    const item: LanguagesClause = {
      type: 'Languages',
      keyword: keywordRange(ctx, l.Kw_languages),
      languages: ctx.names(l.languages?.[0]?.children.items),
      validity: validityToken
        ? ctx.keywordWord(validityToken, validityToken.image === 'authentic' ? 'authentic' : 'equally-valid')
        : undefined,
      prevailing: ctx.name(l.prevailing),
      range: ctx.nodeRange(c.languagesItem[0]),
    };
    return item;
  }
  if (c.signatureItem) {
    const s = c.signatureItem[0].children;
    const signed = ctx.token(s.Kw_signed);
    const done = ctx.token(s.Kw_done);
    const keyword = signed ? ctx.keywordWord(signed, 'signed' as const) : ctx.keywordWord(done, 'done' as const);
    const range = ctx.nodeRange(c.signatureItem[0]);
    const item: SignatureClause = {
      type: 'Signature',
      keyword: keyword ?? { text: '', value: undefined, range },
      place: ctx.text(s.place),
      date: ctx.date(s.date),
      range,
    };
    return item;
  }
  if (c.effectItem) {
    const e = c.effectItem[0].children;
    const countToken = ctx.token(e.count);
    const event = ctx.name(e.onEvent) ?? ctx.name(e.event);
    const item: EffectClause = {
      type: 'Effect',
      keyword: keywordRange(ctx, e.Kw_effect),
      date: ctx.date(e.date),
      event: event ? { ...event, value: event.text.toLowerCase() } : undefined,
      delay: ctx.quantity(e.delay?.[0]),
      afterLast: ctx.token(e.Kw_last) !== undefined,
      count: countToken ? Number(countToken.image) : undefined,
      countRange: countToken ? ctx.tokenRange(countToken) : undefined,
      range: ctx.nodeRange(c.effectItem[0]),
    };
    return item;
  }
  if (c.consentItem) {
    const k = c.consentItem[0].children;
    const item: ConsentClause = {
      type: 'Consent',
      keyword: keywordRange(ctx, k.Kw_consent),
      means: ctx.names(k.means?.[0]?.children.items).map((n) => ({ ...n, value: n.text.toLowerCase() })),
      range: ctx.nodeRange(c.consentItem[0]),
    };
    return item;
  }
  if (c.durationItem) {
    const d = c.durationItem[0].children;
    const indefinite = ctx.name(d.indefinite);
    const renewable = ctx.token(d.Kw_renewable);
    const item: DurationClause = {
      type: 'Duration',
      keyword: keywordRange(ctx, d.Kw_duration),
      term: ctx.quantity(d.term?.[0]),
      indefinite: indefinite ? { ...indefinite, value: indefinite.text === 'indefinite' ? 'indefinite' : undefined } : undefined,
      renewable: renewable ? ctx.tokenRange(renewable) : undefined,
      renewalTerm: ctx.quantity(d.renewalTerm?.[0]),
      range: ctx.nodeRange(c.durationItem[0]),
    };
    return item;
  }
  if (c.terminationItem) {
    const t = c.terminationItem[0].children;
    const token = ctx.token(t.Kw_termination) ?? ctx.token(t.Kw_withdrawal) ?? ctx.token(t.Kw_discontinue) ?? ctx.token(t.Kw_denunciation);
    const range = ctx.nodeRange(c.terminationItem[0]);
    const item: TerminationClause = {
      type: 'Termination',
      keyword: token
        ? { text: token.image, value: token.image as TerminationClause['keyword']['text'] & TerminationClause['keyword']['value'], range: ctx.tokenRange(token) }
        : { text: '', value: undefined, range },
      notice: ctx.quantity(t.notice?.[0]),
      range,
    };
    return item;
  }
  if (c.amendmentItem) {
    const a = c.amendmentItem[0].children;
    const words = ctx.names(a.words);
    const item: AmendmentClause = {
      type: 'Amendment',
      keyword: keywordRange(ctx, a.Kw_amendment),
      words,
      procedure: words.map((w) => w.text).join(' '),
      range: ctx.nodeRange(c.amendmentItem[0]),
    };
    return item;
  }
  if (c.disputesItem) {
    const d = c.disputesItem[0].children;
    const item: DisputesClause = {
      type: 'Disputes',
      keyword: keywordRange(ctx, d.Kw_disputes),
      means: ctx.names(d.means?.[0]?.children.items),
      forum: ctx.text(d.forum),
      range: ctx.nodeRange(c.disputesItem[0]),
    };
    return item;
  }
  if (c.governingLawItem) {
    const g = c.governingLawItem[0].children;
    const item: GoverningLawClause = {
      type: 'GoverningLaw',
      keyword: keywordRange(ctx, g.Kw_governing ?? g.Kw_applicable),
      law: wordOrString(ctx, g.law?.[0]),
      range: ctx.nodeRange(c.governingLawItem[0]),
    };
    return item;
  }
  if (c.depositaryItem) return valueClause(ctx, 'Depositary', c.depositaryItem[0].children.Kw_depositary, c.depositaryItem[0].children.depositary?.[0], ctx.nodeRange(c.depositaryItem[0]));
  if (c.registrationItem) return valueClause(ctx, 'Registration', c.registrationItem[0].children.Kw_registration, c.registrationItem[0].children.registration?.[0], ctx.nodeRange(c.registrationItem[0]));
  if (c.reservationsItem) return valueClause(ctx, 'Reservations', c.reservationsItem[0].children.Kw_reservations, c.reservationsItem[0].children.reservations?.[0], ctx.nodeRange(c.reservationsItem[0]));
  return undefined;
}

function valueClause(
  ctx: BuildContext,
  type: ValueClause['type'],
  keyword: import('chevrotain').IToken[] | undefined,
  value: WordOrStringCstNode | undefined,
  range: import('../ast/positions').Range,
): ValueClause {
  return { type, keyword: keywordRange(ctx, keyword), value: wordOrString(ctx, value), range };
}

export function wordOrString(ctx: BuildContext, node: WordOrStringCstNode | undefined): Name | Text | undefined {
  if (!node) return undefined;
  return ctx.name(node.children.word) ?? ctx.text(node.children.text);
}

function keywordRange(ctx: BuildContext, tokens: import('chevrotain').IToken[] | undefined) {
  const token = ctx.token(tokens);
  return token ? ctx.tokenRange(token) : ctx.lines.range(0, 0);
}
