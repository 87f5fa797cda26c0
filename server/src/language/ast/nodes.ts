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
import type {
  Availability,
  ClassificationLevel,
  DataCategory,
  DurationUnit,
  InstrumentKind,
  InstrumentStatus,
  OnwardSharing,
  PartyKind,
  Regime,
  TlpLabelValue,
} from './vocabulary';

/** An identifier as written: a declaration's name or a reference to one. */
export interface Name {
  readonly text: string;
  readonly range: Range;
}

/** A closed value as written, with its meaning if it is a member of the closed set. */
export interface Word<T extends string = string> {
  readonly text: string;
  readonly value: T | undefined;
  readonly range: Range;
}

/** A string or prose block, unescaped; `range` covers the quotes. */
export interface Text {
  readonly value: string;
  readonly range: Range;
  /** True for `"""…"""` prose. */
  readonly multiline: boolean;
}

/** `24 hours`, `6 months`: normalised so checks compare durations without re-reading units. */
export interface Quantity {
  readonly amount: number;
  readonly unit: Word<DurationUnit>;
  /** The amount in hours, or undefined if the unit is unknown. Months count 720 h, years 8760 h. */
  readonly hours: number | undefined;
  /** The amount in days (hours / 24). */
  readonly days: number | undefined;
  readonly range: Range;
}

/** An ISO 8601 calendar date. `valid` is false for an impossible date such as 2027-02-30. */
export interface DateValue {
  readonly text: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly valid: boolean;
  /** Milliseconds since the epoch at 00:00 UTC, when valid. */
  readonly time: number | undefined;
  readonly range: Range;
}

interface NodeBase {
  readonly range: Range;
}

// ── Instrument header ───────────────────────────────────────────────────────────────────────

export interface Instrument extends NodeBase {
  readonly type: 'Instrument';
  readonly kind: Word<InstrumentKind>;
  readonly title: Text | undefined;
  /** For an annex: the parent instrument's path. */
  readonly parent: Text | undefined;
  readonly status: Word<InstrumentStatus> | undefined;
  readonly languages: LanguagesClause | undefined;
  readonly signature: SignatureClause | undefined;
  readonly effect: EffectClause | undefined;
  readonly consent: ConsentClause | undefined;
  readonly duration: DurationClause | undefined;
  readonly termination: TerminationClause | undefined;
  readonly amendment: AmendmentClause | undefined;
  readonly disputes: DisputesClause | undefined;
  readonly governingLaw: GoverningLawClause | undefined;
  readonly depositary: ValueClause | undefined;
  readonly registration: ValueClause | undefined;
  readonly reservations: ValueClause | undefined;
  /** Every header statement in source order, including repeated ones (for duplicate checks). */
  readonly items: readonly HeaderItem[];
}

export type HeaderItem =
  | StatusClause
  | LanguagesClause
  | SignatureClause
  | EffectClause
  | ConsentClause
  | DurationClause
  | TerminationClause
  | AmendmentClause
  | DisputesClause
  | GoverningLawClause
  | ValueClause;

export interface StatusClause extends NodeBase {
  readonly type: 'Status';
  readonly keyword: Range;
  readonly value: Word<InstrumentStatus> | undefined;
}

export interface LanguagesClause extends NodeBase {
  readonly type: 'Languages';
  readonly keyword: Range;
  readonly languages: readonly Name[];
  /** `authentic` (treaty wording) or `equally-valid` (MoU wording), if stated. */
  readonly validity: Word<'authentic' | 'equally-valid'> | undefined;
  readonly prevailing: Name | undefined;
}

export interface SignatureClause extends NodeBase {
  readonly type: 'Signature';
  /** `signed` (MoU wording) or `done` (treaty wording). */
  readonly keyword: Word<'signed' | 'done'>;
  readonly place: Text | undefined;
  readonly date: DateValue | undefined;
}

export interface EffectClause extends NodeBase {
  readonly type: 'Effect';
  readonly keyword: Range;
  /** `effect on 2027-05-01` */
  readonly date: DateValue | undefined;
  /** `signature`, `ratification`, `notification`, `approval`, `acceptance`, `accession`… */
  readonly event: Word | undefined;
  /** `30 days after …` */
  readonly delay: Quantity | undefined;
  /** `after last notification` */
  readonly afterLast: boolean;
  /** `by 5 parties` */
  readonly count: number | undefined;
  readonly countRange: Range | undefined;
}

export interface ConsentClause extends NodeBase {
  readonly type: 'Consent';
  readonly keyword: Range;
  readonly means: readonly Word[];
}

export interface DurationClause extends NodeBase {
  readonly type: 'Duration';
  readonly keyword: Range;
  readonly term: Quantity | undefined;
  readonly indefinite: Word | undefined;
  readonly renewable: Range | undefined;
  readonly renewalTerm: Quantity | undefined;
}

export interface TerminationClause extends NodeBase {
  readonly type: 'Termination';
  readonly keyword: Word<'termination' | 'withdrawal' | 'discontinue' | 'denunciation'>;
  readonly notice: Quantity | undefined;
}

export interface AmendmentClause extends NodeBase {
  readonly type: 'Amendment';
  readonly keyword: Range;
  readonly words: readonly Name[];
  /** The words joined by spaces, e.g. `written decision`. */
  readonly procedure: string;
}

export interface DisputesClause extends NodeBase {
  readonly type: 'Disputes';
  readonly keyword: Range;
  /** `consultation`, `negotiation`, `arbitration`, `court`, `icj`… */
  readonly means: readonly Name[];
  readonly forum: Text | undefined;
}

export interface GoverningLawClause extends NodeBase {
  readonly type: 'GoverningLaw';
  readonly keyword: Range;
  readonly law: Name | Text | undefined;
}

/** `depositary …`, `registration …`, `reservations …`: a word or a string. */
export interface ValueClause extends NodeBase {
  readonly type: 'Depositary' | 'Registration' | 'Reservations';
  readonly keyword: Range;
  readonly value: Name | Text | undefined;
}

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
  readonly meets: Cadence | undefined;
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
  readonly centralAuthority: { readonly party: Name; readonly name: Text | undefined } | undefined;
  readonly mlaTreaty: Text | undefined;
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
  | Assistance;

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
  readonly comments: readonly Comment[];
  readonly range: Range;
}
