/**
 * A close variant of a defined term that the text writes where it never writes the term itself:
 * "Competitions organiser" is defined, the text says "competition organiser(s)" twelve times (CoE
 * Macolin Convention 2014, Arts. 3.3, 7, 9(1)(c), 10(1)(d), 12(1)). The exact term is unused, and
 * `unused-term` still says so; but the remedy is to align the definition with the text (or the
 * text with it), not to delete a definition the text relies on. This finds the variant to name.
 *
 * A variant differs from the term only in the number of its words ("Competitions" / "competition",
 * "organisers"), a hyphen for a space, a leading article of the term ("The …"), and the case of its
 * first letter, and in at least one of the first three. Every other capital must match: "the
 * sending Party" is no variant of the Title Case term "Sending Party" (NL–US 2012, Art. 10(7)),
 * which the rule has already read as not the term. Only terms of two words or more (the article
 * aside) have variants: a single word's other forms ("incidents") are its ordinary senses, which
 * `term-used-in-lower-case` weighs.
 */
import type { SemanticModel } from '../../model/semantic-model';
import type { DeclaredSymbol } from '../../model/symbols';
import { quoteInput } from '../../util/bounded-text';
import { proseMemoOf } from '../../util/prose-memo';
import { singular } from '../../util/english-singular';
import { libraryTexts, lowerFirst } from './term-use';
import { rowOf } from '../../constructs/table';
import { declarationParts, sameWords } from '../../model/document-change';
import type { Declaration } from '../../ast/nodes';
import { definesAt } from './term-naming';
import { matchesOf } from '../../util/all-matches';

export interface TermVariant {
  /** The variant the text writes most often (the first written, of equals): `competition organisers`. */
  readonly written: string;
  /** How many times the text writes a variant of the term, the case-only forms included. */
  readonly count: number;
  /** Each form written, most often first, with how many times. */
  readonly forms: readonly { readonly written: string; readonly count: number }[];
}

/** A word that opens the variant: its first letter's case does not count either. */
function firstKey(word: string): string {
  return singular(lowerFirst(word) ?? word);
}

const article = /^(?:the|a|an)$/iu;
const wordPattern = /[\p{L}\p{N}]+/gu;

/** The first letter in lower case, whatever follows it. */
function lowerInitial(text: string): string {
  return text.slice(0, 1).toLocaleLowerCase('en') + text.slice(1);
}

interface Candidate {
  readonly term: string;
  /** The words a variant must have, as keys (the term's article aside). */
  readonly keys: readonly string[];
  /** The term without its article, first letter lowered: a text that writes exactly this differs only in that letter. */
  readonly same: string;
  /** The term's leading article, lower case, if it has one. */
  readonly article: string | undefined;
}

/** A term of two words or more (its article aside) as the search reads it; undefined otherwise. */
function candidate(term: string): Candidate | undefined {
  const words = matchesOf(term, wordPattern);
  const first = words[0];
  const lead = first && first.index === 0 && words.length > 1 && article.test(first[0]) ? first[0].toLocaleLowerCase('en') : undefined;
  if (lead) words.shift();
  if (words.length < 2) return undefined;
  const rest = term.slice(words[0].index).replace(/\s+/gu, ' ');
  return { term, keys: [firstKey(words[0][0]), ...words.slice(1).map((w) => singular(w[0]))], same: lowerInitial(rest), article: lead };
}

/** For each of `terms` (unused ones) that has a close variant in the text, the variant. */
export function termVariants(model: SemanticModel, terms: readonly DeclaredSymbol[]): Map<string, TermVariant> {
  const candidates = terms.map((s) => candidate(s.name)).filter((c): c is Candidate => c !== undefined);
  const result = new Map<string, TermVariant>();
  if (candidates.length === 0) return result;
  const byFirst = new Map<string, Candidate[]>();
  for (const c of candidates) byFirst.set(c.keys[0], [...(byFirst.get(c.keys[0]) ?? []), c]);
  // Which variants a text holds is a pure function of the text and the candidates: remembered across edits.
  const memo = proseMemoOf(model);
  // The candidates, as the memo's space and as the facts the declarations' parts are kept under (a
  // space id is one memo's: two services may give the same id to other candidates).
  const candidatesKey = `term-variants-2\u0004${candidates.map((c) => c.term).join('\u0002')}`;
  const space = memo.space(candidatesKey);
  const definitionOf = new Map(terms.map((s) => [s.name, s.node]));
  const forms = new Map<string, Map<string, number>>();
  const varied = new Set<string>();
  const count = (found: VariantFound) => {
    if (!found.caseOnly) varied.add(found.term);
    const counts = forms.get(found.term) ?? new Map<string, number>();
    forms.set(found.term, counts.set(found.written, (counts.get(found.written) ?? 0) + 1));
  };
  // Each declaration's variants kept with its node under the candidates (`declarationParts`: a
  // function of its prose's words and the candidates), so that a keystroke reads the edited
  // declaration only: asking the memo for every prose text of the document on every keystroke,
  // while some term was unused, was some 5 ms at 10k lines (issue #11). In the order the
  // texts were read before: the declarations' prose (a definition's own text does not use its
  // term), then the text of each library clause taken without a body.
  const variantsOf = (text: string) => memo.get(space, text, (stored) => variantsIn(stored, byFirst));
  const parts = declarationParts('term-variants', model, candidatesKey, (d) => declarationVariants(d, variantsOf), sameWords);
  const declarations = model.ast.declarations;
  for (let i = 0; i < parts.length; i++) for (const found of parts[i]) if (definitionOf.get(found.term) !== declarations[i]) count(found);
  for (const text of libraryTexts(model)) for (const found of variantsOf(text)) count(found);
  // A form that differs from the term only in its first letter, which the rule has read as not
  // the term, is no variant by itself; but where the text writes a variant, the count includes
  // it: "administering States" (once) beside "administering State" (41 times) is 42 variant
  // uses, the singular first (NL–Cuba 2013, Art. 1(f); twenty-first run).
  for (const term of varied) {
    const written = [...forms.get(term)!].map(([form, count]) => ({ written: form, count })).sort((a, b) => b.count - a.count);
    result.set(term, { written: written[0].written, count: written.reduce((n, f) => n + f.count, 0), forms: written });
  }
  return result;
}

/** How the message names a term's variants: `"competition organisers" (12 times)`, or each form with its count. */
export function describeVariant(variant: TermVariant): string {
  const times = (count: number) => (count === 1 ? 'once' : `${count} times`);
  if (variant.forms.length === 1) return `a close variant, "${quoteInput(variant.written)}" (${times(variant.count)})`;
  const named = variant.forms.slice(0, 3).map((f) => `"${quoteInput(f.written)}" (${times(f.count)})`);
  const others = variant.forms.length > 3 ? `, and ${variant.forms.length - 3} other forms` : '';
  return `close variants, ${named.slice(0, -1).join(', ')}${variant.forms.length > 3 ? ', ' : ' and '}${named[named.length - 1]}${others}`;
}

/** The variants one text writes, in order. */
function variantsIn(text: string, byFirst: ReadonlyMap<string, readonly Candidate[]>): { term: string; written: string; caseOnly: boolean }[] {
  const words = matchesOf(text, wordPattern).map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const found: { term: string; written: string; caseOnly: boolean }[] = [];
  words.forEach((word, i) => {
    for (const c of byFirst.get(firstKey(word.text)) ?? []) {
      const span = words.slice(i, i + c.keys.length);
      if (span.length < c.keys.length || !span.every((w, j) => j === 0 || singular(w.text) === c.keys[j])) continue;
      const written = text.slice(word.start, span[span.length - 1].end).replace(/\s+/gu, ' ');
      // Only the first letter's case differs: the rule has read that already (a use, or not the
      // term); kept apart, to be counted only beside a true variant.
      const caseOnly = lowerInitial(written) === c.same && (c.article === undefined || words[i - 1]?.text.toLocaleLowerCase('en') === c.article);
      // Words run on across punctuation are not the term ("competition. Organisers").
      if (!/^[\p{L}\p{N}\s\-‐–]*$/u.test(written)) continue;
      if (definesAt(text, word.start, span[span.length - 1].end)) continue;
      found.push({ term: c.term, written, caseOnly });
    }
  });
  return found;
}

type VariantFound = ReturnType<typeof variantsIn>[number];
const noVariants: readonly VariantFound[] = [];

/** The variants in a declaration's prose texts, in order (the shared empty list where there are none). */
function declarationVariants(owner: Declaration, variantsOf: (text: string) => readonly VariantFound[]): readonly VariantFound[] {
  let found: VariantFound[] | undefined;
  for (const text of rowOf(owner).prose(owner)) {
    if (!text) continue;
    const inText = variantsOf(text.value);
    if (inText.length > 0) (found ??= []).push(...inText);
  }
  return found ?? noVariants;
}
