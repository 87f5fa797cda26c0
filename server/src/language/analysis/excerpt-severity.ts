/**
 * A transcription that is an excerpt (`omitted "Articles 5 to 42", "the final clauses"`) holds only
 * some of the text: a check whose finding rests on the whole text being there cannot tell a clause
 * the text lacks from one in a part left out — but only where a part left out can hold it. That the
 * text is an excerpt says nothing of what the left-out parts hold: UNCAC's only rules on the use of
 * information are in the transcribed Art. 46, NL–HK 2002's omitted Arts. 9–19 are forms of
 * assistance with no amendment clause (lr8). So a finding is capped only where the transcriber
 * declares an omitted part to hold the finding's topic (`"Annex V" about security-of-information`,
 * the NL–US 1978 Security Procedures; `"Articles 41 to 57" about amendment`, HCCH 2007 Art. 55), and
 * it names that part: the transcriber has read it, and nothing in the finding may read as a defect
 * of the treaty. Without `about`, the finding stands as on a whole text.
 *
 * `unused-term` is the exception: a term defined in the transcribed part and used nowhere in it is
 * said "not used in the transcribed articles" on every excerpt (rules/checks/definition-rules.ts) —
 * any left-out article may use a term, whatever it is about (lr8: right).
 */
import type { ClauseTopic } from '../ast/topics';
import { omittedList, omittedParts, omittedPartsAbout } from '../model/excerpt';
import type { SemanticModel } from '../model/semantic-model';
import type { Rule, Severity } from '../rules/rule';

/**
 * The topics a finding of each rule is about: the topic its check reads (`coversTopic`) or, for a
 * conflict, the clause whose absence is the finding. A rule not here is never capped on an excerpt
 * but for `unused-term`; a test holds every missing-clause rule to an entry.
 */
export const excerptTopics: Readonly<Record<string, readonly ClauseTopic[]>> = {
  'missing-entry-into-force': ['entry-into-force'],
  'missing-exchange-entry-into-force': ['entry-into-force'],
  'missing-duration': ['duration'],
  'missing-termination': ['termination'],
  'missing-discontinuation': ['termination'],
  'missing-amendment': ['amendment'],
  'missing-dispute-settlement': ['disputes'],
  'missing-depositary': ['depositary'],
  'missing-consent-to-be-bound': ['consent'],
  'missing-reservations-clause': ['reservations'],
  'missing-language-clause': ['languages'],
  'missing-registration': ['registration'],
  'missing-non-binding-statement': ['non-binding-status'],
  'missing-points-of-contact': ['points-of-contact'],
  'missing-24-7-contact': ['contact-24-7'],
  'missing-central-authority': ['central-authority'],
  'missing-handling-marking': ['handling-marking'],
  'missing-security-agreement': ['security-of-information'],
  'missing-classification-equivalence': ['classification-equivalence'],
  'missing-breach-procedure': ['breach-procedure'],
  'missing-purpose-limitation': ['purpose-limitation'],
  'missing-transfer-safeguards': ['transfer-safeguards'],
  'missing-incident-notification-terms': ['incident-notification'],
  'missing-costs': ['costs'],
  'missing-body-costs': ['costs'],
  'missing-liability': ['liability'],
  'missing-intellectual-property': ['intellectual-property'],
  'missing-exercise-terms': ['exercises'],
  'missing-governance-body': ['governance'],
  'missing-relation-to-other-obligations': ['other-obligations'],
  'missing-union-law-clause': ['union-law'],
  'missing-status-of-personnel': ['status-of-personnel'],
  'missing-survival': ['survival'],
  'missing-confidentiality-survival': ['survival'],
  // A left-out part declared to state the status (`about non-binding-status`) may answer the question (lr8, defect 5).
  'undeclared-status': ['non-binding-status'],
  // A term defined in a left-out article (UNCAC's "Use of terms" is Art. 2).
  'undefined-term': ['definitions'],
  // Conflicts whose finding is that the text provides no agreement, safeguard or contact the transcribed part needs.
  'classified-without-security-agreement': ['security-of-information'],
  'transfer-without-safeguards': ['transfer-safeguards'],
  'possible-transfer-without-safeguards': ['transfer-safeguards'],
  'foreign-access-without-agreement': ['transfer-safeguards'],
  'budapest-35-without-24-7': ['contact-24-7'],
};

/**
 * The same table as a map: asked once per rule on every analysis, a map's look-up hashes the code,
 * where reading a property named by each of a hundred codes went through V8's megamorphic cache,
 * which every full garbage collection empties.
 */
const topicsByCode: ReadonlyMap<string, readonly ClauseTopic[]> = new Map(Object.entries(excerptTopics));

/** Whether a finding of this rule may be capped on an excerpt, and on what: for the rules page. */
export function excerptCapOf(rule: Rule): string | undefined {
  if (rule.code === 'unused-term') return 'on an excerpt (`omitted`) info, saying the term is not used in the transcribed articles';
  const topics = topicsByCode.get(rule.code);
  return topics ? `on an excerpt info where an omitted part is declared \`about ${topics.join(', ')}\`, naming that part` : undefined;
}

/** The omitted parts declared to hold what a finding of this rule is about; empty where none is. */
function partsHolding(model: SemanticModel, rule: Rule): string[] {
  const topics = topicsByCode.get(rule.code);
  return topics ? omittedPartsAbout(model, topics) : [];
}

/** The most a finding of this rule may be on an excerpt: info, where an omitted part is declared to hold its topic (and for `unused-term`). */
export function excerptCeiling(model: SemanticModel, rule: Rule): Severity | undefined {
  // A whole text (no `omitted`, nearly every document) caps nothing: asked once per rule on every
  // keystroke, the look-ups below made three empty lists each.
  if (!model.ast.instrument?.omitted) return undefined;
  if (rule.code === 'unused-term') return omittedParts(model).length > 0 ? 'info' : undefined;
  return partsHolding(model, rule).length > 0 ? 'info' : undefined;
}

/** The sentence a capped finding ends with: the parts declared to hold its topic, and that the finding is on the rest. */
export function excerptSentence(parts: readonly string[], topics: readonly ClauseTopic[]): string {
  const verb = parts.length === 1 ? 'is' : 'are';
  return `The omitted ${omittedList(parts)} ${verb} declared to be about ${topics.join(', ')}; this finding is on the transcribed part only, not on the text.`;
}

/** A finding's message on an excerpt: a capped finding ends with the parts that may hold its answer; `unused-term` says it itself. */
export function excerptMessage(model: SemanticModel, rule: Rule, message: string): string {
  const parts = partsHolding(model, rule);
  if (parts.length === 0) return message;
  return `${message} ${excerptSentence(parts, topicsByCode.get(rule.code) ?? [])}`;
}
