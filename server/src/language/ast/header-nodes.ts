/** The instrument header's nodes: `memorandum "…" { status … effect … duration … }`. */
import type { Range } from './positions';
import type { DateValue, Name, NodeBase, Quantity, Text, Word } from './values';
import type { InstrumentKind, InstrumentStatus } from './vocabulary';
import type { InheritedItem } from './vocabulary';

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
  /** `implements "treaty.entente" article 7 with …`: the treaty this arrangement implements. */
  readonly implements: ImplementsClause | undefined;
  /** `implemented by "mou.entente"`: the arrangements concluded under this treaty. */
  readonly implementedBy: readonly ImplementedByClause[];
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
  | ValueClause
  | ImplementsClause
  | ImplementedByClause;

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

/** `implements "gsa.entente" article 7 with status, duration` · `implements GSOIA` */
export interface ImplementsClause extends NodeBase {
  readonly type: 'Implements';
  readonly keyword: Range;
  /** The treaty's file, when it is transcribed in the workspace. */
  readonly file: Text | undefined;
  /** A security agreement declared here (in force elsewhere), when the treaty has no file. */
  readonly agreement: Name | undefined;
  /** The article it is concluded under: `article 7`. */
  readonly article: Name | Text | undefined;
  /** What it takes from the treaty: `with status, effect, duration`. */
  readonly inherits: readonly Word<InheritedItem>[];
}

/** `implemented by "mou.entente", "protocol.entente" article 7` */
export interface ImplementedByClause extends NodeBase {
  readonly type: 'ImplementedBy';
  readonly keyword: Range;
  readonly files: readonly Text[];
  readonly article: Name | Text | undefined;
}
