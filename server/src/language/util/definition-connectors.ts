/**
 * The words that join a defined term to what the text says of it, in one home for the readers that
 * tell a definition from other quoted words (rules/support/term-provenance.ts, render/own-definitions.ts)
 * and for hover and completion, which say how the text defines a term.
 *
 * An inclusive connector says what a term includes, not all it means: "the term “nationals”
 * includes: (a) … (b) …" (NL–Thailand 1973, Art. I style), "The term “cripples” … shall include all
 * persons …" (ETS 20, 1955, Art. 1), "the term “investments” shall comprise every kind of asset …,
 * more particularly, though not exclusively" (NL–Hungary 1987, Art. 1), "shall also include", "shall
 * be deemed to include" (WCO Convention 1950, Annex, Section 1), "includes, but is not limited to".
 * The language's `define … means` has one connector; a transcription that writes an inclusive
 * definition as a `define` keeps the text's words in a clause or in its comment, and the tools must
 * not present the definition as exhaustive (hover saying "means") nor rewrite the connector.
 */
import { singleSpaced } from './single-spaced';

export const inclusiveConnector = String.raw`(?:includes|include|comprises|comprise|(?:shall|is|are)\s+(?:also\s+)?(?:be\s+)?deemed\s+to\s+include|shall\s+(?:also\s+)?include|shall\s+(?:also\s+)?comprise)\b`;

const inclusiveOpening = new RegExp(`^\\s*(${inclusiveConnector})`, 'iu');

const quotedThenInclusive = new RegExp(
  String.raw`[“"‘']([^”"’'\n]{1,100})[”"’'],?(?:\s*,?\s*for\s+the\s+purposes?\s+of\s+(?:this|the\s+present)\s+[\p{L}-]+\s*,)?\s*(${inclusiveConnector})`,
  'giu',
);

/** A term as a key: white space as one space, lower case ("Competent\n  Authority" is "competent authority"). */
export const termKeyOf = (term: string) => singleSpaced(term).trim().toLowerCase();

/**
 * Each term the prose defines with an inclusive connector, by `termKeyOf`, with the connector as
 * written ("shall include"): a quoted term followed by the connector, optionally past ", for the
 * purpose of this Agreement,". One pass over each text.
 */
export function inclusiveDefinitions(texts: Iterable<string>): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const text of texts) {
    quotedThenInclusive.lastIndex = 0;
    for (let m = quotedThenInclusive.exec(text); m !== null; m = quotedThenInclusive.exec(text)) {
      const key = termKeyOf(m[1]);
      if (!found.has(key)) found.set(key, m[2].replace(/\s+/gu, ' '));
    }
  }
  return found;
}

/** Where a `define`'s meaning itself opens with an inclusive connector ("includes documents and …"), that connector. */
export function inclusiveMeaning(meaning: string): string | undefined {
  return inclusiveOpening.exec(meaning)?.[1].replace(/\s+/gu, ' ');
}

/**
 * What follows the quoted term in a sentence of a draft's definitions: "means …", or, where the
 * meaning as transcribed opens with the text's own connector ("includes, in his absence, the
 * Vice-Chairman acting for him", NATO Ottawa 1951, Art. 1(d)), the meaning as written. "“Chairman of
 * the Council Deputies” means includes, …" was ungrammatical and made an inclusive definition read
 * as exhaustive (hundredth run, defect 3): the export never rewrites a connector.
 */
export function definingWords(meaning: string): string {
  return inclusiveMeaning(meaning) !== undefined ? meaning.trimStart() : `means ${meaning}`;
}
