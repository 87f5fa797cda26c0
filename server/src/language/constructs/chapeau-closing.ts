/**
 * The closing words of a chapeau set on their own line straight after its list's last item, with no
 * blank line between: "(1) Vehicles which are:" … "(c) temporarily imported into the territory of
 * that other Contracting Party … in transit through that territory;" then "shall be exempted from the
 * taxes and charges levied on the circulation or possession of vehicles in that territory." (NL–UK
 * road vehicle taxation Agreement 1969, Art. 2(1); read: BWBV0004181; eighty-fourth run, defect 3).
 * The words govern items (a)–(c) together, not (c) alone, and are printed as a paragraph after the
 * list, as the closing words after a blank line already are (paragraph-split.ts; IPP 1973 Art. 2(1)).
 *
 * Only where the transcription tells: the last item is one line, its label's, ending in ";"; the
 * line after it begins in lower case, with no conjunction ("and", "or"), and ends the sentence
 * ("."); and the item is one of a list directly under its paragraph (depth 1), so the words return
 * to that paragraph. Otherwise the line stays where it was: after an item that runs over several
 * lines, "… pursuant to this Agreement;" then "in relation to the damaged person, …" is the item's
 * own sentence wrapped at its semicolon (NL–Liechtenstein TIEA 2009, Art. 8(f)); "… article 2,"
 * then "paragraph 1, …" a reference wrapped; "…; and" then a lone "and" the list's conjunction; and
 * after an item of a nested list the words may close that list or the one above, which the text
 * does not tell.
 */
import { leadingLabel } from './list-labels';

const endsItem = /;$/u;
const closingWords = /^(?!(?:and|or|en|of|et|ou|und|oder)\b)\p{Ll}.*\.$/u;

export function closesChapeauList(line: string, previous: string, lastDepth: number | undefined): boolean {
  return lastDepth === 1 && endsItem.test(previous) && closingWords.test(line) && leadingLabel(previous) !== undefined;
}
