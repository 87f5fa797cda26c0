/**
 * Marks inside rendered sentences. Construct rows write plain strings; a value the document
 * lacks is wrapped as a placeholder, and a reference to another article as a cross-reference
 * resolved once articles are numbered. The marks are private-use characters, which no source
 * text can contain after `visibleText` (it removes them from drafters' strings), so every output
 * format can find them again and show a placeholder as a placeholder.
 */

const placeholderOpen = '\uE000';
/** The character that opens every placeholder, for counting them. */
export const placeholderMark = placeholderOpen;
const placeholderClose = '\uE001';
const referenceOpen = '\uE002';
const referenceClose = '\uE003';

/** `[date of signature]`, marked so each format can show it as a placeholder. */
export function placeholder(what: string): string {
  return `${placeholderOpen}[${what}]${placeholderClose}`;
}

/** A reference to the article that establishes `key` (`channel:ThreatIntel`), resolved after numbering. */
export function reference(key: string): string {
  return `${referenceOpen}${key}${referenceClose}`;
}

/** Drafters' text cannot carry marks of its own. */
export function visibleText(text: string): string {
  return text.replace(/[\uE000-\uE003]/g, '');
}

const referencePattern = new RegExp(`${referenceOpen}([^${referenceClose}]*)${referenceClose}`, 'g');

/** Replace every cross-reference by the citation `cite` gives, or a placeholder when none. */
export function resolveReferences(text: string, cite: (key: string) => string | undefined): string {
  // Most sentences cite no article: a character search skips the pattern's scan of them.
  if (!text.includes(referenceOpen)) return text;
  return text.replace(referencePattern, (_, key: string) => cite(key) ?? placeholder('cross-reference'));
}

export interface Segment {
  readonly placeholder: boolean;
  readonly text: string;
}

/** A sentence cut into plain text and placeholders, for the formats. */
export function segments(text: string): Segment[] {
  const result: Segment[] = [];
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf(placeholderOpen);
    if (open < 0) {
      result.push({ placeholder: false, text: rest });
      break;
    }
    if (open > 0) result.push({ placeholder: false, text: rest.slice(0, open) });
    const close = rest.indexOf(placeholderClose, open);
    const end = close < 0 ? rest.length : close;
    result.push({ placeholder: true, text: rest.slice(open + 1, end) });
    rest = rest.slice(end + 1);
  }
  return result;
}

/** The sentence as a reader sees it: placeholders in their brackets, no marks. */
export function plain(text: string): string {
  return visibleText(text);
}

/** How many placeholders a text shows. */
export function countPlaceholders(text: string): number {
  return text.split(placeholderOpen).length - 1;
}
