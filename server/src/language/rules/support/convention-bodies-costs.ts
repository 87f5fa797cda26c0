/**
 * Who pays for the bodies of an open multilateral convention that says nothing on it: the usual
 * answers, and the organisation the text ties the meetings to (seventy-third run, defect 3;
 * seventy-fourth run, defect 2).
 *
 * A convention open to States that did not negotiate it, whose only costly things are the meetings
 * of its own bodies, leaves their costs, as a rule, outside its text: to the budget of the
 * organisation that convenes them or provides their secretariat, or to the financial arrangements
 * the Parties decide at their meeting. The Istanbul Convention (CETS 210, 2011; BWBV0006074) says
 * only "The Committee of the Parties shall be convened by the Secretary General of the Council of
 * Europe" (Art. 67(2)), and its Appendix names the "staff members of the Council of Europe and
 * interpreters employed by the Council of Europe accompanying GREVIO during its country visits";
 * the Protocol on Water and Health (1999; BWBV0004373) gives the secretariat to "The Executive
 * Secretary of the Economic Commission for Europe and the Regional Director of the Regional Office
 * for Europe of the World Health Organization", among its functions "The convening and preparing
 * of meetings of the Parties" and "such other functions as may be determined by the Meeting of the
 * Parties on the basis of available resources" (Art. 17(1)(a), (c)). Neither names "each Party
 * bears its own costs, or a cost share", the only answers a bilateral agreement has; where the
 * drafters did speak, they chose one of these: "Except where assumed by the Council of Europe,
 * expenses incurred in carrying out the provisions of paragraph 1 shall be borne by the Parties in
 * the manner to be determined by them" (Budapest Convention Art. 46(4); BWBV0001839).
 *
 * On a concluded text the silence is usual and nothing is added to the text for it: the finding is
 * a note there (missing-costs.ts, `profileCeiling`). A bilateral or closed agreement, or a
 * convention that sets up exercises, training or other activities of the Parties beside its
 * bodies, keeps the ordinary finding: those costs are the Parties' own to allocate.
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';
import { costlyActivities, costlyBodies } from './costly-activities';
import { bodyNamePatterns } from './costs-reach';
import { openToOthers } from './open-to-others';
import { matchesOf } from '../../util/all-matches';

/** Open to States that did not negotiate it: an open class, an opening for signature, or accession. */
export function openMultilateral(model: SemanticModel): boolean {
  return model.isMultilateral && openToOthers(model);
}

/** An open multilateral convention whose only costly things are the meetings of its own bodies. */
export function onlyConventionBodies(model: SemanticModel): boolean {
  const bodies = costlyBodies(model).length;
  return bodies > 0 && costlyActivities(model).length === bodies && openMultilateral(model);
}

const ties = /\b(?:conven(?:e|es|ed|ing)|secretariat)\b/iu;
const capital = String.raw`[A-Z][\p{L}'’-]*`;
/** An organisation by name: "… Organization", "… Agency", the United Nations, the Council of Europe, a UN regional commission. */
const organisation = new RegExp(String.raw`(?:${capital}\s+)+(?:Organi[sz]ation|Agency)\b|\bUnited\s+Nations\b|\bCouncil\s+of\s+Europe\b|\bEconomic\s+(?:and\s+Social\s+)?Commission\s+for\s+${capital}`, 'u');
const partiesMeeting = /\b(?:meetings?|Conference|Assembly)\s+of\s+(?:the\s+)?(?:Contracting\s+|States\s+)?Parties\b/iu;
const sentenceEnd = /(?<!\b(?:Art|Arts|No|para|paras|cf))[.;](?:\s|$)/u;
/** The source's list number before a sentence ("2. ", "a) "), not part of the quotation. */
const listNumber = /^(?:\(?(?:\d{1,3}|[a-z])\)|\d{1,3}\.)\s+/u;

/**
 * What ties the bodies' meetings to an organisation that is not a party, in the text's words, with
 * the clause as the text cites it: `"The Committee of the Parties shall be convened by the Secretary
 * General of the Council of Europe" (Article 67)`. A sentence that names a costly body (or the meetings of the Parties)
 * and the convening or the secretariat, and an organisation; quoted up to a colon that opens a list.
 */
export function organisationTies(model: SemanticModel): Tie[] {
  const names = costlyBodies(model).flatMap(bodyNamePatterns);
  // An organisation that is itself a party convenes its own organs; "the member States of the
  // Council of Europe" (a class of parties) is not the Council of Europe.
  const parties = model.ast.parties.flatMap((p) => [p.id?.text, p.name?.value.replace(/^the\s+/iu, '')]).filter((n): n is string => n !== undefined).map((n) => n.toLowerCase());
  const found: Tie[] = [];
  for (const clause of model.ast.clauses) {
    const text = model.clauseText(clause);
    if (!text || !ties.test(text)) continue;
    for (const sentence of singleSpaced(text).split(sentenceEnd)) {
      const org = organisation.exec(sentence)?.[0];
      if (!org || !ties.test(sentence) || parties.includes(org.toLowerCase())) continue;
      if (!partiesMeeting.test(sentence) && !names.some((n) => n.test(sentence))) continue;
      const words = sentence.replace(listNumber, '').split(':')[0].trim();
      const cited = clauseCitation(clause);
      found.push({ quoted: `"${words}"${cited ? ` (${cited})` : ''}`, convenes: /\bconven/iu.test(words), secretariat: /\bsecretariat\b/iu.test(words) });
      if (found.length === 2) return found;
    }
  }
  return found;
}

interface Tie {
  readonly quoted: string;
  readonly convenes: boolean;
  readonly secretariat: boolean;
}

/**
 * A clause as the text cites it: the designation its heading carries ("Article 67" of "Article 67 –
 * Committee of the Parties", "Article 1" of "Chapter I – Article 1"), else its heading, else the
 * transcription's id (eightieth run, defect 3: "(Art6)" cited the transcriber's id).
 */
function clauseCitation(clause: Clause): string | undefined {
  const heading = clause.heading?.value.trim();
  if (!heading) return clause.id?.text;
  const designations = matchesOf(heading, /\b(?:Article|Art\.|Section|Rule|Regulation|Paragraph)\s+[0-9IVXLC]+[a-z]?\b(?:\s+(?:bis|ter))?/gu);
  return designations.at(-1)?.[0] ?? heading;
}

/**
 * Whether the text sets up a meeting of the Parties — a body of the Parties ("Committee of the
 * Parties", "Meeting of the Parties", "Consultation of the Parties") or such meetings in a clause's
 * words — at which they can decide their financial arrangements. The CPT has none (eightieth run,
 * defect 3): the Parties' decision is then not offered as an answer the text provides for.
 */
function partiesMeet(model: SemanticModel): boolean {
  const ofTheParties = /\b(?:Meetings?|Conference|Assembly|Committee|Consultations?)\s+of\s+(?:the\s+)?(?:Contracting\s+|States\s+)?Parties\b/iu;
  // The Antarctic Treaty Consultative Meetings, where the Consultative Parties meet (Environmental Protocol 1991, Arts. 10, 17(2), as transcribed).
  const consultative = /\bConsultative\s+Meetings?\b/u;
  if (model.ast.bodies.some((body) => ofTheParties.test(body.name?.value ?? '') || consultative.test(body.name?.value ?? ''))) return true;
  return model.ast.clauses.some((clause) => {
    const text = model.clauseText(clause) ?? '';
    return ofTheParties.test(text) || consultative.test(text);
  });
}

/** What the organisation whose budget is the usual answer does here: convenes the meetings, provides the secretariat, or (not tied) either. */
function organisationRole(ties: readonly Tie[]): string {
  const convenes = ties.some((t) => t.convenes);
  const secretariat = ties.some((t) => t.secretariat);
  if (convenes && !secretariat) return 'convenes the meetings';
  if (secretariat && !convenes) return 'provides the secretariat';
  return 'convenes the meetings or provides the secretariat';
}

/**
 * The usual answers, for the message: the organisation's budget (with what ties it here), and the
 * Parties' decision at their meeting where the text has one. Each answer is named as the text
 * provides for it: the organisation by what it does here, the Parties' meeting only where the text
 * sets one up; with neither in the text, both usual answers in general terms.
 */
export function conventionBodiesAnswers(model: SemanticModel): string {
  const tied = organisationTies(model);
  const here = tied.length > 0 ? ` (here ${tied.map((t) => t.quoted).join(' and ')})` : '';
  const budget = `the budget of the organisation that ${organisationRole(tied)}${here}`;
  if (partiesMeet(model)) return `in a multilateral convention the usual answers are ${budget}, or the financial arrangements (financial rules, a budget, a trust fund) the Parties decide at their meeting`;
  if (tied.length > 0) return `in a multilateral convention the usual answer is ${budget}`;
  return `in a multilateral convention the usual answers are ${budget}, or financial arrangements the Parties agree among themselves`;
}

/** On a concluded convention: where to look, and what to record if nothing settles it (the same answers as the message). */
// The delegations' own participation is named as the draft message names it, as practice, not as a
// rule of law: the organisation's budget is not to be read as covering a delegation's travel (treaty
// lawyer lr17). Only where the Parties meet: a committee of experts serving in their individual
// capacity, with no meeting of the Parties (the CPT, eightieth run), has no delegations.
export function conventionBodiesConcludedNote(model: SemanticModel): string {
  const tied = organisationTies(model);
  const meet = partiesMeet(model);
  const budget = `the budget of the organisation that ${organisationRole(tied)}`;
  const where = meet ? `${budget}, or a decision of the Parties on the financial arrangements` : tied.length > 0 ? budget : `${budget}, or an agreement of the Parties on the financial arrangements`;
  const unless = meet || tied.length === 0 ? 'neither settles it' : 'it does not settle it';
  const delegations = meet ? "; the costs of each Party's own delegation, such as its travel, that Party bears in practice" : '';
  return `the silence is usual in a multilateral convention and nothing needs adding to the text: the answer is where such conventions leave it (${where}${delegations}); record it in a later agreement only if ${unless}.`;
}
