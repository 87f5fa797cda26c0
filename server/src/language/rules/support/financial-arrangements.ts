/**
 * Whether the text gives the Parties, or a body it sets up of them, the power to settle its
 * finances: "The Meeting of the Parties shall … h) Consider establishing financial arrangements by
 * consensus and technical assistance mechanisms to facilitate the implementation of this Protocol"
 * (PRTR Protocol 2003, Art. 17(2)(h); forty-ninth run, item 1). That is the text's costs mechanism,
 * as "shall be borne by the Parties in the manner to be determined by them" is (Budapest Convention
 * Art. 46(4)): a multilateral treaty of this kind leaves its budget to decisions of the Parties by
 * design, and a costs clause beside it would pre-empt them.
 *
 * So are the contributions of each signatory where the text leaves them to the arrangements that
 * carry it out: "supplementary arrangements …, which will set forth the nature and amounts of the
 * contributions to be made by each Government" (NL–US Weapons Production notes 1960, para. 8;
 * eightieth run, defect 1) allocate the costs project by project, and a costs clause beside them
 * would pre-empt them.
 *
 * Only a power to establish, adopt or decide on financial arrangements (or financial rules, a
 * financial mechanism), or the setting of each signatory's contributions where the sentence says
 * they are financial (lr18, D3), counts. A secretariat that acts "on the basis of available resources"
 * (PRTR Art. 21(d)) allocates nothing: it bounds the functions the Meeting may give it, and says
 * nothing of who bears them. Nor does "financial assistance" given to others (UN Firearms
 * Protocol Art. 14), which is what is given, not how the Parties' costs are met.
 */
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';
import { oncePer } from '../../util/once-per';
import { saysInProse } from './instrument-prose';

/** What every text `settles` matches holds, under the same flags: asked first, at a fraction of the cost (a `\p{L}` pattern has no ASCII twin). */
const maySettle = /financial|contributions?/iu;
const settlesFinances = String.raw`\b(?:establish(?:es|ing)?|adopt(?:s|ing)?|decid(?:e|es|ing)\s+(?:on|upon)|determin(?:e|es|ing)|agree(?:s|ing)?\s+(?:on|upon))\s+(?:the\s+|such\s+|any\s+)?(?:[\p{L}-]+\s+){0,2}?financial\s+(?:arrangements|rules|mechanisms?|provisions)\b`;
/**
 * The contributions of each signatory, left to the arrangements that carry the cooperation out:
 * "our two Governments … will enter into supplementary arrangements covering the specific projects
 * involved, which will set forth the nature and amounts of the contributions to be made by each
 * Government" (NL–US Weapons Production notes 1960, para. 8; eightieth run, defect 1). The words
 * that settle them and the contributions in one sentence, within a few words of each other.
 */
const contributions = String.raw`(?:[\p{L}-]+\s+){0,6}?contributions?\s+(?:to\s+be\s+made\s+by|made\s+by|of|from)\s+(?:each|both|the)\s+(?:of\s+the\s+)?(?:Contracting\s+)?(?:Part(?:y|ies)|Governments?|Participants?|States?|sides?)\b`;
const settlesContributions = String.raw`\b(?:set(?:s|ting)?\s+(?:forth|out)|determin(?:e|es|ed|ing)|agree(?:s|d|ing)?\s+(?:on|upon)|specif(?:y|ies|ied|ying)|la(?:y|ys|id)\s+down|establish(?:es|ed|ing)?|fix(?:es|ed|ing)?)\s+(?:the\s+)?${contributions}`;
/**
 * The same, said the other way round: the contributions to each project are to be laid down in the
 * arrangement that sets the project up. "A decision to cooperate as referred to in paragraph 1
 * above, the contributions to a project and the manner in which a project is to be implemented shall
 * in each case be laid down in an arrangement to be established by the two competent authorities"
 * (NL–Zambia technical cooperation 1979, Art. I(2); ninety-third run, defect 4). What is put into a
 * project is its funding in cash or kind, so no other word of money is asked; contributions to a
 * report, a plan or an assessment are a share of the writing, not of the costs (lr18, D3), and an
 * arrangement only to be "discussed" or "considered" lays nothing down.
 */
const projectContributions = String.raw`\bcontributions?\s+to\s+(?:a|the|each|any|every|such)\s+(?:[\p{L}-]+\s+)?(?:projects?|programmes?|programs?)\b(?!\s+(?:reports?|documents?|plans?|papers?|proposals?|descriptions?|evaluations?|assessments?|meetings?)\b)[^.;]{0,160}?\b(?:shall|will)\s+(?:in\s+(?:each|every)\s+case\s+)?be\s+(?:laid\s+down|determined|set\s+(?:out|forth)|specified|fixed|agreed(?:\s+upon)?|stipulated)\s+in\s+(?:an?|the|each|separate|supplementary|specific)\s+(?:[\p{L}-]+\s+){0,2}?(?:arrangements?|agreements?|contracts?|protocols?|exchanges?\s+of\s+(?:notes|letters))\b`;
const settles = new RegExp(`${settlesFinances}|${settlesContributions}|${projectContributions}`, 'iu');
const settlesFinancesOnly = new RegExp(`${settlesFinances}|${projectContributions}`, 'iu');
const settlesContributionsOnly = new RegExp(settlesContributions, 'iu');
/**
 * Contributions are a funding allocation only where the sentence says they are financial: "the
 * nature and amounts of the contributions" (NL–US 1960, para. 8), funds, costs, a budget, cash or
 * kind. "agree on the contributions of each Party to the annual joint threat assessment report" is
 * about who writes what, and allocates nothing (treaty lawyer lr18, D3).
 */
const financialContext = /\b(?:amounts?|financial|financ(?:e|es|ing)|funds?|funding|costs?|expenses?|expenditures?|budget(?:s|ary)?|monetary|payments?|sums?|in\s+(?:cash|kind))\b/iu;

/** Each sentence (or list item) of a text: the contributions and their financial context are read in one. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.;:])\s+/u);
}

function settlesIn(text: string): boolean {
  if (settlesFinancesOnly.test(text)) return true;
  return settlesContributionsOnly.test(text) && sentences(text).some((s) => settlesContributionsOnly.test(s) && financialContext.test(s));
}

/** The Parties, or a body they make up, as the ones who settle: the sentence names them. */
function partiesOrBody(model: SemanticModel, sentence: string): boolean {
  if (/\b(?:Meeting|Conference|Assembly)\s+of\s+the\s+(?:States\s+)?Parties\b|\b(?:the\s+)?(?:Contracting\s+)?Parties\b/iu.test(sentence)) return true;
  // "our two Governments … will enter into supplementary arrangements" (NL–US 1960, para. 8).
  if (/\b(?:our|the)\s+(?:two\s+|both\s+)?(?:Governments|Participants|sides)\b|\beach\s+(?:Government|Participant)\b/iu.test(sentence)) return true;
  // Their competent authorities together: "an arrangement to be established by the two competent
  // authorities" (NL–Zambia 1979, Art. I(2)); one side's authority alone settles nothing between them.
  if (/\b(?:the\s+)?(?:two|both)\s+competent\s+authorities\b|\bcompetent\s+authorities\s+of\s+(?:the\s+)?(?:two\s+|both\s+)?(?:Contracting\s+)?(?:Parties|Governments|States)\b/iu.test(sentence)) return true;
  return model.ast.bodies.some((body) => [body.id?.text, body.name?.value].some((name) => name !== undefined && sentence.includes(name)));
}

/**
 * The clauses and the body mandates. A clause is read whole: the power sits in a list item ("h)
 * Consider establishing …") and who holds it in the words that open the list ("The Meeting of the
 * Parties shall …"); a mandate is the body's own.
 */
function texts(model: SemanticModel): { text: string; mandate: boolean }[] {
  const clauses = model.ast.clauses.map((clause) => ({ text: singleSpaced(model.clauseText(clause) ?? ''), mandate: false }));
  const mandates = model.ast.bodies.flatMap((body) => (body.mandate ? [{ text: singleSpaced(body.mandate.value), mandate: true }] : []));
  // An exchange of notes says its terms in its notes (NL–US 1960: para. 8 of Note I).
  const notes = model.ast.notes.flatMap((note) => (note.body ? [{ text: singleSpaced(note.body.value), mandate: false }] : []));
  return [...clauses, ...mandates, ...notes];
}

// The instrument's prose (clauses and mandates among it) is asked first through the prose memo, which
// rescans only the texts an edit changed: most texts never speak of financial arrangements, and the
// clause-by-clause reading below then never runs on a keystroke.
const settledBy = oncePer((model: SemanticModel) =>
  saysInProse(model, settles, maySettle) && texts(model).some(({ text, mandate }) => settlesIn(text) && (mandate || partiesOrBody(model, text))),
);

/** Whether the Parties, or their body, are to settle the instrument's finances (see above). */
export function financesLeftToTheParties(model: SemanticModel): boolean {
  return settledBy(model);
}
