/**
 * The closing words of a chapeau set on their own line straight after its list's last item, with no
 * blank line between: "(1) Vehicles which are:" … "(c) temporarily imported into the territory of
 * that other Contracting Party … in transit through that territory;" then "shall be exempted from the
 * taxes and charges levied on the circulation or possession of vehicles in that territory." (NL–UK
 * road vehicle taxation Agreement 1969, Art. 2(1); read: BWBV0004181; eighty-fourth run, defect 3).
 * The words govern items (a)–(c) together, not (c) alone, and are printed as a paragraph after the
 * list, as the closing words after a blank line already are (paragraph-split.ts; IPP 1973 Art. 2(1)).
 *
 * Only where the transcription tells: the last item ends an element (";" or ","), the line begins in
 * lower case, and the item is one of a list directly under its paragraph (depth 1), so the words
 * return to that paragraph. A line in lower case after an item that ends in no such mark is the
 * item's own sentence running on; after an item of a nested list (depth 2 or more) the words may
 * close that list or the one above, which the text does not tell: both stay as they were.
 */
const endsItem = /[;,]$/u;
const lowerCaseStart = /^\p{Ll}/u;

export function closesChapeauList(line: string, previous: string, lastDepth: number | undefined): boolean {
  return lastDepth === 1 && endsItem.test(previous) && lowerCaseStart.test(line);
}
