/** Builds the instrument header (`memorandum "…" { … }`) from its CST. */
import { unescapeString, type BuildContext } from './build-context';
import { StringLiteral } from './tokens';
import type {
  AmendmentClause,
  ConsentClause,
  DepositaryClause,
  DisputesClause,
  DurationClause,
  GoverningLawClause,
  HeaderItem,
  ImplementedByClause,
  SubsequentEffectClause,
  ImplementsClause,
  Instrument,
  LanguagesClause,
  Name,
  OmittedClause,
  SignatureClause,
  StatusClause,
  TerminationClause,
  Text,
  ValueClause,
  Word,
} from '../ast/nodes';
import { instrumentKinds, type InstrumentKind } from '../ast/vocabulary';
import { readSubsequently } from '../ast/later-consents';
import { instrument } from '../constructs/instrument';
import {
  buildAmends,
  buildEffect,
  buildForm,
  buildIncorporation,
  buildOpened,
  buildEnteredIntoForce,
  buildOriginals,
  buildProvisionalApplication,
  buildSignings,
  buildSubsequentEffect,
  buildUnless,
  consentMeans,
  indefiniteRenewal,
  initialPeriod,
} from './build-final-clauses';
import type {
  AmendmentItemCstNode,
  ConsentItemCstNode,
  DepositaryItemCstNode,
  DisputesItemCstNode,
  DurationItemCstNode,
  GoverningLawItemCstNode,
  ArticleRefCstNode,
  HeaderItemCstNode,
  ImplementedByItemCstNode,
  ImplementsItemCstNode,
  InstrumentCstNode,
  LanguagesItemCstNode,
  OmittedItemCstNode,
  RegistrationItemCstNode,
  ReservationsItemCstNode,
  SignatureItemCstNode,
  StatusItemCstNode,
  TerminationItemCstNode,
  WordOrStringCstNode,
} from './cst.generated';

const kindKeys: readonly [string, InstrumentKind][] = [
  ['Kw_treaty', 'treaty'],
  ['Kw_memorandum', 'memorandum'],
  ['Kw_arrangement', 'arrangement'],
  ['Kw_framework', 'framework'],
  ['Kw_protocol', 'protocol'],
  ['Kw_annex', 'annex'],
  ['Kw_declaration', 'declaration'],
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
    depositary: firstOf('Depositary'),
    registration: items.find((i): i is ValueClause => i.type === 'Registration'),
    reservations: items.find((i): i is ValueClause => i.type === 'Reservations'),
    subsequentEffect: firstOf('SubsequentEffect'),
    subsequentEffects: readSubsequently(items.filter((i): i is SubsequentEffectClause => i.type === 'SubsequentEffect')),
    provisionalApplication: firstOf('ProvisionalApplication'),
    openedForSignature: firstOf('OpenedForSignature'),
    form: firstOf('Form'),
    incorporations: items.filter((i) => i.type === 'Incorporation'),
    implements: firstOf('Implements'),
    implementedBy: items.filter((i): i is ImplementedByClause => i.type === 'ImplementedBy'),
    amends: firstOf('Amends'),
    omitted: firstOf('Omitted'),
    enteredIntoForce: firstOf('EnteredIntoForce'),
    items,
    range,
  };
}

/** A header statement: the first statement rule the item parsed, built by its entry below. */
function buildHeaderItem(ctx: BuildContext, node: HeaderItemCstNode): HeaderItem | undefined {
  for (const type of headerItemTypes) {
    const entry = headerItemBuilders[type];
    const statement = node.children[entry.rule]?.[0];
    if (statement) return entry.build(ctx, statement as never);
  }
  return undefined;
}

type HeaderBuilder<K extends HeaderItem['type'], R extends keyof HeaderItemCstNode['children']> = {
  /** The grammar rule of the statement (the construct table's instrument row lists the same statements). */
  readonly rule: R;
  build(ctx: BuildContext, node: NonNullable<HeaderItemCstNode['children'][R]>[number]): HeaderItem & { type: K };
};

/** One builder per header statement type of the AST: a type without one does not compile. */
const headerItemBuilders: { readonly [K in HeaderItem['type']]: HeaderBuilder<K, keyof HeaderItemCstNode['children']> } = {
  Status: {
    rule: 'statusItem',
    build: (ctx, s: StatusItemCstNode): StatusClause => ({
      type: 'Status',
      keyword: keywordRange(ctx, s.children.Kw_status),
      value: ctx.closed(instrument.slots['statusItem.value'], s.children.value),
      stated: ctx.keywordWord(ctx.token(s.children.Kw_unstated), 'unstated' as const),
      range: ctx.nodeRange(s),
    }),
  },
  Languages: {
    rule: 'languagesItem',
    build: (ctx, node: LanguagesItemCstNode): LanguagesClause => {
      const l = node.children;
      const validityToken = ctx.token(l.Kw_authentic) ?? ctx.token(l.Kw_equally_valid);
      return {
        type: 'Languages',
        keyword: keywordRange(ctx, l.Kw_languages),
        languages: ctx.names(l.languages?.[0]?.children.items),
        validity: validityToken ? ctx.keywordWord(validityToken, validityToken.image === 'authentic' ? 'authentic' : 'equally-valid') : undefined,
        prevailing: ctx.name(l.prevailing),
        range: ctx.nodeRange(node),
      };
    },
  },
  Signature: {
    rule: 'signatureItem',
    build: (ctx, node: SignatureItemCstNode): SignatureClause => {
      const s = node.children;
      const signed = ctx.token(s.Kw_signed);
      const done = ctx.token(s.Kw_done);
      const issued = ctx.token(s.Kw_issued);
      const keyword: SignatureClause['keyword'] | undefined = signed
        ? ctx.keywordWord(signed, 'signed' as const)
        : done
          ? ctx.keywordWord(done, 'done' as const)
          : ctx.keywordWord(issued, 'issued' as const);
      const range = ctx.nodeRange(node);
      return {
        type: 'Signature',
        keyword: keyword ?? { text: '', value: undefined, range },
        signer: ctx.name(s.signer),
        place: ctx.text(s.place),
        date: ctx.date(s.date),
        unstatedDate: ctx.keywordWord(ctx.token(s.Kw_unstated), 'unstated' as const),
        more: buildSignings(ctx, s.more),
        originals: buildOriginals(ctx, s.originals?.[0]),
        depositedWith: wordOrString(ctx, s.depositedWith?.[0]),
        without: ctx.closed(instrument.slots['signatureItem.without'], s.without),
        range,
      };
    },
  },
  Effect: { rule: 'effectItem', build: buildEffect },
  Consent: {
    rule: 'consentItem',
    build: (ctx, node: ConsentItemCstNode): ConsentClause => {
      const read = (node.children.means ?? []).map((list) => consentMeans(ctx, list));
      const lists = read.map((list) => list.map((item) => item.means));
      // `… for NL, … for US`: the i-th list is the i-th party's (a hole recovery leaves is an undefined party).
      const parties = node.children.party ?? [];
      return {
        type: 'Consent',
        keyword: keywordRange(ctx, node.children.Kw_consent),
        means: lists.flat(),
        byParty: parties.length === 0 ? [] : lists.map((means, index) => ({ means, party: ctx.name(parties, index) })),
        openings: read.flat().flatMap((item) => (item.opening ? [item.opening] : [])),
        invitations: read.flat().flatMap((item) => (item.invitation ? [item.invitation] : [])),
        range: ctx.nodeRange(node),
      };
    },
  },
  Duration: {
    rule: 'durationItem',
    build: (ctx, node: DurationItemCstNode): DurationClause => {
      const d = node.children;
      const indefinite = ctx.name(d.indefinite);
      const renewable = ctx.token(d.Kw_renewable);
      return {
        type: 'Duration',
        keyword: keywordRange(ctx, d.Kw_duration),
        term: ctx.quantity(d.term?.[0]),
        indefinite: indefinite ? { ...indefinite, value: indefinite.text === 'indefinite' ? 'indefinite' : undefined } : undefined,
        renewable: renewable ? ctx.tokenRange(renewable) : undefined,
        renewal: ctx.closed(instrument.slots['durationItem.renewal'], d.renewal),
        renewalTerm: ctx.quantity(d.renewalTerm?.[0]),
        renewalIndefinite: indefiniteRenewal(ctx, d.renewalIndefinite, d.renewalPeriod),
        unless: buildUnless(ctx, d.unlessTerms?.[0]),
        range: ctx.nodeRange(node),
      };
    },
  },
  Termination: {
    rule: 'terminationItem',
    build: (ctx, node: TerminationItemCstNode): TerminationClause => {
      const t = node.children;
      const token = ctx.token(t.Kw_termination) ?? ctx.token(t.Kw_withdrawal) ?? ctx.token(t.Kw_discontinue) ?? ctx.token(t.Kw_denunciation);
      const range = ctx.nodeRange(node);
      return {
        type: 'Termination',
        keyword: token
          ? { text: token.image, value: token.image as TerminationClause['keyword']['text'] & TerminationClause['keyword']['value'], range: ctx.tokenRange(token) }
          : { text: '', value: undefined, range },
        afterInitial: initialPeriod(ctx, t.afterInitial, t.afterPeriod),
        notice: ctx.quantity(t.notice?.[0]),
        noticeMinimum: (t.atLeast?.length ?? 0) > 0,
        range,
      };
    },
  },
  Amendment: {
    rule: 'amendmentItem',
    build: (ctx, node: AmendmentItemCstNode): AmendmentClause => {
      const tokens = node.children.words ?? [];
      // A word in quotes is the word itself (`mutual "consent"`); the quotes only keep it a word.
      const words = tokens.map((t) => ({ text: t.tokenType === StringLiteral ? unescapeString(t.image.slice(1, -1)) : t.image, range: ctx.tokenRange(t) }));
      // The words as written: a space where the text has one ("two-thirds, laid down", "Art. 13").
      const procedure = words.map((w, i) => (i > 0 && tokens[i].startOffset > tokens[i - 1].startOffset + tokens[i - 1].image.length ? ' ' : '') + w.text).join('');
      return { type: 'Amendment', keyword: keywordRange(ctx, node.children.Kw_amendment), words, procedure, range: ctx.nodeRange(node) };
    },
  },
  Disputes: {
    rule: 'disputesItem',
    build: (ctx, node: DisputesItemCstNode): DisputesClause => ({
      type: 'Disputes',
      keyword: keywordRange(ctx, node.children.Kw_disputes),
      means: ctx.names(node.children.means?.[0]?.children.items),
      forum: ctx.text(node.children.forum),
      range: ctx.nodeRange(node),
    }),
  },
  GoverningLaw: {
    rule: 'governingLawItem',
    build: (ctx, node: GoverningLawItemCstNode): GoverningLawClause => ({
      type: 'GoverningLaw',
      keyword: keywordRange(ctx, node.children.Kw_governing ?? node.children.Kw_applicable),
      law: wordOrString(ctx, node.children.law?.[0]),
      range: ctx.nodeRange(node),
    }),
  },
  Depositary: {
    rule: 'depositaryItem',
    build: (ctx, node: DepositaryItemCstNode): DepositaryClause => {
      const values = (node.children.depositary ?? []).map((v) => wordOrString(ctx, v)).filter((v): v is Name | Text => v !== undefined);
      return { type: 'Depositary', keyword: keywordRange(ctx, node.children.Kw_depositary), value: values[0], values, range: ctx.nodeRange(node) };
    },
  },
  Registration: {
    rule: 'registrationItem',
    build: (ctx, node: RegistrationItemCstNode) => valueClause(ctx, 'Registration', node.children.Kw_registration, node.children.registration?.[0], ctx.nodeRange(node)),
  },
  Reservations: {
    rule: 'reservationsItem',
    build: (ctx, node: ReservationsItemCstNode) => valueClause(ctx, 'Reservations', node.children.Kw_reservations, node.children.reservations?.[0], ctx.nodeRange(node)),
  },
  SubsequentEffect: { rule: 'subsequentlyItem', build: buildSubsequentEffect },
  ProvisionalApplication: { rule: 'provisionalItem', build: buildProvisionalApplication },
  OpenedForSignature: { rule: 'openedItem', build: buildOpened },
  Form: { rule: 'formItem', build: buildForm },
  Incorporation: { rule: 'incorporatesItem', build: buildIncorporation },
  Implements: {
    rule: 'implementsItem',
    build: (ctx, node: ImplementsItemCstNode): ImplementsClause => {
      const c = node.children;
      const inherits = c.inherits?.[0]?.children.items ?? [];
      return {
        type: 'Implements',
        keyword: keywordRange(ctx, c.Kw_implements),
        file: ctx.text(c.file),
        agreement: ctx.name(c.agreement),
        article: articleRef(ctx, c.article?.[0]),
        inherits: inherits.map((_, i) => ctx.closed(instrument.slots['implementsItem.inherits'], inherits, i)).filter((w) => w !== undefined),
        range: ctx.nodeRange(node),
      };
    },
  },
  ImplementedBy: {
    rule: 'implementedByItem',
    build: (ctx, node: ImplementedByItemCstNode): ImplementedByClause => {
      const c = node.children;
      return {
        type: 'ImplementedBy',
        keyword: keywordRange(ctx, c.Kw_implemented),
        files: (c.files ?? []).map((_, i) => ctx.text(c.files, i)).filter((t) => t !== undefined),
        article: articleRef(ctx, c.article?.[0]),
        range: ctx.nodeRange(node),
      };
    },
  },
  Amends: { rule: 'amendsItem', build: buildAmends },
  EnteredIntoForce: { rule: 'enteredItem', build: buildEnteredIntoForce },
  Omitted: {
    rule: 'omittedItem',
    build: (ctx, node: OmittedItemCstNode): OmittedClause => ({
      type: 'Omitted',
      keyword: keywordRange(ctx, node.children.Kw_omitted),
      ...omittedParts(ctx, node),
      range: ctx.nodeRange(node),
    }),
  },
};

/** The parts an `omitted` statement names, each with the topics its `about` declares: those after it and before the next part. */
function omittedParts(ctx: BuildContext, node: OmittedItemCstNode): Pick<OmittedClause, 'parts' | 'partTopics'> {
  const partTokens = node.children.parts ?? [];
  const topicTokens = node.children.topics ?? [];
  const parts: Text[] = [];
  const partTopics: Name[][] = [];
  partTokens.forEach((token, i) => {
    const text = ctx.text(partTokens, i);
    if (text === undefined) return;
    const nextStart = partTokens[i + 1]?.startOffset ?? Infinity;
    parts.push(text);
    partTopics.push(ctx.names(topicTokens.filter((t) => t.startOffset > token.startOffset && t.startOffset < nextStart)));
  });
  return { parts, partTopics };
}

/** `article 7` · `article VI` · `article "2.g"`: the number as written. */
function articleRef(ctx: BuildContext, node: ArticleRefCstNode | undefined): Name | Text | undefined {
  const token = ctx.token(node?.children.number);
  if (!token) return undefined;
  return token.image.startsWith('"') ? ctx.text(node?.children.number) : { text: token.image, range: ctx.tokenRange(token) };
}

const headerItemTypes = Object.keys(headerItemBuilders) as HeaderItem['type'][];

function valueClause<K extends ValueClause['type']>(
  ctx: BuildContext,
  type: K,
  keyword: import('chevrotain').IToken[] | undefined,
  value: WordOrStringCstNode | undefined,
  range: import('../ast/positions').Range,
): ValueClause & { type: K } {
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
