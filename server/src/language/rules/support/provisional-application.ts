/**
 * What the messages say of provisional application. Where the text only permits it ("This
 * Agreement however may provisionally be applied as from the date of its signature", NL–Egypt
 * 1976 Art. VIII(a); `provisional application permitted …`), the text does not say it was applied,
 * so every consequence is stated as a condition; "shall be applied provisionally" keeps the plain
 * statement (ninety-seventh run, defect 3).
 */
import type { ProvisionalApplicationClause } from '../../ast/header-nodes';

/** Whether the text only permits provisional application (`permitted`). */
export function provisionalOnlyPermitted(provisional: ProvisionalApplicationClause): boolean {
  return provisional.modality?.value === 'permitted';
}

/**
 * The registration message's sentence on provisional application: a treaty applied provisionally
 * may be registered before it enters into force (Regulations to give effect to Art. 102, Art. 1(2),
 * second sentence, as amended). `concluded`: the text is signed, so a permitted application either
 * was or was not made.
 */
export function registrationWhileProvisional(provisional: ProvisionalApplicationClause | undefined, concluded: boolean): string {
  if (!provisional) return '';
  const condition = provisionalOnlyPermitted(provisional)
    ? `If it ${concluded ? 'was' : 'is'} applied provisionally, as the text permits (it does not say that it ${concluded ? 'was' : 'will be'}), it may be registered as provisionally applied`
    : 'As it is applied provisionally, it may be registered as provisionally applied';
  return ` ${condition}, before it enters into force (Regulations to give effect to Art. 102, Art. 1(2)).`;
}
