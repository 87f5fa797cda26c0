/**
 * Lines of a drafter's text that are elements of a list without a label of their own
 * (constructs/paragraph-split.ts reads them).
 */

/** A line that ends a sentence or a list element, or a chapeau (`endsChapeau`): a label may begin the next line. */
export const endsElement = /(?:[.:;,!?]["”’)\]]*|[.:;,]\s+(?:and|or|en|of|et|ou|und|oder)|\s[-–—])$/u;

/**
 * A line that ends as a chapeau does, introducing the list after it: ":", or a dash after a space,
 * which older English treaty texts print where later ones print ":" ("A Letter of Request shall
 * specify -", "Where appropriate, the Letter shall specify, inter alia -", HCCH Taking of Evidence
 * 1970, Art. 3, read: BWBV0001993; hundred-and-first run, defect 1). A dash joined to its word
 * ("co-" at a line's end) is a word broken, not a chapeau.
 */
export const endsChapeau = /(?::|\s[-–—])["”’)\]]*$/u;

/**
 * An element of a list the text sets out on lines of their own without labels: "… advisory opinions
 * … at the request of:" then "the government of a Party, after having informed the other Parties,"
 * then "the Committee set up by Article 32, … by a decision adopted by a two-third majority of votes
 * cast." (Oviedo Convention 1997, Art. 29; eighty-eighth run, defect 2). Run into one paragraph,
 * "informed the other Parties, the Committee …" read as one list. Narrow, since a line break in
 * prose is most often where the transcriber wrapped it: only under a paragraph (not an item) whose
 * line ends in ":", a line that begins in lower case and ends an element itself (",", ";", ".",
 * ", or", "; and"); the next such line too while each before it ended in "," or ";". A line that
 * ends mid-sentence ("loss of earnings, … and, as regards" / "dependants, loss of maintenance.",
 * CoE ETS 116 Art. 4) is a wrapped sentence and stays in its paragraph.
 */
export function alternative(line: string, previous: string, following: boolean, current: { readonly depth: number } | undefined): boolean {
  if (!current || current.depth !== 0 || !/^\p{Ll}/u.test(line) || !endsElement.test(line)) return false;
  return following ? /(?:[,;]|[,;]\s+(?:and|or))$/u.test(previous) : /:$/u.test(previous);
}

/**
 * Whether `line`, after an element set out by `alternative` (`following`) that ended a sentence, is a new
 * sentence that ends the list: "The Commission shall:", "discuss any matter … thereon;", "explore and define
 * sectors … thereon.", then "The Commission may appoint specialized working-parties … The working-parties
 * shall report to the Mixed Commission." (NL–Korea 1982, Art. 6, read: BWBV0002847) is a power beside the
 * Commission's functions, not one of them; run into the last element it read as a thing the Commission
 * "shall" do (hundred-and-ninth run, defect 2). So "With regard to the form of cooperation in the activities
 * referred to in the preceding paragraph, …" after "cooperation in:" and its elements (NL–Indonesia 1968,
 * Art. 2, read: BWBV0004240) is a paragraph of its own, as its "preceding paragraph" says. Only after an
 * element that ends with a full stop, a line that begins with a capital, in a text whose lines are not
 * wrapped (list-end.ts, `wrapsLines`): an element ending ";" goes on, and a wrapped sentence stays one.
 */
export function endsAlternatives(line: string, previous: string, following: boolean, wrapped: boolean): boolean {
  return following && !wrapped && /[.!?]["”’)\]]*$/u.test(previous) && /^["“‘(]?\p{Lu}/u.test(line);
}
