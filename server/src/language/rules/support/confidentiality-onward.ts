/**
 * A confidentiality clause of the text as a channel's rule on onward sharing, and the words
 * `missing-purpose-limitation` uses for what a channel lacks (eighty-seventh run, item 1).
 *
 * A rule that what is received is kept confidential limits its disclosure, not its use: it is the
 * onward rule the check asks for, not the purpose ("protect the confidentiality of any information
 * which they receive in confidence", Physical Protection Convention 1980, Art. 6(1)). So is a rule
 * that data "may only be collected, processed and communicated according to the rules relating to
 * professional confidentiality and personal data protection" (European Convention on the Adoption
 * of Children (Revised) 2008, Art. 10(1), read: BWBV0003426), of the enquiry data that the Art. 15
 * requests for information carry. It counts for a channel only where the clause says it reaches
 * that channel (`about confidentiality for <channel>`): a confidentiality tag without `for` says
 * the clause is on confidentiality, not whose exchange it protects, and it is often another's —
 * the confidentiality of a request for mutual legal assistance (UNTOC 2000, Art. 18(20)) is not a
 * rule on the police exchange of Art. 27; the security protection of classified information
 * furnished under a security protocol (NL–US 1982, para. 2) is not one on the visitors' personal
 * data of its visit requests. Where such a clause exists, the finding names it and says how to
 * tie it to the channel.
 */
import type { Clause } from '../../ast/nodes';
import type { SemanticModel } from '../../model/semantic-model';
import { topicScope } from '../../model/topic-scope';

function clauseName(clause: Clause): string {
  return clause.id ? `clause ${clause.id.text}` : 'a clause';
}

/** The document's first clause tagged `about confidentiality for …` that names the channel, as `clause <id>`. */
export function confidentialityFor(model: SemanticModel, channel: string): string | undefined {
  const clause = model.clausesAbout('confidentiality').find((c) => topicScope(c, 'confidentiality')?.includes(channel) === true);
  return clause ? clauseName(clause) : undefined;
}

/** The document's first clause on confidentiality that ties it to no channel, as `clause <id>`. */
function untiedConfidentiality(model: SemanticModel): string | undefined {
  const clause = model.clausesAbout('confidentiality').find((c) => topicScope(c, 'confidentiality') === undefined);
  return clause ? clauseName(clause) : undefined;
}

/**
 * The finding's first sentence, for what is missing: where the channel states its purpose and
 * lacks only the onward rule, it does not say the channel "does not limit the use" of what it
 * carries (eighty-seventh run, item 1); where it lacks the purpose, that is what it says.
 */
export function purposeLimitationLead(channel: string, purposeMissing: boolean, onwardMissing: boolean): string {
  if (!purposeMissing) return `Channel ${channel} states its purpose but no rule on onward sharing: add an \`onward sharing …\` rule, or a handling marking that forbids further release (\`handling official-secrecy\`, \`in-confidence\`).`;
  return `Channel ${channel} does not limit the use of what it carries: add \`purpose "…"\`${onwardMissing ? ' and an `onward sharing …` rule' : ''}.`;
}

/**
 * Where the onward rule is missing and the text has a confidentiality clause tied to no channel: how
 * to tie it, or ''. Not where the finding already names that clause as the text's own rule on use
 * (`named`, own-use-rules.ts), which says to record the channel under it.
 */
export function untiedConfidentialityNote(model: SemanticModel, channel: string, named?: string): string {
  const clause = untiedConfidentiality(model);
  if (!clause || clause === named) return '';
  return ` The text has a rule on confidentiality (${clause}) that does not say which exchange it protects: if it governs what this channel carries, tie it to the channel (\`about confidentiality for ${channel}\`), and it counts as the onward rule.`;
}
