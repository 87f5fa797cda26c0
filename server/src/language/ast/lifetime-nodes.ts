/**
 * The header's statements on the instrument's life: how long it lasts (`duration …`, renewed or
 * extended) and how a Party leaves it (`termination …`), which may depend on that duration.
 */
import type { Range } from './positions';
import type { Name, NodeBase, Quantity, Word } from './values';
import type { RenewalMode } from './vocabulary';

export interface DurationClause extends NodeBase {
  readonly type: 'Duration';
  readonly keyword: Range;
  readonly term: Quantity | undefined;
  readonly indefinite: Word | undefined;
  readonly renewable: Range | undefined;
  /** `renewable automatically` (or `tacitly`): renewed without a new decision. */
  readonly renewal: Word<RenewalMode> | undefined;
  readonly renewalTerm: Quantity | undefined;
  /**
   * `renewable … for indefinite period`: one extension with no end, not further fixed terms ("shall
   * be extended for an indefinite period", NL–Egypt 1975 Art. VII(2)); `period` may be left out.
   */
  readonly renewalIndefinite: IndefiniteRenewal | undefined;
  /** `unless notice of at least 6 months` · `unless decided otherwise`: what stops the renewal. */
  readonly unless: UnlessTerms | undefined;
}

/** `for indefinite period` after `renewable`: the two closed words as written. */
export interface IndefiniteRenewal extends NodeBase {
  readonly indefinite: Word<'indefinite'>;
  readonly period: Word<'period'> | undefined;
}

export interface UnlessTerms extends NodeBase {
  /** `unless notice [of …]`: a Party stops the renewal by notice of non-renewal. */
  readonly notice: Quantity | undefined;
  readonly byNotice: boolean;
  readonly noticeMinimum: boolean;
  /** `unless decided otherwise`: the words as written. */
  readonly words: readonly Name[];
}

export interface TerminationClause extends NodeBase {
  readonly type: 'Termination';
  readonly keyword: Word<'termination' | 'withdrawal' | 'discontinue' | 'denunciation'>;
  /**
   * `termination after initial period …`: the right exists only once the duration's initial period
   * has ended ("Each Government shall then have the right to denounce the Agreement at any time giving
   * three months' notice", NL–Bangladesh 1977 Art. VI(b), after the initial period of two years).
   */
  readonly afterInitial: InitialPeriod | undefined;
  readonly notice: Quantity | undefined;
  /** `with notice of at least 6 months`: the notice is a minimum. */
  readonly noticeMinimum: boolean;
}

/** `after initial period` in a `termination` statement: the closed words as written (`period` may be left out). */
export interface InitialPeriod extends NodeBase {
  readonly initial: Word<'initial'>;
  readonly period: Word<'period'> | undefined;
}
