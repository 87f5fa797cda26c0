/**
 * Which `subsequently` statements the header reads. A text may give the States that consent after
 * the entry into force different dates by the act they perform: "The Convention shall enter into
 * force for each signatory State which ratifies subsequently on the sixtieth day after the deposit
 * of its instrument of ratification" (Hague Service Convention 1965, Art. 27) beside an acceding
 * State's own rule (Art. 28; read: BWBV0002015). So a second `subsequently` that counts from
 * another means of consent (`… after ratification`, `… after accession`) is read too; one that
 * speaks of States an earlier one already speaks of is not (two dates for one State), and
 * `duplicate-header-statement` reports it.
 */
import type { SubsequentEffectClause } from './header-nodes';

/** The means of consent that are one State's own act (VCLT Art. 11), which a `subsequently` may count from. */
export const ownConsentActs: ReadonlySet<string> = new Set(['signature', 'ratification', 'acceptance', 'approval', 'accession']);

/** The one means of consent whose States a `subsequently` speaks of, or undefined where it speaks of every State that consents later. */
export function subsequentAct(clause: SubsequentEffectClause): string | undefined {
  const event = clause.event?.value;
  return event !== undefined && ownConsentActs.has(event) ? event : undefined;
}

/** Whether two `subsequently` statements speak of some of the same States. */
function overlap(a: SubsequentEffectClause, b: SubsequentEffectClause): boolean {
  const [x, y] = [subsequentAct(a), subsequentAct(b)];
  return x === undefined || y === undefined || x === y;
}

/** The statements read, in source order: each one that speaks of no State an earlier read one speaks of. */
export function readSubsequently(clauses: readonly SubsequentEffectClause[]): SubsequentEffectClause[] {
  const read: SubsequentEffectClause[] = [];
  for (const clause of clauses) if (!read.some((earlier) => overlap(earlier, clause))) read.push(clause);
  return read;
}
