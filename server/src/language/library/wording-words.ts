/**
 * The words that give a text away as treaty or MoU wording (drafting-rules.md §A). A clause in
 * MoU wording must contain none of the treaty words, or it would make the very MoU it is put
 * into look binding; a treaty clause must not speak of "Participants" or of what they "will" do.
 * The library checks its own clauses with these lists, built-in and team clauses alike.
 */
import type { Wording } from './library-types';

const treatyWords: readonly [RegExp, string][] = [
  [/\bshall\b/i, 'shall'],
  [/\bagree(?:s|d|ing)?\b/i, 'agree'],
  [/\bagreements?\b/i, 'agreement'],
  [/\bParties\b/, 'Parties'],
  // "Article 46(3)(b) of Regulation (EU) 2016/679" cites another instrument; it does not number this one.
  [/\b(?:[Aa]rticles?|ARTICLES?)\b(?!\s+\d+[\w().]*(?:\s*(?:,|and|or|to|-|–)\s*\d+[\w().]*)*\s+(?:of|to)\s+(?:the\s+)?\p{Lu})/u, 'Article'],
  [/\b(?:enter|enters|entered|entry)\s+into\s+force\b/i, 'enter into force'],
  [/\bobligations?\b/i, 'obligations'],
  // "Human rights" names a body of law; it grants nobody a right under this text.
  [/(?<!\bhuman[\s-])\brights?\b/i, 'rights'],
  [/\bundertak(?:e|es|ing|ings|en)\b/i, 'undertake'],
  [/\bauthentic\b/i, 'authentic'],
  [/\bdone\s+at\b/i, 'done at'],
  [/\bratif(?:ication|y|ies|ied)\b/i, 'ratification'],
  [/\bdepositary\b/i, 'depositary'],
  [/\breservations?\b/i, 'reservations'],
];

const mouWords: readonly [RegExp, string][] = [
  [/\bwill\b/i, 'will'],
  [/\bParticipants?\b/, 'Participant'],
  [/\bcomes?\s+into\s+effect\b/i, 'come into effect'],
  [/\bequally\s+valid\b/i, 'equally valid'],
  [/\bsigned\s+at\b/i, 'signed at'],
  [/\bcommitments?\b/i, 'commitments'],
];

/** The words of the other wording found in a text: for an MoU clause the treaty words, and vice versa. */
export function foreignWords(text: string, wording: Wording): string[] {
  const list = wording === 'mou' ? treatyWords : mouWords;
  return list.filter(([pattern]) => pattern.test(text)).map(([, word]) => word);
}
