/**
 * Whether a defined instrument's short name, where the text writes it, opens the title of an
 * instrument instead: "the Convention on mutual administrative assistance in tax matters, closed
 * in Strasbourg on 25 January 1988" is another convention than the one a preamble has just
 * abbreviated as ‘the Convention’, and "The Convention between the Kingdom of the Netherlands and
 * the Czechoslovak Republic for the avoidance of double taxation …" is the defined one written out
 * in full. Neither uses the defined term (Czech Republic–Netherlands tax information arrangement
 * 2015, preamble, a term used nowhere else; twenty-sixth real-instruments run).
 *
 * The rule a lawyer applies: the short name stands alone, and what follows it either identifies
 * it ("the Convention of 4 March 1974") or belongs to the sentence ("the Convention on request",
 * "under the Convention for the purposes of Article 5", "Article 26 of the Convention"): a use.
 * The head noun of a title is followed by the rest of the title: its parties ("between A and B"),
 * its subject in title case ("on Cybercrime", "for the Protection of Individuals", "against
 * Corruption"), or its subject in lower case followed by where and when the instrument was made
 * ("on the transfer of sentenced persons of 21 March 1983", "…, closed in Strasbourg on …"). Only
 * those are read as titles; a lower-case phrase without the instrument's particulars may be the
 * sentence's own words and stays a use, and so does anything after "this", "the present" or "the
 * said", which name the instrument itself or the one already named.
 */
import { isInstrumentNoun } from '../../model/instrument-references';
import { monthNames } from '../../util/month-names';
import { isWhiteSpaceCode } from '../../util/white-space';

/** Whether the words at [start, end) of `text` are the head noun of an instrument's title rather than a use of the short name. */
export function opensATitle(text: string, start: number, end: number): boolean {
  if (!isInstrumentNoun(lastWord(text, start, end))) return false;
  if (ownOrNamedBefore.test(text.slice(Math.max(0, start - 24), start))) return false;
  let after = text.slice(end, end + reach);
  // "the Convention of 21 March 1983 on the transfer of sentenced persons": a date may come first.
  const dated = datedFirst.exec(after);
  if (dated) after = after.slice(dated[0].length);
  const parties = partiesOfTitle.exec(after);
  if (parties) return !signatoryWords.test(parties[1]) && !signatoryWords.test(parties[2]);
  const subject = subjectOfTitle.exec(after);
  if (!subject) return false;
  if (titleCaseSubject(subject[1], subject[2])) return true;
  // A lower-case subject is a title only with the instrument's particulars after it (a date first counts as one).
  const from = subject[0].length - subject[2].length;
  const phrase = lowerCaseSubject.exec(after.slice(from));
  if (!phrase || sentenceWords.test(phrase[1])) return false;
  return dated !== null || particulars.test(after.slice(from + phrase[1].length));
}

/**
 * The last word of [start, end): what `text.slice(start, end).split(/\s+/u)` ends with, read
 * back from `end` without the split (this runs for every use of every defined term, and the
 * split's array and strings were a tenth of what `unused-term` allocated).
 */
function lastWord(text: string, start: number, end: number): string {
  let from = end;
  while (from > start && !isWhiteSpaceCode(text.charCodeAt(from - 1))) from--;
  return text.slice(from, end);
}

/** How far after the head noun its title is read (a long title with its date and place). */
const reach = 320;

const ownOrNamedBefore = /(?:^|[^\p{L}])(?:this|these|present|said|same|such|that|above-mentioned|aforementioned)\s+$/iu;

const months = monthNames.join('|');
const date = String.raw`(?:\d{1,2}\s+(?:${months})\s+\d{4}|(?:${months})\s+\d{1,2},?\s+\d{4}|\d{4})`;
const datedFirst = new RegExp(String.raw`^\s+of\s+${date}(?![\p{L}\p{N}])`, 'u');

/** "between the Kingdom of the Netherlands and the Czechoslovak Republic": the parties of a bilateral title. */
const partiesOfTitle = /^\s+[Bb]etween\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)[^,;.()]{0,120}?\s+and\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)/u;
/** The signatories of the text, not the parties of a title: "the Agreement between the Parties and …". */
const signatoryWords = /^(?:Participants?|Part(?:y|ies)|Signator(?:y|ies)|Sides?|Contracting|Member|States?)$/u;

/** A joining word that opens the subject of a title, and the subject's first word after an article. */
const subjectOfTitle = /^\s+(on|On|concerning|Concerning|regarding|Regarding|relating\s+to|Relating\s+to|against|Against|establishing|Establishing|for|For)\s+(?:(?:the|The|a|an)\s+)?([\p{L}][\p{L}'’-]*)/u;

const dayOrMonth = new RegExp(String.raw`^(?:${months}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`, 'u');

/**
 * A subject in title case: a capitalised word that is neither a date nor a signatory. After "for"
 * only a capitalised noun of action ("for the Protection of", "for the Suppression of"): "the
 * Convention for the Netherlands" is where it applies, not its title.
 */
function titleCaseSubject(opener: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word) || dayOrMonth.test(word) || signatoryWords.test(word)) return false;
  return !/^for$/iu.test(opener) || nounOfAction.test(word);
}

const nounOfAction = /(?:tion|sion|ance|ence|ment|ing)$/u;

/** The lower-case subject phrase, up to punctuation or a capital: "mutual administrative assistance in tax matters". */
const lowerCaseSubject = /^([\p{Ll}][\p{Ll}'’-]*(?:\s+(?!of\s+\d)[\p{Ll}][\p{Ll}'’-]*){0,30})/u;

/**
 * Words that make a lower-case phrase the sentence's rather than a title's: "for the purposes of",
 * "on the basis of", "on request", "on behalf of", "for which", "in accordance with", and another
 * instrument noun, whose particulars the words after it would be.
 */
const sentenceWords =
  /^(?:purposes?|basis|benefit|behalf|request|which|whom|that|its|their|his|her|the\s+date|date|day|receipt|signature|entry|application|implementation|duration|period|time|condition|conditions|grounds|account)\b|\b(?:agreements?|conventions?|treat(?:y|ies)|protocols?|arrangements?|memorand(?:um|a)|directives?|regulations?|shall|will|may|must|is|are|was|were|has|have)\b/u;

/** Where and when an instrument was made, or its number: the particulars that close a citation by title. */
const particulars = new RegExp(
  String.raw`^(?:\s*,)?\s+(?:(?:closed|done|signed|adopted|concluded|made)\s+(?:at|in|on)\b|opened\s+for\s+signature\b|of\s+${date}(?![\p{L}\p{N}])|\(\s*(?:\d{4}|ETS|CETS|OJ|No\.?)\b)`,
  'u',
);
