/** Whether a channel carries personal data, as the Chapter V transfer rules ask it (conflict-data-protection.ts). */
import type { Channel } from '../../ast/nodes';
import { criminalCooperation } from './channel-kinds';

/**
 * Whether a channel carries personal data: `personal-data` stated; or only subscriber information,
 * traffic data or electronic evidence, which are personal data whenever they relate to "an
 * identified or identifiable natural person" (GDPR Art. 4(1); the Law Enforcement Directive's
 * Art. 3(1) defines them alike, not read) — the subscriber who is a natural person, the traffic
 * data (online identifiers, location data) of a person's communications, evidence that names or
 * identifies one — and are not where they concern only legal persons or machines, which the
 * language cannot tell (who-is-bound review, item 16). Undefined when neither.
 */
export function personalDataCarried(channel: Channel): 'stated' | { possibly: string } | undefined {
  if (channel.carries.some((c) => c.value === 'personal-data')) return 'stated';
  const kinds = channel.carries.filter((c) => c.value !== undefined && criminalCooperation.has(c.value)).map((c) => c.text);
  return kinds.length > 0 ? { possibly: kinds.join(', ') } : undefined;
}
