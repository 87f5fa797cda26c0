/** How a finding names the parties that belong to a group of States (the UN, the EU). */
import { formerCountry, formerShortName } from '../../ast/iso3166-3';
import { unionTerritory } from '../../data/european-union';
import type { SemanticModel } from '../../model/semantic-model';

/**
 * "NL is a UN Member; VL acts in BE, a UN Member": a party that is not itself a State (a
 * government, an agency, a federated entity written `kind government`) is named with the State it
 * acts in, never called a Member itself (the seventeenth run: the Flemish Community was called one).
 * In the past tense for a membership that has ended ("GB was a Member State of the European
 * Communities when this treaty was concluded").
 */
export function memberStates(model: SemanticModel, ids: readonly string[], membership: string, tense: 'present' | 'past' = 'present', together = false): string {
  const kindOf = (id: string) => model.signatories.find((p) => p.id === id)?.effective.kind?.value;
  const states = ids.filter((id) => kindOf(id) === 'state');
  // The first noun of the membership is the one that agrees: "EU Member States since 1 January 1986, bound …".
  const plural = membership.replace(/^an? /u, '').replace(/\b(Member State|State|Member)\b/u, '$1s');
  const [is, are] = tense === 'past' ? ['was', 'were'] : ['is', 'are'];
  const phrases = states.length === 0 ? [] : [states.length === 1 ? `${states[0]} ${is} ${membership}` : `${states.join(', ')} ${are} ${plural}`];
  // `together`: governments written with their State's code that share the words are named in one
  // phrase, "DK, IE act for or in their States, EU Member States since 1 January 1973, …", so that the
  // words stand once for all of them and a long list stays within a message (fifty-sixth run).
  const own = (id: string) => model.signatories.find((p) => p.id === id)?.jurisdiction === id;
  const grouped = together ? ids.filter((i) => kindOf(i) !== 'state' && own(i) && !unionTerritory(i)) : [];
  if (grouped.length > 1) phrases.push(`${grouped.join(', ')} act for or in their States, ${plural}`);
  for (const id of ids.filter((i) => kindOf(i) !== 'state' && (grouped.length < 2 || !grouped.includes(i)))) {
    const jurisdiction = model.signatories.find((p) => p.id === id)?.jurisdiction;
    // French Guiana or Åland is part of a Member State, not one (TFEU Art. 355(1), (4)).
    const territory = unionTerritory(jurisdiction);
    // "NL acts for or in NL" read as a slip where the drafter named the Government by its State's code (fortieth run, point 4).
    // A former country by its name, not its ISO 3166-3 code: "CS acts for or in Czechoslovakia" (lr26 D6).
    const named = jurisdiction !== undefined && formerCountry(jurisdiction) ? formerShortName(jurisdiction) : jurisdiction;
    const state = territory ? `${jurisdiction}, part of ${territory.memberState}` : jurisdiction === id ? 'its State' : (named ?? 'a State');
    phrases.push(`${id} acts for or in ${state}, ${membership}`);
  }
  return phrases.join('; ');
}
