/**
 * How a header's `consent by …` is read Party by Party. One list (`consent by ratification,
 * accession`) is every Party's alternatives; `consent by notification for NL, signature for US`
 * gives each Party its own, as bilateral Dutch practice does: the NL–US American Military
 * Cemeteries Agreement 1970 enters into force when the Netherlands has notified "that the
 * formalities constitutionally required in the Kingdom of the Netherlands have been fulfilled"
 * (Art. VII), and names no act of the United States after its signature; NL–Sweden 1984 (Art. 9)
 * and the NL–Tonga and NL–Bahamas letters do the same for the Netherlands (read: BWBV0004383,
 * BWBV0002448, BWBV0003980, BWBV0003950).
 * A check that reads the means as alternatives (signature beside ratification, a means to drop)
 * reads them list by list, never one Party's means as another's.
 */
import type { ConsentClause, ConsentInvitation, ConsentOpening, Name, Word } from './nodes';

/** One list of alternatives and the Party it is for (undefined: every Party). */
export interface ConsentList {
  readonly means: readonly Word[];
  readonly party: Name | undefined;
}

/**
 * The lists of alternatives a `consent by …` states: one for every Party, or one per Party. A Party
 * named twice (`ratification for EE, accession for EE`) has one list, its means joined: two lists
 * would print "that of Estonia, by ratification; that of Estonia, by accession", two rules for one
 * Party (treaty lawyer lr25, defect 3), where the text's alternatives are one.
 */
export function consentLists(consent: ConsentClause | undefined): readonly ConsentList[] {
  if (!consent) return [];
  if (consent.byParty.length === 0) return [{ means: consent.means, party: undefined }];
  const byName = new Map<string, ConsentList>();
  for (const list of consent.byParty) {
    const key = list.party?.text ?? '';
    const earlier = byName.get(key);
    byName.set(key, earlier ? { means: [...earlier.means, ...list.means], party: earlier.party } : list);
  }
  return [...byName.values()];
}

/** Whether each Party's means are stated on their own (`… for NL, … for US`). */
export function consentByParty(consent: ConsentClause | undefined): boolean {
  return (consent?.byParty.length ?? 0) > 0;
}

/**
 * When accession opens for the Parties of one list, where the header says (`accession after
 * entry-into-force`); undefined where it does not, or the list has no accession.
 */
export function accessionOpening(consent: ConsentClause | undefined, means: readonly Word[]): ConsentOpening | undefined {
  return consent?.openings.find((opening) => means.includes(opening.means));
}

/** Whether accession is open only on invitation for the Parties of one list (`accession by invitation`), where the header says. */
export function accessionInvitation(consent: ConsentClause | undefined, means: readonly Word[]): ConsentInvitation | undefined {
  return consent?.invitations.find((invitation) => means.includes(invitation.means));
}
