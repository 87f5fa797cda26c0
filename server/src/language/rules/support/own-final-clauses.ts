/**
 * Final clauses the instrument states in its own words, whether or not a clause is tagged `about`
 * them: a clause, or a note of the exchange that constitutes it. `coversTopic` asks here, so every
 * rule that reads a topic — the missing final clauses, the duration an exit settles, survival,
 * implementing arrangements — credits the words the same way. A note cannot be tagged, and in a
 * real exchange the final clauses are in the notes ("this note and the Embassy's note in reply
 * shall constitute an understanding between the two Governments, which shall enter into force on
 * the date of the reply and may be terminated by either Government on six months notice":
 * eighteenth real-instrument run, probe 10, on the NL–US notes of 1991).
 *
 * Only the instrument's own text is read, never its parent's or its treaty's, which speak of
 * another instrument; and only sentences whose subject is the instrument itself ("This
 * Agreement", "the present Convention", or the agreement the notes "constitute … which"), or a
 * Party acting on it ("Either Party may terminate this Agreement"), or the Parties together ("The
 * two Governments may amend or terminate this Agreement at any time by agreement"). "The provisional application
 * may be terminated", "the assistance may be terminated" or a note silent on the point are not
 * final clauses and credit nothing. Read so: entry into force, disputes on this instrument sent to a procedure (below), duration ("The arrangement will remain
 * in force for a period of three years") and termination ("… from year to year unless either …
 * give at least six months notice of termination"; Ireland–Netherlands letters of 1987, thirtieth
 * run, item 6).
 */
import type { Clause } from '../../ast/nodes';
import type { ClauseTopic } from '../../ast/topics';
import type { SemanticModel } from '../../model/semantic-model';
import { singleSpaced } from '../../util/single-spaced';

/** The instrument by its own name. */
export const instrumentNoun = String.raw`(?:Agreement|Arrangement|Convention|Treaty|Protocol|Memorandum(?: of Understanding)?|Exchange of (?:Notes|Letters)|Instrument|Understanding)`;

/** No other instrument named between the subject and its verb. */
const sameSubject = String.raw`(?:(?!\b(?:Agreement|Arrangement|Convention|Treaty|Protocol|Memorandum)\b)[^.;]){0,200}?`;

/**
 * The instrument as subject: "This Agreement …", or the agreement an exchange constitutes, picked
 * up by "which" or by a coordinated verb ("shall constitute an Agreement between … and shall enter
 * into force", NL–Special Court for Sierra Leone notes 2010; "constitute the Arrangement which
 * will come into effect", NL–Australia letters 1977).
 */
const thisOne = String.raw`\b(?:this|the present) ${instrumentNoun}\b${sameSubject}\b`;

/**
 * The instrument named again, once the text has called it "this …": a sentence that opens with
 * "The arrangement" after "This arrangement will enter into force …" speaks of the same one ("The
 * arrangement will remain in force for a period of three years", Ireland–Netherlands letters of
 * 1987, Nr. I; thirtieth run, probe 5). Only at the start of a sentence, with the same noun, and
 * not where the noun is followed by words that name another instrument ("The Agreement between …
 * of 1990 shall terminate"). Within a few sentences of it (600 characters), so that a long
 * clause is not scanned from every "this …" to its end on each keystroke.
 */
const sameOneAgain = String.raw`\b(?:this|the present) (${instrumentNoun})\b[^]{0,600}?[.;:]\s+the \1\b(?!\s+(?:between|of|signed|concluded|done|dated)\b)${sameSubject}\b`;

const subject = String.raw`(?:${thisOne}|${sameOneAgain}|\bconstitutes?\s+(?:an?|the)\s+(?:agreement|understanding|arrangement)\b(?:\s+between\s+[^.;]{1,160}?)?\s*,?\s+(?:which\s+${sameSubject}\b|and\s+(?=shall|will)))`;

/** Entry into force (coming into effect, for an arrangement). */
const entersIntoForce = String.raw`(?:shall|will)\s+(?:enter\s+into\s+force|come\s+into\s+(?:force|effect|operation)|take\s+effect)\b|\benters\s+into\s+force\b|\bcomes\s+into\s+effect\b`;

/**
 * An end: termination, denunciation, withdrawal, discontinuation, or a life "until" something
 * (the `missing-termination` message's own example: "shall remain in force until otherwise agreed
 * by the Parties"); "will cease to operate six months after receipt of written notice of
 * termination" (NL–Australia 1977, para. 20).
 */
/**
 * A life that goes on unless a party gives notice to end it: "will remain in force for a period of
 * three years and thereafter it will continue to be in force from year to year unless either …
 * give at least six months notice of termination" (Ireland–Netherlands letters of 1987, Nr. I;
 * thirtieth run, probe 5). The notice is the way out at the end of each term, as `duration … renewable
 * automatically … unless notice` says in the header. "Unless terminated earlier by agreement" or a
 * notice that is not one of ending ("unless either Party gives notice of amendments") is not.
 */
const inForceUnlessNotice = String.raw`(?:shall|will)\s+(?:remain|continue)\s+(?:to\s+be\s+)?in\s+(?:force|effect|operation)\b[^.;]{0,300}?\bunless\b[^.;]{0,200}?\b(?:notice|notif(?:y|ies|ication))\b[^.;]{0,60}?\b(?:terminat(?:e|ion)|denunciation|withdrawal|(?:not\s+to|to\s+not)\s+(?:renew|extend|prolong|continue))\b`;

/**
 * A life as long as something else lasts — another treaty, a stationing, a meeting: "which shall
 * enter into force on the date of the entry into force of the CFE Treaty and shall remain in force
 * so long as the Treaty remains in force" (NL–US notes of 1991 on CFE inspections, Note I, para. VI;
 * thirty-eighth run, item 1); "shall remain in force as long as the MIF II Agreement remains in
 * force", "will remain in effect for the duration of the North Atlantic Treaty" (Dutch treaty
 * series). It says how long the instrument lasts and when it ends — with the other, "in conformity
 * with the provisions of the treaty" (VCLT Art. 54(a)) — as "until otherwise agreed" does; that it
 * gives no unilateral exit is the text's choice, and not the silence of Art. 56.
 */
const whileAnotherLasts = String.raw`(?:(?:for\s+)?(?:so|as)\s+long\s+as|for\s+the\s+duration\s+of)\b`;

/**
 * How long it lasts: a term ("shall remain in force for a period of five years", "will remain in
 * force for a period of three years", Ireland–Netherlands letters of 1987), an indefinite life
 * ("shall remain in force for an indefinite period", "is concluded for an unlimited period"), or
 * a life until an event ("shall remain in force until otherwise agreed by the Parties", deep
 * sea-bed memorandum 1991, Art. 6(1)), or a life as long as another lasts (`whileAnotherLasts`).
 */
const lasts = String.raw`(?:shall|will)\s+(?:remain|continue|be)\s+(?:to\s+be\s+)?in\s+(?:force|effect|operation)\s+(?:${whileAnotherLasts}|for\s+(?:an?\s+(?:further\s+|initial\s+|first\s+)?(?:period|term)\s+of\s+)?(?:[a-z-]+\s+)?(?:\(\d+\)\s+)?(?:years?|months?)\b|for\s+an?\s+(?:indefinite|unlimited)\s+(?:period|duration|time)\b|indefinitely\b|until\b)|(?:is|shall\s+be|will\s+be)\s+concluded\s+for\s+(?:an?\s+(?:(?:initial\s+)?(?:period|term)\s+of\b|(?:indefinite|unlimited)\s+(?:period|duration)\b)|(?:[a-z-]+\s+)?(?:years?|months?)\b)`;

const ends = String.raw`(?:may|can)\s+be\s+(?:terminated|denounced|discontinued)\b|(?:shall|will)\s+(?:terminate|expire|cease\s+to\s+(?:be\s+in\s+force|have\s+effect|operate|apply))\b|(?:shall|will)\s+(?:remain|continue)\s+in\s+(?:force|effect)\s+(?:until\b|${whileAnotherLasts})|${inForceUnlessNotice}`;

/**
 * A Party ending it: "Any Party may, at any time, denounce this Convention" (Budapest Art. 47(1));
 * in an arrangement made by and between competent authorities, one of them (Ireland–Netherlands
 * letters of 1987: "either the competent authority of the Kingdom of the Netherlands or the
 * competent authority of Ireland").
 */
const oneParty = String.raw`\b(?:either|any|each|a|such|that)\s+(?:Contracting\s+)?(?:Party|Government|Participant|State(?:\s+Party)?|Signatory|(?:competent\s+)?authority)`;

/**
 * The parties together, ending it by consent: "The two Governments may amend or terminate this
 * Agreement at any time by agreement" (NL–UK gas pipeline Agreement 2005, Art. 20(3)), "the
 * Contracting Parties may, by mutual consent, terminate this Agreement". Termination by consent
 * of all the parties is a way out the VCLT gives in any case (Art. 54(b)); written into the treaty
 * it is a provision regarding its termination, and one that withholds a unilateral exit, which is
 * why Art. 56 (for a treaty with "no provision regarding its termination") does not apply.
 */
const partiesTogether = String.raw`\b(?:the\s+)?(?:(?:two|both)\s+)?(?:Contracting\s+)?(?:Parties|Governments|Participants|States(?:\s+Parties)?|Signatories)`;

/** The verb of ending, alone or coordinated with another ("amend or terminate", "terminate or suspend"). */
const otherVerb = String.raw`(?:amend|modify|revise|suspend|review)`;
const endVerb = String.raw`(?:terminate|denounce|withdraw\s+from|discontinue(?:\s+(?:its\s+participation\s+in|participation\s+in))?)`;
const endVerbs = String.raw`(?:${otherVerb},?\s+(?:or|and(?:\/or)?)\s+)?${endVerb}(?:,?\s+(?:or|and(?:\/or)?)\s+${otherVerb})?`;

/** A Party, or the Parties together, ending it: "Any Party may, at any time, denounce this Convention" (Budapest Art. 47(1)). */
const partyEnds = String.raw`(?:${oneParty}|${partiesTogether})\s+may\b[^.;]{0,40}?\b${endVerbs}\s+(?:this|the\s+present)\s+${instrumentNoun}\b`;

/**
 * A Party ending it by pronoun, the instrument named earlier in the sentence: "Three years after
 * entry into force of the present Convention with respect to a Contracting Government, such
 * Government may denounce it by notification in writing" (FAL Convention 1965, Art. XII,
 * BWBV0003243; fifty-first run, probe P10). Only "denounce it" and "withdraw from it", which are said of
 * a treaty, and with nothing between the name and the verb that "it" could stand for instead (an
 * amendment, an annex, a declaration, a reservation, a notification, an extension): "a Government
 * that has made a declaration under the present Convention may withdraw it" is not an exit.
 */
const notTheInstrument = String.raw`(?:(?!\b(?:Agreement|Arrangement|Convention|Treaty|Protocol|Memorandum|amendments?|annex(?:es)?|declarations?|reservations?|notifications?|extensions?|revisions?)\b)[^.;]){0,200}?`;
const partyEndsIt = String.raw`\b(?:this|the\s+present)\s+${instrumentNoun}\b${notTheInstrument}${oneParty}\s+may\b[^.;]{0,40}?\b(?:denounce|withdraw\s+from)\s+it\b`;

/**
 * The verb coordinated with entry into force, where the date names another instrument: "which shall
 * enter into force on the date of the entry into force of the CFE Treaty and shall remain in force
 * …" — "and shall" keeps the subject; `sameSubject` alone would stop at "the CFE Treaty".
 */
const afterEntryIntoForce = String.raw`(?:(?:${entersIntoForce})[^.;]{0,200}?\band\s+(?=shall|will))?`;

/**
 * A procedure for this instrument's disputes: "Any dispute between the Sending State and the
 * Government concerning the interpretation or application of this Agreement, or any question
 * affecting the liaison officer … which is not settled amicably, shall be referred for final
 * decision to a tribunal of three arbitrators" (NL–Latvia Europol notes 2004, Attachment, 9(1),
 * BWBV0001640; fiftieth run, item 2). The dispute must be on this instrument, and the sentence must
 * send it somewhere ("shall be referred", "settled", "submitted", "resolved"): a dispute on another
 * treaty, or one that "shall not be referred" to anyone, is not read as this instrument's procedure.
 */
const disputeOnThisOne = String.raw`\b(?:any|a|all)\s+(?:disputes?|differences?|disagreements?|controvers(?:y|ies))\b[^.;]{0,200}?\b(?:interpretation|application|implementation)\s+(?:(?:or|and)\s+(?:interpretation|application|implementation)\s+)?of\s+(?:this|the\s+present)\s+${instrumentNoun}\b${sameSubject}\b(?:shall|will)\s+be\s+(?:referred|submitted|settled|resolved)\b`;

const patterns: Partial<Record<ClauseTopic, RegExp>> = {
  disputes: new RegExp(disputeOnThisOne, 'iu'),
  'entry-into-force': new RegExp(`${subject}(?:${entersIntoForce})`, 'iu'),
  duration: new RegExp(`${subject}${afterEntryIntoForce}(?:${lasts})`, 'iu'),
  termination: new RegExp(`${subject}${afterEntryIntoForce}(?:${ends})|${partyEnds}|${partyEndsIt}`, 'iu'),
};

/** Answers per model, per topic: `coversTopic` is asked often. */
const answers = new WeakMap<SemanticModel, Map<ClauseTopic, boolean>>();

/** Whether the instrument's own clauses or notes state the topic in words (only the topics above). */
export function ownWordsState(model: SemanticModel, topic: ClauseTopic): boolean {
  const pattern = patterns[topic];
  if (!pattern) return false;
  let known = answers.get(model);
  if (!known) answers.set(model, (known = new Map()));
  let said = known.get(topic);
  if (said === undefined) known.set(topic, (said = ownTexts(model).some((text) => pattern.test(text))));
  return said;
}

/**
 * The words by which the instrument's own clauses state the topic, from its subject to the verb phrase
 * ("This Agreement shall remain in force for an initial period of two (2) years"), with the clause that
 * holds them: for a message to quote. Undefined where no clause states it in words (a note may).
 */
export function ownWordsOn(model: SemanticModel, topic: ClauseTopic): { readonly words: string; readonly clause: Clause } | undefined {
  const pattern = patterns[topic];
  if (!pattern || !ownWordsState(model, topic)) return undefined;
  for (const clause of model.ast.clauses) {
    const found = pattern.exec(singleSpaced(model.clauseText(clause) ?? ''));
    if (found) return { words: found[0], clause };
  }
  return undefined;
}

/** The instrument's own clauses (written or from the library) and notes, each on one line. */
function ownTexts(model: SemanticModel): string[] {
  const texts = [...model.ast.clauses.map((c) => model.clauseText(c) ?? ''), ...model.ast.notes.map((n) => n.body?.value ?? '')];
  return texts.filter((t) => t.length > 0).map(singleSpaced);
}
