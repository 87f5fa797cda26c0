/**
 * Words the numbered text already prints are not printed again under "Proposed from the
 * declarations; not yet in the numbered text". An `as-written` channel's article is the text's
 * own words (UNCAC Arts. 46(4)–(5), 48(1), 56; Early Notification Art. 2): in a draft of the
 * transcription they stood twice, once as their article and once under a banner that called them
 * "not yet in the numbered text", which is false (treaty lawyer lr7, defect 5).
 *
 * A paragraph is the text's where each of its parts, between the transcriber's citations
 * ("(Article 48(1))"), list labels ("(d)") and sentence ends, stands in the printed articles, spacing aside. Words cut
 * with "…" or changed in any other way are not found, and are printed: a paragraph is dropped only
 * where nothing of it would be lost.
 */
import type { ListItem, Paragraph } from '../constructs/construct';
import type { RenderedArticle } from './instrument-model';
import { singleSpaced } from '../util/single-spaced';

/** The outside articles without the paragraphs the printed ones already hold; an article left with none is dropped. */
export function withoutReprintedWords(outside: readonly RenderedArticle[], printed: readonly RenderedArticle[]): RenderedArticle[] {
  if (outside.length === 0) return [...outside];
  // The whole printed text is joined only when some outside paragraph is long enough to be a
  // quotation: a draft whose proposals are short generated sentences pays nothing for this.
  let haystack: string | undefined;
  const printedText = () => (haystack ??= normalise(printed.flatMap((a) => a.paragraphs.map(paragraphText)).join(' ')));
  return outside.flatMap((article) => {
    const paragraphs = article.paragraphs.filter((p) => !alreadyPrinted(paragraphText(p), printedText));
    return paragraphs.length === 0 ? [] : [paragraphs.length === article.paragraphs.length ? article : { ...article, paragraphs }];
  });
}

function alreadyPrinted(text: string, printedText: () => string): boolean {
  const parts = text
    .split(citation)
    .flatMap((part) => part.split(listLabel))
    .flatMap((part) => part.split(sentenceBreak))
    .map((part) => normalise(part).replace(/^[\s.;,]+|[\s.;,]+$/g, ''))
    .filter((part) => part.length > 0);
  // A short generated sentence is no quotation, even where its words occur ("Information shall be marked …").
  if (parts.length === 0 || parts.join(' ').length < 80) return false;
  const haystack = printedText();
  return parts.every((part) => haystack.includes(part));
}

/**
 * Between two sentences: words that join sentences of several paragraphs ("… notify it of such
 * acceptance. Each competent authority shall if requested … The competent authority of the
 * Contracting Party in which the stocks are held shall …", NL–CY oil stocks 2008, Arts. 5(3), 6(3),
 * 6(4)) are the text's where each sentence is, wherever it stands (ninety-ninth run, defect 3).
 */
const sentenceBreak = /(?<=[.;:]["”’)]?)\s+(?=["“‘(]?[A-Z])/u;

/** "(Article 48(1))", "(Article 48(1)(a))", "(Art. 2)": the transcriber's, not the text's. */
const citation = /\((?:Article|Art\.)\s[^()]*(?:\([^()]*\)[^()]*)*\)/g;

/** " (d) ", " (ii) ": a list label inside quoted words, which the printed article sets as a label of its own. */
const listLabel = /\s\((?:[a-z]{1,2}|[ivx]{1,5})\)\s/;

function paragraphText(p: Paragraph): string {
  if (typeof p === 'string') return p;
  return [p.text, ...(p.items ?? []).map(itemText), ...(p.wrapUp ? [p.wrapUp] : [])].join(' ');
}

function itemText(item: ListItem): string {
  return [item.text, ...(item.items ?? []).map(itemText)].join(' ');
}

/** Spacing and quotation marks aside. */
function normalise(text: string): string {
  return singleSpaced(text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'")).trim();
}
