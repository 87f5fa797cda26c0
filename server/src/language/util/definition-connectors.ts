/**
 * The words that join a defined term to what the text says of it, in one home for the readers that
 * tell a definition from other quoted words (rules/support/term-provenance.ts, render/own-definitions.ts,
 * rules/support/term-lower-case-forms.ts) and for hover and completion, which say how the text
 * defines a term.
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

/**
 * An exhaustive connector: what follows is all the term means ("“X” means …", "shall mean", "has
 * the meaning", "shall have the meaning", "is defined as", "is used in the sense"), as the readers
 * of a definition in the text's own words tell it from other quoted words.
 */
export const exhaustiveConnector = String.raw`(?:means|shall\s+mean|mean|has\s+the\s+meaning|shall\s+have\s+the\s+meaning|is\s+defined\s+as|is\s+used\s+in\s+the\s+sense)\b`;

/** Any connector that defines the quoted term before it: exhaustive or inclusive. */
export const definitionConnector = String.raw`(?:${exhaustiveConnector}|${inclusiveConnector})`;

const quotedThenInclusive = new RegExp(
  String.raw`[“"‘']([^”"’'\n]{1,100})[”"’'],?(?:\s*,?\s*for\s+the\s+purposes?\s+of\s+(?:this|the\s+present)\s+([\p{L}-]+)\s*,)?\s*(${inclusiveConnector})`,
  'giu',
);

/** "“X” means", "“X” shall mean", "“X” has the meaning": the term defined exhaustively somewhere in the prose. */
const quotedThenMeans = new RegExp(
  String.raw`[“"‘']([^”"’'\n]{1,100})[”"’'],?(?:\s*,?\s*for\s+the\s+purposes?\s+of\s+(?:this|the\s+present)\s+([\p{L}-]+)\s*,)?\s*(?:means|shall\s+mean|has\s+the\s+meaning)\b`,
  'giu',
);

/**
 * The parts of an instrument a definition can be limited to: "For the purposes of this Article,
 * “Incident” includes only …" (lr22 D4) defines the term for that Article, not the instrument.
 */
const partOfText = /^(?:articles?|paragraphs?|sub-?paragraphs?|parts?|chapters?|sections?|annex(?:es)?|schedules?|appendix|appendices|clauses?|points?|titles?)$/iu;
const limitedScopeBefore = /for\s+the\s+purposes?\s+of\s+(?:this|the\s+present)\s+([\p{L}-]+)[^.;]*$/iu;
/** The words a term's own sentence has before it, back to the sentence's start (a bounded look-back). */
const sentenceBefore = (text: string, at: number) => {
  const before = text.slice(Math.max(0, at - 200), at);
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('\n\n'));
  return end < 0 ? before : before.slice(end + 1);
};
const limitedTo = (text: string, at: number, after: string | undefined) =>
  (after !== undefined && partOfText.test(after)) || partOfText.test(limitedScopeBefore.exec(sentenceBefore(text, at))?.[1] ?? '');

/**
 * Words after the connector that make it something other than a general inclusive definition:
 * "includes only" is exhaustive (lr22 D4), and "shall comprise three representatives" says of what a
 * body is composed, not what a term includes.
 */
const notInclusiveAfter = /^\s*(?:only\b|exclusively\b|solely\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|not\s+more\s+than|no\s+more\s+than|at\s+(?:least|most)|up\s+to)\b)/iu;
const onlyAfter = /^\s*(?:only|exclusively|solely)\b/iu;
/** The few words after a match (a bounded slice: the reading stays linear in the text). */
const after = (text: string, m: RegExpExecArray) => text.slice(m.index + m[0].length, m.index + m[0].length + 40);
/** "The “Joint Committee” shall comprise …": an article before the quotation uses a name; a definition quotes the bare term ("the term “X”", "“X”"). */
const namedNotDefined = /\b(?:the|a|an|this|that|each|any|such)\s*$/iu;

/** A term as a key: white space as one space, lower case ("Competent\n  Authority" is "competent authority"). */
export const termKeyOf = (term: string) => singleSpaced(term).trim().toLowerCase();

/** What one text says of the terms it defines: read once per text, merged per instrument (`mergeDefinitions`). */
export interface DefinitionReading {
  /** Terms defined in general with an inclusive connector, with the connector as written ("shall include"). */
  readonly inclusive: ReadonlyMap<string, string>;
  /** Terms defined in general with "means", "shall mean", "has the meaning". */
  readonly exhaustive: ReadonlySet<string>;
  /** Terms defined for a part of the text only ("For the purposes of this Article, …"), with that sentence as written (merged: quoted, with where it stands). */
  readonly limited: ReadonlyMap<string, string>;
}

/** The sentence a definition stands in, from its start to its full stop, at most 300 characters. */
function sentenceAt(text: string, at: number, end: number): string {
  const start = at - sentenceBefore(text, at).length;
  const stop = text.slice(end, end + 300).search(/[.;](?:\s|$)/u);
  return singleSpaced(text.slice(start, stop < 0 ? Math.min(text.length, end + 300) : end + stop + 1)).trim();
}

/**
 * What a text says of the terms it defines, by `termKeyOf`. Only a general inclusive definition is
 * inclusive (lr22 D4): not one limited to an Article or paragraph, not "includes only", not a body's
 * composition ("The “Joint Committee” shall comprise three representatives"). A definition limited to
 * a part of the text is kept with its sentence, which hover quotes with its scope. One pass over the text.
 */
export function readDefinitions(text: string): DefinitionReading {
  const inclusive = new Map<string, string>();
  const exhaustive = new Set<string>();
  const limited = new Map<string, string>();
  const keepLimited = (key: string, m: RegExpExecArray) => {
    if (!limited.has(key)) limited.set(key, sentenceAt(text, m.index, m.index + m[0].length));
  };
  quotedThenMeans.lastIndex = 0;
  for (let m = quotedThenMeans.exec(text); m !== null; m = quotedThenMeans.exec(text)) {
    const key = termKeyOf(m[1]);
    if (limitedTo(text, m.index, m[2])) keepLimited(key, m);
    else exhaustive.add(key);
  }
  quotedThenInclusive.lastIndex = 0;
  for (let m = quotedThenInclusive.exec(text); m !== null; m = quotedThenInclusive.exec(text)) {
    const key = termKeyOf(m[1]);
    if (namedNotDefined.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (limitedTo(text, m.index, m[2])) keepLimited(key, m);
    else if (notInclusiveAfter.test(after(text, m))) {
      // "includes only" is exhaustive; a composition ("shall comprise three …") defines nothing.
      if (onlyAfter.test(after(text, m))) exhaustive.add(key);
    } else if (!inclusive.has(key)) inclusive.set(key, m[3].replace(/\s+/gu, ' '));
  }
  return { inclusive, exhaustive, limited };
}

/**
 * The readings of an instrument's texts as one: a term is inclusive only where no text defines it
 * in general with "means" (or "includes only") — hover then says "means", as that definition does.
 */
export function mergeDefinitions(readings: Iterable<{ readonly reading: DefinitionReading; readonly where?: string }>): DefinitionReading {
  const inclusive = new Map<string, string>();
  const exhaustive = new Set<string>();
  const limited = new Map<string, string>();
  for (const { reading: r, where } of readings) {
    for (const [key, connector] of r.inclusive) if (!inclusive.has(key)) inclusive.set(key, connector);
    for (const key of r.exhaustive) exhaustive.add(key);
    // Where the sentence stands, so that "this Article" can be read: "“…” (Article 5 – Notification)".
    for (const [key, sentence] of r.limited) if (!limited.has(key)) limited.set(key, where ? `“${sentence}” (${where})` : `“${sentence}”`);
  }
  for (const key of exhaustive) inclusive.delete(key);
  return { inclusive, exhaustive, limited };
}

/**
 * The words that may stand before a connector in a definition, limiting it to one Party or case:
 * "“nationals” in respect of either Contracting Party means –" (NL–Singapore 1972, Art. I; read:
 * BWBV0003393), "“Territory” in relation to either Contracting Party shall be deemed to be the land
 * areas …" (NL–Syria air services 2001). A preposition that opens such a qualifier, then its words up to
 * the connector, within one clause of the sentence (no ";", ":", "." or dash before it), and the
 * connector the first verb after it: no comma but the one closing the qualifier, no relative word. "in
 * respect of a computer system, any event that includes unauthorised access" is a meaning whose
 * "includes" belongs to its relative clause, not the text's connector (treaty lawyer lr25, defect 2).
 */
const qualifier = String.raw`(?:(?:in\s+respect\s+of|in\s+relation\s+to|with\s+(?:respect|regard|reference)\s+to|as\s+regards|in\s+the\s+case\s+of|when\s+used\s+in\s+relation\s+to)\s+(?:(?!\b(?:that|which|who|whom|whose)\b)[^;:.–—,]){1,80}?,?\s+)`;
/** "is deemed to be", "shall be deemed to be": after a qualifier, the text's connector too (NL–Syria 2001, above). */
const deemedConnector = String.raw`(?:shall\s+be|is|are)\s+deemed\s+to\s+be\b`;
/** "means of transport" is a noun, no connector. */
const notNoun = String.raw`(?!\s+of\b)`;
const inclusiveOpening = new RegExp(`^\\s*${qualifier}?(${inclusiveConnector})`, 'iu');
const ownConnectorOpening = new RegExp(`^\\s*${qualifier}?(?:${exhaustiveConnector}${notNoun}|${deemedConnector}|${inclusiveConnector})`, 'iu');

/** Where a `define`'s meaning opens with an inclusive connector ("includes documents and …"), or a qualifier and one, that connector. */
export function inclusiveMeaning(meaning: string): string | undefined {
  return inclusiveOpening.exec(meaning)?.[1].replace(/\s+/gu, ' ');
}

/**
 * Whether a `define`'s meaning as transcribed carries the text's own connector: it opens with one
 * ("means the rights relating to –", "includes every kind of asset"), or with a qualifier before one
 * ("in respect of either Contracting Party means –"): the words that follow the quoted term as written.
 */
export function carriesConnector(meaning: string): boolean {
  return ownConnectorOpening.test(meaning);
}

/**
 * What follows the quoted term in a sentence of a draft's definitions: "means …", or, where the
 * meaning as transcribed carries the text's own connector (`carriesConnector`), the meaning as
 * written. "“Chairman of the Council Deputies” means includes, …" was ungrammatical and made an
 * inclusive definition read as exhaustive (hundredth run, defect 3), and "“nationals” means in respect
 * of either Contracting Party means –", "“intellectual property” means means the rights relating to –"
 * doubled the text's connector (NL–Singapore 1972, Art. I; hundred-and-fifth run, defect 1): the
 * export never adds a connector to one the text has, nor rewrites it.
 */
export function definingWords(meaning: string): string {
  return carriesConnector(meaning) ? meaning.trimStart() : `means ${meaning}`;
}
