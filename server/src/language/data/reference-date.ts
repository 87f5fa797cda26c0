/**
 * The day Entente's reference data were last checked (the adequacy list, membership of the Union,
 * the Parties to the Budapest Convention: see each file): the checker's "now". The rules have no
 * clock, so that a text gives the same findings on every day and on every machine; this date is
 * the one fixed point they may compare a document's dates with. A signature, an exchange of notes
 * or an opening for signature dated on or before it has taken place — no drafter dates a planned
 * signature in the past — so the text it dates has been concluded, or at least authenticated (VCLT
 * Art. 10), and is no longer a draft (model/conclusion.ts).
 *
 * "On or before", not "before the month": a text signed on the reference day itself was read as a
 * draft and offered a registration clause (export review 3, item 2). The edge does not pass the
 * day of the check instead: findings would then change overnight, with no change to the text, and
 * every test, snapshot and CI run would have to pin a date. The price is that a text signed after
 * the reference day and before the data are next checked is read as a draft; the day moves with
 * every update of the reference data, which is when it must be checked again.
 */

// A calendar day as model/timing.ts's `Day` reads it; written out here because data/ imports
// nothing from model/ (the core folders import one another without cycles).
export const referenceDay: { readonly year: number; readonly month: number; readonly day: number } = { year: 2026, month: 12, day: 1 };

/** The reference month in words, for messages. */
export const referenceMonthWords = 'December 2026';
