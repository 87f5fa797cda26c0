/**
 * The cooperation activities (`activities …` of a capacity-building or technology-transfer
 * block) that send one party's people to work where another is: one list for the rules that
 * ask what happens to them — their status (missing-status-of-personnel) and the claims they may
 * cause or suffer (missing-liability), which the tenth real-instrument run found asking about
 * secondments only while the status rule also knew deployments and liaison officers.
 */
import type { Name } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { oncePer } from '../../util/once-per';
import { singleSpaced } from '../../util/single-spaced';
import { assistanceInKind } from './channel-kinds';

export const personnelActivity = /^(?:secondments?|seconded-staff|exchanges?-of-personnel|personnel-exchanges?|staff-exchanges?|exchange-personnel|deployments?|liaison-officers?|embedded-(?:experts?|staff|analysts?)|visiting-experts?)$/i;

/**
 * Assistance in kind sent on request into the requesting State: a channel on which "advisory
 * services, technical support and equipment" are given "upon the request of any Party affected"
 * (OPRC-HNS Protocol 2000, Art. 5(1); OPRC 1990, Art. 7(1)), in a text that moves personnel or
 * equipment into a Party's territory for it: "the expeditious movement into, through, and out of
 * its territory of personnel, cargoes, materials and equipment" (OPRC-HNS Art. 5(3)(b), read:
 * BWBV0004763; thirty-ninth run, items 5–6). A response team sent on request is a deployment in
 * substance, as the IAEA Assistance Convention 1986 treats it (claims, Art. 10; privileges and
 * immunities, Art. 8). `personnel`: whether the text sends people (what status they have there);
 * equipment alone still raises the question of claims. Only the text's words: a channel of requests
 * with no sentence bringing anything into a territory is not one.
 */
const intoTerritory = /\b(?:arrival|entry|admission|movement|transit)\b[^.;]{0,80}?\b(?:in|into|through)\b[^.;]{0,60}?\bterritory\b[^.;]{0,160}?\b(personnel|experts|teams?|equipment|materials)\b/i;

export interface SentOnRequest {
  /** The channel's name, where the finding is reported. */
  readonly channel: Name;
  readonly personnel: boolean;
}

export const sentOnRequest = oncePer((model: SemanticModel): readonly SentOnRequest[] => {
  const channels: Name[] = [];
  for (const c of model.ast.channels) if (c.id && assistanceInKind(model, c)) channels.push(c.id);
  if (channels.length === 0) return [];
  const sentences = model.ast.clauses.flatMap((clause) => singleSpaced(model.clauseText(clause) ?? '').split(/(?<=[.;])\s+/));
  const sending = sentences.filter((s) => intoTerritory.test(s));
  if (sending.length === 0) return [];
  const personnel = sending.some((s) => /\b(?:personnel|experts|teams?)\b/i.test(s));
  return channels.map((channel) => ({ channel, personnel }));
});
