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
import type { Deadline, IncidentProtocol } from './protocol-nodes';
import type { DateValue, Name, NodeBase, Quantity, Text, Word } from './values';
import type {
  Availability,
  ChannelClassification,
  ClassificationLevel,
  ClassOpenness,
  MeetingTerm,
  NoteContent,
  ClassificationScheme,
  DataCategory,
  DesignationRole,
  ExchangeHedge,
  ChannelModality,
  HandlingCaveat,
  OneWayHandling,
  OnwardSharing,
  PartyKind,
  Regime,
  TlpLabelValue,
} from './vocabulary';

export type * from './values';
export type * from './header-nodes';
export type * from './consent-nodes';
export type * from './lifetime-nodes';
export type * from './protocol-nodes';

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
  /** `from CONFIDENTIAL`: the lowest level it covers ("CONFIDENTIAL and above"). */
  readonly from: Word<ClassificationLevel> | undefined;
  readonly equivalences: readonly LevelEquivalence[];
  readonly breachProcedure: Text | undefined;
  /** `scheme common "NATO"`: one common scheme, national schemes, or the receiving party's equivalent. */
  readonly scheme: Word<ClassificationScheme> | undefined;
  readonly schemeName: Text | undefined;
  /** `concluded at … on …`: an agreement in force elsewhere, cited here, whose text is not written here. */
  readonly concluded: ConcludedAgreement | undefined;
}

export interface ConcludedAgreement extends NodeBase {
  readonly keyword: Range;
  readonly place: Text | undefined;
  readonly date: DateValue | undefined;
}

export interface LevelEquivalence extends NodeBase {
  readonly type: 'LevelEquivalence';
  /** The common level; absent in a national-to-national row (`level equals NL "GEHEIM", SE "HEMLIG"`). */
  readonly level: Word<ClassificationLevel> | undefined;
  readonly markings: readonly LevelMarking[];
}

/** One party's cell of an equivalence row. */
export interface LevelMarking {
  readonly party: Name;
  /** The national marking; undefined when the party has `none`. */
  readonly marking: Text | undefined;
  /** `none`: the party has no equivalent level. */
  readonly none: Word<'none'> | undefined;
  /** `safeguarded-as "HEMLIG"` / `marked-as "Netherlands RESTRICTED"`: how it handles the level instead, one way. */
  readonly handling: Word<OneWayHandling> | undefined;
  readonly handledAs: Text | undefined;
}

export interface Channel extends NodeBase {
  readonly type: 'Channel';
  readonly id: Name | undefined;
  readonly members: readonly Name[];
  /** `from OPCW`: the members that send what the channel carries; empty, every member does. */
  readonly senders: readonly Name[];
  readonly carries: readonly Word<DataCategory>[];
  /** `carries "technical data packages"`: what it carries, in words, where no category fits. */
  readonly carriesText: readonly Text[];
  readonly marking: Word<TlpLabelValue> | undefined;
  /** `marking legend "…"`, `marking releasable-to "…"`: handling markings other than TLP. */
  readonly handlingMarkings: readonly HandlingMarking[];
  /** The level written after `classification`, or `any`. */
  readonly classification: Word<ChannelClassification> | undefined;
  /** `classification from CONFIDENTIAL`: that level and above. */
  readonly andAbove: Range | undefined;
  readonly securityAgreement: Name | undefined;
  readonly onwardSharing: Word<OnwardSharing> | undefined;
  /** `onward sharing with-consent to NCSC, Europol`: named onward recipients. */
  readonly onwardTo: readonly Name[];
  /**
   * `onward sharing with-written-consent to "other Government authorities of the Contracting
   * Parties"`: onward recipients in the text's own words (NL–AE customs 2015, Art. 16(1)). With a
   * consent rule, `to` (ids and words together) names the only recipients the consent opens.
   */
  readonly onwardToDescribed: readonly Text[];
  /** `… except NATO, "the Parties' contractors"`: recipients who need no consent. */
  readonly onwardExcept: readonly (Name | Text)[];
  /** `modality may`: how strongly the senders are bound; absent, a duty (`shall`, in an MoU "will"). */
  readonly modality: Word<ChannelModality> | undefined;
  /** `exchange when-practical "…"`: a hedged or conditional exchange. */
  readonly hedges: readonly Word<ExchangeHedge>[];
  readonly hedgeText: Text | undefined;
  /** `deadline "…" within …`: time limits that are not incident notifications. */
  readonly deadlines: readonly ChannelDeadline[];
  readonly purpose: Text | undefined;
  readonly safeguards: readonly Name[];
  readonly safeguardsText: Text | undefined;
  readonly recipients: readonly Text[];
  readonly contacts: readonly ContactRef[];
  readonly breachProcedure: Text | undefined;
}

export interface HandlingMarking extends NodeBase {
  readonly caveat: Word<HandlingCaveat>;
  readonly text: Text | undefined;
}

export interface ChannelDeadline extends NodeBase {
  readonly keyword: Range;
  /** What must be done: "answer a request for verification". */
  readonly duty: Text | undefined;
  readonly deadline: Deadline | undefined;
}

/** `EE.Duty`: a party's contact. */
export interface ContactRef extends NodeBase {
  readonly party: Name;
  readonly contact: Name | undefined;
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
  /**
   * `meets in principle annually`: the cadence is the rule the text sets "in principle" ("The
   * Committee shall meet at the request of either Contracting Party, in principle once a year",
   * NL–Jordan 1978, Art. 8), not a minimum. Absent where it does not say so.
   */
  readonly meetsInPrinciple?: true;
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

/**
 * `non-party IAEA "International Atomic Energy Agency"`: an organisation (or a State) the text names
 * that is not a party to it. It may be notified or relay a notification; it is never bound (VCLT Art. 34).
 */
export interface NonParty extends NodeBase {
  readonly type: 'NonParty';
  readonly id: Name | undefined;
  readonly name: Text | undefined;
}

export interface Clause extends NodeBase {
  readonly type: 'Clause';
  readonly id: Name | undefined;
  readonly heading: Text | undefined;
  /** Every topic the clause is `about`, of all its groups, in order. */
  readonly topics: readonly Name[];
  /**
   * The `about` groups as written: `about confidentiality about points-of-contact for Exchange`.
   * A group with channels after `for` tags its topics for those channels only; without, for every
   * channel (model/topic-scope.ts).
   */
  readonly about: readonly ClauseAbout[];
  /** `from library "confidentiality/mou"` */
  readonly libraryRef: Text | undefined;
  /** The clause text: written in place, or an edited copy of the library text. */
  readonly body: Text | undefined;
}

/** One `about` group of a clause: its topics and, after `for`, the channels they reach (none: every channel). */
export interface ClauseAbout {
  readonly topics: readonly Name[];
  readonly for: readonly Name[];
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
  /** `with terms`: the agreement's provisions are printed inside this note (a drafted proposal). */
  readonly carries: Word<NoteContent> | undefined;
  readonly body: Text | undefined;
}

/**
 * `designate central-authority`: each party (or the one named) shall designate an authority or a
 * point of contact; with a name in quotes the text makes the designation itself.
 */
export interface Designation extends NodeBase {
  readonly type: 'Designation';
  readonly keyword: Range;
  readonly role: Word<DesignationRole> | undefined;
  /** The designating party; undefined means each party. */
  readonly party: Name | undefined;
  /** The authority designated, when the text names it. */
  readonly name: Text | undefined;
  readonly availability: Word<Availability> | undefined;
  /** The channels, protocols or exercises it serves; empty means all. */
  readonly for: readonly Name[];
  /** To whom the designation is notified: "the Secretary General of the Council of Europe". */
  readonly notifiedTo: Text | undefined;
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
  | Note
  | Designation
  | NonParty;

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
  readonly designations: readonly Designation[];
  readonly comments: readonly Comment[];
  readonly range: Range;
}
