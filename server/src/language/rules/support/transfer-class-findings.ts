/**
 * Two parts of `possible-transfer-without-safeguards` on a channel whose recipients are classes of
 * States (seventy-third run, defect 2: the Istanbul Convention 2011, CETS 210, Art. 63, where the
 * Union may send to "the member States of the Council of Europe", the non-member States that took
 * part in its elaboration and the States invited to accede):
 *
 * - One finding for the classes of which every other word is the same. The condition is the
 *   classes' ("may hold States outside the EU/EEA that no adequacy decision covers"), the sender,
 *   its rules and the instrument's possible basis are one; three findings with one text, once per
 *   class, were noise. One basis stated on the channel answers them all, as it does the senders
 *   the rule already names together ("from BE, LU and NL").
 * - Where the instrument may itself be the basis, its own clause on data protection — tagged
 *   `about data-protection` or `transfer-safeguards`, or headed so ("Article 65 – Data
 *   Protection": "Personal data shall be stored and used pursuant to the obligations undertaken by
 *   the Parties under the Convention for the Protection of Individuals with regard to Automatic
 *   Processing of Personal Data (ETS No. 108)", CETS 210, read: BWBV0006074) — is where it states
 *   the safeguards, and the message names it. Whether it states those the sender's transfer rules
 *   require is not judged: ETS 108 binds its own Parties, and the Union is not one of them (from memory), so a
 *   clause that refers to it does not of itself state safeguards for data the Union sends.
 */
import type { Channel, Clause } from '../../ast/nodes';
import type { ClauseTopic } from '../../ast/topics';
import type { SemanticModel } from '../../model/semantic-model';
import { reachesChannel } from '../../model/topic-scope';
import type { RelatedInformation } from '../rule';
import { clauseTopics } from './applicability';
import { clauseInSentence } from './clause-citation';

/** A finding as the rule would report it, before the classes are gathered. */
export interface TransferFinding<R> {
  readonly range: R;
  readonly message: string;
  readonly related: readonly RelatedInformation[];
  readonly ceiling: 'info' | 'warning' | 'error';
  /** The recipient when it is a class of States that only may hold third States, else undefined. */
  readonly classId: string | undefined;
  /** Where the class is declared, for the related information of a gathered finding. */
  readonly classDeclared: Omit<RelatedInformation, 'message'> | undefined;
}

/** What a class's finding says but for the class's name: its severity, its words, its related information. */
const keyOf = <R>(finding: TransferFinding<R>, id: string) => `${finding.ceiling}\u0000${finding.message.replace(classWords(id), '\u0001')}\u0000${JSON.stringify(finding.related)}`;

const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

const classWords = (id: string) => `${id} is a class of States whose members Entente cannot list, and may hold`;

/**
 * The findings with those on classes of States gathered: one per set of classes whose findings
 * say the same but for the class's name, at the first class, naming them all ("CoE-Members,
 * Elaboration-States and Acceding-States are classes of States …; for any they hold, …").
 */
export function gatherClasses<R>(findings: readonly TransferFinding<R>[]): TransferFinding<R>[] {
  const result: TransferFinding<R>[] = [];
  const groups = new Map<string, TransferFinding<R>[]>();
  for (const finding of findings) {
    const id = finding.classId;
    if (id === undefined || !finding.message.includes(classWords(id))) {
      result.push(finding);
      continue;
    }
    const key = keyOf(finding, id);
    const group = groups.get(key);
    if (group) group.push(finding);
    else {
      groups.set(key, [finding]);
      result.push(finding);
    }
  }
  return result.map((finding) => {
    const id = finding.classId;
    const group = id === undefined ? undefined : groups.get(keyOf(finding, id));
    if (!group || group.length < 2 || group[0] !== finding) return finding;
    const ids = group.map((f) => f.classId!);
    const message = finding.message
      .replace(classWords(id!), `${listFormat.format(ids)} are classes of States whose members Entente cannot list, and may hold`)
      .replace('for any it holds', 'for any they hold');
    const others = group.slice(1).flatMap((f) => (f.classDeclared ? [{ ...f.classDeclared, message: `${f.classId} is also a class of States that may hold such States: the finding is the same for it.` }] : []));
    return { ...finding, message, related: [...finding.related, ...others] };
  });
}

const protectionTopics: readonly ClauseTopic[] = ['data-protection', 'transfer-safeguards'];
/** A heading on personal data: English, and Dutch for the series' own texts ("Bescherming persoonlijke levenssfeer en gegevensbescherming"). */
const protectionHeading = /\bdata\s+protection\b|\bprotection\s+of\s+(?:personal\s+)?data\b|\bpersonal\s+data\b|gegevensbescherming|\bpersoonsgegevens\b|\bpersoonlijke\s+levenssfeer\b/iu;
/** A heading on keeping what is exchanged confidential ("Confidentiality of Information", "Privacy"). */
const confidentialityHeading = /\bconfidential(?:ity)?\b|\bprivacy\b|\bsecrecy\b|\bvertrouwelijk(?:heid)?\b/iu;
const alsoProtective: readonly ClauseTopic[] = ['confidentiality', 'purpose-limitation'];

/**
 * The instrument's clause on data protection for the channel: tagged so (for every channel or for
 * this one), or, untagged, headed so. Its own clauses only: a parent's clause is the parent's.
 * A clause tagged for other channels only is not this channel's.
 *
 * Of several tagged, the one most plainly the safeguard, each step before the next, then the first
 * in the text: headed as on data protection ("Article 14 – Personal data protection" before
 * "Article 2 – Guiding principles": Macolin 2014); tagged for transfer safeguards; headed as on
 * confidentiality or privacy; tagged for confidentiality or purpose limitation too. Seventy-ninth
 * run, defect 2: in the NL–India social security agreement of 2009 the transcriber tagged Art. 11
 * ("Identification") and Art. 12 (verification) for data protection as well as Art. 20
 * ("Confidentiality of Information": the use limit and the receiving State's privacy law), and the
 * first in the text, Art. 11, was named.
 */
export function dataProtectionClause(model: SemanticModel, channel: Channel): Clause | undefined {
  const id = channel.id?.text;
  const clauses = model.ast.clauses;
  const headed = (clause: Clause, pattern: RegExp) => clause.heading !== undefined && pattern.test(clause.heading.value);
  const tagged = clauses.flatMap((clause) => {
    const topics = clauseTopics(model, clause);
    return protectionTopics.some((t) => topics.has(t) && reachesChannel(clause, t, id)) ? [{ clause, topics }] : [];
  });
  if (tagged.length === 0) return clauses.find((clause) => clause.topics.length === 0 && headed(clause, protectionHeading));
  const rank = ({ clause, topics }: (typeof tagged)[number]) =>
    headed(clause, protectionHeading) ? 0 : topics.has('transfer-safeguards') ? 1 : headed(clause, confidentialityHeading) ? 2 : alsoProtective.some((t) => topics.has(t)) ? 3 : 4;
  return tagged.reduce((best, candidate) => (rank(candidate) < rank(best) ? candidate : best)).clause;
}

/**
 * What points to that clause: a short sentence after the one on the instrument as a possible basis
 * (the messages are long already), and related information at the clause that says what it is for.
 */
export function dataProtectionPointer(model: SemanticModel, channel: Channel): { sentence: string; related: RelatedInformation[] } {
  const clause = dataProtectionClause(model, channel);
  if (!clause?.id) return { sentence: '', related: [] };
  const heading = clause.heading ? `"${clause.heading.value}"` : clause.id.text;
  return {
    // Named as the text numbers it, not by the transcription's id; the related information quotes its heading (lr18, D8).
    sentence: ` Its clause on data protection is ${clauseInSentence(clause) ?? clause.id.text}.`,
    related: [{ uri: model.uri, range: clause.id.range, message: `${heading}: where the instrument would state the safeguards; whether it states those the sender's transfer rules require is not checked here.` }],
  };
}
