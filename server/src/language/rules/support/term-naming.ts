/**
 * Where a defined term is named rather than used: defined ("… means"), quoted, standing in the
 * full name a formula abbreviates, opening a title or a list item. `unused-term` and the variant
 * readings skip such places (term-use.ts, term-variants.ts, definition-rules.ts).
 */
import { opensATitle } from './term-in-title';
import { matchesOf } from '../../util/all-matches';

/**
 * Whether the term at [start, end) is named rather than used: quoted, or followed by words that
 * define it (`… means`, `… shall mean`, `… has the
 * meaning`): the article that defines a term, transcribed beside the `define`, is not a use of it
 * ("For the purpose of this Agreement, the Greater North Sea and its wider Approaches means the
 * area of sea comprising: …", Bonn Agreement 1983, Art. 2 as amended, a term no other provision
 * uses; thirteenth real-instruments run). So is a list of terms each followed by a colon, the term
 * opening its item: "7. Risk: relationship between the frequency and the consequences …" (ACS
 * Agreement on natural disasters 1999, Art. 1; sixteenth run). A colon after a term inside a
 * sentence is not a definition. Nor is an instrument's short name that opens a title a use: "the
 * Convention on mutual administrative assistance in tax matters, closed in Strasbourg …"
 * (term-in-title.ts; twenty-sixth run).
 */
export function definesAt(text: string, start: number, end: number): boolean {
  if (definingWords.test(text.slice(end, end + 40))) return true;
  if (quotedAt(text, start, end)) return true;
  if (inTheNameItAbbreviates(text, start, end)) return true;
  if (opensATitle(text, start, end)) return true;
  if (!colonAfter.test(text.slice(end, end + 8))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return listItemOpening.test(text.slice(lineStart, start));
}

/**
 * Whether the term stands in quotation marks: the text then names the term (to define it, or to
 * say where it comes from) rather than using it — "the “contracting party” being a Member State of
 * the European Union means: the Republic of Croatia" (Croatia–Curaçao Convention 2013, Art.
 * 2(1)(c), a term used nowhere else; nineteenth run), "the term “Interest Payment(s)” means". The
 * article may stand inside the quotation marks: "(hereinafter referred to as ‘the Convention’)"
 * (Czech Republic–Netherlands tax information arrangement 2015, preamble; twenty-sixth run).
 */
function quotedAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  const opened = openingQuotes.includes(before.charAt(before.length - 1)) || quotedArticle.test(before);
  return opened && closingQuote.test(text.slice(end, end + 4));
}

/** An opening quotation mark and an article before the term: "‘the ", "“The ". */
const quotedArticle = /["“‘'«„](?:the|The|a|an|A|An)\s+$/u;

/**
 * Whether the term stands in the full name that the same sentence goes on to abbreviate as that
 * term: "the Council Directive number 2011/16/EU of 15 February 2011 on administrative cooperation
 * in the field of taxation (hereinafter referred to as the ‘Directive’)" (DE–NL tax-rulings MoU
 * 2015, preamble; twenty-third run). The title is what is being defined, not a use of the short
 * term; a later use, in that sentence after the formula or anywhere else, still counts.
 */
function inTheNameItAbbreviates(text: string, start: number, end: number): boolean {
  // Every formula holds "(" or "here(in)after": where the reach holds neither, none can match.
  if (!formulaWithin(text, end)) return false;
  const ahead = text.slice(end, end + abbreviationReach);
  const stop = /[.;](?:\s|$)|\n\s*\n/u.exec(ahead);
  // The first abbreviating formula of the sentence after the term: the name it closes is the one the term stands in.
  const formula = abbreviation.exec(stop ? ahead.slice(0, stop.index) : ahead);
  if (!formula) return false;
  const short = (formula[1] ?? formula[2]).trim().replace(/^the\s+/iu, '').replace(/\s+/gu, ' ').toLowerCase();
  const written = text.slice(start, end).replace(/\s+/gu, ' ').toLowerCase();
  return short === written || `${short}s` === written;
}

/** "(hereinafter referred to as the ‘Directive’)", "hereinafter called “the Agreement”", "(the “Convention”)": the short name quoted. */
const abbreviation = /(?:\(\s*|\b)(?:hereinafter|hereafter)\s+(?:(?:referred\s+to|designated|called|named|cited)\s+as\s+|called\s+|named\s+)?(?:the\s+)?["“‘'«„]([^"”’'»“]{1,80})["”’'»“]|\(\s*(?:the\s+)?["“‘'«„]([^"”’'»“]{1,80})["”’'»“]\s*\)/iu;

/** How far after a term its abbreviating formula may stand (a long title with its date and subject). */
const abbreviationReach = 400;

/** What every match of `abbreviation` holds, in its case-insensitive reading. */
const formulaSign = /\(|here(?:in)?after/giu;

/**
 * The offsets of `formulaSign` in the last text asked about (a text's terms are read one after
 * the other): the formula is searched for only after a term with one in reach, one scan per text
 * instead of one per use of a term.
 */
let signs: { readonly text: string; readonly at: readonly number[] } | undefined;

function formulaWithin(text: string, from: number): boolean {
  if (signs?.text !== text) signs = { text, at: matchesOf(text, formulaSign).map((m) => m.index) };
  const at = signs.at;
  let low = 0;
  let high = at.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (at[mid] < from) low = mid + 1;
    else high = mid;
  }
  return low < at.length && at[low] < from + abbreviationReach;
}

const openingQuotes = '"“‘\'«„';
const closingQuote = /^(?:\(s\)|s)?["”’'»“]/u;

/** A colon right after the term (closing quotes and blanks between): a literal in the function made a pattern object per use of a term. */
const colonAfter = /^["”’'»)]*\s*:/u;

const definingWords = /^["”’'»)]*\s*(?:means|shall\s+mean|mean|has\s+the\s+meaning|shall\s+have\s+the\s+meaning|is\s+defined\s+as)\b/u;

/** What may come before a term that opens a list item: indentation, a number or letter ("7.", "(b)", "iv)"), a quotation mark. */
const listItemOpening = /^\s*(?:(?:\(?(?:\d{1,3}|[a-z]|[ivxl]{1,6})[.)])\s+)?["“‘']?$/iu;

