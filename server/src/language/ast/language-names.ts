/**
 * What a language of the text looks like where the instrument names it (`languages English,
 * Estonian`): the English name of a language, a capitalised word ("Estonian", "Serbo-Croatian"),
 * because the final formula prints it as written ("in the English and Estonian languages"). The
 * set of languages is open (no list would hold every language a treaty is done in), but a name
 * is never lower case and never holds a digit or an underscore: `language1`, the word a template
 * leaves where the drafter skipped the question, is no language, and printed as one it would be
 * signed as "in the English and language1 languages".
 */
const languageName = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

export function isLanguageName(text: string): boolean {
  return languageName.test(text);
}
