/** The instrument header's nodes: `memorandum "…" { status … effect … duration … }`. */
import type { Range } from './positions';
import type { DateValue, Name, NodeBase, Quantity, Text, Word } from './values';
import type { ConsentClause } from './consent-nodes';
import type { DurationClause, TerminationClause } from './lifetime-nodes';
import type { CountNoun, FormulaOmission, InheritedItem, InstrumentForm, InstrumentKind, InstrumentStatus, OrdinalWord, OriginalsNoun, TimingEvent } from './vocabulary';

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
  readonly depositary: DepositaryClause | undefined;
  readonly registration: ValueClause | undefined;
  readonly reservations: ValueClause | undefined;
  /** `subsequently …`: entry into force for each State that consents later (VCLT Art. 24(3)); the first of `subsequentEffects`. */
  readonly subsequentEffect: SubsequentEffectClause | undefined;
  /** Every `subsequently` read, one per means of consent (Hague Service Convention 1965, Arts. 27–28; ast/later-consents.ts). */
  readonly subsequentEffects: readonly SubsequentEffectClause[];
  /** `provisional application …` (VCLT Art. 25). */
  readonly provisionalApplication: ProvisionalApplicationClause | undefined;
  /** `opened for signature …` */
  readonly openedForSignature: OpenedClause | undefined;
  /** `form exchange-of-notes`: how the instrument is constituted. */
  readonly form: FormClause | undefined;
  /** `incorporates … from "…"`: provisions of a parent instrument applied to this one. */
  readonly incorporations: readonly IncorporationClause[];
  /** `implements "treaty.entente" article 7 with …`: the treaty this arrangement implements. */
  readonly implements: ImplementsClause | undefined;
  /** `implemented by "mou.entente"`: the arrangements concluded under this treaty. */
  readonly implementedBy: readonly ImplementedByClause[];
  /** `amends "…"`: the treaty this instrument amends, whose final clauses govern what it adds. */
  readonly amends: AmendsClause | undefined;
  /** `omitted "Articles 5 to 42", "Annexes A and B"`: the transcription is an excerpt; the parts it leaves out, as an edition of extracts names them. */
  readonly omitted: OmittedClause | undefined;
  /**
   * `entered into force on 2013-07-01 "Trb. 2013, 123"`: the date the concluded treaty entered
   * into force, recorded from its source; not a term of the text (`effect …` is).
   */
  readonly enteredIntoForce: EnteredIntoForceClause | undefined;
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
  | DepositaryClause
  | SubsequentEffectClause
  | ProvisionalApplicationClause
  | OpenedClause
  | FormClause
  | IncorporationClause
  | ImplementsClause
  | ImplementedByClause
  | AmendsClause
  | OmittedClause
  | EnteredIntoForceClause;

export interface StatusClause extends NodeBase {
  readonly type: 'Status';
  readonly keyword: Range;
  readonly value: Word<InstrumentStatus> | undefined;
  /**
   * `status non-binding unstated`: the text does not state its status, the value is the reader's
   * judgement. The checks read the value alone, but missing-non-binding-statement, which asks what
   * the text says of its status; the export says nothing of the status.
   */
  readonly stated: Word<'unstated'> | undefined;
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
  /** `signed` (MoU wording), `done` (treaty wording) or `issued` (a declaration). */
  readonly keyword: Word<'signed' | 'done' | 'issued'>;
  /** `signed by NL …`: the party that signed, when the signatures differ. */
  readonly signer: Name | undefined;
  readonly place: Text | undefined;
  readonly date: DateValue | undefined;
  /**
   * `signed on unstated`: the text was signed, and states no date of signature (a transcription of a
   * signed text that is undated in the series). The text is concluded; the export dates nothing.
   */
  readonly unstatedDate: Word<'unstated'> | undefined;
  /** Further signatures of the same text: `, by US at "Washington" on 1978-07-25`. */
  readonly more: readonly Signing[];
  /** The testimonium's number of originals: `in duplicate`, `in single copy`. */
  readonly originals: Originals | undefined;
  /** `deposited with "…"`: where a single original is kept. */
  readonly depositedWith: Name | Text | undefined;
  /** `without testimonium`: the text's formula has no "IN WITNESS WHEREOF …" recital of authority. */
  readonly without: Word<FormulaOmission> | undefined;
}

/** One signature: who, where, when. */
export interface Signing extends NodeBase {
  readonly signer: Name | undefined;
  readonly place: Text | undefined;
  readonly date: DateValue | undefined;
}

export interface Originals extends NodeBase {
  /** How many originals: 2 for `in duplicate`, 1 for `in single copy`; undefined for an unknown word. */
  readonly count: number | undefined;
  /** The word written (`duplicate`, `single`), or undefined for a number. */
  readonly word: Word | undefined;
  /** `copy`, `original`, `originals`, `copies` (closed). */
  readonly noun: Word<OriginalsNoun> | undefined;
}

/** `first day of second month after`: the date moves to the first day of a later month. */
export interface FirstDayOfMonth extends NodeBase {
  readonly day: Word<'day'>;
  /** Absent: "the month following" (1). */
  readonly ordinal: Word<OrdinalWord> | undefined;
  readonly month: Word<'month'>;
  /** The month counted from the event's month: 1 for "the month following", 2 for "the second month after". */
  readonly months: number | undefined;
}

/** When something happens: shared by `effect`, `subsequently` and `provisional application`. */
export interface Timing {
  /** `on 2027-05-01` */
  readonly date: DateValue | undefined;
  /** `signature`, `ratification`, `notification`, `consent-to-be-bound`, `reply`, `accession`… (closed). */
  readonly event: Word<TimingEvent> | undefined;
  /** `30 days after …`, `3 months after …` */
  readonly delay: Quantity | undefined;
  /** `after last notification` */
  readonly afterLast: boolean;
  /** `by 5 parties` */
  readonly count: number | undefined;
  readonly countRange: Range | undefined;
  /** What is counted: `States`, `parties`, `signatories` (closed). */
  readonly countNoun: Word<CountNoun> | undefined;
  /** `including 3 CoE-Members`: a part of the count that must come from a class of parties (or `States`). */
  readonly including: { readonly count: number; readonly of: Name; readonly range: Range } | undefined;
  /** `notification by NL`: the one party whose act brings the instrument into force. */
  readonly notifier: Name | undefined;
  /** `notification to "the Government of …"` or `to DE`: who receives the notifications, as the text names it (Arolsen 1993, Art. 3). */
  readonly addressee: Name | Text | undefined;
  /** `on first day of month following …`: the date is then the first day of a later month. */
  readonly firstDay: FirstDayOfMonth | undefined;
}

export interface EffectClause extends NodeBase, Timing {
  readonly type: 'Effect';
  readonly keyword: Range;
}

/** `subsequently 30 days after ratification`: for each State that consents once the treaty is in force. */
export interface SubsequentEffectClause extends NodeBase, Timing {
  readonly type: 'SubsequentEffect';
  readonly keyword: Range;
  /**
   * `or on entry-into-force whichever is later`: a State that consents once the threshold of
   * `effect` is reached but before the instrument is in force is bound on its own date or on the
   * entry into force, whichever is later (UNCAC Art. 68(2)). Without it the statement speaks of
   * States that consent after the entry into force (VCLT Art. 24(3)).
   */
  readonly laterOf: LaterOf | undefined;
}

/** `or on entry-into-force whichever is later`. */
export interface LaterOf extends NodeBase {
  readonly event: Word<'entry-into-force'> | undefined;
  readonly which: Word<'later'> | undefined;
}

/** `provisional application [permitted] on signature [until …] [with notice [of …]]` (VCLT Art. 25). */
export interface ProvisionalApplicationClause extends NodeBase, Timing {
  readonly type: 'ProvisionalApplication';
  readonly keyword: Range;
  /** `permitted`: the text only permits provisional application ("may be applied provisionally"). */
  readonly modality: Word<'permitted'> | undefined;
  /** `until 2027-12-31` */
  readonly untilDate: DateValue | undefined;
  /** `until entry-into-force` */
  readonly untilEvent: Word<'entry-into-force'> | undefined;
  /** `with notice`: a Party may end provisional application by notice (VCLT Art. 25(2)). */
  readonly endsOnNotice: Range | undefined;
  readonly notice: Quantity | undefined;
  readonly noticeMinimum: boolean;
}

/** `opened for signature at "Stockholm" on 2002-03-21 until 2002-03-31` */
export interface OpenedClause extends NodeBase {
  readonly type: 'OpenedForSignature';
  readonly keyword: Range;
  readonly what: Word<'signature'> | undefined;
  readonly place: Text | undefined;
  readonly date: DateValue | undefined;
  readonly until: DateValue | undefined;
}

/** `form exchange-of-notes` */
export interface FormClause extends NodeBase {
  readonly type: 'Form';
  readonly keyword: Range;
  readonly form: Word<InstrumentForm> | undefined;
}

/** `incorporates amendment, disputes, costs from "budapest-convention.entente" "Articles 44–46"` */
export interface IncorporationClause extends NodeBase {
  readonly type: 'Incorporation';
  readonly keyword: Range;
  /** Clause topics whose provisions in the source apply to this instrument. */
  readonly topics: readonly Name[];
  /** The parent instrument: a file (`….entente`) or its title. */
  readonly source: Text | undefined;
  /** The articles the text names: "Articles 1, 12, 13, 22, 41, 44, 45 and 46 of the Convention". */
  readonly articles: Text | undefined;
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

/** `registration …`, `reservations …`: a word or a string. */
export interface ValueClause extends NodeBase {
  readonly type: 'Registration' | 'Reservations';
  readonly keyword: Range;
  readonly value: Name | Text | undefined;
}

/**
 * `depositary "…"`, or several: `depositary "the Secretary General of the Council of Europe", "the
 * Secretary General of OECD"` (Tax Convention 1988/2010, Art. 2(3): "(hereinafter referred to as the
 * "Depositaries")"; VCLT Art. 76(1): "one or more States, an international organization or the
 * chief administrative officer of the organization"). Each a party id or a name in quotes.
 */
export interface DepositaryClause extends NodeBase {
  readonly type: 'Depositary';
  readonly keyword: Range;
  /** The first depositary named. */
  readonly value: Name | Text | undefined;
  /** Every depositary named, in the order written. */
  readonly values: readonly (Name | Text)[];
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

/**
 * `amends "Convention … signed at Jerusalem on April 25, 1984"`: the treaty this instrument amends
 * or revises. The articles of that treaty it replaces or inserts become part of its text for the
 * parties bound by it (VCLT Arts. 39, 40(4), 41), governed by its duration, termination, amendment and dispute clauses; the
 * amending instrument still needs its own consent and entry into force (Art. 39: Part II applies).
 */
export interface AmendsClause extends NodeBase {
  readonly type: 'Amends';
  readonly keyword: Range;
  /** The amended treaty: its title, or its file (`….entente`). */
  readonly treaty: Text | undefined;
}

/** `implemented by "mou.entente", "protocol.entente" article 7` */
export interface ImplementedByClause extends NodeBase {
  readonly type: 'ImplementedBy';
  readonly keyword: Range;
  readonly files: readonly Text[];
  readonly article: Name | Text | undefined;
}

/**
 * `omitted "Articles 5 to 42", "Annexes A and B"`: the parts of a concluded text its transcription
 * leaves out, each in the words an edition of extracts uses ("Articles 5 to 42", "the Annex",
 * "the final clauses"). The checks that find a clause missing know it may sit there
 * (analysis/excerpt-severity.ts); the export marks each where it sits (render/omission-marks.ts).
 */
export interface OmittedClause extends NodeBase {
  readonly type: 'Omitted';
  readonly keyword: Range;
  readonly parts: readonly Text[];
  /**
   * `"Annex V" about security-of-information, breach-procedure`: for each part, at the same index,
   * the clause topics the transcriber declares it holds (empty where none is declared). Only a
   * finding on one of these topics may be capped as resting on what is left out.
   */
  readonly partTopics: readonly (readonly Name[])[];
}

/**
 * `entered into force on 2013-07-01 "Trb. 2013, 123"`: the date a concluded treaty entered into
 * force, with the source it is read from (the treaty series, the depositary's record). A fact of
 * the treaty's life that the text cannot state, recorded by the transcriber; every Party had
 * consented to be bound by that day (VCLT Art. 24), which model/conclusion.ts reads.
 */
export interface EnteredIntoForceClause extends NodeBase {
  readonly type: 'EnteredIntoForce';
  readonly keyword: Range;
  readonly date: DateValue | undefined;
  /** Where the date is recorded; required (a syntax problem says so when it is missing). */
  readonly source: Text | undefined;
}
