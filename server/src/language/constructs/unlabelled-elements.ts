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
