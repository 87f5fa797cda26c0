/**
 * Text to be matched literally inside a regular expression: every character that has a meaning in
 * a pattern is escaped. Rules build patterns from the drafter's own words (names, defined terms,
 * phrases of the text), which may hold dots, brackets or parentheses ("Art. 5(1)", "C.I.A.").
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
