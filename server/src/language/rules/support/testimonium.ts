/**
 * The testimonium ("Done at … on … in duplicate, in the English and French languages, both texts
 * being equally authentic") as the document states it: from the header (`done at … in duplicate
 * deposited with …`, `languages …`), or read from a clause that quotes the final formula, as
 * transcriptions of real instruments do. Only what the formula says in so many words is read:
 * the number of originals ("in duplicate", "in a single copy", "in two originals") and the
 * languages named after "in" ("in English and in French", "in the English and Dutch languages").
 */
import type { Clause } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import type { SemanticModel } from '../../model/semantic-model';
import { declarationParts, sameWords } from '../../model/document-change';
import { oncePer } from '../../util/once-per';
import { isKnownLanguageName } from '../../data/language-names';
import { matchesOf } from '../../util/all-matches';

const numberWords: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const multiples: Readonly<Record<string, number>> = { duplicate: 2, triplicate: 3, quadruplicate: 4, quintuplicate: 5 };

export interface TestimoniumReading {
  /** Where the testimonium is: the header statement, or the clause that quotes the final formula. */
  readonly range: Range;
  readonly clause: Clause | undefined;
  /** The number of originals, and where it is said. */
  readonly originals: { readonly count: number; readonly range: Range } | undefined;
  /** The languages the formula names, and where; undefined when it names none. */
  readonly languages: { readonly names: readonly string[]; readonly range: Range } | undefined;
  /** Whether the formula says where the single original is kept. */
  readonly deposited: boolean;
  /**
   * Whether it says that every original is deposited, none kept by a signatory: `deposited with
   * "…"` in the header ("in 2 copies deposited with …" deposits both), or a formula whose originals
   * "shall be deposited" together ("two authentic copies …, which shall be deposited in the Archives
   * of the United Nations Educational, Scientific and Cultural Organization", UNESCO Convention
   * concerning the international exchange of publications 1958, final formula; fifty-eighth run),
   * not one of them ("of which one shall be deposited").
   */
  readonly allDeposited: boolean;
}

/** "which shall be deposited", "that will be deposited": the originals deposited together. */
const depositedTogether = /\b(?:which|that)\s+(?:shall|will|are\s+to)\s+be\s+deposited\b/i;
/** "of which one shall be deposited", "one of which …", "one copy … deposited": only some of them. */
const someDeposited = /\bof\s+which\s+one\b|\bone\s+of\s+which\b|\bone\s+(?:copy|original)\b/i;

/** A name as a formula writes it: a capitalised word, or words ("Norwegian Bokmål", "Serbo-Croatian"). */
const name = "\\p{Lu}[\\p{Ll}\\p{M}'-]*(?: \\p{Lu}[\\p{Ll}\\p{M}'-]*)*";
const separator = '\\s*(?:,|\\band\\b)\\s*(?:in\\s+)?(?:the\\s+)?';
/** "in English and in French", "in the English, French and Dutch languages", "in the English language". */
const languageList = new RegExp(`\\bin\\s+(?:the\\s+)?(${name}(?:${separator}${name})*)(\\s+languages?\\b)?`, 'gu');
const listSeparator = new RegExp(separator, 'u');

/**
 * The languages one list after "in" names: the words that are a language's English name (ISO 639)
 * or that the `languages` statement lists; and, in a list the text itself closes with "languages"
 * ("in the English and Kazakh languages") and that no second "in" interrupts, every word of it,
 * since the text says they are languages. Other capitalised words after "in" are places ("in
 * Brussels"), never read as languages.
 */
function namedIn(list: string, closedByLanguages: boolean, stated: ReadonlySet<string>): string[] {
  const saysLanguages = closedByLanguages && !/\bin\b/.test(list);
  return list.split(listSeparator).filter((item) => saysLanguages || isKnownLanguageName(item) || stated.has(item.toLowerCase()));
}

const originalsPattern = /\bin\s+(?:(duplicate|triplicate|quadruplicate|quintuplicate)\b|(?:a\s+)?(single|one)\s+(?:original|copy)\b|(two|three|four|five|six|seven|eight|\d+)\s+(?:original\s+)?(?:originals|copies)\b)/i;

/** The final formula's sentence in a clause: from "Done" (or "DONE") to the end of its sentence. */
const doneSentence = /\b(?:DONE|Done)\s+(?:at|in|on|this)\b[\s\S]*?(?:\.(?=\s+[A-Z])|$)/;

function findDoneSentence(raw: string): { readonly start: number; readonly text: string } | null {
  const sentence = doneSentence.exec(raw);
  return sentence ? { start: sentence.index, text: sentence[0] } : null;
}

export function readTestimonium(model: SemanticModel): TestimoniumReading | undefined {
  const signature = model.ast.instrument?.signature;
  const fromClause = clauseTestimonium(model);
  if (signature?.originals?.count !== undefined) {
    const languages = model.ast.instrument?.languages;
    return {
      range: signature.range,
      clause: undefined,
      originals: { count: signature.originals.count, range: signature.originals.range },
      languages: fromClause?.languages ?? (languages && languages.languages.length > 0 ? { names: languages.languages.map((l) => l.text), range: languages.range } : undefined),
      deposited: signature.depositedWith !== undefined || (fromClause?.deposited ?? false),
      allDeposited: signature.depositedWith !== undefined || (fromClause?.allDeposited ?? false),
    };
  }
  return fromClause;
}

/**
 * The testimonium a clause quotes: the first clause whose "Done at …" sentence says the number of
 * originals or names a language. Read once per model (two checks ask). Where each clause's "Done"
 * sentence is (a function of its body's words) is kept with its node (`declarationParts`): a
 * keystroke reads the edited clause only, not every clause's body (issue #11).
 */
export const clauseTestimonium = oncePer((model: SemanticModel): TestimoniumReading | undefined => {
  const sentences = declarationParts('done-sentence', model, '', (d) => (d.type === 'Clause' && d.body ? findDoneSentence(model.exactSource(d.body)) : null), sameWords);
  const declarations = model.ast.declarations;
  let stated: ReadonlySet<string> | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    const clause = declarations[i];
    if (!sentence || clause.type !== 'Clause' || !clause.body) continue;
    const offset = model.lines.offsetAt(clause.body.range.start);
    const { start, text } = sentence;
    const at = (from: number, to: number) => model.lines.range(offset + start + from, offset + start + to);
    const o = originalsPattern.exec(text);
    const count = o ? (o[1] ? multiples[o[1].toLowerCase()] : o[2] ? 1 : (numberWords[o[3].toLowerCase()] ?? Number(o[3]))) : undefined;
    stated ??= new Set(model.ast.instrument?.languages?.languages.map((l) => l.text.toLowerCase()) ?? []);
    const names: string[] = [];
    let first: number | undefined;
    let last = 0;
    for (const match of matchesOf(text, languageList)) {
      const found = namedIn(match[1], match[2] !== undefined, stated);
      if (found.length === 0) continue;
      for (const language of found) if (!names.includes(language)) names.push(language);
      first ??= match.index;
      last = match.index + match[0].length;
    }
    if (count === undefined && names.length === 0) continue;
    return {
      range: at(0, text.length),
      clause,
      originals: count !== undefined && o ? { count, range: at(o.index, o.index + o[0].length) } : undefined,
      languages: names.length > 0 && first !== undefined ? { names, range: at(first, last) } : undefined,
      deposited: /\bdeposited\b|\barchives\b/i.test(text),
      allDeposited: depositedTogether.test(text) && !someDeposited.test(text),
    };
  }
  return undefined;
});
