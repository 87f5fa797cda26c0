/**
 * The channels a clause's topic reaches. `clause Art22 about confidentiality about
 * points-of-contact for GeneralInformation, EnforcementInformation` says the article designates
 * contacts only for those exchanges ("data referred to in Articles 20, 21 and 24", WHO FCTC
 * illicit-trade Protocol 2012, Art. 22(1)) and protects the confidentiality of all of them (Art.
 * 22(2)). A topic tagged in a group without `for`, anywhere in the clause, reaches every channel,
 * as every tag did before scopes existed; a topic tagged only in groups with `for` reaches their
 * channels, even where the library entry or the clause's id also gives the topic (the drafter's
 * scope is the more precise word). Checks that ask per channel whether the text says something on
 * a topic (missing-points-of-contact, missing-purpose-limitation…) count the clause — its tag and
 * its words on that topic — only for those channels; checks on the instrument as a whole count it
 * as saying something on the topic.
 */
import type { Clause } from '../ast/nodes';
import { topicFromName, type ClauseTopic } from '../ast/topics';

/** The channel ids a clause's topic is scoped to, or undefined where it reaches every channel. */
export function topicScope(clause: Clause, topic: ClauseTopic): readonly string[] | undefined {
  let scoped: string[] | undefined;
  for (const group of clause.about) {
    if (!group.topics.some((t) => topicFromName(t.text) === topic)) continue;
    if (group.for.length === 0) return undefined;
    (scoped ??= []).push(...group.for.map((c) => c.text));
  }
  return scoped;
}

/**
 * Whether a clause speaks on a topic for a channel: always where no channel is asked about (the
 * instrument as a whole) or the topic is not scoped; otherwise only for a channel in its scope.
 */
export function reachesChannel(clause: Clause, topic: ClauseTopic, channel: string | undefined): boolean {
  if (channel === undefined) return true;
  const scope = topicScope(clause, topic);
  return scope === undefined || scope.includes(channel);
}

/** Whether any of the clauses scopes the topic to channels: then a check must ask channel by channel. */
export function scopesTopic(clauses: readonly Clause[], topic: ClauseTopic): boolean {
  return clauses.some((clause) => topicScope(clause, topic) !== undefined);
}

/** The topics a clause scopes to channels (those `topicScope` gives a scope for), or undefined where it scopes none. */
export function scopedTopics(clause: Clause): readonly ClauseTopic[] | undefined {
  let found: ClauseTopic[] | undefined;
  for (const group of clause.about) {
    if (group.for.length === 0) continue;
    for (const t of group.topics) {
      const topic = topicFromName(t.text);
      if (topic !== undefined && !found?.includes(topic) && topicScope(clause, topic) !== undefined) (found ??= []).push(topic);
    }
  }
  return found;
}
