/**
 * Whether a drafter's clause carries its own designation in its heading ("Article 1 – Object and
 * scope", "Article IV", "Art. 3", "Artikel 10 – Slotbepalingen", "Section 2", "Part II", "Annex
 * A", "Protocol, Article 1 (Article 5)", "1. Purpose"), and whether it is the preamble. A text
 * whose clauses number themselves is numbered by its drafter: the export prints those headings as
 * written and numbers nothing itself, since a cross-reference in the text ("the procedure set out
 * in Article 23") is operative and must keep pointing at the article the drafter meant (export
 * review, systemic finding 3 and item 29).
 *
 * The pattern is read strictly, so a heading that only starts with such a word is not taken for a
 * designation: "Articles of association", "Annual report", "Part of the budget", "Schedule of
 * meetings", "Protocol on incident reporting", "24/7 points of contact" and "72 hours" number
 * nothing.
 */

/** Words that name a numbered unit, followed by its number: English, Dutch, French, German. */
const unitWords = [
  'articles?', 'sections?', 'paragraphs?', 'parts?', 'chapters?', 'titles?', 'clauses?', 'rules?',
  'artikel(?:en)?', 'afdeling', 'paragraaf', 'hoofdstuk', 'deel', 'titel', 'lid',
  'chapitre', 'titre', 'partie', 'paragraphe', 'alinéa',
  'abschnitt', 'absatz', 'kapitel', 'teil',
].join('|');
/** Abbreviations, which may be followed by the number without a space: "Art. 3", "Art.3", "para. 4". */
const abbreviations = ['arts?\\.', 'sect\\.', 'paras?\\.'].join('|');

/** A number as drafters write it: 12, 6A, 16 bis, 1(c), IV, xii, A. */
const designator = String.raw`(?:\d{1,3}[A-Za-z]?(?:\s+(?:bis|ter|quater))?|[IVXLC]+|[ivxlc]+|[A-Z])`;
/** What may follow a designation: the end, a separator, a bracket, or the next word. */
const after = String.raw`(?=$|[\s.,:;()–—-])`;
const unit = new RegExp(String.raw`^(?:(?:${unitWords})\s+|(?:${abbreviations})\s*)${designator}${after}`, 'iu');
const section = new RegExp(String.raw`^§\s*\d`, 'u');

/**
 * An attached instrument named by its own title: "Annex", "Annex A", "Appendix", "Schedule",
 * "Protocol – Preamble", "Statutes, Article 1", "Annex as referred to in Article 17",
 * "Bijlage 1", "Annexe II", "Anlage". Followed by a separator, a designator or "to"/"as", never
 * by another word ("Schedule of meetings", "Protocol on incident reporting").
 */
const attachmentWords = 'annex|annexe|appendix|schedule|attachment|protocol|protocole|protokoll|statutes|bijlage|aanhangsel|anlage|anhang';
const attachment = new RegExp(String.raw`^(?:${attachmentWords})(?:$|\s*[.,:;(]|\s+[–—-]\s|\s+${designator}${after}|\s+(?:to|as)\s)`, 'iu');

/** A bare number at the start: "1", "1 Background information", "1. Purpose", "2.b Security Costs", "3.–4. Operating procedures". */
const bareNumber = /^\d{1,3}(?:$|\.|\)|\s+[–—-]\s|\s+\p{Lu})/u;
/** A Roman number at the start: "II. General Principles", "VIII Entry into force", "IV" (not "CV Requirements"). */
const bareRoman = /^(?:[IVXLC]+(?:$|\.|\)|\s+[–—-]\s)|[IVX]+\s+\p{Lu})/u;

/** Whether a heading begins with the drafter's own designation of the unit. */
export function carriesDesignation(heading: string): boolean {
  const text = heading.trim();
  if (bareNumber.test(text) || bareRoman.test(text)) return true;
  // The designation may follow the name of the part it is in: "Procedures, paragraph 1", "Chapter I – Definitions, Article 1".
  return text.split(/,\s+|\s+[–—-]\s+/).some((piece) => unit.test(piece) || section.test(piece) || attachment.test(piece));
}

/** Whether a heading names an attached instrument (annex, protocol, statutes): it follows the signatures. */
export function namesAttachment(heading: string): boolean {
  return attachment.test(heading.trim());
}

/** "Preamble", "Preambule", "Préambule", "Präambel", "Recitals", "Opening recital": the drafter's preamble. */
const preambleHeading = /^(?:preamble|preambule|préambule|präambel|preámbulo|(?:opening\s+)?recitals?)\.?$/iu;

export function isPreambleHeading(heading: string): boolean {
  return preambleHeading.test(heading.trim());
}
