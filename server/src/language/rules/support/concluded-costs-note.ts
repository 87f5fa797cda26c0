/**
 * What a reviewer of a signed text can do about costs its words leave unallocated, in one home for
 * `missing-costs` and `missing-body-costs` (lr21, D5; lr22, D7): nothing is added to the signed text;
 * an allocation made in another instrument is cited; one still wanted is agreed in a later one; and
 * otherwise, unless the signatories agreed otherwise elsewhere, each bears what it spends — without
 * an allocation no side owes another what it spent.
 */
export function concludedCostsNote(parties: string): string {
  return `nothing is to be added to the signed text. If another instrument allocates these costs (an implementing arrangement, a protocol, an exchange of notes), cite it in the review of this text; if an allocation is still wanted, the ${parties} can agree it in a later one. Otherwise, unless the ${parties} have agreed otherwise elsewhere, each bears what it spends.`;
}
