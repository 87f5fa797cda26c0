/**
 * The typed Entente AST. Later stages walk it without re-reading text.
 *
 * Invariants:
 * - Every node and every significant property carries its exact source `range` (LSP terms).
 * - A node built from a partly recovered parse still has every array (possibly empty); a
 *   missing single value is `undefined`, never a placeholder.
 * - Closed values are `Word<T>`: `value` is the member of the closed set, or `undefined` when
 *   the written `text` is not in it (reported by the value-out-of-range check).
 */
import type { Range } from './positions';
import type { Instrument } from './header-nodes';
import type { DateValue, Name, NodeBase, Quantity, Text, Word } from './values';
import type {
  Availability,
  ClassificationLevel,
  ClassOpenness,
  MeetingTerm,
  DataCategory,
  OnwardSharing,
  PartyKind,
  Regime,
  TlpLabelValue,
} from './vocabulary';

export type * from './values';
export type * from './header-nodes';

// ── Declarations ────────────────────────────────────────────────────────────────────────────

export interface Use extends NodeBase {
  readonly type: 'Use';
  readonly path: Text | undefined;
}

export interface Party extends NodeBase {
  readonly type: 'Party';
  /** `party` (treaty wording) or `participant` (MoU wording). */
  readonly keyword: Word<'party' | 'participant'>;
  readonly id: Name | undefined;
  readonly name: Text | undefined;
  readonly kind: Word<PartyKind> | undefined;
  readonly jurisdiction: Name | undefined;
  readonly representative: Text | undefined;
  readonly contacts: readonly Contact[];
  readonly regimes: readonly Word<Regime>[];
  /** `class open` · `class closed of 16`: the party is a class ("the member States of …"), not one entity. */
  readonly classOf: PartyClass | undefined;
}

export interface PartyClass extends NodeBase {
  /** `open`: any State (organisation) answering the description may join; `closed`: the members are fixed. */
  readonly openness: Word<ClassOpenness> | undefined;
  /** `of 16`: how many members a closed class has. */
  readonly size: number | undefined;
}

export interface Contact extends NodeBase {
  readonly type: 'Contact';
  readonly id: Name | undefined;
  readonly name: Text | undefined;
  readonly availability: Word<Availability> | undefined;
  readonly email: Text | undefined;
  readonly phone: Text | undefined;
}

export interface SecurityAgreement extends NodeBase {
  readonly type: 'SecurityAgreement';
  readonly id: Name | undefined;
  readonly name: Text | undefined;
  readonly parties: readonly Name[];
  readonly upTo: Word<ClassificationLevel> | undefined;
  readonly equivalences: readonly LevelEquivalence[];
  readonly breachProcedure: Text | undefined;
}

export interface LevelEquivalence extends NodeBase {
  readonly type: 'LevelEquivalence';
  readonly level: Word<ClassificationLevel> | undefined;
  readonly markings: readonly { readonly party: Name; readonly marking: Text | undefined }[];
}

export interface Channel extends NodeBase {
  readonly type: 'Channel';
  readonly id: Name | undefined;
  readonly members: readonly Name[];
  readonly carries: readonly Word<DataCategory>[];
  readonly marking: Word<TlpLabelValue> | undefined;
  readonly classification: Word<ClassificationLevel> | undefined;
  readonly securityAgreement: Name | undefined;
  readonly onwardSharing: Word<OnwardSharing> | undefined;
  /** `onward sharing with-consent to NCSC, Europol`: named onward recipients. */
  readonly onwardTo: readonly Name[];
  readonly purpose: Text | undefined;
  readonly safeguards: readonly Name[];
  readonly safeguardsText: Text | undefined;
  readonly recipients: readonly Text[];
  readonly contacts: readonly ContactRef[];
  readonly breachProcedure: Text | undefined;
}

/** `EE.Duty`: a party's contact. */
export interface ContactRef extends NodeBase {
  readonly party: Name;
  readonly contact: Name | undefined;
}

export interface IncidentProtocol extends NodeBase {
  readonly type: 'IncidentProtocol';
  readonly id: Name | undefined;
  readonly triggers: readonly TriggerCondition[];
  readonly notifications: readonly Notification[];
  readonly reports: readonly IncidentReport[];
  readonly escalations: readonly Escalation[];
  readonly content: Text | undefined;
  /** `contacts EE.Duty, FI.Desk`: who is notified, by name. */
  readonly contacts: readonly ContactRef[];
}

export interface TriggerCondition extends NodeBase {
  readonly attribute: Name;
  readonly value: Name | Text | undefined;
}

export interface Deadline extends NodeBase {
  readonly within: Quantity | undefined;
  readonly via: Name | undefined;
}

export interface Notification extends NodeBase {
  readonly type: 'Notification';
  readonly recipients: readonly Name[];
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

export interface Cadence extends NodeBase {
  /** The interval between occurrences; `annually` is 12 months, `biennially` 24 months. */
  readonly interval: Quantity | undefined;
  readonly word: 'every' | 'annually' | 'biennially';
}

export interface Exercise extends NodeBase {
  readonly type: 'Exercise';
  readonly id: Name | undefined;
  readonly cadence: Cadence | undefined;
  readonly lead: Name | undefined;
  readonly participants: readonly Name[];
  readonly scope: Text | undefined;
  readonly first: DateValue | undefined;
  /** `contacts EE.Duty, FI.Desk`: the exercise's points of contact. */
  readonly contacts: readonly ContactRef[];
}

export interface Cooperation extends NodeBase {
  readonly type: 'Cooperation';
  readonly kind: Word<'capacity-building' | 'technology-transfer'>;
  readonly id: Name | undefined;
  readonly providers: readonly Name[];
  readonly beneficiaries: readonly Name[];
  /** `training`, `secondments`, `tool-sharing`, `research`, `joint-development`… */
  readonly activities: readonly Name[];
  readonly description: Text | undefined;
  readonly intellectualProperty: Name | Text | undefined;
}

export interface GovernanceBody extends NodeBase {
  readonly type: 'GovernanceBody';
  readonly id: Name | undefined;
  readonly name: Text | undefined;
  readonly members: readonly Name[];
  /** The regular cadence, or the minimum one (`meets at least annually`). */
  readonly meets: Cadence | undefined;
  /** `meets at least annually`: the cadence is a minimum ("not less than annually"). */
  readonly meetsAtLeast: boolean;
  /** `meets as-agreed, on-request`: meetings without a fixed cadence. */
  readonly meetingTerms: readonly Word<MeetingTerm>[];
  readonly chair: Name | undefined;
  readonly mandate: Text | undefined;
}

export interface Definition extends NodeBase {
  readonly type: 'Definition';
  readonly term: Text | undefined;
  readonly meaning: Text | undefined;
}

export interface Clause extends NodeBase {
  readonly type: 'Clause';
  readonly id: Name | undefined;
  readonly heading: Text | undefined;
  readonly topics: readonly Name[];
  /** `from library "confidentiality/mou"` */
  readonly libraryRef: Text | undefined;
  /** The clause text: written in place, or an edited copy of the library text. */
  readonly body: Text | undefined;
}

export interface Assistance extends NodeBase {
  readonly type: 'Assistance';
  /** `budapest-35`, `budapest-29`, `mutual-legal-assistance`, `urgent-assistance`… */
  readonly basis: readonly Name[];
  readonly preservation: Quantity | undefined;
  /** `preservation for at least 60 days` ("for a period not less than sixty days", Budapest Art. 29(7)). */
  readonly preservationMinimum: boolean;
  /** One `central authority <Party> "…"` per party (Budapest Convention Art. 27(2)). */
  readonly centralAuthorities: readonly { readonly party: Name; readonly name: Text | undefined }[];
  readonly mlaTreaty: Text | undefined;
}

/**
 * One note (or letter) of an exchange that constitutes the instrument (VCLT Art. 13): the
 * proposal, and the reply `answering` it.
 */
export interface Note extends NodeBase {
  readonly type: 'Note';
  readonly keyword: Word<'note' | 'letter'>;
  readonly id: Name | undefined;
  /** "Note No. 181" */
  readonly heading: Text | undefined;
  readonly author: Name | undefined;
  readonly addressee: Name | undefined;
  readonly place: Text | undefined;
  readonly date: DateValue | undefined;
  /** The note this one replies to. */
  readonly answers: Name | undefined;
  readonly body: Text | undefined;
}

export type Declaration =
  | Use
  | Party
  | SecurityAgreement
  | Channel
  | IncidentProtocol
  | Exercise
  | Cooperation
  | GovernanceBody
  | Definition
  | Clause
  | Assistance
  | Note;

export interface Comment {
  readonly text: string;
  readonly range: Range;
  readonly block: boolean;
}

export interface EntenteDocument {
  readonly type: 'Document';
  /** The first instrument header; a registry file has none. */
  readonly instrument: Instrument | undefined;
  /** Every header, so a second one can be reported. */
  readonly instruments: readonly Instrument[];
  readonly declarations: readonly Declaration[];
  readonly uses: readonly Use[];
  readonly parties: readonly Party[];
  readonly securityAgreements: readonly SecurityAgreement[];
  readonly channels: readonly Channel[];
  readonly protocols: readonly IncidentProtocol[];
  readonly exercises: readonly Exercise[];
  readonly cooperations: readonly Cooperation[];
  readonly bodies: readonly GovernanceBody[];
  readonly definitions: readonly Definition[];
  readonly clauses: readonly Clause[];
  readonly assistance: readonly Assistance[];
  readonly notes: readonly Note[];
  readonly comments: readonly Comment[];
  readonly range: Range;
}
