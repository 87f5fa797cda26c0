/**
 * Where a transcription says it is an excerpt (`omitted "Articles 5 to 42", "Annexes A and B"`),
 * the export marks each omitted part where it sits, in the style of the marks of numbering-gaps.ts
 * and merged with them: a reader of the printed articles must not take them for the whole text.
 * The numbering alone cannot see an omitted annex, or final articles after the last printed one
 * (NL–US 1978: Articles I–VIII and Annex III are printed, Annexes I, II, IV, VI and VII left out).
 *
 * A part is placed by its designation, read from its own words: "Articles 5 to 42" before the first
 * printed Article above 42, "Annexes IV, VI and VII" after the last printed Annex below IV; articles
 * after the last printed one at the end of the articles, before the final formula (UNCLOS Arts.
 * 318–320 before "IN WITNESS WHEREOF", as in the Convention; lr8, defect 3); an annex named without
 * a number ("the Verification Annex") before the first printed annex; a designation that matches no
 * printed heading of its unit, and a part that names none ("the final clauses", "the Final Act"), go
 * after the printed text; "the preamble" before the first article.
 * The mark says the transcriber's words and no more: "[Annexes IV, VI and VII are not
 * transcribed.]", "[Not transcribed: the Final Act.]".
 *
 * One mark per gap: where the printed numbering jumps over numbers the declared parts cover, the
 * declared mark stands for the gap; where they cover only some of them, each declared part is said in
 * the transcriber's words and each run of the other numbers in its own mark (run 67, defect 3). Where the gap's
 * mark says "not printed" (the transcription's `define`s may hold those articles' words: CNS Art.
 * 2), the numbers the declared parts cover are said "not transcribed" in the transcriber's words and
 * only the rest "not printed" (Budapest: "[Article 1 is not printed.] [Articles 2 to 22 are not
 * transcribed.]"): every declared part is said to be not transcribed (lr8).
 */
import { articleNumber } from '../util/article-number';
import type { NumberingGap } from './numbering-gaps';
import { matchesOf } from '../util/all-matches';

/** Where the marks go: before an article (by index), at the end of the articles (before the final formula), or after the whole text. */
export interface OmissionMarks {
  readonly before: ReadonlyMap<number, string>;
  /** The same marks before each article one by one, in the text's order, each with what it says of the numbering (`beforeMarks`). */
  readonly beforeMarks: ReadonlyMap<number, readonly BeforeMark[]>;
  /** Articles after the last printed one (UNCLOS Arts. 318–320): before the testimonium, as they stand in the text. */
  readonly end: readonly string[];
  readonly after: readonly string[];
}

/**
 * One mark before an article: a jump of the numbering the declared parts do not cover (`jump`, with
 * what its mark says of it), or a declared part. A definitions' insertion that stands in a jump
 * "not printed" goes after that jump's mark and before the marks of what follows it in the text
 * (build-instrument.ts): the declared "Articles 2 to 16" after Article 1's definitions, not before
 * them (ninety-fifth run, defect 4).
 */
export interface BeforeMark {
  readonly said: string;
  /** The numbering's own jump, where no declared part says it: "not printed" or "not transcribed". */
  readonly jump?: NumberingGap['said'];
}

interface Part {
  readonly words: string;
  /**
   * Items of one article, not the whole of it: "Article 1 b), d), e), f), h), i), j) and l)" (NL–Syria
   * air services 2001). It covers no number of a jump; its mark stands after its article (or after
   * the insertion that holds that article's definitions), before the next; it read as no designation
   * and went after the Annex (ninety-fifth run, defect 4).
   */
  readonly within?: true;
  /** The unit ("article", "annex"), singular and lower case, when the words designate numbered parts. */
  readonly unit: string | undefined;
  readonly numbers: readonly number[];
  readonly plural: boolean;
  readonly preamble: boolean;
  /** A division read by the articles its words name: the same read by its own designation, where one of those articles is printed (its words refer to it). */
  readonly asDivision?: Part;
  /** The articles the division's words name, where `numbers` fills in those between. */
  readonly named?: readonly number[];
}

/** "Articles 5 to 42", "Art. 47", "Annexes IV, VI and VII", "Annex A": a unit and its designations. */
const designation = /^(?:the\s+)?(articles?|art\.|artikel|sections?|paragraphs?|annex(?:es)?|appendix|appendices|rules?|chapters?|parts?|schedules?)\s+(.+)$/iu;

function unitOf(word: string): { unit: string; plural: boolean } {
  const w = word.toLowerCase();
  if (w === 'art.' || w === 'artikel') return { unit: 'article', plural: false };
  if (w === 'annexes') return { unit: 'annex', plural: true };
  if (w === 'appendices') return { unit: 'appendix', plural: true };
  if (w.endsWith('s') && w !== 'annex') return { unit: w.slice(0, -1), plural: true };
  return { unit: w, plural: false };
}

/** A designation's number: Arabic, Roman, or a capital letter that is no Roman numeral ("Annex A" is 1). */
function numberOf(token: string): number | undefined {
  if (/^[A-HJ-UWYZ]$/.test(token)) return token.charCodeAt(0) - 64;
  return articleNumber(token);
}

/**
 * The numbers a designation names: "5 to 42" is every number between, "IV, VI and VII" three. A
 * heading in brackets after it is the part's title, not more designations: "Annex I (Source
 * Categories, Activities and Associated Pollutants of Concern)" is Annex I, as "Annex III (Domestic
 * Wastewater)" is Annex III (Wider Caribbean LBS Protocol 1999; sixtieth run, item 6: its commas and
 * "and" made the first a part without a number, marked "[Not transcribed: …]" beside "[Annex III
 * (…) is not transcribed.]").
 */
function numbersOf(rest: string): number[] | undefined {
  const pieces = rest.replace(/\s*\([^()]*\)\s*$/u, '').split(/\s*(?:,|\band\b|&)\s*/u).filter((p) => p.length > 0);
  const numbers: number[] = [];
  for (const piece of pieces) {
    const range = /^(\S+)\s*(?:to|–|—|-)\s*(\S+)$/u.exec(piece);
    const [from, to] = range ? [numberOf(range[1]), numberOf(range[2])] : [numberOf(piece), numberOf(piece)];
    if (from === undefined || to === undefined || to < from || to - from > 5000) return undefined;
    for (let n = from; n <= to; n++) numbers.push(n);
  }
  return numbers.length > 0 ? numbers : undefined;
}

/**
 * What the transcriber adds after the designation to say that part of it is printed: "Article 13
 * (but for the chapeau of paragraph 2 and subparagraph a))" (ITPGRFA 2001), "Article 3, except
 * paragraph 1(i)" (NL–Nigeria 1991). The part is of that article, and the mark stands after it as
 * printed: read with its qualification, the "and" inside split the designation and the mark went
 * after the whole text (fifty-eighth run, item 4). The mark keeps the transcriber's words whole.
 */
const qualification = /\s*(?:\(\s*(?:but|except|save|other\s+than|apart\s+from)\b.*|,?\s+(?:except|but\s+for|save\s+for|other\s+than|apart\s+from)\b.*)$/isu;

/**
 * A division named with the articles it holds: "Section II – Repatriation: Articles 6, 7, 8" (ETS 14;
 * sixty-fourth run, item 6) is Articles 6 to 8, plural, so that its mark stands for the numbering's
 * jump over them, once and with "are", not beside "[Articles 6 to 8 are not transcribed.]".
 */
const divisionWithArticles = /^(?:the\s+)?(?:chapter|part|title|section)\s+\S+[^\n]*?[.:;–—-]\s*(articles?|art\.|artikel)\s+(.+)$/iu;

/**
 * The numbers, read again without a title in brackets that holds brackets of its own: "Annex III
 * (Substances referred to in article 3, paragraph 5 a), and the reference year for the obligation)"
 * (LRTAP POPs Protocol 1998; sixty-fourth run, item 6) is Annex III. Only where the first reading
 * fails, so that "Articles 3 (a) and 5" keeps its second number.
 */
function numbersWithoutTitle(rest: string): number[] | undefined {
  const open = /\s\(/u.exec(rest);
  return open && /\)\s*$/u.test(rest) ? numbersOf(rest.slice(0, open.index)) : undefined;
}

/**
 * A division named with the articles it holds, each with its heading: "Chapter 2 – Safety of Spent
 * Fuel Management (Article 4 General safety requirements; …; Article 10 Disposal of spent fuel)"
 * (Joint Convention 1997), "Chapters III to VII, Articles 12 to 61 (Prevention; …)" (CETS 210). It
 * stands where those articles stand, in the numbering's jump over them, and with the other parts
 * of that jump stands for it: read by its division's number alone, it matched no printed heading
 * and went after the final formula, and "Chapter 5 – … (Article 27 …; Article 28 …)" was read as
 * Article 28 only, so that the jump's mark said "Articles 4 to 27" beside it (seventy-second run,
 * defect 1; seventy-third run, defect 6). Only "Article" with a capital, as a designation is
 * written: "(Measures referred to in article 3)" is a reference, not the articles held.
 */
const divisionWord = /^(?:the\s+)?(chapters?|parts?|titles?|sections?)\s/iu;
const articlesNamed = /\b(?:Articles?|Art\.)\s+((?:\d{1,4}|[IVXLC]+)\b(?:\s*(?:to|–|—|-|,|and|&)\s*(?:\d{1,4}|[IVXLC]+)\b)*)/gu;

/** The articles a division's words name ("Article 4 …; Article 5 …", "Articles 12 to 61"), in number order; none for any other part. */
function articlesOfDivision(text: string): number[] {
  if (!divisionWord.test(text)) return [];
  const numbers = new Set<number>();
  for (const found of matchesOf(text, articlesNamed)) for (const n of numbersOf(found[1]) ?? []) numbers.add(n);
  return [...numbers].sort((a, b) => a - b);
}

function parse(words: string): Part {
  const text = words.trim().replace(/\.$/, '');
  const division = divisionWithArticles.exec(text);
  const held = articlesOfDivision(text);
  // "is" or "are" as the designation the words open with: "Chapter 2 – …" is, "Chapters III to VII" and "Section II – …: Articles 6, 7, 8" are.
  // A division holds the articles from its first to its last named: a chapter's articles follow each other.
  if (held.length > 0) return { words: text, unit: 'article', numbers: range(held[0], held[held.length - 1]), named: held, plural: unitOf(divisionWord.exec(text)![1]).plural || (division !== null && unitOf(division[1]).plural), preamble: false, asDivision: parseDesignation(text, division) };
  return parseDesignation(text, division);
}

/**
 * "1 b), d) and l)", "1(a)–(c)", "3, paragraphs 2 and 4", "5 paragraph 2": one article's number, then
 * the items of it that are left out (lettered or numbered subparagraphs, paragraphs).
 */
const itemsOf = /^(\d{1,4}|[IVXLC]+)\s*,?\s*(?:\(?[a-z]{1,2}\)|\(\d{1,3}\)|\((?:[ivx]{1,5})\)|(?:sub)?paragraphs?\s|paras?\.\s?|§)/u;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function parseDesignation(text: string, division: RegExpExecArray | null): Part {
  const inDivision = division ? numbersOf(division[2].replace(qualification, '').trim()) : undefined;
  if (division && inDivision) return { words: text, ...unitOf(division[1]), numbers: inDivision, preamble: false };
  const found = designation.exec(text);
  const rest = found?.[2].replace(qualification, '').trim();
  // Items first: "Article 1 (a)" is an item of Article 1, where "Article 1 (Scope)" is Article 1 with its title.
  const items = found && rest !== undefined && !unitOf(found[1]).plural ? itemsOf.exec(rest) : null;
  const of = items ? numberOf(items[1]) : undefined;
  if (found && of !== undefined) return { words: text, unit: unitOf(found[1]).unit, numbers: [of], plural: false, preamble: false, within: true };
  const numbers = rest !== undefined ? (numbersOf(rest) ?? numbersWithoutTitle(rest)) : undefined;
  if (found && numbers) return { words: text, ...unitOf(found[1]), numbers, preamble: false };
  return { words: text, unit: undefined, numbers: [], plural: false, preamble: /^(?:the\s+)?preamble$/iu.test(text) };
}

/** The unit word (any case: "ARTICLE 5") and the number that open a heading; a letter only in capitals ("Annex A"). */
const headingDesignation = /^((?:[Aa][Rr][Tt][Ii][Cc][Ll][Ee][Ss]?|[Aa]rt\.|[Aa]rtikel|[Ss]ections?|[Pp]aragraphs?|[Aa]nnex(?:es)?|[Aa]ppendix|[Aa]ppendices|[Rr]ules?|[Cc]hapters?|[Pp]arts?|[Ss]chedules?|ANNEX|SECTION|CHAPTER|PART))\s+([0-9]{1,4}|[IVXLC]+|[ivxlc]+|[A-Z])(?=$|[\s.,:;()–—-])/u;

/**
 * A heading that opens with its division and then names the article ("Chapter V – Co-operation.
 * Article 29", as real texts print the first article of a chapter), read from the article on: it is
 * placed and numbered as Article 29, not as Chapter V (fifty-third real-instrument run, point 1:
 * the marks for Articles 1–28, 40 and 46–56 of the Hague Convention 1996 came after Articles 29, 41
 * and 57). Only where both are named: a heading that names a division alone stays the division's.
 * A comma may part them where a number follows "Article" ("Part IV – Miscellaneous Provisions,
 * Article 24", NL–Israel 1984, BWBV0002871: read as Part IV, the mark for Parts II–III, Articles
 * 6–23, came after Article 24 instead of after Article 5; the seventy-sixth run, defect 1).
 * Read by the placement of declared omissions only: the numbering's own gaps (numbering-gaps.ts)
 * are not read through such headings, since a jump they would reveal may be an article the
 * transcription holds as `define`s (Convention 108, Art. 2), which "not transcribed" would deny.
 */
const divisionThenArticle = /^(?:Chapter|CHAPTER|Part|PART|Title|TITLE|Section|SECTION)\s+(?:\d{1,4}|[IVXLC]+|[A-Z])(?=[\s.,:;–—-])[^\n]*?(?:[.:;–—-]\s*((?:Articles?|ARTICLES?|Artikel|Art\.)\s+\S[^\n]*)|,\s*((?:Articles?|ARTICLES?|Artikel|Art\.)\s+(?:\d{1,4}[a-z]?|[IVXLC]+)(?=$|[\s.,:;()–—-])[^\n]*))$/u;

function articleHeading(heading: string): string {
  const found = divisionThenArticle.exec(heading.trim());
  return found?.[1] ?? found?.[2] ?? heading;
}

/** A printed heading's unit and number: "Article VII. Duration" is article 7, "Annex III. Terms…" annex 3. */
function headingOf(heading: string): { unit: string; number: number } | undefined {
  const found = headingDesignation.exec(articleHeading(heading).trim());
  if (!found) return undefined;
  const number = numberOf(found[2]);
  return number === undefined ? undefined : { unit: unitOf(found[1]).unit, number };
}

function mark(part: Part): string {
  if (!part.unit || part.within) return `[Not transcribed: ${part.words}.]`;
  const words = part.words.replace(/^the\s+/iu, '');
  return `[${words.charAt(0).toUpperCase()}${words.slice(1)} ${part.plural ? 'are' : 'is'} not transcribed.]`;
}

/**
 * The marks of the declared omissions and the numbering's gaps, merged: by the index of the article
 * each goes before, and those after the printed text.
 */
export function omissionMarks(headings: readonly string[], declared: readonly string[], gaps: ReadonlyMap<number, NumberingGap>, articles = headings.length): OmissionMarks {
  const read = declared.filter((d) => d.trim()).map(parse);
  // The headings are read only where a part is declared (most texts declare none).
  const printed = read.length > 0 ? headings.map(headingOf) : [];
  const printedArticles = new Set(printed.filter((h) => h?.unit === 'article').map((h) => h!.number));
  // A printed article between the named ones: the division holds the named only; a printed article named: the words refer to it.
  const printedIn = (numbers: readonly number[]) => numbers.some((n) => printedArticles.has(n));
  const parts = read.map((p) => (!p.asDivision || !printedIn(p.numbers) ? p : !printedIn(p.named ?? []) ? { ...p, numbers: p.named ?? [] } : p.asDivision));
  const before = new Map<number, Part[]>();
  const end: Part[] = [];
  const after: Part[] = [];
  for (const part of parts) {
    const at = place(part, printed, headings);
    // A part of the body (articles, sections…) placed after the last article of the text stands
    // before its final formula, not after the annexes and signatures; an annex after the last
    // printed annex, and a part that names none ("the Final Act"), after the whole text.
    if (at !== undefined && at >= articles && part.unit !== undefined && !annexUnits.has(part.unit) && !printed.slice(articles).some((h) => h?.unit === part.unit)) end.push(part);
    else if (at === undefined || at >= headings.length) after.push(part);
    else before.set(at, [...(before.get(at) ?? []), part]);
  }
  const marks = new Map<number, string>();
  const markLists = new Map<number, readonly BeforeMark[]>();
  const indices = new Set([...before.keys(), ...gaps.keys()]);
  for (const index of [...indices].sort((a, b) => a - b)) {
    const all = before.get(index) ?? [];
    const gap = gaps.get(index);
    // Items of an article cover no number of the jump: they are said in their own words after it.
    const parts = all.filter((p) => !p.within);
    const items = all.filter((p) => p.within).map((p) => ({ at: Math.min(...p.numbers) + 0.5, said: mark(p) }));
    const ofUnit = gap ? parts.filter((p) => p.unit === gap.unit.toLowerCase()) : [];
    // The gap's numbers the declared parts of its unit cover: all of them, and the declared words stand for it.
    const covered = gap !== undefined && covers(ofUnit, gap);
    // Where the jump's mark says "not printed" (the transcription's `define`s may hold those articles'
    // words, numbering-gaps.ts), the numbers no declared part covers are said "not printed" and the
    // declared parts "not transcribed", each in its place: merged into the jump's one mark, the
    // transcriber's "not transcribed" was lost (lr8: Budapest "[Articles 1 to 22 are not printed.]"
    // for its declared "Articles 2 to 22").
    // A "not transcribed" jump covered in part is split the same way: its one mark ("[Articles 1 to 12
    // are not transcribed.]") dropped the headings the transcriber gave the declared parts (sixty-seventh
    // run, defect 3: Articles 1 and 3–12 declared with headings, Article 2 not).
    const split = gap !== undefined && !covered && ofUnit.length > 0 && (gap.said === 'not printed' || ofUnit.some(titled));
    const shown = parts.filter((p) => !gap || covered || split || p.unit !== gap.unit.toLowerCase());
    const jump: { at: number; said: string; jump?: NumberingGap['said'] }[] = gap && !covered ? (split ? remainderMarks(gap, ofUnit) : [{ at: gap.from, said: gap.mark }]).map((j) => ({ ...j, jump: gap.said })) : [];
    const ofJumpUnit = (p: Part) => gap !== undefined && p.unit === gap.unit.toLowerCase();
    // An article's items stand after it in number order where the jump is of articles, and with the other parts where not.
    const inOrder: { at: number; said: string; jump?: NumberingGap['said'] }[] = [...jump, ...shown.filter((p) => !p.preamble && ofJumpUnit(p)).map((p) => ({ at: Math.min(...p.numbers), said: mark(p) })), ...(gap?.unit.toLowerCase() === 'article' ? items : [])];
    const numbered: BeforeMark[] = inOrder.sort((a, b) => a.at - b.at).map(({ said, jump: j }) => (j ? { said, jump: j } : { said }));
    // The preamble first, as it stands before the articles; then the jump's unit in number order, then the other parts.
    const said: BeforeMark[] = [...shown.filter((p) => p.preamble).map((p) => ({ said: mark(p) })), ...numbered, ...(gap?.unit.toLowerCase() === 'article' ? [] : items.map(({ said: s }) => ({ said: s }))), ...shown.filter((p) => !p.preamble && !ofJumpUnit(p)).map((p) => ({ said: mark(p) }))];
    marks.set(index, said.map((m) => m.said).join(' '));
    markLists.set(index, said);
  }
  return { before: marks, beforeMarks: markLists, end: end.map(mark), after: after.map(mark) };
}

/**
 * The article numbers the declared omissions name ("Articles 5 to 42", "Article 11 (Capital
 * punishment)"): a jump of the printed numbering over them is explained by the omission, and no
 * article the transcription holds as `define`s stands there (render/definitions-in-place.ts).
 */
export function declaredArticleNumbers(declared: readonly string[]): ReadonlySet<number> {
  return new Set(declared.filter((d) => d.trim()).map(parse).filter((p) => p.unit === 'article' && !p.within).flatMap((p) => p.numbers));
}

/** Whether a declared part says more than its numbers ("Article 1 (Scope)"): a jump's one mark would drop those words. */
function titled(part: Part): boolean {
  return /[^\d\s,;.–—-]/u.test(part.words.replace(/^(?:the\s+)?\S+\s+/iu, '').replace(/\b(?:to|and)\b/gu, '').replace(/\b[IVXLC]+\b/gu, ''));
}

/** The units of parts that follow the text's articles and final formula. */
const annexUnits: ReadonlySet<string> = new Set(['annex', 'appendix', 'schedule']);

/** "the Verification Annex", "the Annex on Chemicals": an annex named, not numbered. */
const namedAnnex = /\b(?:annex(?:es)?|appendix|appendices|schedules?)\b/iu;

/** The "not printed" marks of a jump's numbers that no declared part covers, one per run of numbers. */
function remainderMarks(gap: NumberingGap, parts: readonly Part[]): { at: number; said: string }[] {
  const declared = new Set(parts.flatMap((p) => p.numbers));
  const runs: { at: number; said: string }[] = [];
  for (let n = gap.from; n <= gap.to; n++) {
    if (declared.has(n)) continue;
    let to = n;
    while (to + 1 <= gap.to && !declared.has(to + 1)) to++;
    runs.push({ at: n, said: n === to ? `[${gap.unit} ${n} is ${gap.said}.]` : `[${gap.unit}s ${n} ${to === n + 1 ? 'and' : 'to'} ${to} are ${gap.said}.]` });
    n = to;
  }
  return runs;
}

function covers(parts: readonly Part[], gap: NumberingGap): boolean {
  if (parts.length === 0) return false;
  const numbers = new Set(parts.flatMap((p) => p.numbers));
  for (let n = gap.from; n <= gap.to; n++) if (!numbers.has(n)) return false;
  return true;
}

/**
 * The index of the article a part goes before (the number of printed articles: after the last one),
 * or undefined for after the printed text. An annex named without a number ("the Verification
 * Annex") goes before the first printed annex that follows the text's articles, as the annexes of
 * a treaty follow them (CWC: the Annex on Chemicals and the Verification Annex before the
 * Confidentiality Annex; lr8, defect 3); with no annex printed, after the text.
 */
function place(part: Part, printed: readonly ({ unit: string; number: number } | undefined)[], headings: readonly string[]): number | undefined {
  if (part.preamble) return printed.length > 0 ? 0 : undefined;
  if (!part.unit) {
    if (!namedAnnex.test(part.words)) return undefined;
    let lastArticle = -1;
    printed.forEach((h, index) => {
      if (h !== undefined && !annexUnits.has(h.unit)) lastArticle = index;
    });
    const annex = headings.findIndex((h, index) => index > lastArticle && namedAnnex.test(h));
    return annex >= 0 ? annex : undefined;
  }
  const highest = Math.max(...part.numbers);
  const lowest = Math.min(...part.numbers);
  const next = printed.findIndex((h) => h !== undefined && h.unit === part.unit && h.number > highest);
  if (next >= 0) return next;
  let last = -1;
  printed.forEach((h, index) => {
    if (h !== undefined && h.unit === part.unit && h.number < lowest) last = index;
  });
  return last >= 0 ? last + 1 : undefined;
}
