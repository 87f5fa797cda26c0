/**
 * The month Entente's reference data were last checked (the adequacy list, membership of the
 * Union, the Parties to the Budapest Convention: see each file): the checker's "now". The rules
 * have no clock, so that a text gives the same findings on every day; this date is the one fixed
 * point they may compare a document's dates with. A signature or an exchange of notes dated before
 * it has taken place — no drafter dates a planned signature in the past — so the text it dates has
 * been concluded, or at least authenticated (VCLT Art. 10), and is no longer a draft.
 */

// A calendar day as model/timing.ts's `Day` reads it; written out here because data/ imports
// nothing from model/ (the core folders import one another without cycles).
export const referenceDay: { readonly year: number; readonly month: number; readonly day: number } = { year: 2026, month: 12, day: 1 };

/** The reference month in words, for messages. */
export const referenceMonthWords = 'December 2026';
