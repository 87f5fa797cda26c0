/**
 * Whether a UTF-16 code unit is white space as `\s` reads it (with or without the `u` flag: the
 * same set, and none of it is a surrogate): a comparison chain rather than a regular expression
 * or a set lookup, for the loops that read prose a character at a time (the phrase matcher, the
 * term readings). An exhaustive test holds it to `/\s/u` over every code unit.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
