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
import type { Clause, Declaration } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';
import { oncePer } from '../../util/once-per';
import { combinedParts, declarationParts, sameWords } from '../../model/document-change';

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
 * Per top-level declaration: for a clause written in place without a library entry, whether its
 * words allocate costs; `library` for a clause that takes a library entry (its text and topics are
 * the library's: asked each time, see `allocatesInWordsAt`); undefined for any other declaration.
 * Without a library entry the answer is a function of the clause's own words (its body, its `about`
 * topics, its id: what `clauseText` and `topicsOf` read), so it is kept with its node
 * (`declarationParts`) and a keystroke reads the edited clause only (issue #11): every clause's
 * text against these patterns was a tenth of a steady keystroke at 10k lines.
 */
type InWords = boolean | 'library' | undefined;
const partName = 'costs-in-words';
function inWordsPart(model: SemanticModel) {
  return (d: Declaration): InWords => {
    if (d.type !== 'Clause') return undefined;
    return d.libraryRef !== undefined ? 'library' : allocatesCostsInWords(model, d);
  };
}

/** Per declaration, as `inWordsPart` says (the same list object while an edit changes no answer). */
export function allocationsInWords(model: SemanticModel): readonly InWords[] {
  return declarationParts(partName, model, '', inWordsPart(model), sameWords);
}

/** Whether the clause at `index` of the declarations says in words who bears costs (`part` its entry of `allocationsInWords`). */
export function allocatesInWordsAt(model: SemanticModel, part: InWords, index: number): boolean {
  return part === 'library' ? allocatesCostsInWords(model, model.ast.declarations[index] as Clause) : part === true;
}

/** Whether some clause written in place says so, and where the clauses with library entries are: combined from the parts. */
const inWordsSummary = (parts: readonly InWords[]) => {
  const library: number[] = [];
  let some = false;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === true) some = true;
    else if (parts[i] === 'library') library.push(i);
  }
  return { some, library };
};

/** Whether any of the instrument's own clauses says in words who bears costs: once per model, from the parts kept per clause. */
export const costsAllocatedInWords = oncePer((model: SemanticModel): boolean => {
  const { some, library } = combinedParts(partName, model, '', inWordsPart(model), inWordsSummary, sameWords);
  return some || library.some((i) => allocatesCostsInWords(model, model.ast.declarations[i] as Clause));
});
