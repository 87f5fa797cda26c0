/**
 * A governance body's name in a sentence: whether it is plural ("Agreement Managers"), whether it
 * names people rather than a body, and the indefinite article it takes ("a Joint Board", "an
 * Expert Group", "an NCIRC Liaison Group", none for a plural). Used where a body is established,
 * designated or held (governance-body.ts).
 */

/**
 * Whether a body's name is plural, read from its head noun (the last word before "of", "for",
 * "on"…): "Agreement Managers", "Points of Contact" are; "Joint Steering Committee", "Board of
 * Governors", "Cyber Defence Working Group", "Analysis Cell" are not.
 */
export function isPluralName(name: string): boolean {
  const head = name.replace(/\s*\(.*$/s, '').split(/\s+(?:of|for|on|in|to|under)\s+/)[0].trim().split(/\s+/).pop() ?? '';
  return /^[A-Za-z][a-z]+s$/.test(head) && !/(?:ss|us|is|ics|ys)$/.test(head);
}

/**
 * Plural names that name people, not a body: they are designated, not established ("The Parties
 * shall designate Agreement Managers"), by the head noun.
 */
export function namesPeople(name: string): boolean {
  return /(?:Managers|Coordinators|Co-ordinators|Representatives|Officers|Points|Contacts|Delegates|Experts|Liaisons|Members|Advisers|Advisors|Directors|Heads|Chairs)\b/.test(name.replace(/\s*\(.*$/s, '').split(/\s+(?:of|for|on|in|to|under)\s+/)[0]);
}

/** "a Joint Steering Committee", "an Expert Group"; a plural name takes none: "Agreement Managers". */
export function withIndefiniteArticle(name: string): string {
  if (isPluralName(name)) return name;
  return `${startsWithVowelSound(name) ? 'an' : 'a'} ${name}`;
}

/**
 * "an Expert Group", "a European …", "a Union …"; an acronym said letter by letter by its
 * letter's name ("an NCIRC …", "an FBI …", "a CERT …" said as a word, "a NATO …").
 */
function startsWithVowelSound(name: string): boolean {
  const first = /^[^\s–-]+/.exec(name)?.[0] ?? '';
  if (/^[A-Z]{2,}$/.test(first)) {
    const spoken = /^[A-Z][AEIOU]/.test(first) || /^[AEIOU][^AEIOU]/.test(first);
    return spoken ? /^[AEIOU]/.test(first) && !/^U/.test(first) : /^[AEFHILMNORSX]/.test(first);
  }
  return /^[aeiou]/i.test(name) && !/^(?:Eu|Uni|Use|One\b)/i.test(name);
}
