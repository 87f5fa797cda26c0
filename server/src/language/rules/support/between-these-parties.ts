/**
 * Whether an earlier agreement a clause names is one between this text's Parties alone: "the
 * Agreement between the Government of the Kingdom of the Netherlands and the Government of the
 * State of Israel regarding …" (NL–Israel 1984, Art. 33), "the Agreement between the Contracting
 * Parties". Only then do all its parties conclude the later treaty, which Art. 59(1) of the Vienna
 * Convention requires ("if all the parties to it conclude a later treaty", read: BWBV0003441), and
 * only then is a replacement of some of its provisions an amendment by all its parties (Art. 39)
 * rather than a modification as between some of them (Art. 41). Two States may replace an
 * agreement a third State is also party to; it then stays in force for that State (Art. 30(4))
 * (lr18, D7: "the Agreement between the Republic of Estonia, the Republic of Latvia and the
 * Republic of Finland" replaced by an Estonia–Finland text).
 *
 * The names after "between" are read up to the words that start the agreement's subject or date
 * ("on", "concerning", "regarding", "signed" …). Each Party must be named there (by the words of
 * its name), and what is left must be only the words of a State's style ("the Government of the
 * Kingdom of …"); a word that is neither — another State's name — means the agreement may have
 * other parties, and the answer is no. A name the text writes otherwise ("the Swiss Confederation"
 * for a party named "Switzerland") also gives no: the message then states the condition, which is
 * never wrong.
 */
import type { SemanticModel } from '../../model/semantic-model';

const theseParties = /^\s*(?:the\s+(?:two\s+)?(?:Contracting\s+|High\s+Contracting\s+)?Parties|them|the\s+two\s+(?:States|Governments|countries))\b/iu;
/** Where the names end and the agreement's subject, date or place begins. */
const namesEnd = /\s(?:on|concerning|regarding|relating|respecting|in|for|with|about|signed|done|concluded|dated|of\s+\d|at)\s|[;(]|$/iu;
/** Words of a State's style, and the words that join two names. */
const style = new Set(
  'the of and government governments kingdom republic state states federal democratic socialist united commonwealth principality grand duchy people’s people\'s islamic arab union'.split(' '),
);

const words = (text: string) => text.toLowerCase().match(/[\p{L}’']+/gu) ?? [];

export function namedAsBetweenTheseParties(model: SemanticModel, sentence: string): boolean {
  const after = /\bbetween\b([\s\S]*)$/iu.exec(sentence)?.[1];
  if (after === undefined) return false;
  if (theseParties.test(after)) return true;
  const names = after.slice(0, namesEnd.exec(after)?.index ?? after.length);
  const named = new Set(words(names));
  const partyWords = model.signatories.map((party) => words(party.effective.name?.value ?? '').filter((w) => !style.has(w)));
  // Each Party named by the distinctive words of its name; nothing else there but a State's style.
  if (partyWords.some((own) => own.length === 0 || !own.every((w) => named.has(w)))) return false;
  const own = new Set(partyWords.flat());
  return [...named].every((w) => own.has(w) || style.has(w));
}
