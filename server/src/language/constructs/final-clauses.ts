/**
 * The final clauses as real instruments state them, beyond the first header statements: when a
 * treaty enters into force (on the first day of a month counted from an event, by a threshold of
 * consents including members of a class, on one named party's notification), for each State that
 * consents later, provisional application, the signatures and the testimonium, the opening for
 * signature, the form (an exchange of notes) and provisions of a parent incorporated by reference.
 *
 * The instrument row (instrument.ts) spreads these slots and statement rows into its own; the
 * sentences below are its rendering of them. Kept apart so the header row stays readable.
 */
import type { DurationClause, Instrument, SignatureClause, Timing } from '../ast/nodes';
import {
  classOpenness,
  countNouns,
  dayWords,
  instrumentForms,
  meetingTerms,
  monthWords,
  ordinalWords,
  originalsNouns,
  originalsWords,
  provisionalEnds,
  renewalModes,
  signatureWords,
  timingEvents,
} from '../ast/vocabulary';
import { clauseTopics } from '../ast/topics';
import { closed, reference, suggested, text, type RenderContext, type SlotUse, type StatementRow } from './construct';

/** The means of consent among the events (VCLT Arts. 11–16), for `consent by …`. */
export const effectEvents = {
  signature: timingEvents.meaning.signature,
  ratification: timingEvents.meaning.ratification,
  notification: timingEvents.meaning.notification,
  approval: timingEvents.meaning.approval,
  acceptance: timingEvents.meaning.acceptance,
  accession: timingEvents.meaning.accession,
};

/** Kind words that may follow `including N` instead of a class of parties: "including two States". */
export const includingKindWords: ReadonlySet<string> = new Set(['States', 'states', 'State', 'organisations', 'organizations']);

export const finalClauseSlots = {
  'timing.date': { kind: 'date' },
  // `on signature` is "on the date of signature", as `after signature` is: one set for both.
  'timing.onEvent': closed(timingEvents, 'final-clause event'),
  'effectAnchor.event': closed(timingEvents, 'final-clause event'),
  'effectAnchor.count': { kind: 'number' },
  'effectAnchor.countNoun': closed(countNouns, 'threshold noun'),
  'effectAnchor.includingCount': { kind: 'number' },
  'effectAnchor.including': reference('party'),
  'effectAnchor.notifier': reference('party'),
  'firstDay.day': closed(dayWords, 'day'),
  'firstDay.ordinal': closed(ordinalWords, 'month'),
  'firstDay.month': closed(monthWords, 'month'),
  'signatureItem.signer': reference('party'),
  'signatureItem.depositedWith': reference('party', 'prose'),
  'signing.signer': reference('party'),
  'signing.place': text('plain'),
  'signing.date': { kind: 'date' },
  'originals.count': { kind: 'number' },
  'originals.word': closed(originalsWords, 'number of originals'),
  'originals.noun': closed(originalsNouns, 'noun for the originals'),
  'durationItem.renewal': closed(renewalModes, 'renewal'),
  'unlessTerms.words': { kind: 'free' },
  'provisionalItem.untilDate': { kind: 'date' },
  'provisionalItem.untilEvent': closed(provisionalEnds, 'final-clause event'),
  'openedItem.what': closed(signatureWords, 'opening'),
  'openedItem.place': text('plain'),
  'openedItem.date': { kind: 'date' },
  'openedItem.until': { kind: 'date' },
  'formItem.form': closed(instrumentForms, 'form'),
  'incorporatesItem.topics': suggested(clauseTopics, 'clause topic'),
  'incorporatesItem.source': text('plain'),
  'incorporatesItem.articles': text('prose'),
} as const;

/** The vocabularies a party class and a body's meetings read (party.ts, governance-body.ts). */
export { classOpenness, meetingTerms };

/** The header's statements added here, with the meaning of their own keywords. */
export const finalClauseStatements = {
  SubsequentEffect: {
    rule: 'subsequentlyItem',
    starts: ['subsequently'],
    display: 'subsequently',
    docs: {
      subsequently:
        'Entry into force for each State that consents after the treaty has entered into force (VCLT Art. 24(3)): `subsequently on first day of month following 3 months after consent-to-be-bound`, `subsequently 30 days after ratification`.',
    },
  },
  ProvisionalApplication: {
    rule: 'provisionalItem',
    starts: ['provisional'],
    display: 'provisional application',
    docs: {
      provisional:
        '`provisional application on signature`: the treaty (or part of it) applies pending its entry into force (VCLT Art. 25(1)); `until …` and `with notice [of …]` say how provisional application ends early (Art. 25(2) applies otherwise).',
      application: '`provisional application`: see `provisional`.',
      until: 'The end of a period: provisional application `until 2027-12-31`, an opening for signature `until 2002-03-31`.',
    },
  },
  OpenedForSignature: {
    rule: 'openedItem',
    starts: ['opened'],
    display: 'opened for signature',
    docs: { opened: '`opened for signature at "Stockholm" on 2002-03-21 until 2002-03-31`: where and when States may sign an open treaty.' },
  },
  Form: {
    rule: 'formItem',
    starts: ['form'],
    display: 'form',
    docs: { form: '`form exchange-of-notes` (or `exchange-of-letters`): the instrument is constituted by a note and the reply accepting it, which expresses consent (VCLT Art. 13); declare the notes with `note`.' },
  },
  Incorporation: {
    rule: 'incorporatesItem',
    starts: ['incorporates'],
    display: 'incorporates',
    // Several groups of provisions, each with the articles the text names (ETS 189 Art. 8(1), (2)).
    repeats: true,
    docs: {
      incorporates:
        '`incorporates amendment, disputes, costs from "convention.entente" "Articles 44–46 of the Convention"`: the parent instrument\'s provisions on those subjects apply to this one ("shall apply, mutatis mutandis"), so this one need not restate them.',
    },
  },
} satisfies Record<string, StatementRow>;

/** Keywords of existing statements that these formulas add (their statement rows merge them). */
export const effectDocs = {
  following: '`first day of month following …`: the first day of the month after the period or event.',
  including: '`by 5 States including 3 CoE-Members`: part of the threshold must come from a class of parties (or be `States`).',
};

export const signatureDocs = {
  issued: 'Where and when a declaration was issued: `issued at "Paris" on 2018-11-12`.',
  in: 'The testimonium\'s originals: `in duplicate`, `in single copy`, `in 3 originals`.',
  deposited: '`deposited with "…"`: where the single original is kept (the depositary\'s archives).',
};

export const durationDocs = {
  unless: 'What stops an automatic renewal: `unless notice of at least 6 months` (notice of non-renewal) or `unless decided otherwise`.',
};

/** References in the new header positions: parties named by `by`, `including`, `deposited with`. */
export function finalClauseReferences(i: Instrument): SlotUse[] {
  const timings: Timing[] = [i.effect, i.subsequentEffect, i.provisionalApplication].filter((t): t is NonNullable<typeof t> => t !== undefined);
  const signature = i.signature;
  const deposited = signature?.depositedWith;
  return [
    [finalClauseSlots['effectAnchor.notifier'], timings.map((t) => t.notifier)],
    [finalClauseSlots['effectAnchor.including'], timings.map((t) => (t.including && !includingKindWords.has(t.including.of.text) ? t.including.of : undefined))],
    [finalClauseSlots['signatureItem.signer'], signature ? [signature.signer, ...signature.more.map((m) => m.signer)] : []],
    [finalClauseSlots['signatureItem.depositedWith'], [deposited && !('multiline' in deposited) ? deposited : undefined]],
  ];
}

// ── Rendering ───────────────────────────────────────────────────────────────────────────────

const ordinals = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const numbers = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A number as treaty texts write small ones: "five States". */
function countWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < numbers.length ? numbers[n] : String(n);
}

/** A party's name inside a sentence: "The Government of …" becomes "the Government of …". */
export function inSentence(name: string): string {
  return name.replace(/^The\s/, 'the ');
}

/** What an event is, in the words of final clauses. */
function eventWords(t: Timing, r: RenderContext): string {
  const event = t.event?.value ?? t.event?.text ?? '';
  const by = t.notifier ? inSentence(r.partyName(t.notifier)) : undefined;
  const including = t.including
    ? `, including ${countWords(t.including.count)} ${includingKindWords.has(t.including.of.text) ? t.including.of.text : r.partyName(t.including.of).replace(/^The\s+/i, '')},`
    : '';
  const count = t.count ? `${countWords(t.count)} ${t.countNoun?.text ?? r.participants}${including}` : undefined;
  switch (event) {
    case 'consent-to-be-bound':
      return count ? `the date on which ${count} have expressed their consent to be bound` : 'the date of the expression of its consent to be bound';
    case 'notification':
      if (by) return `the date on which ${by} gives notice that its constitutional or internal procedures have been completed`;
      return `the date of the ${t.afterLast ? 'last ' : ''}notification${count ? ` by ${count}` : ''} by which the ${r.participants} inform each other that their internal procedures have been completed`;
    case 'reply':
      return 'the date of the reply';
    case 'signature':
      return `the date of ${t.afterLast ? 'the last ' : ''}signature`;
    case 'entry-into-force':
      return 'the date of entry into force';
    default:
      return `the date of ${t.afterLast ? 'the last ' : ''}${event}${count ? ` by ${count}` : ''}${by ? ` by ${by}` : ''}`;
  }
}

/** A timing as final clauses write it: "on the first day of the month following the expiration of a period of three months after …". */
export function timingWords(t: Timing, r: RenderContext): string {
  if (t.date?.valid) return `on ${r.date(t.date)}`;
  const anchor = eventWords(t, r);
  if (t.firstDay) {
    const month = t.firstDay.months === undefined || t.firstDay.months === 1 ? 'the month following' : `the ${ordinals[t.firstDay.months] ?? `${t.firstDay.months}th`} month after`;
    return `on the first day of ${month} ${t.delay ? `the expiration of a period of ${r.quantity(t.delay)} after ` : ''}${anchor}`;
  }
  if (t.delay) return `${r.quantity(t.delay)} after ${anchor}`;
  return `on ${anchor}`;
}

/** The paragraphs the new statements add to the final provisions. */
export function finalClauseParagraphs(header: Instrument, r: RenderContext): string[] {
  const paragraphs: string[] = [];
  const { self, will } = r;
  const opened = header.openedForSignature;
  if (opened) {
    paragraphs.push(`${self} ${will} be open for signature${opened.place ? ` at ${opened.place.value}` : ''}${opened.date?.valid ? ` from ${r.date(opened.date)}` : ''}${opened.until?.valid ? ` until ${r.date(opened.until)}` : ''}.`);
  }
  const form = header.form?.form?.value;
  if (form) {
    const what = form === 'exchange-of-letters' ? 'letters' : 'notes';
    paragraphs.push(`${self} is constituted by the exchange of ${what} between the ${r.participants}.`);
  }
  const later = header.subsequentEffect;
  if (later) paragraphs.push(`In respect of any State which subsequently expresses its consent to be bound, ${self.replace('This', 'this')} ${will} enter into force ${timingWords(later, r)}.`);
  const provisional = header.provisionalApplication;
  if (provisional) {
    const until = provisional.untilDate?.valid ? ` until ${r.date(provisional.untilDate)}` : '';
    paragraphs.push(`Pending its entry into force, ${self.replace('This', 'this')} ${will} be applied provisionally ${timingWords(provisional, r).replace(/^on /, 'from ')}${until}.`);
    if (provisional.endsOnNotice) {
      paragraphs.push(`Each of the ${r.participants} may terminate the provisional application of ${self.replace('This', 'this')} by written notice${provisional.notice ? `, which ${will} take effect ${provisional.noticeMinimum ? 'not less than ' : ''}${r.quantity(provisional.notice)} after its receipt` : ''}.`);
    }
  }
  for (const incorporation of header.incorporations) {
    if (incorporation.topics.length === 0) continue;
    const what = incorporation.articles?.value ?? `The provisions on ${r.list(incorporation.topics.map((t) => t.text))} of ${incorporation.source?.value ?? 'the parent instrument'}`;
    paragraphs.push(`${what} ${will} apply, mutatis mutandis, to ${self.replace('This', 'this')}.`);
  }
  return paragraphs;
}

/**
 * The testimonium: "Done at Washington on 25 July 1978 and at The Hague on 24 August 1978, in
 * the English language, in duplicate" (`languages` is the part after the places).
 */
export function signingWords(sig: SignatureClause | undefined, languages: string, r: RenderContext): string {
  const one = (s: { place: SignatureClause['place']; date: SignatureClause['date'] }) => `${s.place ? ` at ${s.place.value}` : ''}${s.date?.valid ? ` on ${r.date(s.date)}` : ''}`;
  const places = sig ? [one(sig), ...sig.more.map(one)].filter((p) => p !== '').join(' and') : '';
  const originals = sig?.originals?.count === undefined ? '' : sig.originals.count === 1 ? ', in a single original' : sig.originals.count === 2 ? ', in duplicate' : `, in ${countWords(sig.originals.count)} originals`;
  const where = sig?.depositedWith ? ('multiline' in sig.depositedWith ? sig.depositedWith.value : r.partyName(sig.depositedWith)) : undefined;
  const deposited = where ? `, which ${r.will} be deposited ${/^(?:the\s+)?archives\b/i.test(where) ? 'in' : 'with'} ${inSentence(where)}` : '';
  return `${places}${languages}${originals}${deposited}`;
}

/** "This Agreement shall remain in force for five years and shall be renewed automatically for further periods of five years unless …" */
export function durationWords(duration: DurationClause, r: RenderContext): string | undefined {
  const { self, will } = r;
  if (!duration.term) return duration.indefinite ? `${self} ${will} remain in effect indefinitely.` : undefined;
  const term = r.quantity(duration.term);
  if (!duration.renewable) return `${self} ${will} remain in effect for ${term}.`;
  const further = duration.renewalTerm ? r.quantity(duration.renewalTerm) : term;
  if (!duration.renewal?.value && !duration.unless) return `${self} ${will} remain in effect for ${term}, renewable for ${further}.`;
  const how = duration.renewal?.value === 'tacitly' ? 'be renewed by tacit agreement' : 'be renewed automatically';
  const unless = duration.unless?.byNotice
    ? ` unless one of the ${r.participants} gives written notice of non-renewal${duration.unless.notice ? ` ${duration.unless.noticeMinimum ? 'at least ' : ''}${r.quantity(duration.unless.notice)} before the end of the current period` : ''}`
    : duration.unless
      ? ` unless the ${r.participants} decide otherwise`
      : '';
  return `${self} ${will} remain in effect for ${term} and ${will} ${how} for further periods of ${further}${unless}.`;
}
