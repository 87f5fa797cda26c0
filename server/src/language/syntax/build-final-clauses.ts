/**
 * Builds the final-clause formulas of the header that real instruments use (constructs/
 * final-clauses.ts): the timing shared by `effect`, `subsequently` and `provisional application`,
 * several signatures and the testimonium, automatic renewal, the opening for signature, the form
 * and incorporation by reference, and the recorded date of entry into force. Every builder tolerates the holes error recovery leaves.
 */
import type { IToken } from 'chevrotain';
import type {
  ConsentInvitation,
  ConsentOpening,
  EffectClause,
  EnteredIntoForceClause,
  FirstDayOfMonth,
  FormClause,
  IncorporationClause,
  IndefiniteRenewal,
  InitialPeriod,
  AmendsClause,
  OpenedClause,
  Originals,
  ProvisionalApplicationClause,
  Signing,
  SubsequentEffectClause,
  Timing,
  UnlessTerms,
} from '../ast/nodes';
import type { Range } from '../ast/positions';
import type { Name, Text, Word } from '../ast/values';
import { ordinalMonths, originalsCounts } from '../ast/vocabulary';
import { finalClauseSlots } from '../constructs/final-clauses';
import { instrument } from '../constructs/instrument';
import type { BuildContext } from './build-context';
import type * as C from './cst.generated';

function keywordRange(ctx: BuildContext, tokens: IToken[] | undefined): Range {
  const token = ctx.token(tokens);
  return token ? ctx.tokenRange(token) : ctx.lines.range(0, 0);
}

const noTiming: Timing = {
  date: undefined,
  event: undefined,
  delay: undefined,
  afterLast: false,
  count: undefined,
  countRange: undefined,
  countNoun: undefined,
  including: undefined,
  notifier: undefined,
  addressee: undefined,
  firstDay: undefined,
};

/** `on 2027-05-01` · `on signature` · `on first day of month following 3 months after …` · `30 days after last ratification by 5 States …` */
export function buildTiming(ctx: BuildContext, node: C.TimingCstNode | undefined): Timing {
  if (!node) return noTiming;
  const t = node.children;
  const anchor = t.anchor?.[0]?.children;
  const event = ctx.closed(finalClauseSlots['timing.onEvent'], t.onEvent) ?? ctx.closed(finalClauseSlots['effectAnchor.event'], anchor?.event);
  const countToken = ctx.token(anchor?.count);
  const includingCount = ctx.token(anchor?.includingCount);
  const includingOf = ctx.name(anchor?.including);
  return {
    date: ctx.date(t.date),
    event,
    delay: ctx.quantity(t.delay?.[0]),
    afterLast: ctx.token(anchor?.Kw_last) !== undefined,
    count: countToken ? Number(countToken.image) : undefined,
    countRange: countToken ? ctx.tokenRange(countToken) : undefined,
    countNoun: ctx.closed(finalClauseSlots['effectAnchor.countNoun'], anchor?.countNoun),
    including:
      includingCount && includingOf
        ? { count: Number(includingCount.image), of: includingOf, range: { start: ctx.tokenRange(includingCount).start, end: includingOf.range.end } }
        : undefined,
    notifier: ctx.name(anchor?.notifier),
    addressee: addressee(ctx, anchor?.addressee?.[0]),
    firstDay: buildFirstDay(ctx, t.firstDay?.[0]),
  };
}

/** `to DE` (a party) or `to "the Government of …"` (the text's words). */
function addressee(ctx: BuildContext, node: C.WordOrStringCstNode | undefined): Name | Text | undefined {
  if (!node) return undefined;
  return ctx.name(node.children.word) ?? ctx.text(node.children.text);
}

function buildFirstDay(ctx: BuildContext, node: C.FirstDayCstNode | undefined): FirstDayOfMonth | undefined {
  if (!node) return undefined;
  const f = node.children;
  const range = ctx.nodeRange(node);
  const ordinal = ctx.closed(finalClauseSlots['firstDay.ordinal'], f.ordinal);
  const day = ctx.closed(finalClauseSlots['firstDay.day'], f.day) ?? { text: '', value: undefined, range };
  const month = ctx.closed(finalClauseSlots['firstDay.month'], f.month) ?? { text: '', value: undefined, range };
  // Without an ordinal it is "the month following"; an unknown ordinal leaves the month unknown.
  const months = !ordinal ? 1 : ordinal.value ? ordinalMonths[ordinal.value] : undefined;
  return { day, ordinal, month, months, range };
}

export function buildEffect(ctx: BuildContext, node: C.EffectItemCstNode): EffectClause {
  return { type: 'Effect', keyword: keywordRange(ctx, node.children.Kw_effect), ...buildTiming(ctx, node.children.timing?.[0]), range: ctx.nodeRange(node) };
}

export function buildSubsequentEffect(ctx: BuildContext, node: C.SubsequentlyItemCstNode): SubsequentEffectClause {
  const later = node.children.laterOf?.[0];
  const laterOf = later
    ? { event: ctx.closed(finalClauseSlots['laterOf.event'], later.children.event), which: ctx.closed(finalClauseSlots['laterOf.which'], later.children.which), range: ctx.nodeRange(later) }
    : undefined;
  return { type: 'SubsequentEffect', keyword: keywordRange(ctx, node.children.Kw_subsequently), ...buildTiming(ctx, node.children.timing?.[0]), laterOf, range: ctx.nodeRange(node) };
}

export function buildProvisionalApplication(ctx: BuildContext, node: C.ProvisionalItemCstNode): ProvisionalApplicationClause {
  const p = node.children;
  const withToken = ctx.token(p.Kw_with);
  return {
    type: 'ProvisionalApplication',
    keyword: keywordRange(ctx, p.Kw_provisional),
    modality: ctx.closed(finalClauseSlots['provisionalItem.modality'], p.modality),
    ...buildTiming(ctx, p.timing?.[0]),
    untilDate: ctx.date(p.untilDate),
    untilEvent: ctx.closed(finalClauseSlots['provisionalItem.untilEvent'], p.untilEvent),
    endsOnNotice: withToken ? ctx.tokenRange(withToken) : undefined,
    notice: ctx.quantity(p.notice?.[0]),
    noticeMinimum: (p.atLeast?.length ?? 0) > 0,
    range: ctx.nodeRange(node),
  };
}

export function buildOpened(ctx: BuildContext, node: C.OpenedItemCstNode): OpenedClause {
  const o = node.children;
  return {
    type: 'OpenedForSignature',
    keyword: keywordRange(ctx, o.Kw_opened),
    what: ctx.closed(finalClauseSlots['openedItem.what'], o.what),
    place: ctx.text(o.place),
    date: ctx.date(o.date),
    until: ctx.date(o.until),
    range: ctx.nodeRange(node),
  };
}

/**
 * `entered into force on 2013-07-01 "Trb. 2013, 123"`. A date without its source is a syntax
 * problem, not a finding a setting could silence: the checks read the date as settling when every
 * Party had consented, and a fact no one can trace must not settle that.
 */
export function buildEnteredIntoForce(ctx: BuildContext, node: C.EnteredItemCstNode): EnteredIntoForceClause {
  const e = node.children;
  const range = ctx.nodeRange(node);
  const date = ctx.date(e.date);
  const source = ctx.text(e.source);
  if (date && !source) {
    ctx.problems.push({
      message: `Name the source of the date of entry into force after it, in quotes: \`entered into force on ${date.text} "Trb. 2013, 123"\` (the treaty series, the depositary's record). A recorded date settles when every Party had consented to be bound, so it needs a source a reviewer can check.`,
      range,
      source: 'parser',
    });
  }
  return { type: 'EnteredIntoForce', keyword: keywordRange(ctx, e.Kw_entered), date, source, range };
}

export function buildForm(ctx: BuildContext, node: C.FormItemCstNode): FormClause {
  return { type: 'Form', keyword: keywordRange(ctx, node.children.Kw_form), form: ctx.closed(finalClauseSlots['formItem.form'], node.children.form), range: ctx.nodeRange(node) };
}

export function buildIncorporation(ctx: BuildContext, node: C.IncorporatesItemCstNode): IncorporationClause {
  const i = node.children;
  return {
    type: 'Incorporation',
    keyword: keywordRange(ctx, i.Kw_incorporates),
    topics: ctx.names(i.topics?.[0]?.children.items),
    source: ctx.text(i.source),
    articles: ctx.text(i.articles),
    range: ctx.nodeRange(node),
  };
}

/** `amends "…"`: the treaty this instrument amends. */
export function buildAmends(ctx: BuildContext, node: C.AmendsItemCstNode): AmendsClause {
  return { type: 'Amends', keyword: keywordRange(ctx, node.children.Kw_amends), treaty: ctx.text(node.children.treaty), range: ctx.nodeRange(node) };
}

/** The further signatures of a signature statement: `, by US at "Washington" on 1978-07-25`. */
export function buildSignings(ctx: BuildContext, nodes: C.SigningCstNode[] | undefined): Signing[] {
  return (nodes ?? []).map((node) => ({ signer: ctx.name(node.children.signer), place: ctx.text(node.children.place), date: ctx.date(node.children.date), range: ctx.nodeRange(node) }));
}

/** `in duplicate` · `in single copy` · `in 3 originals` */
export function buildOriginals(ctx: BuildContext, node: C.OriginalsCstNode | undefined): Originals | undefined {
  if (!node) return undefined;
  const o = node.children;
  const countToken = ctx.token(o.count);
  const word = ctx.closed(finalClauseSlots['originals.word'], o.word);
  const count = countToken ? Number(countToken.image) : word?.value ? originalsCounts[word.value] : undefined;
  return { count, word, noun: ctx.closed(finalClauseSlots['originals.noun'], o.noun), range: ctx.nodeRange(node) };
}

/** `unless notice of at least 6 months` · `unless decided otherwise` */
export function buildUnless(ctx: BuildContext, node: C.UnlessTermsCstNode | undefined): UnlessTerms | undefined {
  if (!node) return undefined;
  const u = node.children;
  return {
    notice: ctx.quantity(u.notice?.[0]),
    byNotice: ctx.token(u.Kw_notice) !== undefined,
    noticeMinimum: (u.atLeast?.length ?? 0) > 0,
    words: ctx.names(u.words),
    range: ctx.nodeRange(node),
  };
}

/** `for indefinite period` after `renewable` (the word `period` optional): each word read through its closed slot. */
export function indefiniteRenewal(ctx: BuildContext, indefinite: IToken[] | undefined, period: IToken[] | undefined): IndefiniteRenewal | undefined {
  const word = ctx.closed(finalClauseSlots['durationItem.renewalIndefinite'], indefinite);
  if (!word) return undefined;
  const periodWord = ctx.closed(finalClauseSlots['durationItem.renewalPeriod'], period);
  return { indefinite: word, period: periodWord, range: { start: word.range.start, end: (periodWord ?? word).range.end } };
}

/** `after initial period` in a `termination` statement (the word `period` optional): each word read through its closed slot. */
export function initialPeriod(ctx: BuildContext, initial: IToken[] | undefined, period: IToken[] | undefined): InitialPeriod | undefined {
  const word = ctx.closed(finalClauseSlots['terminationItem.afterInitial'], initial);
  if (!word) return undefined;
  const periodWord = ctx.closed(finalClauseSlots['terminationItem.afterPeriod'], period);
  return { initial: word, period: periodWord, range: { start: word.range.start, end: (periodWord ?? word).range.end } };
}

/** A means of consent as written, when it opens and whether only on invitation, where the text says. */
interface ReadMeans {
  readonly means: Word;
  readonly opening: ConsentOpening | undefined;
  readonly invitation: ConsentInvitation | undefined;
}

/**
 * One list of means of consent (lower-cased, as the checks read them), each with when it opens where
 * written (`accession after entry-into-force`) and whether only on invitation (`accession by
 * invitation`). Only accession opens so: "Any State … may accede to the present Convention after it
 * has entered into force" (Hague Service Convention 1965, Art. 28), "open for accession by all States
 * not members of the Organization invited to do so by the Executive Board" (UNESCO 1958 Convention on
 * the exchange of publications, Art. 15(1)); a State that signs or ratifies does so when the text is
 * open for signature, which `opened for signature` states, so `after` or `by` on another means is a
 * syntax problem on its words, not read.
 */
export function consentMeans(ctx: BuildContext, list: C.ConsentMeansCstNode): ReadMeans[] {
  return (list.children.items ?? []).flatMap((item): ReadMeans[] => {
    // A hole error recovery leaves is no means.
    const name = ctx.name(item.children.means);
    if (!name) return [];
    const after = ctx.closed(instrument.slots['consentMean.opensAfter'], item.children.opensAfter);
    const by = ctx.closed(instrument.slots['consentMean.byInvitation'], item.children.byInvitation);
    const range = ctx.nodeRange(item);
    // With its `after …` or `by …`, the item is one alternative: a fix that removes or replaces the
    // means removes or replaces them too, never leaving `after entry-into-force` on another means.
    const means: Word = { ...name, value: name.text.toLowerCase(), range: after || by ? range : name.range };
    if (!after && !by) return [{ means, opening: undefined, invitation: undefined }];
    if (means.value !== 'accession') {
      const words = after ? '`after`' : '`by`';
      ctx.problems.push({ message: `Only accession opens after an event or on invitation (\`accession after entry-into-force\`, \`accession by invitation\`): '${name.text}' takes no ${words}. Say when the text is open for signature with \`opened for signature\`, and any other condition in a clause about consent.`, range, source: 'parser' });
      return [{ means, opening: undefined, invitation: undefined }];
    }
    return [{ means, opening: after ? { means, after, range } : undefined, invitation: by ? { means, by, range } : undefined }];
  });
}
