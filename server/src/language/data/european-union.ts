/**
 * Membership facts the applicability model needs: who is inside the Union's data-protection
 * area, and which jurisdiction code stands for the Union's own institutions and bodies.
 *
 * The EU member list is the closed set in `ast/vocabulary.ts` (`euMemberStates`), kept there so
 * that completion and hover share it. Membership says where a party is; it never says by itself
 * which statute binds the party (NIS2 binds entities in its scope, the GDPR binds controllers
 * processing within Union law): see `model/applicability.ts`.
 */
import { euMemberStates } from '../ast/vocabulary';

/**
 * The EEA EFTA States. The GDPR applies in them through the EEA Agreement, so personal data
 * flowing there from the Union is not a transfer to a third country under Chapter V.
 * (Incorporation by EEA Joint Committee Decision No 154/2018: not read by the team — unconfirmed.)
 */
export const eeaEftaStates: ReadonlySet<string> = new Set(['IS', 'LI', 'NO']);

/** The code the language uses for the Union itself and its institutions, bodies, offices and agencies. */
export const unionJurisdiction = 'EU';

export function isEuMemberState(jurisdiction: string | undefined): boolean {
  return jurisdiction !== undefined && euMemberStates.has(jurisdiction);
}

/** An EU or EEA EFTA State: personal data flows there without a Chapter V transfer. */
export function isInEea(jurisdiction: string | undefined): boolean {
  return jurisdiction !== undefined && (euMemberStates.has(jurisdiction) || eeaEftaStates.has(jurisdiction));
}

export function isUnionBody(jurisdiction: string | undefined): boolean {
  return jurisdiction === unionJurisdiction;
}
