/**
 * Words at the start of a sentence: their first letter in upper case, nothing else changed ("the
 * Republic of Estonia" → "The Republic of Estonia"; an empty text stays empty). One home for the
 * export's sentences (render/) and the constructs' (constructs/), which import nothing from render/.
 */
export function capitalise(text: string): string {
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}
