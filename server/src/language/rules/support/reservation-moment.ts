import type { SemanticModel } from '../../model/semantic-model';
import { treatyLawParties } from './vienna-convention';
import { organisationConsentRules, type AdoptingOrgan } from './adopted-within-organisation';
import { orList } from '../../util/word-list';

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

/** The verb for each means of consent, for "when a State ratifies or accepts the treaty". */
const consentVerbs: readonly [RegExp, string][] = [
  [/^sign/iu, 'signs'],
  [/^ratif/iu, 'ratifies'],
  [/^accept/iu, 'accepts'],
  [/^approv/iu, 'approves'],
  [/^acce(?:ssion|de)/iu, 'accedes to'],
];

/**
 * What a reviewer of a concluded treaty adopted within an organisation (adopted-within-organisation.ts)
 * is told of reservations, after "The text is concluded (…):": whether any may be made is for the
 * organisation's rules first; where they admit one, it is made with the acts of consent the
 * organisation's constitution provides, where the checker has read it, else those the header
 * declares (`consent by …`) — never on a signature neither provides for: the Members do not sign an
 * ILO Convention (ILO Constitution Art. 19(4)–(5); treaty lawyer lr20, D7).
 */
export function adoptedReservationNote(model: SemanticModel, adopted: AdoptingOrgan): string {
  const constitution = organisationConsentRules(adopted);
  const means = constitution?.acts ?? (model.ast.instrument?.consent?.means ?? []).map((m) => m.text);
  const verbs = [...new Set(means.map((m) => consentVerbs.find(([pattern]) => pattern.test(m))?.[1]).filter((v): v is string => v !== undefined))];
  const act = verbs.length > 0 ? `${orList(verbs)} the treaty` : 'consents to be bound by the treaty';
  return `nothing in it is to be changed. Where those rules admit one, a reservation is made when a State ${act} (VCLT Arts. 2(1)(d), 19): any made are in the record of each instrument of consent.${constitution ? ` Here ${constitution.words}.` : ''}`;
}
