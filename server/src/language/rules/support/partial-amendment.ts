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
 *
 * A clause tagged `about amendment` counts as the part's procedure, not the whole's, where its own
 * words amend only the part: "the Commission shall make recommendations to the Council for
 * amendments to the Technical Annex to this Convention", "a proposed amendment to the Technical
 * Annex to this Convention" (Convention on the Marking of Plastic Explosives 1991, Arts. VI(3)–(4),
 * VII; BWBV0003003; forty-seventh run, item 3). A depositary's notification of "the date of entry
 * into force of any amendment to this Convention" (Art. XIV(4)) reports amendments made under the
 * general law; it is no procedure for the whole.
 *
 * In an instrument that is not itself a protocol, a protocol annexed to it is such a part: "The
 * Protocol and its Annex constitute an administrative arrangement and may be amended or supplemented
 * by the governments of the Parties to this Agreement" (European Agreement on the Exchange of
 * Tissue-Typing Reagents 1974, Art. 4(4); BWBV0004016; fifty-seventh run, item 2). The Agreement's
 * articles have no procedure of their own; the Protocol's reaches the Protocol and its Annex only.
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { concludedText } from '../../model/conclusion';
import { singleSpaced } from '../../util/single-spaced';
import { selfWord } from './part-of-another-treaty';
import { concludedBeforeTheConvention, contracting, treatyLawParties, viennaCitation } from './vienna-convention';

/** The part of an instrument a procedure may be written for. */
const annexPart = String.raw`(?:technical\s+)?(?:annex(?:es)?|appendix|appendices|schedules?)`;
/** The same, or a protocol annexed to the instrument, with its own annex ("the Protocol and its Annex"). */
const protocolPart = String.raw`(?:${annexPart}|protocol(?:\s+and\s+(?:its|the)\s+${annexPart})?)`;

/**
 * The part as the subject of amendment ("The annex may be amended", "its Annex shall be amended",
 * "The Protocol and its Annex constitute an administrative arrangement and may be amended"), not
 * coordinated with the instrument ("this Agreement and its Annexes may be amended"), or an
 * amendment "to the annex".
 */
const partAmendedAs = (part: string) =>
  new RegExp(
    String.raw`(?<!\band\s)\b(?:the|its)\s+(${part})\b(?:\s+(?:to|of)\s+(?:this|the\s+present)\s+\w+)?(?:\s+[^.;]{1,80}?\s+and)?\s+(?:may|shall|can)\s+be\s+(?:amended|modified|revised|supplemented)\b|\bamendments?\s+(?:to|of)\s+(?:the|its)\s+(${part})\b`,
    'i',
  );
const annexAmended = partAmendedAs(annexPart);
const annexOrProtocolAmended = partAmendedAs(protocolPart);

/** A protocol is a part only of an instrument that is not itself a protocol. */
function partAmendedIn(model: SemanticModel): RegExp {
  return selfWord(model) === 'protocol' ? annexAmended : annexOrProtocolAmended;
}

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
    if (wholeAmended.test(text) && !depositaryNotice(model, clause)) return undefined;
    const match = partAmendedIn(model).exec(text);
    if (match && !found) found = { clause, part: singleSpaced(match[1] ?? match[2]).toLowerCase() };
  }
  return found;
}

/** A clause on the depositary's functions and not on amendment: it notifies amendments, it does not provide for them. */
function depositaryNotice(model: SemanticModel, clause: Clause): boolean {
  const topics = model.topicsOf(clause);
  return topics.has('depositary') && !topics.has('amendment');
}

/**
 * Whether the clauses tagged `about amendment` all provide for amending a part only, and the text
 * has no procedure for the whole: they do not state how the instrument itself is amended. Not where
 * another file (the parent, a treaty implemented) may state it.
 */
export function amendmentClausesForPartOnly(model: SemanticModel): boolean {
  if (model.parentFile !== undefined || model.implementedFile !== undefined) return false;
  const tagged = model.clausesAbout('amendment');
  if (tagged.length === 0 || partAmendedInWords(model) === undefined) return false;
  return tagged.every((clause) => {
    const text = singleSpaced(model.clauseText(clause) ?? '');
    return partAmendedIn(model).test(text) && !instrumentNamedAmendedIn(model).test(text);
  });
}

/**
 * In a clause tagged amendment, any word of amending the instrument itself, "the Convention" as well
 * as "this Convention": such a clause is (also) a procedure for the whole.
 */
const instrumentNamedAmended =
  /\bamend\w*\s+(?:to|of)\s+(?:this|the)(?:\s+present)?\s+(?:Agreement|Arrangement|Convention|Treaty|Protocol|Memorandum|Instrument)\b|\b(?:Agreement|Arrangement|Convention|Treaty|Protocol|Memorandum|Instrument)\s+(?:may|shall|can)\s+be\s+(?:amended|modified|revised)\b/i;

/** The same where "the Protocol" is a part of the instrument (not a protocol itself): only "this Protocol" names it. */
const instrumentNamedAmendedNotProtocol =
  /\bamend\w*\s+(?:to|of)\s+(?:(?:this|the)(?:\s+present)?\s+(?:Agreement|Arrangement|Convention|Treaty|Memorandum|Instrument)|(?:this|the\s+present)\s+Protocol)\b|\b(?:Agreement|Arrangement|Convention|Treaty|Memorandum|Instrument)\s+(?:may|shall|can)\s+be\s+(?:amended|modified|revised)\b|\b(?:this|the\s+present)\s+Protocol\s+(?:may|shall|can)\s+be\s+(?:amended|modified|revised)\b/i;

function instrumentNamedAmendedIn(model: SemanticModel): RegExp {
  return selfWord(model) === 'protocol' ? instrumentNamedAmended : instrumentNamedAmendedNotProtocol;
}

/** "annexes", "the Protocol and its Annex": more than one. */
function plural(part: string): boolean {
  return /(?:es|ces|s)$/.test(part) || /\band\b/.test(part);
}

/** "the annex's own procedure", "the annexes' own procedure", "the procedure for the protocol and its annex". */
function ownProcedure(part: string): string {
  if (/\band\b/.test(part)) return `the procedure for the ${part}`;
  return `the ${plural(part) ? `${part}'` : `${part}'s`} own procedure`;
}

/** Where the clause is, for the message: "clause Art23" or "a clause". */
function clauseName(clause: Clause): string {
  return clause.id ? `clause ${clause.id.text}` : 'a clause';
}

/**
 * The finding in the text's terms: what has a procedure, what has none, and the law that then
 * governs the rest (VCLT Art. 40 for a multilateral treaty, Art. 39 otherwise; MoUs by practice).
 * On a concluded text only what the text lacks: what the silence means in law is the finding's
 * note there (`partialAmendmentConcludedNote`), never advice to state a procedure that can no
 * longer be written into it (treaty lawyer lr7, defect 1).
 */
export function partialAmendmentMessage(model: SemanticModel, found: PartialAmendment): string {
  const where = clauseName(found.clause);
  const has = plural(found.part) ? 'have' : 'has';
  const ownOne = ownProcedure(found.part);
  if (model.legalNature === 'mou') {
    if (concludedText(model.ast)) return `Only the ${found.part} ${has} an amendment procedure (${where}); nothing says how the rest is changed.`;
    return `Only the ${found.part} ${has} an amendment procedure (${where}); nothing says how the rest is changed. State it (for example "may be amended by written decision of the Participants"), keeping ${ownOne}.`;
  }
  if (concludedText(model.ast)) return `Only the ${found.part} ${has} an amendment procedure (${where}); nothing in the text says how the rest of the treaty is amended.`;
  const law = model.isMultilateral
    ? `the default rule governs it: any proposal goes to all contracting ${contracting(model)}, each may take part in negotiating an amending agreement, and that agreement binds only those that become party to it (${viennaCitation(model, 'Art. 40(2), (4)')})`
    : `the parties amend it by agreement (${viennaCitation(model, 'Art. 39')})`;
  return `Only the ${found.part} ${has} an amendment procedure (${where}); nothing says how the rest of the treaty is amended, so ${law}. If that is intended, nothing needs to change; otherwise state the procedure for the articles, keeping ${ownOne.replace(/ own procedure$/, ' own')}.`;
}

/**
 * What the general law says of a treaty (or of the part of it) silent on amendment: by agreement
 * between the parties (VCLT Art. 39), and for a multilateral treaty Art. 40(2), (4) — between States,
 * Art. 40(2)'s procedure only as between Parties that are bound by the Convention for the treaty.
 */
export function amendmentByTheGeneralLaw(model: SemanticModel): string {
  // Concluded between States before the Vienna Convention was in force (Art. 4): the general rule,
  // not Art. 40's procedure, whose paras. 2–5 are not claimed as custom (as missing-amendment says
  // since the fifty-sixth run, item 2; the Tissue-Typing Agreement of 1974, fifty-seventh run).
  return model.isMultilateral && treatyLawParties(model) === 'states' && concludedBeforeTheConvention(model)
    ? `it can be amended by agreement between the parties, and an amendment binds only the parties that accept it (the general rule; compare ${viennaCitation(model, 'Arts. 39–40')})`
    : model.isMultilateral && treatyLawParties(model) === 'states'
    ? // Between States after 1980: the general rule for every Party, and Art. 40(2)'s procedure only
      // where the Convention governs the treaty — that procedure is not claimed as custom (lr14, D3).
      `it is amended by agreement between the parties, and an amendment binds only the parties that accept it (the general rule; ${viennaCitation(model, 'Arts. 39, 40(4)')}); as between Parties that are bound by the Convention for this treaty, any proposal to amend it as between all the parties is also notified to all the contracting States, each of which may take part in the decision on the proposal and in negotiating and concluding the amending agreement (VCLT Art. 40(2))`
    : model.isMultilateral
    ? `it is amended by agreement between the parties, and under the default rule any proposal to amend the treaty as between all the parties is notified to all the contracting ${contracting(model)}, each of which may take part in the decision on the proposal and in negotiating and concluding the amending agreement, which binds no party that does not become party to it (${viennaCitation(model, 'Arts. 39, 40(2), (4)')})`
    : `it is amended by agreement between the parties (${viennaCitation(model, 'Art. 39')})`;
}

/**
 * On a concluded text, after "The text is concluded (…):", what the silence on the rest means in
 * law, and nothing to change: "A treaty may be amended by agreement between the parties" (VCLT
 * Art. 39); "Unless the treaty otherwise provides", a proposal to amend a multilateral treaty "as
 * between all the parties must be notified to all the contracting States, each one of which shall
 * have the right to take part in: (a) the decision as to the action to be taken in regard to such
 * proposal; (b) the negotiation and conclusion of any agreement for the amendment of the treaty",
 * and "The amending agreement does not bind any State already a party to the treaty which does not
 * become a party to the amending agreement" (Art. 40(1), (2), (4); read: BWBV0003441). The part's
 * own procedure reaches that part only. A memorandum is changed as its Participants decide (practice;
 * no treaty law is cited for it).
 */
export function partialAmendmentConcludedNote(model: SemanticModel, found: PartialAmendment): string {
  const own = `${ownProcedure(found.part)} (${clauseName(found.clause)}) reaches the ${found.part} only`;
  if (model.legalNature === 'mou') return `the rest is changed as the text was made, by the Participants together; ${own}. Nothing in the text is to be changed.`;
  const law = amendmentByTheGeneralLaw(model);
  return `the rest is left to the general law: ${law}; ${own}. Nothing in the text is to be changed.`;
}
