/**
 * What the signatories of a concluded text silent on disputes can still do, said after "The text
 * is concluded (…):" on `missing-dispute-settlement` (rules/rule.ts, `onConcludedText`).
 *
 * A treaty in force is amended by its Parties, not its signatories (many accede without signing).
 * A bilateral one only by agreement between the two (VCLT Art. 39: "A treaty may be amended by
 * agreement between the parties"); a multilateral one under its own amendment procedure, or else
 * by an amending agreement that binds only the Parties that become party to it (Art. 40(1), (4)),
 * or by an agreement among some of them modifying it between themselves alone (Art. 41); meanwhile
 * disputes are settled by peaceful means (UN Charter Art. 2(3)), of the parties' own choice (cf. Art. 33(1),
 * which obliges only the parties to a dispute likely to endanger international peace; lr15, D8). Every citation of the
 * Vienna Conventions goes through vienna-convention.ts, which says how far each binds. Between
 * Member States under an act of Union law, the choice is among the means Art. 344 TFEU leaves open
 * (union-act-disputes.ts).
 *
 * A memorandum that is no treaty is not governed by the law of treaties (the treaty lawyers' open
 * items of 5 December 2026, item 2): its signatories change it as they made it, by amending it or
 * by a new one, and take up a difference between themselves; no treaty article and no Charter
 * provision is cited for it. While the status is open, both, each under its condition.
 */
import { omittedList, omittedPartsAbout } from '../../model/excerpt';
import type { SemanticModel } from '../../model/semantic-model';
import { coversTopic, signatoryWord } from './applicability';
import { amendmentClausesForPartOnly, partAmendedInWords } from './partial-amendment';
import { viennaCitation } from './vienna-convention';
import { memberStatesUnderUnionAct } from './union-membership';
import { unionActMeanwhile } from './union-act-disputes';
import { adoptedBy, adoptingOrgan, organisationDisputeRules, type AdoptingOrgan } from './adopted-within-organisation';

export function disputesOnConcludedText(model: SemanticModel): string {
  const nature = model.legalNature;
  // Between Member States under a Union act, Art. 344 TFEU narrows the Charter's free choice (lr6 item 2).
  const meanwhile = memberStatesUnderUnionAct(model) ? unionActMeanwhile(model) : undefined;
  // Adopted within an organisation, its rules come first (VCLT Art. 5): the Parties' free choice is not stated as the law (eighty-sixth run, defect 2).
  const adopted = nature === 'treaty' ? adoptingOrgan(model) : undefined;
  if (adopted) return withinOrganisation(model, adopted);
  if (nature === 'treaty') return `${treatyCourse(model)}; ${meanwhile ?? 'meanwhile any dispute is to be settled by peaceful means (UN Charter Art. 2(3), for Parties that are UN Members), by means of the Parties\' own choice (cf. Art. 33(1))'}, and the text stands as in force.`;
  if (nature === 'mou') return `${memorandumCourse(model)}, and meanwhile take up a difference in consultations between them; the text stands as signed.`;
  return `if it is a treaty, ${treatyCourse(model)}; if it is a ${kindWord(model)} that is no treaty, ${memorandumCourse(model)}. Meanwhile the text stands as signed.`;
}

/**
 * A treaty adopted by an organisation's organ (adopted-within-organisation.ts): the organisation's
 * rules first, with its constitution's words where read (ILO Constitution Arts. 37(1), 26(1));
 * what the Parties can add, subject to those rules; peaceful means only for what they leave open.
 */
function withinOrganisation(model: SemanticModel, adopted: AdoptingOrgan): string {
  // Only what the organisation's constitution says, where read; no rules presumed where it has none for this treaty (lr20, D7).
  const own = organisationDisputeRules(adopted);
  const rules = own?.reaches
    ? `the organisation's rules on disputes come first: ${own.words}`
    : `any rules of the organisation on disputes under treaties adopted within it come first (the checker has not read them)${own ? `; ${own.words}` : ''}`;
  return `the treaty was ${adoptedBy(adopted)}, and the Vienna Convention applies to a treaty adopted within an international organization "without prejudice to any relevant rules of the organization" (${viennaCitation(model, 'Art. 5')}), so ${rules}. Subject to those rules, ${treatyCourse(model)}; a dispute those rules leave open is to be settled by peaceful means (UN Charter Art. 2(3), for Parties that are UN Members); the text stands as in force.`;
}

function treatyCourse(model: SemanticModel): string {
  if (!model.isMultilateral) return `a dispute-settlement procedure can be added by an agreement between the Parties amending the treaty (${viennaCitation(model, 'Art. 39')}), or for one dispute by special agreement`;
  const own = ownAmendmentProcedure(model);
  if (own === 'unknown') {
    return `a dispute-settlement procedure can be added by an agreement amending the treaty, under its own amendment procedure if the omitted ${omittedList(omittedPartsAbout(model, ['amendment']))} provides one, or by an agreement among some of the Parties modifying it between themselves alone (${viennaCitation(model, 'Arts. 39–41')}), or for one dispute by special agreement`;
  }
  if (own === 'none') {
    const part = partAmendedInWords(model)?.part;
    return `a dispute-settlement procedure can be added only by amending the treaty, and the text states no procedure for amending it${part ? ` as a whole (only for its ${part})` : ''}, so only by a new agreement: one amending the treaty, open to all the Parties and binding only those that become party to it, or one among some of the Parties modifying it between themselves alone (${viennaCitation(model, 'Arts. 39–41')}), or for one dispute by special agreement`;
  }
  return `a dispute-settlement procedure can be added by amendment under the treaty's own procedure (binding only the Parties that accept it, unless the treaty provides otherwise), by an agreement among some or all of the Parties (${viennaCitation(model, 'Arts. 39–41')}), or for one dispute by special agreement`;
}

/**
 * Whether the treaty has an amendment procedure for the whole text: a header `amendment by …`, or a
 * clause (or words) on amendment that is not a procedure for an annex alone (partial-amendment.ts;
 * Financing of Terrorism Convention 1999, Art. 23, amends its annex only). `unknown` where the
 * transcribed part has none and a part left out is declared to be about amendment (`omitted
 * "Articles 41 to 57" about amendment`): the message then says nothing either way.
 */
function ownAmendmentProcedure(model: SemanticModel): 'stated' | 'none' | 'unknown' {
  if (model.ast.instrument?.amendment !== undefined) return 'stated';
  if (coversTopic(model, 'amendment') && !amendmentClausesForPartOnly(model) && (model.clausesAbout('amendment').length > 0 || partAmendedInWords(model) === undefined)) return 'stated';
  return omittedPartsAbout(model, ['amendment']).length > 0 ? 'unknown' : 'none';
}

function memorandumCourse(model: SemanticModel): string {
  return `the ${signatoryWord(model)} can add a dispute-settlement procedure by amending the ${kindWord(model)} or by a new one, as they decide together`;
}

/** "memorandum", "arrangement", "declaration": the text's own kind, as its signatories call it. */
function kindWord(model: SemanticModel): string {
  const kind = model.ast.instrument?.kind.value;
  return kind === 'memorandum' || kind === 'arrangement' || kind === 'declaration' || kind === 'framework' ? kind : 'memorandum';
}
