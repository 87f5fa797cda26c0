/** A template: a whole instrument with `{{placeholders}}`, from which a drafter starts. */

/**
 * Where a placeholder stands, which decides what may replace it (placeholder-slots.ts): inside a
 * string, comment or prose (`text`, the default), where an id, code or language name stands
 * (`identifier`), or where a date stands (`date`).
 */
export type PlaceholderSlot = 'text' | 'identifier' | 'date';

export interface TemplatePlaceholder {
  readonly name: string;
  readonly slot?: PlaceholderSlot;
  readonly description: string;
  /** A realistic value: shown in listings and used by the tests that check every template. */
  readonly sample: string;
  /** Used when the drafter gives no value; without one the placeholder is reported missing. */
  readonly default?: string;
}

export interface Template {
  /** Stable id used on the command line: `entente new bilateral-mou file.entente`. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Suggested file name, e.g. `mou.entente`. */
  readonly fileName: string;
  readonly placeholders: readonly TemplatePlaceholder[];
  readonly text: string;
}
