/**
 * The value shapes of the AST: names as written, closed words, texts, quantities and dates. Every
 * one carries its exact source range in LSP terms.
 */
import type { Range } from './positions';
import type { DurationUnit } from './vocabulary';

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

export interface NodeBase {
  readonly range: Range;
}
