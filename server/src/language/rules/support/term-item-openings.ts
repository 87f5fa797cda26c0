/**
 * Terms whose definition, in the text's own words, opens a list item or a sentence: "1. “Funds”
 * means assets of every kind …", "3. “Proceeds” means any funds derived …" (Financing of Terrorism
 * Convention 1999, Art. 1), "d) ``Child" shall mean any person under eighteen years of age"
 * (Trafficking in Persons Protocol 2000, Art. 3). There the capital is the item's, not the term's:
 * the same lists write “State or government facility” and ``Trafficking in persons" in sentence
 * case, and the texts use "funds", "proceeds" and "child" throughout (twenty-fourth run, items
 * 5–7). A term capitalised where nothing requires it ("For the purposes of this Agreement,
 * “Incident” means …", after a comma) is the drafter's choice of a capital, and a lower-case use
 * of it is still noted (`term-used-in-lower-case`).
 *
 * The item may define two terms at once, or say what one includes before its meaning: "f)
 * “Freezing” or “seizure” shall mean …", "g) “Confiscation”, which includes forfeiture where
 * applicable, shall mean …" (UNTOC 2000, Art. 2(f)–(g); twenty-eighth run, item 1). The capital
 * of “Freezing” is still the item's, and "freezing" in Arts. 12–13 a use.
 */
import { definingAfter } from './term-lower-case-forms';
import { matchesOf } from '../../util/all-matches';

/**
 * The quotation marks a definition's term stands in, opening and closing, as the texts print them:
 * “…”, "…", ‘…’, '…', ``…'' and ``…", the doubled single turned commas of the IMO texts (‘‘Permit’’
 * means …, London Protocol 1996, Art. 1(9); read: BWBV0003139), „…“ and «…». A doubled mark is
 * tried before a single one, so that the phrase starts at the term's first letter.
 */
const opening = /(?:``|‘‘|''|"|“|‘|„|«|')/u.source;
const closing = /(?:''|’’|"|”|’|“|»|')/u.source;
const notMark = /[^"“”‘’`'„«»]/u.source;

/** A quoted phrase that opens with a capital: “Funds”, "Funds", ``Child", ‘Funds’, ‘‘Permit’’. */
const quotedCapital = new RegExp(`${opening}(\\p{Lu}${notMark}{0,99}?)${closing}`, 'gu');

/**
 * An unquoted term that opens a numbered or lettered item and is followed by a colon, the way some
 * lists define: "4. Mitigation: an action aimed at reducing the impact of natural disasters …"
 * (ACS Agreement on natural disasters 1999, Art. 1). Only after a list marker: a capitalised word
 * before a colon in running prose ("Note: …") defines nothing.
 */
const unquotedItem = /(?:^|[\s.;:])(?:\(?\d{1,3}[.)]|\(?[a-z]{1,2}\)|\([ivxlc]{1,6}\)|[a-z]\.)\s+(\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,5}):\s/gu;

/**
 * An unquoted term that opens a numbered or lettered item and is followed by the words that define
 * it: "9. Permit means permission granted in advance …", a transcription of London Protocol 1996,
 * Art. 1(9) without its quotation marks (read: BWBV0003139; treaty lawyer lr11, defect 7). The
 * capital is the item's, as with a quoted term. Only after a list marker and only before "means",
 * "shall mean" or "has the meaning": a capitalised word opening an item that defines nothing ("9.
 * Permit holders shall report …") is no definition.
 */
const unquotedMeans = /(?:^|[\s.;:])(?:\(?\d{1,3}[.)]|\(?[a-z]{1,2}\)|\([ivxlc]{1,6}\)|[a-z]\.)\s+(\p{Lu}[\p{L}'’-]*(?:[ \t]+(?!(?:means|shall|has)\b)[\p{L}'’-]+){0,5})\s+(?:means|shall\s+mean|has\s+the\s+meaning)\b/gu;

/**
 * What may stand before an item's or a sentence's first word: the start of the text, the end of
 * a sentence or of the words that introduce the list ("For the purposes of this Convention:"), or
 * a list marker ("1.", "2.", "(a)", "d)", "(iv)"). A line break is not one: the prose is wrapped
 * mid-sentence.
 */
const opensItem = /(?:^|[.;:!?]\s*|(?:^|[\s.;:])(?:\(?\d{1,3}[.)]|\(?[a-z]{1,2}\)|\([ivxlc]{1,6}\)|[a-z]\.)\s*)$/u;

/**
 * What may stand between the term and the words that define it: other terms the item defines
 * with it ("or “seizure”", ", “B” and “C”"), then one relative clause or parenthesis set off by
 * commas or brackets (", which includes forfeiture where applicable,", "(“ISP”)").
 */
const alsoDefined = `(?:\\s*,?\\s*(?:(?:and|or|and\\/or)\\s+)?${opening}${notMark}{1,100}${closing})*`;
const insertion = /(?:\s*,\s*(?:which|that|including|includes?)\b[^,;.:]{1,100},|\s*\([^()]{1,100}\))?/u.source;
const coDefinedThen = new RegExp(`^${alsoDefined}${insertion}`, 'u');

/**
 * Marks a term the text defines in its own words where nothing requires a capital ("In this
 * Protocol, ‘‘Permit’’ means …"): the capital is then the drafter's, whatever the style of the
 * list (term-use.ts), and a lower-case use is still noted (fifty-first run, item 4).
 */
export const midSentence = '\u0001';

/** The capitalised terms a text defines at the opening of a list item or a sentence; those it defines elsewhere, marked `midSentence`. */
export function itemOpenings(text: string): readonly string[] {
  const found: string[] = [];
  for (const m of matchesOf(text, quotedCapital)) {
    const end = m.index + m[0].length;
    const between = coDefinedThen.exec(text.slice(end, end + 240))?.[0].length ?? 0;
    const after = text.slice(end + between, end + between + 40);
    if (!definingAfter.test(after)) continue;
    const term = m[1].replace(/\s+/gu, ' ');
    found.push(opensItem.test(text.slice(Math.max(0, m.index - 12), m.index)) ? term : midSentence + term);
  }
  // Each pattern needs a literal its match holds (":", "mean"), looked for first: V8 tries the
  // Unicode item patterns at every position, and most texts open no item either way.
  if (text.includes(':')) for (const m of matchesOf(text, unquotedItem)) found.push(m[1].replace(/\s+/gu, ' '));
  if (text.includes('mean')) for (const m of matchesOf(text, unquotedMeans)) found.push(m[1].replace(/\s+/gu, ' '));
  return found;
}
