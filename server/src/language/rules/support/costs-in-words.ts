/**
 * A clause that says in its own words who bears costs, untagged: "Each Contracting Party shall
 * cover its own costs for personnel and equipment when performing activities under this Agreement"
 * (NL–Switzerland 2007, Art. XIV(1)), "Costs incurred as a result of the participation of Exchange
 * Personnel under this Annex shall be borne by the Party providing the Exchange Personnel" (NL–US
 * 1978, Annex VIII, IV). A transcriber who writes such a clause faithfully and tags nothing has
 * written a costs clause (ninety-third run, defect 4): `missing-costs` counts it as it counts a clause
 * tagged `about costs`, and `missing-body-costs` reads whether its words reach a body's meetings.
 *
 * Read exactly: costs or expenses borne, covered, met, paid or shared by a signatory (a Party, the
 * Parties, a Government, a Participant, a State, a side), or "for the account of" one, or a signatory
 * that bears its own costs.
 * Costs borne by a person, an applicant or an organisation that is not a signatory are not an
 * allocation between the signatories; "bear in mind" and "bear the responsibility" are not costs;
 * "free of charge" and compensation are read apart (support/payment-provisions.ts).
 *
 * The real forms, collected from the transcriptions and the Dutch treaty series (read): a share in
 * equal parts ("Common costs … shall be shared equally by the Parties", Cospas-Sarsat 1988 Art. 6.2,
 * BWBV0002153; in the series mostly an arbitration's, read below: "the remaining costs shall be borne
 * in equal parts by the Contracting Parties", NL–Singapore 1972 Art. XV(8), BWBV0003393; "borne in
 * equal shares by each side", Inmarsat Convention 1976, Annex, Art. 12, BWBV0003238), a cost that stays where it lies ("will continue to be borne by the Receiving State", NL–Norway
 * prison 2015 Art. 26, BWBV0006451), one borne whole ("shall be borne entirely by the Party or
 * Participant incurring the costs", NL–US 2012 Art. 10(5), BWBV0006073), a signatory that bears all of
 * it ("will bear all expense incident to the establishment of the cemetery", NL–US cemeteries 1970
 * Art. II(3), BWBV0004383; "The Sending State shall bear all costs of its participation in an
 * investigation", NL–Switzerland 2007 Art. XII(8), BWBV0001997) or is named by "this" or "that"
 * ("shall be borne by that Party", European Convention on Extradition 1957 Art. 24(1), BWBV0001010). A share in
 * equal parts with no bearer named is the signatories' ("costs … will be shared equally"); one "by" or
 * "between" someone else is not read.
 */
import type { Clause, Declaration } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';
import { oncePer } from '../../util/once-per';
import { matchesOf } from '../../util/all-matches';
import { combinedParts, declarationParts, sameWords } from '../../model/document-change';

const costs = String.raw`(?:costs?|expenses?|expenditures?)`;
const signatory = String.raw`(?:(?:the|each|either|both|every|this|that)\s+(?:of\s+the\s+)?(?:(?!third\b)[\p{L}-]+\s+){0,2}?(?:Contracting\s+)?(?:Part(?:y|ies)|Participants?|Governments?|States?|sides?)|(?:the\s+)?Government\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?(?:the\s+)?\p{Lu}[\p{L}-]*){0,4})`;
/** A modal of a duty, and "continue to" ("will continue to be borne by the Receiving State"). */
const modal = String.raw`(?:shall|will|are\s+to|is\s+to)\s+(?:continue\s+to\s+)?`;
/** "equally", "jointly", "in equal parts", "in equal shares", "on an equal basis". */
const equalShare = String.raw`(?:equally|jointly|in\s+equal\s+(?:parts|shares|proportions?)|on\s+an\s+equal\s+basis)`;
/**
 * An adverb between the modal and the verb that leaves the allocation standing: "normally", "in
 * principle", and those that say which costs the sentence covers beside a rule just stated —
 * "Each Party shall otherwise bear its own costs", "in all other respects", "also" (treaty lawyer
 * lr28, D11: without them the general costs clause after a rule on compensation was not read).
 */
const standingAdverb = String.raw`(?:normally|in\s+principle|otherwise|also|likewise|in\s+(?:all\s+)?other\s+(?:respects|cases))`;
/**
 * The modal with a short parenthesis set off by commas: "shall, in all other respects, bear", "shall,
 * otherwise, bear" (treaty lawyer lr29, D3), "shall, unless otherwise agreed, bear", "shall, subject to
 * paragraph 1, bear", "shall, save as otherwise provided in this Article, be borne" (lr30, D2). Whatever
 * the aside qualifies, the sentence still says who bears the costs: up to eight words, none a comma.
 * Not a negative aside: "Each Party shall, in no case, bear the costs of the other Party" says who does
 * not bear them, and the costs stay unallocated (treaty lawyer lr31, D7); "if not otherwise agreed" is
 * still an allocation.
 */
const modalCommaAdverb = String.raw`(?:shall|will|are\s+to|is\s+to)\s*,\s*(?![^,]{0,80}?(?:\b(?:no|never|neither|nor)\b|\bnot\b(?!\s+otherwise)))(?:${standingAdverb}|(?:[\p{L}\p{N}().'’-]+\s+){0,7}[\p{L}\p{N}().'’-]+)\s*,\s*(?:continue\s+to\s+)?`;
/** "shall be borne by the Party providing …", "will be met by each Participant", "shall be borne in equal parts by the Contracting Parties", "shall be shared equally by the Parties". */
const borneBy = String.raw`\b${costs}\b[^.;]{0,240}?\b(?:${modalCommaAdverb}|${modal}(?:(?:${standingAdverb}|in\s+each\s+case|entirely|exclusively|wholly|solely)\s+)?)be\s+(?:borne|met|covered|defrayed|paid|shared)\s+(?:(?:entirely|exclusively|wholly|solely|fully)\s+)?(?:${equalShare}\s+)?(?:by|between|among)\s+${signatory}\b`;
/** "… shall be borne in equal parts.", "will be shared equally;": an equal share with no bearer named is the signatories'. */
const sharedEqually = String.raw`\b${costs}\b[^.;]{0,240}?\b${modal}be\s+(?:borne|shared|divided)\s+${equalShare}(?!\s+(?:by|between|among|with)\b)`;
/** "Each Party shall bear its own costs", "The Parties shall bear the costs of …", "shall cover its own expenses", "will bear all expense incident to …", "shall share equally the costs". */
const bears = String.raw`\b${signatory}\s+(?:${modalCommaAdverb}|${modal}(?:${standingAdverb}\s+)?)(?:bear|cover|meet|defray|pay|share)\s+(?:${equalShare}\s+)?(?:all\s+(?:(?:its|their|the)\s+)?|(?:its|their|the)\s+)(?:own\s+)?(?:[\p{L}-]+\s+){0,2}?${costs}\b`;
/**
 * "The costs resulting from the application of this Article are for the account of the state which in
 * its own interest sends out its representatives" (NL–Poland veterinary 1978, Art. 4(3), BWBV0003961):
 * the Dutch treaty English for "borne by", in the present tense as in the modal's (hundred-and-thirteenth
 * run, defect 3). Only a signatory's account: "costs … shall be for the account of the employer" (ILO
 * seafarers' texts in the series) puts them on a person, not on a Party.
 */
const forTheAccountOf = String.raw`\b${costs}\b[^.;]{0,240}?\b(?:${modal}be|are|is)\s+(?:(?:${standingAdverb}|entirely|exclusively|wholly|solely)\s+)?for\s+(?:the\s+)?account\s+of\s+${signatory}\b`;
const allocates = new RegExp(`${borneBy}|${sharedEqually}|${bears}|${forTheAccountOf}`, 'iu');
/** A piece of every text `allocates` matches, under the same flags: asked first. */
const mayAllocate = /cost|expen/iu;

/**
 * The costs of a dispute's settlement are the arbitration's, not the instrument's: "Each Government
 * shall bear its own costs" in an arbitration clause (NL–UK gas pipeline agreement 2005, Art. 18(2))
 * is no costs clause of the instrument (support/costs-reach.ts). Nor are those of legal proceedings.
 */
// "proceedings of" a programme or a body is its work, not litigation: "Each Party shall bear its own
// costs of participation in the proceedings of the exchange programme" allocates costs between the
// Parties (lr21, D6); "the costs of the proceedings" or "in any proceedings" stay a dispute's.
const ofADispute = /\b(?:arbitra\w*|tribunals?|disputes?|courts?|proceedings(?!\s+of\b)|litigation)\b/iu;
/**
 * A sentence that goes on with a dispute's costs: "Each Contracting Party shall bear the cost of its own
 * arbitrator and of its representatives in the arbitral proceedings. The cost of the chairman and the
 * remaining costs shall be borne in equal parts by the Contracting Parties." (NL–Singapore 1972 Art.
 * XV(8), BWBV0003393; NL–Hungary 1987 Art. 9(9), BWBV0002345; NL–Sudan 1970 Art. XVII(7) "the cost of
 * the umpire", BWBV0004242): its chairman is the tribunal's and its remaining costs the arbitration's.
 */
const goesOn = /\b(?:chairman|chairperson|chair|umpire|president|third\s+member|remaining\s+costs|other\s+costs|rest\s+of\s+the\s+costs)\b/iu;

/**
 * The costs of a liability are not the activities': "Any costs of compensation paid to third parties for
 * damage caused during the exercise shall be shared equally" settles who pays for damage, as the
 * Netherlands–Somalia letters 2008 do ("the amount of the compensation shall be shared equally"), and
 * leaves who bears the costs of the exercise open (treaty lawyer lr26, D9; docs/rules.md, missing-costs).
 * Only the costs allocated are read for it, not the rest of the sentence: "Each Participant will bear its
 * own costs of participation in the exercise and waives any claims against the other Participant" says
 * who bears the exercise's costs, and its waiver is another matter (treaty lawyer lr27, D1).
 */
const liability = /\b(?:compensation|damages?|claims?|liabilit(?:y|ies)|indemnit(?:y|ies|ication))\b/iu;
/** Every allocation in a sentence, each where it starts: read again one character on after an allocation of a liability. */
const allocatesEach = new RegExp(allocates.source, 'giu');
/** A costs word that opens an allocation: the costs borne ("Costs … shall be borne by …") are its subject. */
const opensWithCosts = new RegExp(`^${costs}\\b`, 'iu');
/** The last two words before the subject's costs word, in the same noun phrase ("Any compensation costs shall be …"). */
const wordsBefore = /(?:[\p{L}-]+\s+){0,2}$/u;
/** The costs words with what qualifies them, up to a comma, "and", "or" or the modal: "costs of compensation paid to third parties", not "…, including any claims". */
const qualified = /^[^,;.]*?(?=[,;.]|\s(?:and|or|shall|will|are\s+to|is\s+to)\b|$)/iu;

/** Whether what an allocation found at `match` puts on the signatories is a liability: its costs words, or what qualifies them, name one. */
function allocatesALiability(sentence: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  const costsBorne = opensWithCosts.test(match[0])
    ? (wordsBefore.exec(sentence.slice(0, match.index))?.[0] ?? '') + (qualified.exec(match[0])?.[0] ?? '')
    : match[0] + (qualified.exec(sentence.slice(end))?.[0] ?? '');
  return liability.test(costsBorne);
}

/** Whether a sentence says who bears costs other than those of a liability. */
function allocatesBeyondALiability(sentence: string): boolean {
  allocatesEach.lastIndex = 0;
  for (let match = allocatesEach.exec(sentence); match !== null; match = allocatesEach.exec(sentence)) {
    if (!allocatesALiability(sentence, match)) return true;
    allocatesEach.lastIndex = match.index + 1;
  }
  return false;
}

/**
 * Whether a clause's own words say who bears costs (see above), in a sentence that is not about the
 * settlement of a dispute, in a clause not tagged as one on disputes.
 */
export function allocatesCostsInWords(model: SemanticModel, clause: Clause): boolean {
  const text = model.clauseText(clause);
  if (text === undefined || !mayAllocate.test(text) || model.topicsOf(clause).has('disputes')) return false;
  return wordsAllocateCosts(text);
}

/** Whether words say who bears costs in a sentence that is not about the settlement of a dispute, nor goes on with one's costs, nor about a liability. */
export function wordsAllocateCosts(text: string): boolean {
  return disputeSentences(singleSpaced(text)).some(({ sentence, dispute }) => !dispute && allocatesBeyondALiability(sentence));
}

/** A sentence of some words, where it ends in them, and whether it is about the settlement of a dispute or goes on with one's costs. */
export interface DisputeSentence {
  readonly sentence: string;
  /** Where it starts in the words read, and the offset just after its last character. */
  readonly start: number;
  readonly end: number;
  readonly dispute: boolean;
}

/** The boundary between two sentences: white space after "." or ";". */
const sentenceBreak = /(?<=[.;])\s+/gu;

/**
 * The sentences of some words (split after "." or ";"), each read as the costs sentences above are: a
 * dispute's where it speaks of arbitration, a tribunal, a dispute, a court or proceedings, or goes on
 * with such a sentence's costs ("The cost of the chairman and the remaining costs …" after "Each
 * Contracting Party shall bear the cost of its own arbitrator …", NL–Singapore 1972 Art. XV(8)).
 * `support/payment-provisions.ts` reads a payment's sentence with it, so the arbitration's costs are
 * not quoted as payments of the cooperation.
 */
export function disputeSentences(text: string): readonly DisputeSentence[] {
  const sentences: DisputeSentence[] = [];
  let start = 0;
  let afterADispute = false;
  const read = (end: number, next: number) => {
    const sentence = text.slice(start, end);
    const dispute = ofADispute.test(sentence) || (afterADispute && goesOn.test(sentence));
    sentences.push({ sentence, start, end, dispute });
    afterADispute = dispute;
    start = next;
  };
  for (const gap of matchesOf(text, sentenceBreak)) read(gap.index, gap.index + gap[0].length);
  read(text.length, text.length);
  return sentences;
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
