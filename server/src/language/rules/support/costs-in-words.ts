/**
 * A clause that says in its own words who bears costs, untagged: "Each Contracting Party shall
 * cover its own costs for personnel and equipment when performing activities under this Agreement"
 * (NL–Switzerland 2007, Art. XIV(1)), "Costs incurred as a result of the participation of Exchange
 * Personnel under this Annex shall be borne by the Party providing the Exchange Personnel" (NL–US
 * 1978, Annex VIII, IV). A transcriber who writes such a clause faithfully and tags nothing has
 * written a costs clause (ninety-third run, defect 4): `missing-costs` counts it as it counts a clause
 * tagged `about costs`, and `missing-body-costs` reads whether its words reach a body's meetings.
 *
 * Read exactly: costs or expenses borne, covered, met or paid by a signatory (a Party, the Parties,
 * a Government, a Participant, a State, a side), or a signatory that bears its own costs. Costs
 * borne by a person, an applicant or an organisation that is not a signatory are not an allocation
 * between the signatories; "bear in mind" and "bear the responsibility" are not costs; "free of
 * charge" and compensation are read apart (support/payment-provisions.ts).
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';
import { oncePer } from '../../util/once-per';

const costs = String.raw`(?:costs?|expenses?|expenditures?)`;
const signatory = String.raw`(?:(?:the|each|either|both|every)\s+(?:of\s+the\s+)?(?:(?!third\b)[\p{L}-]+\s+){0,2}?(?:Contracting\s+)?(?:Part(?:y|ies)|Participants?|Governments?|States?|sides?)|(?:the\s+)?Government\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?(?:the\s+)?\p{Lu}[\p{L}-]*){0,4})`;
/** "shall be borne by the Party providing …", "will be met by each Participant". */
const borneBy = String.raw`\b${costs}\b[^.;]{0,160}?\b(?:shall|will|are\s+to|is\s+to)\s+(?:(?:normally|in\s+principle|in\s+each\s+case)\s+)?be\s+(?:borne|met|covered|defrayed|paid)\s+(?:jointly\s+|equally\s+)?by\s+${signatory}\b`;
/** "Each Party shall bear its own costs", "The Parties shall bear the costs of …", "shall cover its own expenses". */
const bears = String.raw`\b${signatory}\s+(?:shall|will|are\s+to|is\s+to)\s+(?:(?:normally|in\s+principle)\s+)?(?:bear|cover|meet|defray|pay)\s+(?:all\s+)?(?:its|their|the)\s+(?:own\s+)?(?:[\p{L}-]+\s+){0,2}?${costs}\b`;
const allocates = new RegExp(`${borneBy}|${bears}`, 'iu');
/** A piece of every text `allocates` matches, under the same flags: asked first. */
const mayAllocate = /cost|expen/iu;

/**
 * The costs of a dispute's settlement are the arbitration's, not the instrument's: "Each Government
 * shall bear its own costs" in an arbitration clause (NL–UK gas pipeline agreement 2005, Art. 18(2))
 * is no costs clause of the instrument (support/costs-reach.ts). Nor are those of legal proceedings.
 */
const ofADispute = /\b(?:arbitra\w*|tribunals?|disputes?|courts?|proceedings|litigation)\b/iu;

/**
 * Whether a clause's own words say who bears costs (see above), in a sentence that is not about the
 * settlement of a dispute, in a clause not tagged as one on disputes.
 */
export function allocatesCostsInWords(model: SemanticModel, clause: Clause): boolean {
  const text = model.clauseText(clause);
  if (text === undefined || !mayAllocate.test(text) || model.topicsOf(clause).has('disputes')) return false;
  return singleSpaced(text)
    .split(/(?<=[.;])\s+/u)
    .some((sentence) => allocates.test(sentence) && !ofADispute.test(sentence));
}

/**
 * Whether any of the instrument's own clauses says in words who bears costs: once per model. A loop,
 * not a callback made per model: V8 keeps the optimised code of a closure made per call only while
 * one lives, so after a full garbage collection every keystroke ran the callback (and the check it
 * had inlined) unoptimised and compiled it again; `allocatesCostsInWords` is optimised on its own.
 */
export const costsAllocatedInWords = oncePer((model: SemanticModel): boolean => {
  for (const clause of model.ast.clauses) if (allocatesCostsInWords(model, clause)) return true;
  return false;
});
