/**
 * The final clauses as real instruments state them, beyond the first header statements: when a
 * treaty enters into force (on the first day of a month counted from an event, by a threshold of
 * consents including members of a class, on one named party's notification), for each State that
 * consents later, provisional application, the signatures and the testimonium, the opening for
 * signature, the form (an exchange of notes) and provisions of a parent incorporated by reference.
 *
 * The instrument row (instrument.ts) spreads these slots and statement rows into its own (kept
 * apart so the header row stays readable); how each statement reaches the signed text is in
 * header-clauses.ts, the table typed by every header statement.
 */
import type { Instrument, Timing } from '../ast/nodes';
import {
  classOpenness,
  countNouns,
  dayWords,
  indefiniteWords,
  initialWords,
  instrumentForms,
  meetingTerms,
  monthWords,
  ordinalWords,
  originalsNouns,
  periodWords,
  originalsWords,
  provisionalEnds,
  provisionalModalities,
  renewalModes,
  signatureWords,
  timingEvents,
  laterOfEvents,
  laterOfWhich,
} from '../ast/vocabulary';
import { clauseTopics } from '../ast/topics';
import { closed, reference, suggested, text, type SlotUse, type StatementRow } from './construct';

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
  'effectAnchor.addressee': reference('party', 'prose'),
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
  'durationItem.renewalIndefinite': closed(indefiniteWords, 'renewal period'),
  'durationItem.renewalPeriod': closed(periodWords, 'word after `indefinite`'),
  'terminationItem.afterInitial': closed(initialWords, 'period after which a Party may leave'),
  'terminationItem.afterPeriod': closed(periodWords, 'word after `initial`'),
  'unlessTerms.words': { kind: 'free' },
  'provisionalItem.modality': closed(provisionalModalities, 'provisional-application modality'),
  'provisionalItem.untilDate': { kind: 'date' },
  'provisionalItem.untilEvent': closed(provisionalEnds, 'final-clause event'),
  'laterOf.event': closed(laterOfEvents, 'final-clause event'),
  'laterOf.which': closed(laterOfWhich, '`whichever is` word'),
  'openedItem.what': closed(signatureWords, 'opening'),
  'openedItem.place': text('plain'),
  'openedItem.date': { kind: 'date' },
  'openedItem.until': { kind: 'date' },
  'formItem.form': closed(instrumentForms, 'form'),
  'incorporatesItem.topics': suggested(clauseTopics, 'clause topic'),
  'incorporatesItem.source': text('plain'),
  'incorporatesItem.articles': text('prose'),
  'amendsItem.treaty': text('plain'),
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
        'Entry into force for each State that consents after the treaty has entered into force (VCLT Art. 24(3)): `subsequently on first day of month following 3 months after consent-to-be-bound`, `subsequently 30 days after ratification`. With `or on entry-into-force whichever is later`, for each State that consents once the threshold of `effect` is reached, even before the entry into force: its own date, or the entry into force if that is later (UNCAC Art. 68(2)). Counted from one means of consent, it speaks of the States that perform that act only ("each signatory State which ratifies subsequently", Hague Service Convention 1965, Art. 27), and a second `subsequently` may give another means its own date (`subsequently … after accession`); where accession is a means and no statement speaks of acceding States, the export leaves their date blank.',
      or: '`subsequently 30 days after consent-to-be-bound or on entry-into-force whichever is later`: the other date a later State\'s entry into force may fall on (UNCAC Art. 68(2)).',
      whichever: '`whichever is later`: of the State\'s own date and the entry into force, the later (UNCAC Art. 68(2)).',
      is: '`whichever is later`: see `whichever`.',
    },
  },
  ProvisionalApplication: {
    rule: 'provisionalItem',
    starts: ['provisional'],
    display: 'provisional application',
    docs: {
      provisional:
        '`provisional application on signature`: the treaty (or part of it) applies pending its entry into force (VCLT Art. 25(1)); `until …` and `with notice [of …]` say how provisional application ends early (Art. 25(2) applies otherwise); `provisional application permitted on signature` where the text only says it "may" be applied provisionally.',
      application: '`provisional application`: see `provisional`; `provisional application permitted on signature` where the text only permits it ("may be applied provisionally"), so that what follows from it is said as a condition.',
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
        '`incorporates amendment, disputes, costs from "convention.entente" "Articles 44–46 of the Convention"`: the parent instrument\'s provisions on those subjects apply to this one ("shall apply, mutatis mutandis"), so this one need not restate them. The instrument is named by its file, or by its title when it is not transcribed (`from "Convention on Cybercrime"`: no file is read, and the text is taken at its word).',
    },
  },
  Amends: {
    rule: 'amendsItem',
    starts: ['amends'],
    display: 'amends',
    docs: {
      amends:
        '`amends "Convention on social security … signed at Jerusalem on April 25, 1984"`: this instrument amends or revises that treaty (its title, or its file). The articles of the treaty it replaces or inserts become part of that treaty\'s text for the parties bound by this instrument (VCLT Arts. 39, 40(4); between some of the treaty\'s parties only, a modification on the conditions of Art. 41): the treaty\'s clauses on duration, termination, amendment and the settlement of disputes govern them, so the checks do not ask this instrument for its own, and a note asks the reviewer to check the treaty\'s; its consent and entry into force it still states itself (Art. 39: the rules on the conclusion and entry into force of treaties apply to an amending agreement).',
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
  in: 'The testimonium\'s originals: `in duplicate`, `in single copy`, `in 3 originals`. In a body, `meets in principle annually`: the cadence the text gives "in principle".',
  deposited: '`deposited with "…"`: where the single original is kept (the depositary\'s archives).',
  without:
    '`without testimonium`: the text\'s final formula has no recital of authority ("IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed …"), only "Done at … on …"; the export prints the formula as the text has it. `signed without formula`: the signed text states no final formula at all (no place, no date); the export generates none, and no signature block.',
};

export const durationDocs = {
  unless:
    'What stops an automatic renewal: `unless notice of at least 6 months` (notice of non-renewal, given before the end of the current period; it takes effect at that end) or `unless decided otherwise`. Where the text\'s only way out is that notice ("Any denunciation shall be notified … at least six months before the end of the five year period", Hague Evidence Convention 1970, Art. 41), write it here alone: a `denunciation with notice of …` beside it states a second right, to leave at any time, which the text then does not give. Write both where the text has both: "If it has not been denounced three months before the date of its termination, it shall be tacitly renewed … Each Government shall then have the right to denounce the Agreement at any time by giving three months\' notice" (Netherlands–Egypt 1983, Art. 13).',
};

/** References in the new header positions: parties named by `by`, `including`, `to`, `deposited with`. */
export function finalClauseReferences(i: Instrument): SlotUse[] {
  const timings: Timing[] = [i.effect, ...i.subsequentEffects, i.provisionalApplication].filter((t): t is NonNullable<typeof t> => t !== undefined);
  const signature = i.signature;
  const deposited = signature?.depositedWith;
  return [
    [finalClauseSlots['effectAnchor.notifier'], timings.map((t) => t.notifier)],
    [finalClauseSlots['effectAnchor.addressee'], timings.map((t) => (t.addressee && !('multiline' in t.addressee) ? t.addressee : undefined))],
    [finalClauseSlots['effectAnchor.including'], timings.map((t) => (t.including && !includingKindWords.has(t.including.of.text) ? t.including.of : undefined))],
    [finalClauseSlots['signatureItem.signer'], signature ? [signature.signer, ...signature.more.map((m) => m.signer)] : []],
    [finalClauseSlots['signatureItem.depositedWith'], [deposited && !('multiline' in deposited) ? deposited : undefined]],
  ];
}
