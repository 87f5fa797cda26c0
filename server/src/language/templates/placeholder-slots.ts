/**
 * Where a template placeholder stands decides what may replace it without breaking the parse:
 * inside a string, comment or prose block anything on one line without `"` or `\`; where an id,
 * a code or a language name stands, one identifier; where a date stands, an ISO date. A
 * placeholder left unanswered becomes text of the same shape, so that a drafter who skips a
 * question gets a document that parses, with the gap reported by the check that owns it (an
 * impossible date, an unknown jurisdiction) or shown as `[name]` in the text.
 */
import * as T from '../syntax/tokens';
import type { PlaceholderSlot, TemplatePlaceholder } from './template-types';
import { escapeRegExp } from '../util/escape-regexp';

/** What the editor checks an answer against (a RegExp source, no flags), and how it explains a mismatch. */
export interface PlaceholderInput {
  readonly pattern: string;
  readonly hint: string;
}

const identifierBody = T.Identifier.PATTERN instanceof RegExp ? T.Identifier.PATTERN.source : '[A-Za-z_][A-Za-z0-9_-]*';
/** An identifier that is not a keyword (a keyword where an id stands would not parse). */
const identifierPattern = `^(?!(?:${T.keywordWords.map(escapeRegExp).join('|')})$)${identifierBody}$`;

const inputs: Record<PlaceholderSlot, PlaceholderInput> = {
  text: {
    pattern: '^[^"\\\\\\r\\n]*$',
    hint: 'One line, without straight double quotes (write “ ” instead) or backslashes.',
  },
  identifier: {
    pattern: identifierPattern,
    hint: 'One word: letters, digits, - or _, starting with a letter (e.g. EE, CERT-EE), and not an Entente keyword.',
  },
  date: {
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    hint: 'A date written YYYY-MM-DD, e.g. 2027-03-01.',
  },
};

export function slotOf(placeholder: TemplatePlaceholder): PlaceholderSlot {
  return placeholder.slot ?? 'text';
}

export function placeholderInput(placeholder: TemplatePlaceholder): PlaceholderInput {
  return inputs[slotOf(placeholder)];
}

/** Why a value cannot stand in for the placeholder, or undefined when it can. */
export function valueProblem(placeholder: TemplatePlaceholder, value: string): string | undefined {
  const input = placeholderInput(placeholder);
  return new RegExp(input.pattern).test(value) ? undefined : input.hint;
}

/**
 * What an unanswered placeholder without a default becomes: `[name]` in text, the name itself
 * where an id stands (it parses, and the tab stop or the command line's list of missing values
 * points at it), and a date with month 0 where a date stands (it parses and `invalid-date`
 * reports it as an error until the drafter writes the real date).
 */
export function unansweredText(placeholder: TemplatePlaceholder): string {
  switch (slotOf(placeholder)) {
    case 'identifier':
      return placeholder.name;
    case 'date':
      return '0000-00-00';
    case 'text':
      return `[${placeholder.name}]`;
  }
}

