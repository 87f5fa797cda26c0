// Generated from the parser by `npm run grammar`. Do not edit.
import type { CstNode, IToken } from "chevrotain";

export interface DocumentCstNode extends CstNode {
  name: "document";
  children: DocumentCstChildren;
}

export type DocumentCstChildren = {
  topLevel?: TopLevelCstNode[];
  junk?: JunkCstNode[];
};

export interface JunkCstNode extends CstNode {
  name: "junk";
  children: JunkCstChildren;
}

export type JunkCstChildren = {
  tokens?: (IToken)[];
  Kw_protocol?: IToken[];
};

export interface TopLevelCstNode extends CstNode {
  name: "topLevel";
  children: TopLevelCstChildren;
}

export type TopLevelCstChildren = {
  instrument?: InstrumentCstNode[];
  use?: UseCstNode[];
  party?: PartyCstNode[];
  securityAgreement?: SecurityAgreementCstNode[];
  channel?: ChannelCstNode[];
  incidentProtocol?: IncidentProtocolCstNode[];
  exercise?: ExerciseCstNode[];
  cooperation?: CooperationCstNode[];
  governanceBody?: GovernanceBodyCstNode[];
  definition?: DefinitionCstNode[];
  clause?: ClauseCstNode[];
  assistance?: AssistanceCstNode[];
  note?: NoteCstNode[];
  designation?: DesignationCstNode[];
  nonParty?: NonPartyCstNode[];
};

export interface StrayCstNode extends CstNode {
  name: "stray";
  children: StrayCstChildren;
}

export type StrayCstChildren = {
  tokens: IToken[];
};

export interface NonPartyCstNode extends CstNode {
  name: "nonParty";
  children: NonPartyCstChildren;
}

export type NonPartyCstChildren = {
  Kw_non_party: IToken[];
  id: IToken[];
  name?: IToken[];
};

export interface MisplacedInHeaderCstNode extends CstNode {
  name: "misplacedInHeader";
  children: MisplacedInHeaderCstChildren;
}

export type MisplacedInHeaderCstChildren = {
  tokens: (IToken)[];
};

export interface MisplacedInPartyCstNode extends CstNode {
  name: "misplacedInParty";
  children: MisplacedInPartyCstChildren;
}

export type MisplacedInPartyCstChildren = {
  tokens: (IToken)[];
};

export interface MisplacedInSecurityAgreementCstNode extends CstNode {
  name: "misplacedInSecurityAgreement";
  children: MisplacedInSecurityAgreementCstChildren;
}

export type MisplacedInSecurityAgreementCstChildren = {
  tokens: (IToken)[];
};

export interface MisplacedInChannelCstNode extends CstNode {
  name: "misplacedInChannel";
  children: MisplacedInChannelCstChildren;
}

export type MisplacedInChannelCstChildren = {
  tokens: (IToken)[];
};

export interface MisplacedInProtocolCstNode extends CstNode {
  name: "misplacedInProtocol";
  children: MisplacedInProtocolCstChildren;
}

export type MisplacedInProtocolCstChildren = {
  tokens: (IToken)[];
};

export interface MisplacedInExerciseCstNode extends CstNode {
  name: "misplacedInExercise";
  children: MisplacedInExerciseCstChildren;
}

export type MisplacedInExerciseCstChildren = {
  tokens: (IToken)[];
};

export interface MisplacedInCooperationCstNode extends CstNode {
  name: "misplacedInCooperation";
  children: MisplacedInCooperationCstChildren;
}

export type MisplacedInCooperationCstChildren = {
  tokens: (IToken)[];
};

export interface MisplacedInAssistanceCstNode extends CstNode {
  name: "misplacedInAssistance";
  children: MisplacedInAssistanceCstChildren;
}

export type MisplacedInAssistanceCstChildren = {
  tokens: (IToken)[];
};

export interface QuantityCstNode extends CstNode {
  name: "quantity";
  children: QuantityCstChildren;
}

export type QuantityCstChildren = {
  amount: IToken[];
  unit: IToken[];
};

export interface IdentifierListCstNode extends CstNode {
  name: "identifierList";
  children: IdentifierListCstChildren;
}

export type IdentifierListCstChildren = {
  items: IToken[];
  Comma?: IToken[];
};

export interface WordListCstNode extends CstNode {
  name: "wordList";
  children: WordListCstChildren;
}

export type WordListCstChildren = {
  items: IToken[];
  Comma?: IToken[];
};

export interface QualifiedNameCstNode extends CstNode {
  name: "qualifiedName";
  children: QualifiedNameCstChildren;
}

export type QualifiedNameCstChildren = {
  qualifier: IToken[];
  Dot: IToken[];
  name: IToken[];
};

export interface ContactsItemCstNode extends CstNode {
  name: "contactsItem";
  children: ContactsItemCstChildren;
}

export type ContactsItemCstChildren = {
  Kw_contacts: IToken[];
  contacts: QualifiedNameCstNode[];
  Comma?: IToken[];
};

export interface WordOrStringCstNode extends CstNode {
  name: "wordOrString";
  children: WordOrStringCstChildren;
}

export type WordOrStringCstChildren = {
  word?: IToken[];
  text?: (IToken)[];
};

export interface ProseCstNode extends CstNode {
  name: "prose";
  children: ProseCstChildren;
}

export type ProseCstChildren = {
  text?: (IToken)[];
};

export interface CadenceCstNode extends CstNode {
  name: "cadence";
  children: CadenceCstChildren;
}

export type CadenceCstChildren = {
  Kw_every?: IToken[];
  interval?: QuantityCstNode[];
  Kw_annually?: IToken[];
  Kw_biennially?: IToken[];
};

export interface DeadlineCstNode extends CstNode {
  name: "deadline";
  children: DeadlineCstChildren;
}

export type DeadlineCstChildren = {
  Kw_within?: IToken[];
  within?: QuantityCstNode[];
  Kw_of?: IToken[];
  start?: IToken[];
  Kw_forthwith?: IToken[];
  Kw_immediately?: IToken[];
  Kw_promptly?: IToken[];
  Kw_without_delay?: IToken[];
  Kw_without_undue_delay?: IToken[];
  Kw_via?: IToken[];
  via?: IToken[];
};

export interface RecipientListCstNode extends CstNode {
  name: "recipientList";
  children: RecipientListCstChildren;
}

export type RecipientListCstChildren = {
  ids?: IToken[];
  descriptions?: IToken[];
  Comma?: IToken[];
};

export interface BreachProcedureCstNode extends CstNode {
  name: "breachProcedure";
  children: BreachProcedureCstChildren;
}

export type BreachProcedureCstChildren = {
  Kw_breach: IToken[];
  Kw_procedure: IToken[];
  text: ProseCstNode[];
};

export interface InstrumentCstNode extends CstNode {
  name: "instrument";
  children: InstrumentCstChildren;
}

export type InstrumentCstChildren = {
  Kw_treaty?: IToken[];
  Kw_memorandum?: IToken[];
  Kw_arrangement?: IToken[];
  Kw_framework?: IToken[];
  Kw_protocol?: IToken[];
  Kw_annex?: IToken[];
  Kw_declaration?: IToken[];
  title: IToken[];
  Kw_of?: IToken[];
  parent?: IToken[];
  LCurly: IToken[];
  headerItem?: HeaderItemCstNode[];
  stray?: StrayCstNode[];
  misplaced?: MisplacedInHeaderCstNode[];
  RCurly: IToken[];
};

export interface HeaderItemCstNode extends CstNode {
  name: "headerItem";
  children: HeaderItemCstChildren;
}

export type HeaderItemCstChildren = {
  statusItem?: StatusItemCstNode[];
  languagesItem?: LanguagesItemCstNode[];
  signatureItem?: SignatureItemCstNode[];
  effectItem?: EffectItemCstNode[];
  consentItem?: ConsentItemCstNode[];
  durationItem?: DurationItemCstNode[];
  terminationItem?: TerminationItemCstNode[];
  amendmentItem?: AmendmentItemCstNode[];
  disputesItem?: DisputesItemCstNode[];
  governingLawItem?: GoverningLawItemCstNode[];
  depositaryItem?: DepositaryItemCstNode[];
  registrationItem?: RegistrationItemCstNode[];
  reservationsItem?: ReservationsItemCstNode[];
  subsequentlyItem?: SubsequentlyItemCstNode[];
  provisionalItem?: ProvisionalItemCstNode[];
  openedItem?: OpenedItemCstNode[];
  formItem?: FormItemCstNode[];
  incorporatesItem?: IncorporatesItemCstNode[];
  implementsItem?: ImplementsItemCstNode[];
  implementedByItem?: ImplementedByItemCstNode[];
  amendsItem?: AmendsItemCstNode[];
  omittedItem?: OmittedItemCstNode[];
  enteredItem?: EnteredItemCstNode[];
};

export interface StatusItemCstNode extends CstNode {
  name: "statusItem";
  children: StatusItemCstChildren;
}

export type StatusItemCstChildren = {
  Kw_status: IToken[];
  value: IToken[];
  Kw_unstated?: IToken[];
};

export interface LanguagesItemCstNode extends CstNode {
  name: "languagesItem";
  children: LanguagesItemCstChildren;
}

export type LanguagesItemCstChildren = {
  Kw_languages: IToken[];
  languages: IdentifierListCstNode[];
  Kw_authentic?: IToken[];
  Kw_equally_valid?: IToken[];
  Kw_prevailing?: IToken[];
  prevailing?: IToken[];
};

export interface SignatureItemCstNode extends CstNode {
  name: "signatureItem";
  children: SignatureItemCstChildren;
}

export type SignatureItemCstChildren = {
  Kw_signed?: IToken[];
  Kw_done?: IToken[];
  Kw_issued?: IToken[];
  Kw_by?: IToken[];
  signer?: IToken[];
  Kw_at?: IToken[];
  place?: IToken[];
  Kw_on?: IToken[];
  date?: IToken[];
  Kw_unstated?: IToken[];
  Comma?: IToken[];
  more?: SigningCstNode[];
  originals?: OriginalsCstNode[];
  Kw_deposited?: IToken[];
  Kw_with?: IToken[];
  depositedWith?: WordOrStringCstNode[];
  Kw_without?: IToken[];
  without?: IToken[];
};

export interface SigningCstNode extends CstNode {
  name: "signing";
  children: SigningCstChildren;
}

export type SigningCstChildren = {
  Kw_by?: IToken[];
  signer?: IToken[];
  Kw_at?: IToken[];
  place?: IToken[];
  Kw_on?: IToken[];
  date?: IToken[];
};

export interface OriginalsCstNode extends CstNode {
  name: "originals";
  children: OriginalsCstChildren;
}

export type OriginalsCstChildren = {
  Kw_in: IToken[];
  count?: IToken[];
  noun?: (IToken)[];
  word?: IToken[];
};

export interface EffectItemCstNode extends CstNode {
  name: "effectItem";
  children: EffectItemCstChildren;
}

export type EffectItemCstChildren = {
  Kw_effect: IToken[];
  timing: TimingCstNode[];
};

export interface TimingCstNode extends CstNode {
  name: "timing";
  children: TimingCstChildren;
}

export type TimingCstChildren = {
  Kw_on?: IToken[];
  date?: IToken[];
  onEvent?: IToken[];
  firstDay?: FirstDayCstNode[];
  delay?: (QuantityCstNode)[];
  Kw_after?: (IToken)[];
  anchor?: (EffectAnchorCstNode)[];
};

export interface FirstDayCstNode extends CstNode {
  name: "firstDay";
  children: FirstDayCstChildren;
}

export type FirstDayCstChildren = {
  Kw_first: IToken[];
  day: IToken[];
  Kw_of: IToken[];
  ordinal?: IToken[];
  month?: (IToken)[];
  Kw_following?: IToken[];
  Kw_after?: IToken[];
};

export interface EffectAnchorCstNode extends CstNode {
  name: "effectAnchor";
  children: EffectAnchorCstChildren;
}

export type EffectAnchorCstChildren = {
  Kw_last?: IToken[];
  event: IToken[];
  Kw_by?: (IToken)[];
  count?: IToken[];
  countNoun?: IToken[];
  Kw_including?: IToken[];
  includingCount?: IToken[];
  including?: IToken[];
  notifier?: IToken[];
  Kw_to?: IToken[];
  addressee?: WordOrStringCstNode[];
};

export interface ConsentItemCstNode extends CstNode {
  name: "consentItem";
  children: ConsentItemCstChildren;
}

export type ConsentItemCstChildren = {
  Kw_consent: IToken[];
  Kw_by: IToken[];
  means: (ConsentMeansCstNode)[];
  Kw_for?: (IToken)[];
  party?: (IToken)[];
  Comma?: IToken[];
};

export interface ConsentMeansCstNode extends CstNode {
  name: "consentMeans";
  children: ConsentMeansCstChildren;
}

export type ConsentMeansCstChildren = {
  items: ConsentMeanCstNode[];
  Comma?: IToken[];
};

export interface ConsentMeanCstNode extends CstNode {
  name: "consentMean";
  children: ConsentMeanCstChildren;
}

export type ConsentMeanCstChildren = {
  means: IToken[];
  Kw_after?: IToken[];
  opensAfter?: IToken[];
  Kw_by?: IToken[];
  byInvitation?: IToken[];
};

export interface DurationItemCstNode extends CstNode {
  name: "durationItem";
  children: DurationItemCstChildren;
}

export type DurationItemCstChildren = {
  Kw_duration: IToken[];
  term?: QuantityCstNode[];
  indefinite?: IToken[];
  Kw_renewable?: IToken[];
  renewal?: IToken[];
  Kw_for?: IToken[];
  renewalTerm?: QuantityCstNode[];
  renewalIndefinite?: IToken[];
  renewalPeriod?: IToken[];
  unlessTerms?: UnlessTermsCstNode[];
};

export interface UnlessTermsCstNode extends CstNode {
  name: "unlessTerms";
  children: UnlessTermsCstChildren;
}

export type UnlessTermsCstChildren = {
  Kw_unless: IToken[];
  Kw_notice?: IToken[];
  Kw_of?: IToken[];
  atLeast?: AtLeastCstNode[];
  notice?: QuantityCstNode[];
  words?: IToken[];
};

export interface AtLeastCstNode extends CstNode {
  name: "atLeast";
  children: AtLeastCstChildren;
}

export type AtLeastCstChildren = {
  Kw_at: IToken[];
  Kw_least: IToken[];
};

export interface TerminationItemCstNode extends CstNode {
  name: "terminationItem";
  children: TerminationItemCstChildren;
}

export type TerminationItemCstChildren = {
  Kw_termination?: IToken[];
  Kw_withdrawal?: IToken[];
  Kw_discontinue?: IToken[];
  Kw_denunciation?: IToken[];
  Kw_after?: IToken[];
  afterInitial?: IToken[];
  afterPeriod?: IToken[];
  Kw_with?: IToken[];
  Kw_notice?: IToken[];
  Kw_of?: IToken[];
  atLeast?: AtLeastCstNode[];
  notice?: QuantityCstNode[];
};

export interface AmendmentItemCstNode extends CstNode {
  name: "amendmentItem";
  children: AmendmentItemCstChildren;
}

export type AmendmentItemCstChildren = {
  Kw_amendment: IToken[];
  Kw_by: IToken[];
  words: IToken[];
};

export interface DisputesItemCstNode extends CstNode {
  name: "disputesItem";
  children: DisputesItemCstChildren;
}

export type DisputesItemCstChildren = {
  Kw_disputes: IToken[];
  Kw_by: IToken[];
  means: IdentifierListCstNode[];
  forum?: IToken[];
};

export interface GoverningLawItemCstNode extends CstNode {
  name: "governingLawItem";
  children: GoverningLawItemCstChildren;
}

export type GoverningLawItemCstChildren = {
  Kw_governing?: IToken[];
  Kw_applicable?: IToken[];
  Kw_law: IToken[];
  law: WordOrStringCstNode[];
};

export interface DepositaryItemCstNode extends CstNode {
  name: "depositaryItem";
  children: DepositaryItemCstChildren;
}

export type DepositaryItemCstChildren = {
  Kw_depositary: IToken[];
  depositary: WordOrStringCstNode[];
  Comma?: IToken[];
};

export interface RegistrationItemCstNode extends CstNode {
  name: "registrationItem";
  children: RegistrationItemCstChildren;
}

export type RegistrationItemCstChildren = {
  Kw_registration: IToken[];
  registration: WordOrStringCstNode[];
};

export interface ReservationsItemCstNode extends CstNode {
  name: "reservationsItem";
  children: ReservationsItemCstChildren;
}

export type ReservationsItemCstChildren = {
  Kw_reservations: IToken[];
  reservations: WordOrStringCstNode[];
};

export interface SubsequentlyItemCstNode extends CstNode {
  name: "subsequentlyItem";
  children: SubsequentlyItemCstChildren;
}

export type SubsequentlyItemCstChildren = {
  Kw_subsequently: IToken[];
  timing: TimingCstNode[];
  laterOf?: LaterOfCstNode[];
};

export interface LaterOfCstNode extends CstNode {
  name: "laterOf";
  children: LaterOfCstChildren;
}

export type LaterOfCstChildren = {
  Kw_or: IToken[];
  Kw_on: IToken[];
  event: IToken[];
  Kw_whichever: IToken[];
  Kw_is: IToken[];
  which: IToken[];
};

export interface ProvisionalItemCstNode extends CstNode {
  name: "provisionalItem";
  children: ProvisionalItemCstChildren;
}

export type ProvisionalItemCstChildren = {
  Kw_provisional: IToken[];
  Kw_application: IToken[];
  modality?: IToken[];
  timing: TimingCstNode[];
  Kw_until?: IToken[];
  untilDate?: IToken[];
  untilEvent?: IToken[];
  Kw_with?: IToken[];
  Kw_notice?: IToken[];
  Kw_of?: IToken[];
  atLeast?: AtLeastCstNode[];
  notice?: QuantityCstNode[];
};

export interface OpenedItemCstNode extends CstNode {
  name: "openedItem";
  children: OpenedItemCstChildren;
}

export type OpenedItemCstChildren = {
  Kw_opened: IToken[];
  Kw_for: IToken[];
  what: IToken[];
  Kw_at?: IToken[];
  place?: IToken[];
  Kw_on?: IToken[];
  date?: IToken[];
  Kw_until?: IToken[];
  until?: IToken[];
};

export interface FormItemCstNode extends CstNode {
  name: "formItem";
  children: FormItemCstChildren;
}

export type FormItemCstChildren = {
  Kw_form: IToken[];
  form: IToken[];
};

export interface IncorporatesItemCstNode extends CstNode {
  name: "incorporatesItem";
  children: IncorporatesItemCstChildren;
}

export type IncorporatesItemCstChildren = {
  Kw_incorporates: IToken[];
  topics: WordListCstNode[];
  Kw_from: IToken[];
  source: IToken[];
  articles?: IToken[];
};

export interface ImplementsItemCstNode extends CstNode {
  name: "implementsItem";
  children: ImplementsItemCstChildren;
}

export type ImplementsItemCstChildren = {
  Kw_implements: IToken[];
  file?: IToken[];
  agreement?: IToken[];
  article?: ArticleRefCstNode[];
  Kw_with?: IToken[];
  inherits?: WordListCstNode[];
};

export interface AmendsItemCstNode extends CstNode {
  name: "amendsItem";
  children: AmendsItemCstChildren;
}

export type AmendsItemCstChildren = {
  Kw_amends: IToken[];
  treaty: IToken[];
};

export interface ImplementedByItemCstNode extends CstNode {
  name: "implementedByItem";
  children: ImplementedByItemCstChildren;
}

export type ImplementedByItemCstChildren = {
  Kw_implemented: IToken[];
  Kw_by: IToken[];
  files: IToken[];
  Comma?: IToken[];
  article?: ArticleRefCstNode[];
};

export interface OmittedItemCstNode extends CstNode {
  name: "omittedItem";
  children: OmittedItemCstChildren;
}

export type OmittedItemCstChildren = {
  Kw_omitted: IToken[];
  parts: (IToken)[];
  Kw_about?: (IToken)[];
  topics?: (IToken)[];
  Comma?: (IToken)[];
};

export interface EnteredItemCstNode extends CstNode {
  name: "enteredItem";
  children: EnteredItemCstChildren;
}

export type EnteredItemCstChildren = {
  Kw_entered: IToken[];
  Kw_into: IToken[];
  Kw_force: IToken[];
  Kw_on: IToken[];
  date: IToken[];
  source?: IToken[];
};

export interface ArticleRefCstNode extends CstNode {
  name: "articleRef";
  children: ArticleRefCstChildren;
}

export type ArticleRefCstChildren = {
  Kw_article: IToken[];
  number?: (IToken)[];
};

export interface UseCstNode extends CstNode {
  name: "use";
  children: UseCstChildren;
}

export type UseCstChildren = {
  Kw_use: IToken[];
  path: IToken[];
};

export interface PartyCstNode extends CstNode {
  name: "party";
  children: PartyCstChildren;
}

export type PartyCstChildren = {
  Kw_party?: IToken[];
  Kw_participant?: IToken[];
  id: IToken[];
  name?: IToken[];
  LCurly?: IToken[];
  partyItem?: PartyItemCstNode[];
  stray?: StrayCstNode[];
  misplaced?: MisplacedInPartyCstNode[];
  RCurly?: IToken[];
};

export interface PartyItemCstNode extends CstNode {
  name: "partyItem";
  children: PartyItemCstChildren;
}

export type PartyItemCstChildren = {
  Kw_kind?: IToken[];
  kind?: IToken[];
  Kw_jurisdiction?: IToken[];
  jurisdiction?: IToken[];
  Kw_represented?: IToken[];
  Kw_by?: IToken[];
  representative?: IToken[];
  Kw_regimes?: IToken[];
  regimes?: IdentifierListCstNode[];
  contact?: ContactCstNode[];
  Kw_class?: IToken[];
  openness?: IToken[];
  Kw_of?: IToken[];
  classSize?: IToken[];
};

export interface ContactCstNode extends CstNode {
  name: "contact";
  children: ContactCstChildren;
}

export type ContactCstChildren = {
  Kw_contact: IToken[];
  id?: IToken[];
  name: IToken[];
  Kw_available?: IToken[];
  hours?: (IToken)[];
  Kw_email?: IToken[];
  email?: IToken[];
  Kw_phone?: IToken[];
  phone?: IToken[];
};

export interface SecurityAgreementCstNode extends CstNode {
  name: "securityAgreement";
  children: SecurityAgreementCstChildren;
}

export type SecurityAgreementCstChildren = {
  Kw_security_agreement: IToken[];
  id: IToken[];
  name?: IToken[];
  Kw_between: IToken[];
  parties: IdentifierListCstNode[];
  Kw_from?: IToken[];
  floor?: IToken[];
  Kw_up?: IToken[];
  Kw_to?: IToken[];
  level?: IToken[];
  LCurly?: IToken[];
  securityAgreementItem?: SecurityAgreementItemCstNode[];
  stray?: StrayCstNode[];
  misplaced?: MisplacedInSecurityAgreementCstNode[];
  RCurly?: IToken[];
};

export interface SecurityAgreementItemCstNode extends CstNode {
  name: "securityAgreementItem";
  children: SecurityAgreementItemCstChildren;
}

export type SecurityAgreementItemCstChildren = {
  levelEquivalence?: LevelEquivalenceCstNode[];
  breachProcedure?: BreachProcedureCstNode[];
  Kw_scheme?: IToken[];
  scheme?: IToken[];
  schemeName?: IToken[];
  Kw_concluded?: IToken[];
  Kw_at?: IToken[];
  concludedAt?: IToken[];
  Kw_on?: IToken[];
  concludedOn?: IToken[];
};

export interface LevelEquivalenceCstNode extends CstNode {
  name: "levelEquivalence";
  children: LevelEquivalenceCstChildren;
}

export type LevelEquivalenceCstChildren = {
  Kw_level: IToken[];
  level?: IToken[];
  Kw_equals: IToken[];
  cells: LevelMarkingCstNode[];
  Comma?: IToken[];
};

export interface LevelMarkingCstNode extends CstNode {
  name: "levelMarking";
  children: LevelMarkingCstChildren;
}

export type LevelMarkingCstChildren = {
  party: IToken[];
  marking?: IToken[];
  none?: IToken[];
  handling?: IToken[];
  handledAs?: IToken[];
  extra?: (IToken)[];
};

export interface ChannelCstNode extends CstNode {
  name: "channel";
  children: ChannelCstChildren;
}

export type ChannelCstChildren = {
  Kw_channel: IToken[];
  id: IToken[];
  Kw_between: IToken[];
  members: IdentifierListCstNode[];
  LCurly?: IToken[];
  channelItem?: ChannelItemCstNode[];
  stray?: StrayCstNode[];
  misplaced?: MisplacedInChannelCstNode[];
  RCurly?: IToken[];
};

export interface ChannelItemCstNode extends CstNode {
  name: "channelItem";
  children: ChannelItemCstChildren;
}

export type ChannelItemCstChildren = {
  Kw_from?: (IToken)[];
  senders?: (IToken)[];
  Comma?: (IToken)[];
  Kw_carries?: IToken[];
  carries?: IToken[];
  carriesText?: IToken[];
  Kw_marking?: IToken[];
  tlp?: IToken[];
  Kw_handling?: IToken[];
  caveat?: IToken[];
  caveatText?: ProseCstNode[];
  Kw_classification?: IToken[];
  level?: IToken[];
  Kw_under?: IToken[];
  agreement?: IToken[];
  Kw_onward?: IToken[];
  Kw_sharing?: IToken[];
  onward?: IToken[];
  Kw_to?: IToken[];
  onwardTo?: RecipientListCstNode[];
  Kw_except?: IToken[];
  onwardExcept?: RecipientListCstNode[];
  Kw_exchange?: IToken[];
  hedges?: IdentifierListCstNode[];
  hedgeText?: (ProseCstNode)[];
  Kw_modality?: IToken[];
  modality?: IToken[];
  Kw_deadline?: IToken[];
  duty?: ProseCstNode[];
  timeLimit?: DeadlineCstNode[];
  Kw_purpose?: IToken[];
  purpose?: ProseCstNode[];
  Kw_safeguards?: IToken[];
  safeguards?: IdentifierListCstNode[];
  safeguardsText?: ProseCstNode[];
  Kw_recipients?: IToken[];
  recipients?: IToken[];
  contactsItem?: ContactsItemCstNode[];
  breachProcedure?: BreachProcedureCstNode[];
};

export interface IncidentProtocolCstNode extends CstNode {
  name: "incidentProtocol";
  children: IncidentProtocolCstChildren;
}

export type IncidentProtocolCstChildren = {
  Kw_protocol: IToken[];
  id: IToken[];
  LCurly: IToken[];
  protocolItem?: ProtocolItemCstNode[];
  stray?: StrayCstNode[];
  misplaced?: MisplacedInProtocolCstNode[];
  RCurly: IToken[];
};

export interface ProtocolItemCstNode extends CstNode {
  name: "protocolItem";
  children: ProtocolItemCstChildren;
}

export type ProtocolItemCstChildren = {
  Kw_when?: IToken[];
  conditions?: TriggerConditionCstNode[];
  Comma?: IToken[];
  Kw_notify?: IToken[];
  Kw_inform?: IToken[];
  recipients?: AddresseeListCstNode[];
  Kw_by?: IToken[];
  notifiers?: AddresseeListCstNode[];
  Kw_directly?: IToken[];
  Kw_or?: IToken[];
  Kw_through?: IToken[];
  relay?: IToken[];
  deadline?: (DeadlineCstNode)[];
  Kw_report?: IToken[];
  stage?: IToken[];
  Kw_escalate?: IToken[];
  Kw_to?: IToken[];
  escalateTo?: IToken[];
  Kw_content?: IToken[];
  content?: ProseCstNode[];
  Kw_threshold?: IToken[];
  threshold?: ProseCstNode[];
  contactsItem?: ContactsItemCstNode[];
};

export interface AddresseeListCstNode extends CstNode {
  name: "addresseeList";
  children: AddresseeListCstChildren;
}

export type AddresseeListCstChildren = {
  ids?: IToken[];
  descriptions?: IToken[];
  Comma?: IToken[];
};

export interface TriggerConditionCstNode extends CstNode {
  name: "triggerCondition";
  children: TriggerConditionCstChildren;
}

export type TriggerConditionCstChildren = {
  attribute: IToken[];
  value: WordOrStringCstNode[];
};

export interface ExerciseCstNode extends CstNode {
  name: "exercise";
  children: ExerciseCstChildren;
}

export type ExerciseCstChildren = {
  Kw_exercise: IToken[];
  id: IToken[];
  cadence?: CadenceCstNode[];
  Kw_led?: IToken[];
  Kw_by?: IToken[];
  lead?: IToken[];
  Kw_with?: IToken[];
  participants?: IdentifierListCstNode[];
  LCurly?: IToken[];
  exerciseItem?: ExerciseItemCstNode[];
  stray?: StrayCstNode[];
  misplaced?: MisplacedInExerciseCstNode[];
  RCurly?: IToken[];
};

export interface ExerciseItemCstNode extends CstNode {
  name: "exerciseItem";
  children: ExerciseItemCstChildren;
}

export type ExerciseItemCstChildren = {
  Kw_scope?: IToken[];
  scope?: ProseCstNode[];
  Kw_first?: IToken[];
  first?: IToken[];
  contactsItem?: ContactsItemCstNode[];
};

export interface CooperationCstNode extends CstNode {
  name: "cooperation";
  children: CooperationCstChildren;
}

export type CooperationCstChildren = {
  Kw_capacity_building?: IToken[];
  Kw_technology_transfer?: IToken[];
  id: IToken[];
  Kw_by?: IToken[];
  Kw_from?: IToken[];
  providers?: IdentifierListCstNode[];
  Kw_for?: IToken[];
  Kw_to?: IToken[];
  beneficiaries?: IdentifierListCstNode[];
  LCurly?: IToken[];
  cooperationItem?: CooperationItemCstNode[];
  stray?: StrayCstNode[];
  misplaced?: MisplacedInCooperationCstNode[];
  RCurly?: IToken[];
};

export interface CooperationItemCstNode extends CstNode {
  name: "cooperationItem";
  children: CooperationItemCstChildren;
}

export type CooperationItemCstChildren = {
  Kw_activities?: IToken[];
  activities?: IdentifierListCstNode[];
  Kw_description?: IToken[];
  description?: ProseCstNode[];
  Kw_intellectual?: IToken[];
  Kw_property?: IToken[];
  intellectualProperty?: WordOrStringCstNode[];
};

export interface GovernanceBodyCstNode extends CstNode {
  name: "governanceBody";
  children: GovernanceBodyCstChildren;
}

export type GovernanceBodyCstChildren = {
  Kw_body: IToken[];
  id: IToken[];
  name?: IToken[];
  bodyItem?: BodyItemCstNode[];
};

export interface BodyItemCstNode extends CstNode {
  name: "bodyItem";
  children: BodyItemCstChildren;
}

export type BodyItemCstChildren = {
  Kw_members?: IToken[];
  members?: IdentifierListCstNode[];
  Kw_meets?: IToken[];
  meets?: (MeetingCstNode)[];
  Comma?: IToken[];
  Kw_chair?: IToken[];
  chair?: IToken[];
  Kw_mandate?: IToken[];
  mandate?: ProseCstNode[];
};

export interface MeetingCstNode extends CstNode {
  name: "meeting";
  children: MeetingCstChildren;
}

export type MeetingCstChildren = {
  atLeast?: AtLeastCstNode[];
  minimum?: CadenceCstNode[];
  Kw_in?: IToken[];
  Kw_principle?: IToken[];
  inPrinciple?: CadenceCstNode[];
  cadence?: CadenceCstNode[];
  term?: IToken[];
};

export interface NoteCstNode extends CstNode {
  name: "note";
  children: NoteCstChildren;
}

export type NoteCstChildren = {
  Kw_note?: IToken[];
  Kw_letter?: IToken[];
  id: IToken[];
  heading?: IToken[];
  Kw_from?: IToken[];
  author?: IToken[];
  Kw_to?: IToken[];
  addressee?: IToken[];
  Kw_at?: IToken[];
  place?: IToken[];
  Kw_on?: IToken[];
  date?: IToken[];
  Kw_answering?: IToken[];
  answers?: IToken[];
  Kw_with?: IToken[];
  carries?: IToken[];
  body?: ProseCstNode[];
};

export interface DefinitionCstNode extends CstNode {
  name: "definition";
  children: DefinitionCstChildren;
}

export type DefinitionCstChildren = {
  Kw_define: IToken[];
  term: IToken[];
  Kw_means: IToken[];
  meaning: ProseCstNode[];
};

export interface ClauseAboutCstNode extends CstNode {
  name: "clauseAbout";
  children: ClauseAboutCstChildren;
}

export type ClauseAboutCstChildren = {
  topics: WordListCstNode[];
  Kw_for?: IToken[];
  for?: IdentifierListCstNode[];
};

export interface ClauseCstNode extends CstNode {
  name: "clause";
  children: ClauseCstChildren;
}

export type ClauseCstChildren = {
  Kw_clause: IToken[];
  id: IToken[];
  heading?: IToken[];
  Kw_about?: IToken[];
  about?: ClauseAboutCstNode[];
  Kw_from?: IToken[];
  Kw_library?: IToken[];
  libraryRef?: IToken[];
  body?: ProseCstNode[];
};

export interface AssistanceCstNode extends CstNode {
  name: "assistance";
  children: AssistanceCstChildren;
}

export type AssistanceCstChildren = {
  Kw_assistance: IToken[];
  LCurly: IToken[];
  assistanceItem?: AssistanceItemCstNode[];
  stray?: StrayCstNode[];
  misplaced?: MisplacedInAssistanceCstNode[];
  RCurly: IToken[];
};

export interface AssistanceItemCstNode extends CstNode {
  name: "assistanceItem";
  children: AssistanceItemCstChildren;
}

export type AssistanceItemCstChildren = {
  Kw_basis?: IToken[];
  basis?: IdentifierListCstNode[];
  Kw_preservation?: IToken[];
  Kw_for?: IToken[];
  atLeast?: AtLeastCstNode[];
  preservation?: QuantityCstNode[];
  Kw_central?: IToken[];
  Kw_authority?: IToken[];
  authorityParty?: IToken[];
  authorityName?: IToken[];
  Kw_under?: IToken[];
  mlaTreaty?: IToken[];
};

export interface DesignationCstNode extends CstNode {
  name: "designation";
  children: DesignationCstChildren;
}

export type DesignationCstChildren = {
  Kw_designate: IToken[];
  role: IToken[];
  party?: IToken[];
  name?: IToken[];
  Kw_available?: IToken[];
  hours?: (IToken)[];
  Kw_for?: IToken[];
  for?: IdentifierListCstNode[];
  Kw_notified?: IToken[];
  Kw_to?: IToken[];
  notifiedTo?: ProseCstNode[];
};
