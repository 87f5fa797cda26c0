/**
 * The short form a text introduces for a defined term: "f. “financial intelligence unit”
 * (hereinafter referred to as “FIU”) means a central, national agency …" (CoE Warsaw Convention
 * CETS 198 2005, Art. 1(f)), and then "FIU" or "FIUs" some thirty times (Arts. 12, 14, 46, 47).
 * Each use of the short form is a use of the definition: deleting it would leave "FIU"
 * undefined (twenty-first run). `unused-term` counts them (term-use.ts).
 *
 * The introduction is read narrowly: the term (in any case, quoted or not) right before a quoted
 * short form in parentheses — "(hereinafter referred to as “FIU”)", "(hereinafter “FIU”)",
 * "(“FIU”)", "(referred to as the “Bank”)" — or after a comma and "hereinafter …": ", hereinafter
 * called “the Convention”". A quoted word in a list ("“freezing” or “seizure”") introduces
 * nothing. The short form in its own quotation marks names it (term-naming's `definesAt`), so the
 * introduction is not itself a use.
 */
import { maxPhraseLength } from '../../util/phrase-matcher';
import { matchesOf } from '../../util/all-matches';

const hereinafter = String.raw`(?:hereinafter|hereafter)(?:\s+(?:also\s+)?(?:referred\s+to\s+as|called|named|designated\s+as|known\s+as|cited\s+as))?`;
const shortForm = String.raw`(?:the\s+)?[“"]([^“”"]{1,40})[”"]`;
/** A quoted short form in parentheses, with or without "hereinafter …"; or after a comma and "hereinafter …". */
const introduction = new RegExp(
  String.raw`\(\s*(?:(?:${hereinafter}|referred\s+to\s+as|called)\s+)?${shortForm}\s*\)|,\s*${hereinafter}\s+${shortForm}`,
  'giu',
);

export interface Introduction {
  /** The short form: `FIU`. */
  readonly short: string;
  /** Up to `maxPhraseLength` characters before the introduction, closing quotes and spaces removed, white space collapsed, lower case. */
  readonly before: string;
}

/** The short forms one text introduces, with the words before each. */
export function introductions(text: string): readonly Introduction[] {
  const found: Introduction[] = [];
  for (const m of matchesOf(text, introduction)) {
    const short = (m[1] ?? m[2]).replace(/\s+/gu, ' ').trim();
    const before = text
      .slice(Math.max(0, m.index - maxPhraseLength - 4), m.index)
      .replace(/[\s”"’]+$/u, '')
      .replace(/\s+/gu, ' ')
      .toLocaleLowerCase('en');
    if (short.length >= 2) found.push({ short, before });
  }
  return found;
}

/** Whether `before` ends with `term` (both lower case) as whole words. */
function endsWithTerm(before: string, term: string): boolean {
  return before.endsWith(term) && !/[\p{L}\p{N}]/u.test(before.charAt(before.length - term.length - 1));
}

/**
 * The short forms `introduced` (in the order the text introduces them) for `terms`: short form → term. A short form that is one
 * of the terms itself maps too (the caller decides what its use means).
 */
export function shortForms(introduced: Iterable<Introduction>, terms: Iterable<string>): Map<string, string> {
  const result = new Map<string, string>();
  // The longest term first: "financial intelligence unit" before a term "unit".
  const keyed = [...terms].map((term) => ({ term, key: term.replace(/\s+/gu, ' ').toLocaleLowerCase('en') })).sort((a, b) => b.key.length - a.key.length);
  if (keyed.length === 0) return result;
  for (const { short, before } of introduced) {
    const owner = keyed.find(({ key }) => endsWithTerm(before, key));
    if (owner && owner.term !== short && !result.has(short)) result.set(short, owner.term);
  }
  return result;
}
