/**
 * Whether a party's name is the name of a known body: it begins (after an optional "the") with
 * one of the body's names or acronyms as a whole phrase — followed by nothing, or by punctuation
 * that opens an explanation ("Europol (EC3)", "Europol, European Cybercrime Centre", "ENISA – …").
 * A name that goes on with another word names something else: "Europol National Unit" is a
 * Member State's unit, "European Commission for Democracy through Law" is the Council of
 * Europe's Venice Commission. So a table of names never matches on a word found anywhere in a
 * name, which would guess.
 */
export function nameBeginsWith(name: string | undefined, names: readonly string[]): string | undefined {
  if (!name) return undefined;
  const text = name.trim().replace(/^the\s+/iu, '');
  for (const candidate of names) {
    if (text.length < candidate.length || text.slice(0, candidate.length).toLowerCase() !== candidate.toLowerCase()) continue;
    const rest = text.slice(candidate.length);
    if (rest === '' || /^\s*[(,;:–—/]/u.test(rest) || /^\s+-\s/u.test(rest)) return candidate;
  }
  return undefined;
}
