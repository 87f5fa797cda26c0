/**
 * An amendment procedure the text gives for a part of itself only — its annex, appendix or schedule
 * — and none for the rest (twenty-fourth real-instrument run, items 1–2). "The annex may be amended
 * by the addition of relevant treaties that: …", proposals "communicated to the depositary", "deemed
 * adopted unless one third of the States Parties object", "The adopted amendment to the annex shall
 * enter into force … for all those States Parties having deposited such an instrument" (Financing
 * of Terrorism Convention 1999, Art. 23): the articles have no procedure, so the general law governs
 * them — for a multilateral treaty VCLT Art. 40, for a bilateral one the agreement of the parties
 * under Art. 39. A clause that states amendment for "this Convention" as a whole would override
 * the annex procedure the text has (tacit adoption, entry into force for those that ratify), so
 * the finding names what is missing and offers no such fix.
 *
 * "This Agreement and its Annexes may be amended in writing by mutual consent of the Parties"
 * (NL–US 2012, Art. 22(1)) is a procedure for the whole, not for a part.
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';
import { contracting, treatyLawParties, viennaCitation } from './vienna-convention';

/** The part of an instrument a procedure may be written for. */
const part = String.raw`(?:technical\s+)?(?:annex(?:es)?|appendix|appendices|schedules?)`;

/**
 * The part as the subject of amendment ("The annex may be amended", "its Annex shall be amended"),
 * not coordinated with the instrument ("this Agreement and its Annexes may be amended"), or an
 * amendment "to the annex".
 */
const partAmended = new RegExp(
  String.raw`(?<!\band\s)\b(?:the|its)\s+(${part})\b(?:\s+(?:to|of)\s+(?:this|the\s+present)\s+\w+)?\s+(?:may|shall|can)\s+be\s+(?:amended|modified|revised)\b|\bamendments?\s+(?:to|of)\s+(?:the|its)\s+(${part})\b`,
  'i',
);

/** A procedure for the instrument itself ("This Convention may be amended", "amendments to this Protocol"). */
const wholeAmended =
  /\b(?:this|the\s+present)\s+(?:Agreement|Arrangement|Convention|Treaty|Protocol|Memorandum|Instrument)\b(?:\s+and\s+(?:its|the)\s+\w+)?\s+(?:may|shall|can)\s+be\s+(?:amended|modified|revised)\b|\bamendments?\s+(?:to|of)\s+(?:this|the\s+present)\s+(?:Agreement|Arrangement|Convention|Treaty|Protocol|Memorandum|Instrument)\b/i;

export interface PartialAmendment {
  /** The clause that provides for amending the part. */
  readonly clause: Clause;
  /** The part, in the text's words ("annex"). */
  readonly part: string;
}

/** The clause that provides for amending only a part of the instrument, when the text has no procedure for the whole. */
export function partAmendedInWords(model: SemanticModel): PartialAmendment | undefined {
  let found: PartialAmendment | undefined;
  for (const clause of model.ast.clauses) {
    const text = singleSpaced(model.clauseText(clause) ?? '');
    if (wholeAmended.test(text)) return undefined;
    const match = partAmended.exec(text);
    if (match && !found) found = { clause, part: (match[1] ?? match[2]).toLowerCase() };
  }
  return found;
}

/** Where the clause is, for the message: "clause Art23" or "a clause". */
function clauseName(clause: Clause): string {
  return clause.id ? `clause ${clause.id.text}` : 'a clause';
}

/**
 * The finding in the text's terms: what has a procedure, what has none, and the law that then
 * governs the rest (VCLT Art. 40 for a multilateral treaty, Art. 39 otherwise; MoUs by practice).
 */
export function partialAmendmentMessage(model: SemanticModel, found: PartialAmendment): string {
  const where = clauseName(found.clause);
  const plural = /(?:es|ces|s)$/.test(found.part);
  const has = plural ? 'have' : 'has';
  const its = plural ? `${found.part}'` : `${found.part}'s`;
  if (model.legalNature === 'mou') {
    return `Only the ${found.part} ${has} an amendment procedure (${where}); nothing says how the rest is changed. State it (for example "may be amended by written decision of the Participants"), keeping the ${its} own procedure.`;
  }
  const law = model.isMultilateral
    ? treatyLawParties(model) === 'states'
      ? 'VCLT Art. 40 governs it: any proposal goes to all contracting States, each may take part in negotiating an amending agreement, and that agreement binds only the States that become party to it (Art. 40(4))'
      : `the default rule governs it: any proposal goes to all contracting ${contracting(model)}, each may take part in negotiating an amending agreement, and that agreement binds only those that become party to it (${viennaCitation(model, 'Art. 40(2), (4)')})`
    : `the parties amend it by agreement (${viennaCitation(model, 'Art. 39')})`;
  return `Only the ${found.part} ${has} an amendment procedure (${where}); nothing says how the rest of the treaty is amended, so ${law}. If that is intended, nothing needs to change; otherwise state the procedure for the articles, keeping the ${its} own.`;
}
