/**
 * When a header's `duration` is itself the provision on how the treaty ends (`missing-termination`,
 * `missing-discontinuation` in checks/missing-final-clauses.ts).
 */
import type { Instrument } from '../../ast/nodes';
import { extendedIndefinitely } from '../../constructs/duration-clause';

/**
 * A fixed term renewed automatically unless a party gives notice of non-renewal is itself a
 * provision on how a party leaves: at the end of any term, on that notice ("renewed automatically …
 * unless either Party notifies the other … of its intention not to renew"). VCLT Art. 56 covers
 * only a treaty with "no provision regarding its termination". Not a term extended for an
 * indefinite period (`renewable … for indefinite period`): the notice stops the one extension, and
 * once it has begun there is no end to give notice before; the texts that extend so reserve a right
 * to terminate for it ("each Contracting Party reserving the right to terminate the Agreement upon
 * notice of at least six months", NL–Egypt 1975 Art. VII(2); read: BWBV0004723).
 */
export function endsByNonRenewal(instrument: Instrument): boolean {
  const duration = instrument.duration;
  return duration?.term !== undefined && duration.unless?.byNotice === true && !extendedIndefinitely(duration);
}

/**
 * A fixed term that is not renewed without a new decision is itself the provision on termination:
 * the treaty ends when the term expires, "in conformity with the provisions of the treaty" (VCLT
 * Art. 54(a)), and VCLT Art. 56 covers only a treaty with "no provision regarding its
 * termination". The Netherlands–Sweden notes of 1995 "shall remain in force for one year",
 * prolonged only by a further exchange of notes.
 */
export function endsWithItsTerm(instrument: Instrument): boolean {
  const duration = instrument.duration;
  // Not one that may be extended for an indefinite period: then no end, and no exit unless stated (Art. 56(1); lr30, D5).
  return duration?.term !== undefined && duration.renewal === undefined && !extendedIndefinitely(duration);
}
