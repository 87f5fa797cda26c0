/**
 * A closed set of the language: its values, each with the one-line meaning hover and completion
 * show, and the written forms that mean a value. Its own file so that the vocabularies of one
 * subject (classification) can live beside the rest without a cycle.
 */
export interface Vocabulary<T extends string> {
  readonly values: readonly T[];
  readonly meaning: Readonly<Record<T, string>>;
  /** Written forms that mean a value (plural units, British/American spellings…). */
  readonly aliases?: Readonly<Record<string, T>>;
}

export function vocabulary<T extends string>(meaning: Record<T, string>, aliases?: Record<string, T>): Vocabulary<T> {
  return { values: Object.keys(meaning) as T[], meaning, aliases };
}
