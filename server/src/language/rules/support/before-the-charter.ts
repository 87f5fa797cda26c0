/**
 * Whether a treaty was concluded before the UN Charter came into force. Art. 102(1) reaches only
 * a treaty "entered into by any Member of the United Nations after the present Charter comes into
 * force" (read: BWBV0004143), and the Charter came into force "upon the deposit of ratifications by"
 * the five States named "and by a majority of the other signatory states" (Art. 110(3), read):
 * on 24 October 1945 (UN Dag Hammarskjöld Library, ask.un.org/faq/14595, read: "On October 24,
 * 1945, this condition was fulfilled, the UN Charter entered into force"). Until then no State was
 * a Member (Arts. 3, 110(4), read), so a treaty concluded before that day, even after the signature
 * of 26 June 1945, is outside the duty to register (treaty lawyers lr17, D1; lr18, D4). A treaty of
 * a State admitted later is covered by the registration message's condition ("a UN Member when it
 * entered into the treaty").
 */
import type { SemanticModel } from '../../model/semantic-model';
import { conclusionOf } from '../../model/conclusion';

const CHARTER_IN_FORCE = '1945-10-24';

export function concludedBeforeTheCharter(model: SemanticModel): boolean {
  const conclusion = conclusionOf(model.ast);
  return conclusion !== undefined && conclusion.iso < CHARTER_IN_FORCE;
}
