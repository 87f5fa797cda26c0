/**
 * The singular of an English noun written in the plural, by its ending only: `organisers` →
 * `organiser`, `Parties` → `Party`, `Participants` → `Participant`. A word that does not end like
 * a plural (`Convention`, `Agency`, `Business`) is returned as it is. Used where the number of a
 * word does not change which term it is (a defined term's variants, the masking of defined terms).
 */
export function singular(word: string): string {
  if (/ies$/u.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/s$/u.test(word) && !/ss$/u.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}
