/**
 * Where the words of a duty hold a second main clause (a duty or permission of its own), and where
 * the first ends: a time limit at the end of such words binds the second clause, after the modal the
 * first, and which the drafter meant the words do not say (treaty lawyer lr28, D1; lr29, D1), so the
 * channel's voice prints them as written with the limit a blank (channel-voice.ts).
 *
 * A clause after ";" that opens with a condition on the first clause's own act is not such a clause:
 * "oppose the use of the information; unless such opposition is made, the information may be used"
 * (NL–CH tax information 2010's words, lr24's near miss) says what follows if the opposition is not
 * made, and the limit is the opposition's, as the source has it: "Unless such opposition is made
 * within fourteen days …, the information may be used" (NL–US securities 1989 Art. 7(b)). Read
 * narrowly: "unless", "if no", "where no", "failing" or "in the absence of" opens the clause, and the
 * noun after it is the first clause's act, by its stem, among its first four words ("oppose" /
 * "opposition", "object" / "objection", "raise any objection" / "objection"). "…; unless the other
 * Party objects, …" names another's act, whose window the limit may be: still a second clause.
 */

/**
 * A main clause of its own after the first: after ";" with a modal ("…; where the authority refuses it,
 * the authority shall give its reasons"), or after ", and" / ", but" with a subject of its own (one to
 * eight words, no relative or conditional clause) and a modal ("inform the other Party of the incident,
 * and the other Party shall acknowledge receipt"). A modal of permission counts as one of duty: "…; the
 * information so notified may be used only for the purposes of this Agreement" (treaty lawyer lr29, D1);
 * so do "need not", "is (not) required to", "is to", "has to" ("…, but the notifying Party need not
 * disclose its sources", lr30, D6).
 */
const clauseModal = String.raw`(?:shall|will|must|may|should|need(?:\s+not)?|(?:is|are)\s+(?:not\s+)?(?:required|obliged|entitled|bound|permitted)\s+to|(?:is|are)\s+to|ha(?:s|ve)\s+to)`;
const secondMainClause = new RegExp(
  String.raw`;[^;]*\b${clauseModal}\b|,\s*(?:and|but)\s+(?!${clauseModal}\b)(?:(?!(?:that|which|who|whom|whose|if|where|when|as)\b)[\p{L}'’-]+\s+){1,8}?${clauseModal}\b`,
  'iu',
);

/** Where the second main clause of `duty` starts, or undefined if it has none. */
export function secondMainClauseIn(duty: string, from = 0): number | undefined {
  const found = secondMainClause.exec(from === 0 ? duty : duty.slice(from));
  if (!found) return undefined;
  const at = from + found.index;
  if (!found[0].startsWith(';') || !conditionOnFirstAct(duty.slice(0, at), duty.slice(at + 1))) return at;
  return secondMainClauseIn(duty, at + 1);
}

/** The words up to a second main clause: whose duty it is is read there, not in the clause after (lr29 D1). */
export function firstMainClause(duty: string): string {
  const at = secondMainClauseIn(duty);
  return at === undefined ? duty : duty.slice(0, at);
}

/**
 * "unless such opposition is made", "if no objection is raised", "in the absence of such objection",
 * "failing a reply": the condition and the noun of the act (a passive verb after it where the
 * condition is a clause, so that "unless the other Party objects" names no act of the first clause).
 */
const openingCondition =
  /^\s*(?:(?:unless|if\s+no|where\s+no)\s+(?:(?:such|this|that|the|an?|any)\s+)?([\p{L}]+)\s+(?:is|are|has\s+been|have\s+been)\s+\p{L}+|(?:failing|in\s+the\s+absence\s+of)\s+(?:(?:such|this|that|the|an?|any)\s+)?([\p{L}]+)\b)/iu;
/** Verbs that make an act of their object: "raise any objection", "make an opposition", "give a reply". */
const supportVerb = /^(?:raise|make|lodge|give|submit|file|express|send|enter)$/iu;
const stem = (word: string) => word.slice(0, 5).toLowerCase();

/** Whether `clause` opens with a condition on the act of `first`, the words before it: its verb, or its support verb's object. */
function conditionOnFirstAct(first: string, clause: string): boolean {
  const condition = openingCondition.exec(clause);
  const noun = condition?.[1] ?? condition?.[2];
  if (!noun || noun.length < 4) return false;
  const [verb, ...rest] = first.trim().split(/\s+/u);
  const acts = supportVerb.test(verb) ? rest.slice(0, 2) : [verb];
  return acts.some((word) => word.length >= 4 && stem(word) === stem(noun));
}

/** Whether a clause after ";" opens with a condition on the first clause's act: the limit is that act's (after the first modal). */
export function conditionOnFirstActIn(duty: string): boolean {
  const at = duty.indexOf(';');
  return at > 0 && conditionOnFirstAct(duty.slice(0, at), duty.slice(at + 1));
}
