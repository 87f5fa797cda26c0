/**
 * A library clause inside an exchange of notes or letters whose letters call the parties "the
 * two Governments" (render/exchange.ts, `exchangeDesignation`): the library writes the parties as
 * placeholders (`{{Parties}}`, `{{party}}`) that the instrument's wording fills with "Parties" or
 * "Participants", and a term that says "Any dispute between the Parties" inside notes that never
 * name a "Party" speaks of parties the agreement does not name. The export fills those
 * placeholders with the letters' designation instead — the library's words are not changed, and
 * neither is the drafter's source (a quick fix inserts the text the library gives the wording).
 *
 * The clause's meaning must not move with the word: where the library uses the placeholder for the
 * State itself — "a Party that is a Member State of the European Union", "the territory of the host
 * Party", "the law of the host Party", "the Party in whose territory it was signed", "public
 * authorities or bodies of a Party", "the Parties to the dispute", "States entitled to become
 * Parties" — "Government" would say something else (a Government is no Member State, has no
 * territory and makes no law of its own), and the clause keeps the instrument's wording whole
 * rather than mixing the two words.
 */
import type { LibraryClause } from '../library/library-types';
import { placeholderPattern } from '../library/render-clause';
import { escapeRegExp } from '../util/escape-regexp';
import { matchesOf } from '../util/all-matches';

/** The placeholders that name the parties (library/document-values.ts, `wordingValues`). */
const partyPlaceholders = new Set(['participant', 'Participant', 'participants', 'Participants', 'party', 'Party', 'parties', 'Parties']);
const plural = (name: string) => /s$/.test(name);

export interface Designation {
  readonly one: string;
  readonly many: string;
}

/** A placeholder the library writes for the State, where a Government cannot stand: what precedes it, what follows it. */
const stateBefore = /\b(?:territory|territories|law|laws|legislation|authorities|bodies|nationals|residents|courts|jurisdiction|constitution)\s+of\s+(?:(?:a|an|the|each|either|any|another|that|this|every)\s+)?(?:(?:host|sending|receiving|requesting|requested|other|transferring|originating)\s+)?$|\bbecome\s+(?:a\s+)?$/iu;
const stateAfter = /^\s+(?:(?:that|which|who)\s+(?:is|are|has\s+become|becomes?)\s+(?:an?\s+)?(?:Member\s+States?|Part(?:y|ies)|States?)\b|to\s+the\s+dispute\b|(?:in\s+)?whose\s+(?:territory|jurisdiction|law|nationals)\b)/iu;

/** Whether the library uses a party placeholder for the State somewhere in the text. */
export function speaksOfStates(template: string): boolean {
  for (const match of matchesOf(template, placeholderPattern)) {
    if (!partyPlaceholders.has(match[1])) continue;
    const end = match.index + match[0].length;
    if (stateBefore.test(template.slice(Math.max(0, match.index - 80), match.index)) || stateAfter.test(template.slice(end, end + 80))) return true;
  }
  return false;
}

/** The values of the party placeholders in the letters' designation. */
export function designationValues(designation: Designation): Record<string, string> {
  return Object.fromEntries([...partyPlaceholders].map((name) => [name, plural(name) ? designation.many : designation.one]));
}

/**
 * The body of a clause taken from the library, as the export writes it in the letters'
 * designation: the library's text filled for the instrument's wording (as the quick fix inserts
 * it, with whatever values the drafter typed in the other blanks), each party word put in the
 * letters' word. Undefined when the body is not that text (the drafter rewrote it: the words are
 * the drafter's) or the library speaks of States (see above).
 */
export function bodyInDesignation(clause: LibraryClause, body: string, wordingValues: Readonly<Record<string, string>>, designation: Designation): string | undefined {
  if (speaksOfStates(clause.text)) return undefined;
  const match = templateMatcher(clause.text).exec(body);
  if (!match?.indices) return undefined;
  const names = matchesOf(clause.text, placeholderPattern).map((m) => m[1]);
  const values = designationValues(designation);
  let result = '';
  let last = 0;
  for (let i = 0; i < names.length; i++) {
    const span = match.indices[i + 1];
    if (!span || !partyPlaceholders.has(names[i])) continue;
    // The word in the body is the one the wording gave: a drafter who wrote another chose it.
    if (match[i + 1] !== wordingValues[names[i]]) return undefined;
    result += body.slice(last, span[0]) + values[names[i]];
    last = span[1];
  }
  return result + body.slice(last);
}

/** A word of the instrument's wording the export replaces with the letters' word ("Parties" → "Governments"). */
export interface ReplacedWord {
  readonly from: string;
  readonly to: string;
}

/**
 * How the export writes a library clause in the letters' designation — the one place that decides
 * it, read by the export (render-context.ts) and by the editor's lens above the clause
 * (features/letters-wording.ts), so that what the drafter is told is what is printed. `body` is
 * the drafter's copy, if any; the answer gives the body as exported (none without one), the
 * placeholder values that fill the library's text where there is no body, and the words replaced.
 * Undefined when the export prints the clause in the instrument's own wording.
 */
export function inLettersDesignation(
  clause: LibraryClause,
  body: string | undefined,
  wordingValues: Readonly<Record<string, string>>,
  designation: Designation | undefined,
): { readonly body?: string; readonly values: Record<string, string>; readonly replaced: readonly ReplacedWord[] } | undefined {
  if (!designation || speaksOfStates(clause.text)) return undefined;
  const designated = body === undefined ? undefined : bodyInDesignation(clause, body, wordingValues, designation);
  if (body !== undefined && designated === undefined) return undefined;
  const values = designationValues(designation);
  const replaced = new Map<string, ReplacedWord>();
  for (const match of matchesOf(clause.text, placeholderPattern)) {
    const from = wordingValues[match[1]];
    if (partyPlaceholders.has(match[1]) && from !== undefined && from !== values[match[1]]) replaced.set(from, { from, to: values[match[1]] });
  }
  if (replaced.size === 0) return undefined;
  return { body: designated, values, replaced: [...replaced.values()] };
}

/** Whether a clause's body is the library's text, its blanks filled (the library's words, not the drafter's). */
export function isLibraryText(clause: LibraryClause, body: string): boolean {
  return templateMatcher(clause.text).test(body);
}

/** The library's text as a pattern: its words as written (any run of white space for one), each placeholder a group. */
function templateMatcher(text: string): RegExp {
  const known = matchers.get(text);
  if (known) return known;
  const template = text.trim();
  let source = '';
  let last = 0;
  for (const match of matchesOf(template, placeholderPattern)) {
    source += literal(template.slice(last, match.index)) + '([\\s\\S]*?)';
    last = match.index + match[0].length;
  }
  const matcher = new RegExp(`^\\s*${source}${literal(template.slice(last))}\\s*$`, 'du');
  matchers.set(text, matcher);
  return matcher;
}

/** One pattern per library text: the library is fixed for a session, and an export asks once per clause. */
const matchers = new Map<string, RegExp>();

/** Words as written, any run of white space (a line the drafter broke) for one. */
function literal(text: string): string {
  return text
    .split(/(\s+)/u)
    .map((part) => (/^\s+$/u.test(part) ? '\\s+' : escapeRegExp(part)))
    .join('');
}
