/**
 * States that were Member States of the European Communities or the European Union and are no
 * longer, with the days their membership began and ended. An instrument one of them concluded in
 * that time was concluded by a Member State, bound by Community (later Union) law: the checker's
 * member list (`euMemberStates`) is today's, and read alone it would call the other party a third
 * country (twentieth real-instrument run: the Netherlands–United Kingdom letters of 1986, made
 * under Art. 36(3) of Regulation 1408/71 between two Member States, drew a note that named only
 * the Netherlands as bound by Union law).
 *
 * The United Kingdom acceded on 1 January 1973 (Treaty and Act of Accession of 1972) and left at
 * the end of 31 January 2020 (the Withdrawal Agreement entered into force on 1 February 2020):
 * dates from memory, not read in the texts.
 */

export interface FormerMembership {
  /** First day of membership, ISO 8601. */
  readonly from: string;
  /** Last day of membership, ISO 8601. */
  readonly until: string;
}

export const formerMemberStates: Readonly<Record<string, FormerMembership>> = {
  GB: { from: '1973-01-01', until: '2020-01-31' },
};

/** Whether a State no longer a Member State was one on the day (ISO 8601). */
export function wasMemberStateOn(jurisdiction: string | undefined, isoDay: string): boolean {
  const membership = jurisdiction === undefined ? undefined : formerMemberStates[jurisdiction];
  return membership !== undefined && membership.from <= isoDay && isoDay <= membership.until;
}

/**
 * What the Union was called, and its law, on the day: "the European Communities" before the
 * Treaty on European Union took effect (1 November 1993), and "Community law" before the Treaty of
 * Lisbon did (1 December 2009).
 */
export function unionNamesOn(isoDay: string): { readonly union: string; readonly law: string } {
  return { union: isoDay < '1993-11-01' ? 'the European Communities' : 'the European Union', law: isoDay < '2009-12-01' ? 'Community law' : 'Union law' };
}
