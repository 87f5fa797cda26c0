/** Article numbers as drafters write them: Arabic or Roman, with a letter or a point after. */

/** Roman numbers as drafters write them in article designations (I … CCC), upper or lower case. */
const roman = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/i;
const romanValue: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * The number of an article designation: "12", "6A" and "16 bis" (12, 6, 16), "VI" and "vi" (6),
 * "2.g" (article 2, point g). A letter alone ("A") or a word has none.
 */
export function articleNumber(designation: string): number | undefined {
  const text = designation.trim();
  const arabic = /^(\d{1,4})(?![\d])/.exec(text);
  if (arabic) return Number(arabic[1]);
  const word = /^[IVXLCivxlc]+(?=$|[\s.,:;()–—-])/.exec(text)?.[0];
  if (!word || !roman.test(word)) return undefined;
  const digits = [...word.toUpperCase()].map((c) => romanValue[c]);
  return digits.reduce((sum, value, i) => sum + (value < (digits[i + 1] ?? 0) ? -value : value), 0);
}


/** 6 → "VI": an article number in the Roman numerals a text designates its articles with (1 … 399). */
export function romanNumeral(n: number): string {
  const steps: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let out = '';
  for (const [value, numeral] of steps) while (rest >= value) (out += numeral), (rest -= value);
  return out;
}
