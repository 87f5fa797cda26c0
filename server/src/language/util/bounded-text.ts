/**
 * Messages quote what the drafter wrote — a name, a code, a path — and what the drafter wrote may
 * be a megabyte long. A message quotes at most a short prefix of any input: `quoteInput` for a
 * quotation a rule writes, and `boundMessage` as the last guard on every message, related note
 * and fix title (each word of implausible length shortened, the whole capped).
 */

/** How much of an input a message quotes. */
export const maxQuotedLength = 60;

/** The longest run without white space a message keeps (a long word is an input, not prose). */
const maxWordLength = 64;

/** The longest message kept. */
export const maxMessageLength = 2000;

/** The input as a message quotes it: whole when short, else its first characters and `…`. */
export function quoteInput(text: string, max = maxQuotedLength): string {
  if (text.length <= max) return text;
  // Do not cut a surrogate pair in two.
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, cut)}…`;
}

/** A message with every word of implausible length shortened and the whole at most `maxMessageLength`. */
export function boundMessage(message: string): string {
  if (message.length <= maxWordLength || (message.length <= maxMessageLength && !hasLongWord(message))) return message;
  const words = message.replace(/\S+/g, (word) => (word.length > maxWordLength ? quoteInput(word) : word));
  return words.length <= maxMessageLength ? words : quoteInput(words, maxMessageLength - 1);
}

/** Whether a run without white space is longer than `maxWordLength` (one pass; every message goes through here). */
function hasLongWord(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    run = code === 32 || code === 10 || code === 9 || code === 13 ? 0 : run + 1;
    if (run > maxWordLength) return true;
  }
  return false;
}
