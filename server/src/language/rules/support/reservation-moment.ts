import type { SemanticModel } from '../../model/semantic-model';
import { treatyLawParties } from './vienna-convention';

/**
 * When a reservation is made: by a State "when signing, ratifying, accepting, approving or
 * acceding" (VCLT Arts. 2(1)(d), 19); by an international organisation also when "formally
 * confirming", the "act of formal confirmation" being "an international act corresponding to that
 * of ratification by a State" (1986 Vienna Convention, Arts. 2(1)(b bis), (d), 19, read:
 * BWBV0002302; not in force, cited as the text that states the rule; seventy-second run, defect 4).
 */
export function reservationMoment(model: SemanticModel): { when: string; who: string } {
  const parties = treatyLawParties(model);
  if (parties !== 'with-organisation' && parties !== 'states-and-organisation') return { when: 'A reservation is made when a State signs, ratifies, accepts, approves or accedes to the treaty (VCLT Arts. 2(1)(d), 19)', who: 'a State' };
  return {
    when: 'A reservation is made when a State or an international organisation signs, ratifies (a State), formally confirms (an organisation: the act corresponding to ratification), accepts, approves or accedes to the treaty (VCLT Arts. 2(1)(d), 19; for an organisation, the 1986 Vienna Convention, Arts. 2(1)(b bis), (d), 19)',
    who: 'a State or an organisation',
  };
}
