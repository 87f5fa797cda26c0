/**
 * Whether a quoted reference to another instrument names its file or its title — the one test for
 * every statement that takes either: `annex … of "…"` and `protocol … of "…"` (the parent),
 * `implements "…"` (the treaty implemented), `incorporates … from "…"` (the instrument whose
 * provisions apply) and `amends "…"` (the treaty amended). A transcriber naming an instrument that
 * is not transcribed writes its title (`protocol "Additional Protocol …" of "European Agreement on
 * the Exchange of Tissue-typing Reagents"`). Read as a path, the title was an error and the
 * parent's absence silenced every final-clause check (eighty-ninth run, defect 5); read as a title,
 * a misspelt path ("../treaties/parent", no `.entente`) was silently no file at all.
 *
 * A file: the string ends in `.entente`, or it is one word (no white space) with a path separator
 * ("../treaties/parent") or a file extension ("parent.entnte", a misspelt one): such a string is
 * looked for as a file, and a path to nothing stays an error. Anything else — words with spaces,
 * or one word with neither ("GSOIA") — is a title: no file is looked for.
 */
export function namesAFile(reference: string): boolean {
  const value = reference.trim();
  if (/\.entente$/iu.test(value)) return true;
  // An empty string is no title: looked for, it is reported as a path to nothing.
  if (value === '') return true;
  if (/\s/u.test(value)) return false;
  return /[/\\]/u.test(value) || /\.[A-Za-z0-9]{1,10}$/u.test(value);
}

/**
 * The advice every "cannot find" message about such a reference ends with: the string may name the
 * instrument by its title instead (`statement` as written before the string: `of`, `implements`).
 */
export function titleInstead(statement: string): string {
  return `name it by its title (\`${statement} "<title>"\`: words, not a path or a file name)`;
}
