/**
 * Which codes name a territory that is no State: one home for the table the treaty-law citations
 * (rules/support/vienna-convention.ts) and the regimes' reach (model/regime-reach.ts) both read.
 */
/**
 * Territories with an ISO code of their own that are no State and belong to no Member State's realm
 * listed in data/realms.ts (whose countries the State concludes for): the Special Administrative
 * Regions of China, the United Kingdom's overseas territories and Crown Dependencies, the United
 * States' territories and the external territories of Australia and New Zealand (from memory, not
 * read; a code missing here is taken for a State's, as before). A code not here — a State, a former
 * State ("CS", Serbia and Montenegro) — is never said to be no State.
 */
const territoriesNotStates: ReadonlySet<string> = new Set(
  'HK MO BM AI VG KY TC MS GI FK SH PN IO GS GG JE IM PR GU VI AS MP UM CX CC NF HM TK'.split(' '),
);

/** The code names a territory that is no State (a code not in the table is taken for a State's). */
export const isTerritoryNotState = (jurisdiction: string): boolean => territoriesNotStates.has(jurisdiction);
