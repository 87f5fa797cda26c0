/**
 * An exchange of notes or letters (`form exchange-of-notes`, `exchange-of-letters`) transcribed or
 * drafted as its notes: the notes are the text of the instrument (VCLT Art. 13). It renders as the
 * letters it is — the proposal and the reply, each with its own opening and closing — and never as
 * an agreement in articles: no generated "… hereinafter referred to as “the Parties”, Have agreed
 * as follows:" (no letter contains it), no letter numbered "Article 1", no "Form" article (the
 * export is the two letters), and no entry into force, duration or termination generated from the
 * header where the letters state it in their own words ("the present agreement shall be in force
 * from the date of this reply", "This understanding will remain in operation from 1 January 1986
 * for a period of three years"): the header is the transcriber's reading of those words, and a
 * second sentence beside them restates them in other words (export review 2, items 8, 9, 20, 22).
 * What the header states and the letters do not is printed outside the text, as in any text whose
 * drafter numbers it (render/drafter-order.ts), and the export is a draft until it is resolved —
 * unless the drafter's proposal carries the terms (`note … with terms`, render/proposal-terms.ts):
 * then they are printed inside that note, numbered as its paragraphs.
 */
import type { ClauseTopic } from '../ast/topics';
import type { SemanticModel } from '../model/semantic-model';
import { ownWordsState } from '../rules/support/own-final-clauses';
import { isLibraryText } from './library-designation';
import { matchesOf } from '../util/all-matches';

export function isExchange(model: SemanticModel): boolean {
  return model.ast.instrument?.form !== undefined && model.ast.notes.length > 0;
}

/** The agreement the letters make, as they call it: "this understanding", "the present agreement", "the agreement", or "(shall) constitute an agreement …, which". */
const made = String.raw`(?:\b(?:this|the\s+present|the)\s+(?:agreement|understanding|arrangement|exchange\s+of\s+(?:notes|letters))\b[^.;]{0,160}?|\bconstitutes?\s+(?:an?|the)\s+(?:agreement|understanding|arrangement)\b[^.;]{0,300}?)`;

/**
 * What the letters say in words beyond the checker's own reading (rules/support/own-final-clauses.ts):
 * when the agreement begins to operate ("shall be in force from", "will remain in operation from",
 * "consent to the agreement to take effect on") and how long it lasts ("for a period of three
 * years", "will expire no later than twelve months thereafter", "from year to year").
 */
const lettersSay: Partial<Record<ClauseTopic, RegExp>> = {
  'entry-into-force': new RegExp(`${made}\\b(?:shall|will|to)\\s+(?:be\\s+in\\s+force|remain\\s+in\\s+operation|take\\s+effect|enter\\s+into\\s+force|come\\s+into\\s+(?:force|effect|operation))\\s+(?:from|on|as\\s+from)\\b`, 'iu'),
  duration: new RegExp(`${made}\\b(?:for\\s+a\\s+period\\s+of|(?:shall|will)\\s+expire|(?:shall|will)\\s+remain\\s+(?:in\\s+force|effective)\\s+(?:for|until|from\\s+year\\s+to\\s+year))\\b`, 'iu'),
};

/** Whether the letters of an exchange state the topic in their own words. */
export function lettersState(model: SemanticModel, topic: ClauseTopic): boolean {
  if (!isExchange(model)) return false;
  if (ownWordsState(model, topic)) return true;
  const pattern = lettersSay[topic];
  return pattern !== undefined && model.ast.notes.some((n) => pattern.test((n.body?.value ?? '').replace(/\s+/gu, ' ')));
}

/** How the letters call the parties: "each Government", "the other Party", "the two Governments". */
const designationUse = /\b(?:each|either|both|neither|the\s+two|the\s+other|the\s+host|the\s+seconding)\s+(Government|Part(?:y|ie)|Participant)s?\b/giu;

/**
 * The designation of the parties in the generated terms of an exchange, where its letters use
 * another than the instrument's wording gives: notes between Governments speak of "each
 * Government", "the two Governments" (NL–US notes 1959 and 1991, the EE–FI sample), and a term
 * that says "Either Party may terminate" beside them speaks of parties the notes never name (export
 * review 3, item 5). Read from the drafter's own words in the notes and clauses, by the majority
 * of their uses; undefined where they say "Party" or "Participant" as often, or nothing.
 */
export function exchangeDesignation(model: SemanticModel): { readonly one: string; readonly many: string } | undefined {
  if (!isExchange(model)) return undefined;
  const counts = new Map<string, number>();
  // A clause in the library's words ("the other Party") is not how the drafter calls the parties.
  const drafters = model.ast.clauses.filter((c) => {
    const library = c.body && model.libraryClause(c);
    return !(library && isLibraryText(library, c.body!.value));
  });
  for (const text of [...model.ast.notes.map((n) => n.body), ...drafters.map((c) => c.body)]) {
    for (const match of text ? matchesOf(text.value, designationUse) : []) {
      const noun = match[1].toLowerCase().startsWith('part') && !/^participant/i.test(match[1]) ? 'party' : match[1].toLowerCase();
      counts.set(noun, (counts.get(noun) ?? 0) + 1);
    }
  }
  const governments = counts.get('government') ?? 0;
  return governments > (counts.get('party') ?? 0) + (counts.get('participant') ?? 0) ? { one: 'Government', many: 'Governments' } : undefined;
}
