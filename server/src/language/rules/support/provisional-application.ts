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

/** A clause that says how provisional application ends by notice (VCLT Art. 25(2) form). */
const endedByNotice = /\bprovisional(?:ly)?\s+appl\w*[\s\S]{0,200}?\b(?:terminat\w*|end\w*|ceas\w*|notif\w*)\b/i;
/** Provisional application named either way round: "shall provisionally apply", "shall be applied provisionally". */
const provisionally = String.raw`\b(?:provisional(?:ly)?\s+appl\w*|appl\w*\s+provisionally)\b`;
/**
 * A limit in time on it, in the same sentence: "shall provisionally apply the provisions of the
 * present Agreement for a period not exceeding one year from the date on which the Agreement is
 * signed" (NL–UN and ten organisations, technical assistance 1967, Art. VII(1)(b), read:
 * BWBV0004484; hundred-and-twentieth run, defect 3). Past that period it ends, whether or not the
 * treaty has entered into force: an end the text states.
 */
const endedByPeriod = new RegExp(String.raw`${provisionally}[^.;]{0,200}?\b(?:for\s+(?:a\s+)?(?:maximum\s+)?period|not\s+exceeding|no\s+longer\s+than|not\s+(?:longer|more)\s+than)\b`, 'i');
/** "… until 31 December 2006", "… until the date on which …": an end, unless it is entry into force, the end VCLT Art. 25(1) gives anyway. */
const endedUntil = new RegExp(String.raw`${provisionally}[^.;]{0,200}?\buntil\b([^.;]{0,120})`, 'i');
const entryIntoForce = /\b(?:entry|enters?|entered)\s+into\s+force\b/i;

/** Whether a clause's words say how or when provisional application ends before entry into force. */
export function statesProvisionalEnd(text: string): boolean {
  if (endedByNotice.test(text) || endedByPeriod.test(text)) return true;
  const until = endedUntil.exec(text);
  return until !== null && !entryIntoForce.test(until[1]);
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
