/**
 * Two readings of a treaty concluded by a State before its accession to the Union, for the
 * sentence on GDPR Art. 96 / LED Art. 61 (treaty lawyer lr29, D5: the Croatia–Curaçao savings
 * income letters of 3 and 27 June 2013, Croatia acceding on 1 July 2013).
 *
 * - TFEU Art. 351 protects agreements concluded "vóór de datum van hun toetreding gesloten tussen
 *   één of meer lidstaten enerzijds en één of meer derde staten anderzijds" (read: Dutch text
 *   BWBV0001506): with a third State. An acceding State's agreement with a Member State — or with a
 *   Member State acting for a territory of its realm ("the Kingdom of the Netherlands, in respect of
 *   Curaçao") — is not such an agreement, and the article is not cited for it.
 * - An exchange whose letters provide for later constitutional formalities ("our mutual
 *   undertaking to comply at the earliest possible date with our internal constitutional
 *   formalities for the entry into force of this Convention"; the Convention "shall enter into
 *   force … the later of the dates on which the respective Governments have notified each other in
 *   writing that the formalities constitutionally required in their respective States have been
 *   complied with", Art. 12) does not express consent to be bound by the reply: the sentence is
 *   conditional, as for a signature subject to ratification.
 */
import type { SemanticModel } from '../../model/semantic-model';
import type { PartyFacts } from '../../model/semantic-model';
import { realmTerritory } from '../../data/realms';
import { membershipOn, type MembershipDay } from '../../data/union-membership';
import { singleSpaced } from '../../util/single-spaced';

/** Whether every other signatory was a third State on `day`: neither a Member State nor a territory of a Member State's realm. */
export function withThirdStatesOnly(model: SemanticModel, exporter: PartyFacts, day: MembershipDay): boolean {
  const others = model.signatories.filter((p) => p.id !== exporter.id);
  return others.length > 0 && others.every((p) => {
    const code = p.jurisdiction;
    const state = realmTerritory(code)?.state ?? code;
    return membershipOn(state, day) !== 'member';
  });
}

/** Words by which the text makes its entry into force wait for constitutional formalities after the exchange. */
const laterFormalities = /\b(?:(?:internal\s+)?constitutional\s+(?:formalities|requirements|procedures)|formalities\s+constitutionally\s+required)\b/iu;

/** Whether an exchange of notes or letters provides, in its own words, for constitutional formalities before it enters into force. */
export function exchangeAwaitsFormalities(model: SemanticModel): boolean {
  if (!model.isExchange) return false;
  const texts = [...model.ast.clauses.map((c) => model.clauseText(c) ?? ''), ...model.ast.notes.map((n) => n.body?.value ?? '')];
  return texts.some((t) => laterFormalities.test(singleSpaced(t)));
}
