/**
 * Whether a party's State was a Member State when it consented to be bound, not when it signed
 * (treaty lawyer lr12, defect 8). A signature subject to ratification does not express consent to
 * be bound (VCLT Art. 14(1); read: BWBV0003441); the obligations are assumed by the consent, which
 * is what TFEU Art. 351 dates against accession ("overeenkomsten … voor de toetredende staten, vóór
 * de datum van hun toetreding gesloten"; read: BWBV0001506), and the Lisbon and pre-Union branches
 * already date it so (`consentRelativeTo`; lr10 defect 10, lr11 defect 8).
 *
 * The answer is the day's membership (`membershipOn`) where the header dates consent against the
 * day the State's membership changed (consent at signature or by the exchange, an entry into force
 * fixed before that day, or a signature on or after it), and otherwise that it is open:
 * - `accession-unsure`: signed before accession, consent undated — a Member State when it consented
 *   only if it consented on or after the day it acceded;
 * - `withdrawal-unsure`: signed while a Member State, consent undated — still one when it consented
 *   only if it consented before it left.
 */
import { membershipChanges, membershipOn, type MembershipOnDay } from '../../data/union-membership';
import type { EntenteDocument } from '../../ast/nodes';
import { conclusionOf, consentRelativeTo } from '../../model/conclusion';

export type MembershipAtConsent = MembershipOnDay | 'accession-unsure' | 'withdrawal-unsure';

export function membershipAtConsent(document: EntenteDocument, jurisdiction: string | undefined): MembershipAtConsent {
  const day = conclusionOf(document)?.day;
  const signed = membershipOn(jurisdiction, day);
  if (!day) return signed;
  const { joined, gone } = membershipChanges(jurisdiction);
  if (signed === 'before-accession' && joined) {
    const consent = consentRelativeTo(document, joined);
    if (consent === 'unknown') return 'accession-unsure';
    return consent === 'before' ? 'before-accession' : membershipOn(jurisdiction, joined);
  }
  if (signed === 'member' && gone) {
    const consent = consentRelativeTo(document, gone);
    if (consent === 'unknown') return 'withdrawal-unsure';
    return consent === 'before' ? 'member' : 'withdrawn';
  }
  return signed;
}
