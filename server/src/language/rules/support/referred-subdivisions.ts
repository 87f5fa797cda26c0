/**
 * The paragraphs and sub-paragraphs of a clause that one of its sentences refers to: "The costs
 * incurred by the Agency in carrying out the functions referred to in sub-paragraphs (i) and (ii)
 * above shall be borne by the Agency as part of its regular budget" (Convention on Nuclear Safety
 * 1994, Art. 28(2)) names the functions only by their numbers, and what the sentence reaches is
 * what those sub-paragraphs say: "(i) convene, prepare and service the meetings of the Contracting
 * Parties; (ii) transmit to the Contracting Parties information received …" (forty-second run,
 * item 1). Likewise "expenses incurred in carrying out the provisions of paragraph 1" (Budapest
 * Convention, Art. 46(4)).
 *
 * Only the clause's own numbering is read: a reference to another article ("paragraph 1 of
 * Article 9", "sub-paragraph (b) of article 2") is left alone, since the other article's text is
 * not at hand here. A sub-paragraph is a "(i)", "(a)" or "(1)" that opens a line or follows a colon,
 * semicolon or full stop; a paragraph is a number with a full stop that opens a line. Each runs to
 * the next such marker. Pure: a function of the clause's text and the sentence.
 */
import { matchesOf } from '../../util/all-matches';

/** "sub-paragraphs (i) and (ii) above", "subparagraphs (i)-(iii)", "sub-paragraph (b)" (the whole list, greedily). */
const subParagraphReference = /\bsub-?paragraphs?\s+(\([a-z0-9]+\)(?:\s*(?:,|and|or|to|-|–)\s*\([a-z0-9]+\))*)/giu;

/** "paragraph 1", "paragraphs 1 and 2 of this Article"; "paragraph 1 of Article 9" is dropped by `ownReferences`. */
const paragraphReference = /(?<!sub-?)\bparagraphs?\s+(\d+(?:\s*(?:,|and|or|to|-|–)\s*\d+)*)(?![\d(])/giu;

/** What follows a reference to another article's subdivisions: "… of Article 9", "… of article 2". */
const ofAnotherArticle = /^\s*-?\s*(?:above\s+|below\s+)?of\s+(?:Article|Art\.)\s*\d/iu;

/** The label lists of the references of one kind, without those to another article's subdivisions. */
function ownReferences(sentence: string, pattern: RegExp): string[] {
  return matchesOf(sentence, pattern).filter((m) => !ofAnotherArticle.test(sentence.slice(m.index + m[0].length))).map((m) => m[1]);
}

/** Where a sub-paragraph or paragraph opens: its label and the offset of its first word. */
interface Marker {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

const subParagraphMarker = /(?:^|\n|[:;.]\s)[ \t]*\(([a-z0-9]+)\)\s/gu;
const paragraphMarker = /(?:^|\n)[ \t]*(\d+)\.\s/gu;

function markers(text: string, pattern: RegExp): Marker[] {
  return matchesOf(text, pattern).map((m) => ({ label: m[1], start: m.index, end: m.index + m[0].length }));
}

/** The labels a reference lists; a range ("(i)-(iii)", "1 to 3") as its two ends and a flag. */
function labels(list: string): { readonly ends: string[]; readonly range: boolean } {
  const ends = matchesOf(list, /\(?([a-z0-9]+)\)?/giu).map((m) => m[1]).filter((l) => !/^(?:and|or|to)$/iu.test(l));
  return { ends, range: /^\s*(?:to|-|–)/u.test(list.replace(/^\(?[a-z0-9]+\)?/iu, '')) };
}

/**
 * The text of the subdivisions of one kind the labels name (a range: every marker between its
 * ends), each up to the next marker in `stops` (a sub-paragraph stops at the next marker of either
 * kind, a paragraph only at the next paragraph).
 */
function subdivisions(text: string, kind: readonly Marker[], stops: readonly Marker[], list: string): string[] {
  const { ends, range } = labels(list);
  const picked = range && ends.length === 2 ? between(kind, ends[0], ends[1]) : kind.filter((m) => ends.includes(m.label));
  return picked.map((m) => {
    const next = stops.find((o) => o.start > m.start);
    return text.slice(m.end, next?.start ?? text.length).trim();
  });
}

function between(kind: readonly Marker[], first: string, last: string): Marker[] {
  const from = kind.findIndex((m) => m.label === first);
  const to = kind.findIndex((m, i) => i >= from && m.label === last);
  return from < 0 || to < 0 ? [] : kind.slice(from, to + 1);
}

/**
 * The texts of the subdivisions of `clause` that `sentence` (one of its sentences) refers to by
 * number, in the order the sentence names them; none when it names none or the numbers are not
 * the clause's own.
 */
export function referredSubdivisions(clause: string, sentence: string): string[] {
  if (!/paragraph/iu.test(sentence)) return [];
  const subs = markers(clause, subParagraphMarker);
  const paragraphs = markers(clause, paragraphMarker);
  if (subs.length + paragraphs.length === 0) return [];
  const either = [...subs, ...paragraphs].sort((a, b) => a.start - b.start);
  const found: string[] = [];
  for (const list of ownReferences(sentence, subParagraphReference)) found.push(...subdivisions(clause, subs, either, list));
  for (const list of ownReferences(sentence, paragraphReference)) found.push(...subdivisions(clause, paragraphs, paragraphs, list));
  return found;
}
