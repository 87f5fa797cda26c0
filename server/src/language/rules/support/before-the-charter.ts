/**
 * Whether the Parties entered into a treaty before the UN Charter came into force. Art. 102(1)
 * reaches only a treaty "entered into by any Member of the United Nations after the present Charter
 * comes into force" (read: BWBV0004143), and the Charter came into force "upon the deposit of
 * ratifications by" the five States named "and by a majority of the other signatory states" (Art.
 * 110(3), read): on 24 October 1945 (UN Dag Hammarskjöld Library, ask.un.org/faq/14595, read: "On
 * October 24, 1945, this condition was fulfilled, the UN Charter entered into force"). Until then no
 * State was a Member (Arts. 3, 110(4), read).
 *
 * A State enters into a treaty when it consents to be bound by it, not when it signs it subject to
 * ratification (VCLT Arts. 2(1)(b), 14(1), read: BWBV0003441), so the day compared with the cut-off
 * is the day of consent as the header dates it (model/conclusion.ts, `consentRelativeTo`), the same
 * test the admission dates are read with (un-membership-then.ts): a convention signed on 10 July 1945
 * and ratified in 1946 was entered into after the Charter came into force (treaty lawyer lr19, D3;
 * before, the signature date alone was compared, and both registration findings went silent on it).
 * Where the header signs the text before the day without dating the consents, the answer is unknown
 * and the findings state the condition.
 */
import type { SemanticModel } from '../../model/semantic-model';
import { conclusionOf, consentRelativeTo } from '../../model/conclusion';
import type { Day } from '../../model/timing';

export const CHARTER_IN_FORCE: Day = { year: 1945, month: 10, day: 24 };

/** When the Parties consented to be bound, against the Charter's entry into force. */
export function consentAgainstTheCharter(model: SemanticModel): 'before' | 'after' | 'unknown' {
  return consentRelativeTo(model.ast, CHARTER_IN_FORCE);
}

/** Whether the header shows that the Parties consented to be bound before the Charter came into force. */
export function consentedBeforeTheCharter(model: SemanticModel): boolean {
  return consentAgainstTheCharter(model) === 'before';
}

/**
 * The date of a signature before the Charter came into force whose consents the header does not
 * date, for the message's condition ("signed on 1945-07-10 …"); undefined otherwise.
 */
export function signedBeforeTheCharterConsentUndated(model: SemanticModel): string | undefined {
  const conclusion = conclusionOf(model.ast);
  if (!conclusion || consentAgainstTheCharter(model) !== 'unknown') return undefined;
  const { year, month, day } = conclusion.day;
  const before = (year - CHARTER_IN_FORCE.year || month - CHARTER_IN_FORCE.month || day - CHARTER_IN_FORCE.day) < 0;
  return before ? conclusion.iso : undefined;
}
