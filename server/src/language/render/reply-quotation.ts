/**
 * A reply that reproduces the offer. The replies of the harness's exchanges quote the letter they
 * accept: "I have the honour to acknowledge receipt of your letter of 22 April 1987 which reads as
 * follows: (Zoals in Nr. I) I … agree to the proposals made in your letter" (Ireland–Netherlands
 * 1987), "your letter of 25 April 1986 which reads as follows:" (Netherlands–UK 1986), "your note
 * nr. 181 … which reads as follows:" (Netherlands–US 1959), "the Embassy's note of 12 April 1995
 * which reads as follows:" (Netherlands–Sweden 1995), "the Special Court's Note …, which reads as
 * follows: […]" (Netherlands–SCSL 2010), "your letter of 3 June 2013, which reads as follows:"
 * (Curaçao–Croatia 2013). The official series print the quotation as "(zoals in Nr. I)", "as in
 * A", but the signed reply holds the offer's whole text: the two letters then each state the
 * agreement, and the reply accepts what it reproduces. The other usual form accepts by reference
 * ("the proposal set out in the Ministry's Note No. 27/2027 is acceptable", the EE–FI sample),
 * which the Vienna Convention allows as well (VCLT Art. 13): nothing there requires quotation.
 *
 * So the drafter chooses, in the reply's own words: a paragraph of the reply that ends by
 * announcing the text — "…your letter of 1 February 2027, which reads as follows:" — is followed
 * in the export by the offer as the export prints it (its terms numbered, its cross-references
 * resolved), from its first words through its complimentary close, set off as a quotation; a reply
 * that accepts by reference is printed as written. A
 * transcription is never changed: its announcing sentence runs on into the series' "(zoals in
 * Nr. I)" or "[…]" in the same paragraph, so no paragraph of it ends there.
 */
import type { ListItem, Paragraph } from '../constructs/construct';
import type { SemanticModel } from '../model/semantic-model';
import type { Placed } from './drafter-order';
import { matchesOf } from '../util/all-matches';

/**
 * A paragraph that names the letter it answers and ends by announcing its text: "…your letter of 1
 * February 2027, which reads as follows:", "your note … containing the following:". Not a reply's
 * own list ("I have the honour to inform you of the following:"), which names no letter.
 */
const announcesQuotation = /\b(?:letter|note)\b[\s\S]*\b(?:(?:reads|read|runs|is\s+worded)\s+as\s+follows|containing\s+the\s+following|in\s+the\s+following\s+terms)\s*:$/iu;

/** Whether a paragraph of a note ends by announcing a quotation (the export then reproduces the note it answers). */
export function announcesOffer(text: string): boolean {
  return announcesQuotation.test(text.trim());
}

/** The notes, each reply that announces the offer's text with that text after the announcing paragraph. */
export function withQuotedOffers(model: SemanticModel, notes: readonly Placed[]): Placed[] {
  const ast = model.ast.notes;
  if (notes.length !== ast.length) return [...notes];
  return notes.map((placed, index) => {
    const answers = ast[index].answers?.text;
    const offer = answers === undefined ? -1 : ast.findIndex((n) => n.id?.text === answers);
    if (offer < 0 || offer === index) return placed;
    const paragraphs = placed.article.paragraphs;
    const at = paragraphs.findIndex((p) => announcesOffer(typeof p === 'string' ? p : p.text));
    if (at < 0) return placed;
    const quoted = inQuotationMarks(throughClose(notes[offer].article.paragraphs).map(asQuoted));
    return { ...placed, article: { ...placed.article, paragraphs: [...paragraphs.slice(0, at + 1), ...quoted, ...paragraphs.slice(at + 1)] } };
  });
}

/**
 * A complimentary close at the end of a paragraph: "Please accept, Sir, the assurance of our
 * highest consideration,", "… renew to the Embassy … the assurances of its highest consideration.",
 * "Yours sincerely,", "I have the honour to be … your obedient servant".
 */
const closeWords = String.raw`\bassurances?\s+of\s+(?:my|our|its|his|her|their)\b[^.;:]{0,80}?\b(?:consideration|esteem|regard)|\byours\s+(?:sincerely|faithfully|truly|respectfully)|\b(?:sincerely|faithfully|respectfully)\s+yours|\b(?:best|kind|kindest|warm|warmest)\s+regards|\bobedient\s+servant`;
const complimentaryClose = new RegExp(`(?:${closeWords})\\s*[,.]?$`, 'iu');

/**
 * A close that ends its sentence inside a paragraph — the letter's signature after it in the same
 * paragraph, as the series print many letters: "I avail myself of this opportunity to renew to Your
 * Excellency the assurance of my highest consideration.(sd.) DAVID FAIRBAIRN Ambassador of
 * Australia" (NL–Australia 1977, letter Nr. I, BWBV0003467), "Please accept, Sir, the assurance of
 * our highest consideration, *For the Kingdom of the Netherlands* T. J. A. M. DE BRUIJN …" (the
 * savings-income letters of 2004). What follows is a signatory, an addressee, a place or a date,
 * never words of the sentence: a lower-case word after the comma ("the assurance of its full
 * consideration, and …") continues the sentence, and a quotation mark after it ("… consideration,”
 * I am able to confirm …") closes a letter the paragraph itself quotes.
 */
const closeInside = new RegExp(`(?:${closeWords})\\s*[,.](?=\\s*[^\\s\\p{Ll}“”"'‘’\`«»])`, 'giu');

/**
 * The offer as the reply quotes it: from its first words through its complimentary close, without
 * the signature and the addressee that follow it. The signed savings-income letters of 2004 quote
 * "Sir, I have the honour to refer to … Please accept, Sir, the assurance of our highest
 * consideration," and close the mark there; the reply's own words follow ("” I am able to confirm
 * that the Isle of Man is in agreement with the contents of your letter"), and the offer's "For the
 * Kingdom of the Netherlands T. J. A. M. DE BRUIJN Permanent Representative … DONE at Brussels" is
 * not in it (BWBV0001738, BWBV0001739, BWBV0001844; so the Aruba–Czech letter BWBV0003038 and the
 * Netherlands Antilles–Latvia letter BWBV0001905). A signature is not text a letter can reproduce:
 * it is the signing itself. An offer with no close the export can tell is quoted whole, as written.
 */
function throughClose(paragraphs: readonly Paragraph[]): readonly Paragraph[] {
  for (let close = paragraphs.length - 1; close >= 0; close--) {
    const p = paragraphs[close];
    const text = (typeof p === 'string' ? p : p.text).trim();
    if (complimentaryClose.test(text)) return paragraphs.slice(0, close + 1);
    // The close with the signature after it, in one paragraph: the paragraph up to the close.
    const end = matchesOf(text, closeInside).at(-1);
    if (end) return [...paragraphs.slice(0, close), upTo(p, text.slice(0, end.index! + end[0].length))];
  }
  return paragraphs;
}

/** A paragraph cut after its close: its words up to it, none of its list (which would follow the signature). */
function upTo(p: Paragraph, text: string): Paragraph {
  if (typeof p === 'string') return text;
  const { items: _signed, wrapUp: _after, ...rest } = p;
  return { ...rest, text };
}

function asQuoted(p: Paragraph): Paragraph & object {
  return typeof p === 'string' ? { text: p, label: '', quoted: true } : { ...p, label: p.label ?? '', quoted: true };
}

/**
 * The quotation marks the letters print around the letter they reproduce: an opening mark before
 * its first words and a closing mark after its last — "which reads as follows: “Sir, I have the
 * honour to refer to … Please accept, Sir, the assurance of our highest consideration,” I am able
 * to confirm …" (the savings-income letters of 2004 between the Netherlands and Jersey, the Isle of
 * Man, Aruba and the Netherlands Antilles: BWBV0001738, BWBV0001739, BWBV0001844), as a treaty
 * quotes a provision of several paragraphs ("shall be read as follows: “1. It is recommended … 3. …
 * referred to in this Article.”", BWBV0003445): none between the paragraphs. The marks are words of
 * the signed reply, so every format prints them; the indent or block is only how each sets it off.
 */
function inQuotationMarks(paragraphs: readonly (Paragraph & object)[]): Paragraph[] {
  if (paragraphs.length === 0) return [];
  const marked = [...paragraphs];
  const first = marked[0];
  // Before a label the drafter wrote ("“1. It is recommended …"), else before the words.
  marked[0] = first.label ? { ...first, label: `“${first.label}` } : { ...first, text: `“${first.text}` };
  const last = marked[marked.length - 1];
  // After a list's closing words where it has them (`wrapUp`), the last words of the paragraph.
  marked[marked.length - 1] = last.wrapUp ? { ...last, wrapUp: `${last.wrapUp}”` } : last.items?.length ? { ...last, items: closingItems(last.items) } : { ...last, text: `${last.text}”` };
  return marked;
}

/** The items of a list that ends the quotation, the closing mark after the last words of the last one. */
function closingItems(items: readonly ListItem[]): ListItem[] {
  const last = items[items.length - 1];
  return [...items.slice(0, -1), last.items?.length ? { ...last, items: closingItems(last.items) } : { ...last, text: `${last.text}”` }];
}
