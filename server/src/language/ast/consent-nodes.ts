/** The header's `consent by …` statement: the means of consent, Party by Party, and when accession opens. */
import type { Range } from './positions';
import type { Name, NodeBase, Word } from './values';

export interface ConsentClause extends NodeBase {
  readonly type: 'Consent';
  readonly keyword: Range;
  /** Every means written, of every Party: read "some Party consents by …" (ast/consent-lists.ts reads it per Party). */
  readonly means: readonly Word[];
  /**
   * `consent by notification for NL, signature for US`: each Party's own means, in the order written;
   * empty where one list is every Party's (`consent by ratification`).
   */
  readonly byParty: readonly PartyConsent[];
  /**
   * `accession after entry-into-force`: when accession opens, where the text says it ("may accede to
   * the present Convention after it has entered into force", Hague Service Convention 1965, Art. 28);
   * one per means written with `after`, that means word itself among `means`, whose range then
   * covers the whole alternative (`accession after entry-into-force`), so that an edit removing or
   * replacing the means takes its opening with it.
   */
  readonly openings: readonly ConsentOpening[];
  /**
   * `accession by invitation`: accession is open only on invitation ("open for accession by all
   * States not members of the Organization invited to do so by the Executive Board", UNESCO 1958
   * Convention on the exchange of publications, Art. 15(1)); one per means written with `by`, whose
   * range then covers the whole alternative, as with `after`.
   */
  readonly invitations: readonly ConsentInvitation[];
}

/** `accession by invitation`: the means, open only to the States invited. */
export interface ConsentInvitation extends NodeBase {
  readonly means: Word;
  readonly by: Word<'invitation'>;
}

/** `accession after entry-into-force`: the means and the event after which it is open. */
export interface ConsentOpening extends NodeBase {
  readonly means: Word;
  readonly after: Word<'entry-into-force'>;
}

/** One Party's means of consent (`notification for NL`): alternatives for that Party alone. */
export interface PartyConsent {
  readonly means: readonly Word[];
  readonly party: Name | undefined;
}
