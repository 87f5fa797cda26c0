/**
 * The nodes of an incident protocol (`protocol Breach { when … notify … report … escalate … }`):
 * its triggers, notification steps and their deadlines, reports and escalations. Part of the AST
 * of nodes.ts, which re-exports them; apart so that the protocol's steps, whose addressees grew
 * with non-parties and relays, have room to say what each field means.
 */
import type { ContactRef } from './nodes';
import type { Name, NodeBase, Quantity, Text, Word } from './values';
import type { ClockStart, DeadlineStandard } from './vocabulary';

export interface IncidentProtocol extends NodeBase {
  readonly type: 'IncidentProtocol';
  readonly id: Name | undefined;
  readonly triggers: readonly TriggerCondition[];
  readonly notifications: readonly Notification[];
  readonly reports: readonly IncidentReport[];
  readonly escalations: readonly Escalation[];
  readonly content: Text | undefined;
  /** `threshold "…"`: what the severity or significance that triggers it means. */
  readonly threshold: Text | undefined;
  /** `contacts EE.Duty, FI.Desk`: who is notified, by name. */
  readonly contacts: readonly ContactRef[];
}

export interface TriggerCondition extends NodeBase {
  readonly attribute: Name;
  readonly value: Name | Text | undefined;
}

export interface Deadline extends NodeBase {
  /** `within 24 hours`: a period; undefined where the deadline is a standard (or recovery left a hole). */
  readonly within: Quantity | undefined;
  /** `forthwith`, `without-delay`…: a standard the text states instead of a period, in its own words. */
  readonly standard: Word<DeadlineStandard> | undefined;
  /** `of awareness`: the event from which the time runs. */
  readonly start: Word<ClockStart> | undefined;
  readonly via: Name | undefined;
}

export interface Notification extends NodeBase {
  readonly type: 'Notification';
  /** Parties, and non-parties the text names (`non-party IAEA`), by id. */
  readonly recipients: readonly Name[];
  /** `notify "those States which are or may be physically affected"`: recipients described in the text's words, parties or not. */
  readonly describedRecipients: readonly Text[];
  /** `by EE`: who notifies; empty means the party that becomes aware. */
  readonly notifiers: readonly Name[];
  /** `by "the State Party referred to in article 1"`: the Party that notifies, in the text's words. */
  readonly describedNotifiers: readonly Text[];
  /** `through IAEA`: the non-party (an organisation) the notification goes through. */
  readonly relay: Name | undefined;
  /** `directly or through IAEA`: the relay is the notifier's choice, not its duty. */
  readonly relayOptional: boolean;
  /**
   * The verb as written: `inform` where the text says "inform" ("then, without delay, inform all
   * States whose interests are affected", OPRC 1990 Art. 5(1)(c)). Every check reads both alike, as
   * they read the verbs in prose (passed-on.ts, contact-designations.ts); only the export keeps it.
   */
  readonly verb: 'notify' | 'inform';
  readonly deadline: Deadline | undefined;
}

export interface IncidentReport extends NodeBase {
  readonly type: 'IncidentReport';
  /** `initial`, `interim`, `intermediate`, `final`. */
  readonly stage: Name | undefined;
  readonly deadline: Deadline | undefined;
}

export interface Escalation extends NodeBase {
  readonly type: 'Escalation';
  readonly to: Name | undefined;
  readonly deadline: Deadline | undefined;
}
