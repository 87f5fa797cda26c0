/**
 * Words that say how Union law applies — a disconnection clause, or Union-law obligations kept —
 * shared by `missing-union-law-clause` (the text has answered it) and library-fit.ts (a library
 * clause with a Union-law paragraph would restate it beside the text's own words).
 */

/**
 * A clause that deals with Union law: a disconnection clause, or Union-law obligations kept. The
 * Council of Europe's disconnection formula names the rules, not the law: "In their mutual
 * relations, Parties which are members of the European Economic Community shall apply Community
 * rules" (Insider Trading Convention 1989, Art. 16 bis); "… shall, in their mutual relations, apply
 * Community and European Union rules".
 */
export const unionLawClause = /\b(?:Union\s+law|European\s+Union\s+law|law\s+of\s+the\s+European\s+Union|EU\s+law|disconnection|(?:obligations|rules)\s+(?:arising\s+)?(?:from|under)\s+(?:its|their)\s+membership\s+(?:of|in)\s+the\s+European\s+Union|competences?\s+of\s+the\s+(?:European\s+)?Union|(?:Community|European\s+Union)\s+rules?)\b/iu;

/** A word each branch of `unionLawClause` needs (same flags). */
export const unionLawWords = /union|EU|disconnection|community/iu;
