/**
 * How the final formula names the languages of the text: "in the English language", "in the
 * Estonian and English languages, both texts being equally authentic", and the sentence on the
 * prevailing text. The generated formula (render/testimonium.ts) and the library's language
 * clauses (their `{{inLanguages}}` and `{{prevailingSentence}}`, filled from the header) say it in
 * the same words, so one language is never "in the English languages, all texts being equally
 * authentic", and no text prevails over itself.
 */
const cardinals = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "both texts", "all three texts", "all texts". */
export function allTexts(count: number): string {
  if (count === 2) return 'both texts';
  return count <= 12 ? `all ${cardinals[count]} texts` : 'all texts';
}

/** "in the English language", "in the Estonian, Finnish and English languages". */
export function inLanguages(names: readonly string[], list: (names: readonly string[]) => string): string {
  return names.length === 1 ? `in the ${names[0]} language` : `in the ${list(names)} languages`;
}

/** ", both texts being equally authentic" when the header says so and there is more than one text. */
export function equalValidity(count: number, validity: 'authentic' | 'equally-valid' | undefined): string {
  if (count < 2 || !validity) return '';
  return `, ${allTexts(count)} being equally ${validity === 'authentic' ? 'authentic' : 'valid'}`;
}

/** " In case of divergence of interpretation, the English text shall prevail." (with its leading space), or nothing for one text. */
export function prevailingSentence(count: number, prevailing: string | undefined, treaty: boolean): string {
  if (count < 2 || prevailing === undefined) return '';
  return ` In case of ${treaty ? '' : 'any '}divergence of interpretation, the ${prevailing} text ${treaty ? 'shall' : 'will'} prevail.`;
}
