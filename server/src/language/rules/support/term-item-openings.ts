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

/** A quoted phrase that opens with a capital: “Funds”, "Funds", ``Child", ‘Funds’. */
const quotedCapital = /(?:``|"|“|‘)(\p{Lu}[^"“”‘’`]{0,99}?)(?:''|"|”|’)/gu;

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
const alsoDefined = /(?:\s*,?\s*(?:(?:and|or|and\/or)\s+)?(?:\u0060\u0060|"|“|‘)[^"“”‘’\u0060]{1,100}(?:''|"|”|’))*/u.source;
const insertion = /(?:\s*,\s*(?:which|that|including|includes?)\b[^,;.:]{1,100},|\s*\([^()]{1,100}\))?/u.source;
const coDefinedThen = new RegExp(`^${alsoDefined}${insertion}`, 'u');

/** The capitalised terms a text defines at the opening of a list item or a sentence. */
export function itemOpenings(text: string): readonly string[] {
  const found: string[] = [];
  for (const m of text.matchAll(quotedCapital)) {
    const end = m.index + m[0].length;
    const between = coDefinedThen.exec(text.slice(end, end + 240))?.[0].length ?? 0;
    const after = text.slice(end + between, end + between + 40);
    if (!definingAfter.test(after)) continue;
    if (opensItem.test(text.slice(Math.max(0, m.index - 12), m.index))) found.push(m[1].replace(/\s+/gu, ' '));
  }
  return found;
}
