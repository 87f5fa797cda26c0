/**
 * Whether a treaty was concluded before the UN Charter was signed ("DONE at San Francisco the
 * twenty-sixth day of June, one thousand nine hundred and forty-five", read: BWBV0004143). Such a
 * treaty was not "entered into by any Member of the United Nations after the present Charter comes
 * into force" (Art. 102(1)): the duty to register does not reach it (treaty lawyer lr17, D1). For a
 * treaty concluded between that day and the Charter's entry into force, or by a State admitted
 * later, the registration message's condition ("a UN Member when it entered into the treaty") says
 * who is bound; Entente holds no admission dates.
 */
import type { SemanticModel } from '../../model/semantic-model';
import { conclusionOf } from '../../model/conclusion';

const CHARTER_SIGNED = '1945-06-26';

export function concludedBeforeTheCharter(model: SemanticModel): boolean {
  const conclusion = conclusionOf(model.ast);
  return conclusion !== undefined && conclusion.iso < CHARTER_SIGNED;
}
