/**
 * Countries and territories outside the Union that belong to a Member State's own realm, with
 * their own ISO code: an instrument between the Member State and one of them is an arrangement
 * within one State, not a treaty "with a third country" (who-is-bound review, item 12: the
 * Netherlands and Aruba are countries of one Kingdom). The Union's transfer rules still treat them
 * as outside the Union where the Treaties do not apply there (TFEU Art. 355(2), Annex II, read:
 * Aruba, Curaçao, Sint Maarten and the Caribbean Netherlands, Greenland, the French OCTs are
 * listed; Art. 355(5)(a), read: not the Faroe Islands): this table only keeps the union-law note
 * from calling them foreign States.
 *
 * Membership of the realms is from memory (Charter for the Kingdom of the Netherlands Arts. 1, 3,
 * 38; the Danish Home Rule and Self-Government Acts; the French Constitution Arts. 72-3, 74, 76–77),
 * not read for this table.
 */
const realms: Readonly<Record<string, ReadonlySet<string>>> = {
  NL: new Set(['AW', 'CW', 'SX', 'BQ']),
  DK: new Set(['GL', 'FO']),
  FR: new Set(['NC', 'PF', 'WF', 'PM', 'BL', 'TF']),
};

/** Whether two codes are parts of one State's realm (the State itself, or one of the countries listed with it). */
export function sameRealm(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const realmOf = (code: string) => (realms[code] ? code : Object.keys(realms).find((state) => realms[state].has(code)));
  const ra = realmOf(a);
  return ra !== undefined && ra === realmOf(b);
}
