/**
 * The definitions a transcription holds as `define` statements, where the text has them.
 *
 * A draft prints them in the article whose words announce them and hold none of them. ITPGRFA
 * 2001, Art. 2: "For the purpose of this Treaty, the following terms shall have the meanings
 * hereunder assigned to them. These definitions are not intended to cover trade in commodities:",
 * then eight definitions (read: BWBV0001763). Transcribed as that chapeau in a clause about
 * definitions and the eight as `define`s, the export printed the chapeau and no definition: the
 * clause "covers" the definitions (constructs/drafter-replaced.ts), so no article was generated
 * from them (the fifty-eighth run, item 3: "the printed Art. 2 announces definitions and has
 * none"). So where a clause on definitions (tagged `about definitions`, or headed "Definitions",
 * "Use of terms") ends announcing them (its words end with ":"), or begins at a paragraph after
 * the first ("2.": the definitions are its paragraph 1, as in NL–NZ 1990, below), and no such
 * clause holds any of them (no defined term between quotation marks or in brackets, no meaning
 * word for word), a draft's `define`s are printed after (or before) its words, in the source's
 * order, one paragraph each, as the generated "Definitions" article words and punctuates them:
 * they are the drafter's proposals. Where such a clause neither announces nor precedes them, a
 * draft still prints them, after its words or where its words send the reader
 * (`draftDefinitionsPlace`, below; lg37, item 2).
 *
 * A concluded text prints no `define` as its words. One rule for all its definitions: the export of
 * a concluded text never drops or silently alters the text's words, and never presents generated
 * words as the Parties' own. A `define` holds a term and a meaning, not the text's wording: the
 * connector ("means" for "shall mean", "has the meaning"), the chapeau, the lettering and the order
 * of words are not recorded (NL–NZ 1990, Art. 1(1)(c): '"institution" in relation to a Contracting
 * Party means, an institution …', written "in relation to a Contracting Party, an institution …"),
 * and a meaning may carry the transcriber's words ("… (Article 1(1))", "[footnote 1) …]"). Printed
 * as "“X” means …", they were words the Parties never signed, under a note saying nothing was
 * generated from the declarations (the treaty lawyer's thirteenth check, D5); marked as "not
 * printed here", the export lost a whole operative article (the sixty-fifth and sixty-sixth runs).
 * So they are printed where the definitions are as a marked insertion, outside the text's words,
 * each term with its meaning as transcribed, in the file's order (render/definitions-insertion.ts) —
 * - in the article on definitions that holds none of them: after its words where they announce
 *   them (ITPGRFA Art. 2, above; UN Illicit Traffic 1988, Art. 1), before them where its words
 *   begin at a later paragraph (NL–NZ 1990: Art. 1(1), the chapeau and the seven definitions,
 *   transcribed as `define`s; Art. 1(2), "2. In the application by a Contracting Party …", as the
 *   clause — the export printed an Article 1 beginning at "2." and no mark: the sixty-second run, item 1);
 * - between two clauses, where they stand in no clause and the printed numbering skips their
 *   article (`definitionsBetweenClauses`, below; MARPOL 1973, Art. 2).
 * Elsewhere the place is not known, and the note after the text names them as not printed
 * (render/unprinted-note.ts; `definitionsUnplaced`). A clause that holds its definitions in its
 * own words (most transcriptions) is printed as written and nothing is added.
 */
import type { Clause, Definition } from '../ast/nodes';
import type { Article, Paragraph, RenderContext } from '../constructs/construct';
import type { SemanticModel } from '../model/semantic-model';
import { headingTopics } from './drafter-topics';
import { articleNumber, romanNumeral } from '../util/article-number';
import { definitionsInsertion } from './definitions-insertion';
import { definingAfter, ownWordsOf } from './own-definitions';
import { matchesOf } from '../util/all-matches';
import { singleSpaced } from '../util/single-spaced';
import { escapeRegExp } from '../util/escape-regexp';
import { definingWords } from '../util/definition-connectors';

const oneLine = (text: string) => singleSpaced(text).trim().toLowerCase();

/** Whether a clause is on definitions: by its tag or its heading. */
export function onDefinitions(model: SemanticModel, clause: Clause): boolean {
  return model.topicsOf(clause).has('definitions') || (clause.heading !== undefined && headingTopics(clause.heading.value).includes('definitions'));
}

/**
 * Whether the words hold a definition: its term between quotation marks, or in brackets after what
 * it names ("… and associated equipment and assets (Australian Personnel) …", "… (the Activity)":
 * NL–Australia MH17 2014, para. 1), or (unless `quoted`) its meaning as written.
 */
export function holdsAny(words: string, definitions: readonly Definition[], quoted = false): boolean {
  const text = oneLine(words);
  return definitions.some((d) => {
    const term = escapeRegExp(oneLine(d.term!.value));
    const meaning = d.meaning ? oneLine(d.meaning.value) : '';
    return new RegExp(`["“”'‘’\`]{1,2}(?:the )?${term}["“”'‘’]|\\((?:the )?${term}\\)`).test(text) || (!quoted && meaning.length > 0 && text.includes(meaning));
  });
}

/** The clause's article with a draft's `define`s (all, or `only` those) after (or before) its words, worded and punctuated as the generated "Definitions" article. */
export function withDefinitions(article: Article, model: SemanticModel, r: RenderContext, after: boolean, only?: readonly Definition[]): Article {
  const definitions = only ?? model.ast.definitions.filter((d) => d.term?.value.trim());
  const meaning = (d: Definition) => (!d.meaning ? `means ${r.placeholder('meaning to be defined')}` : definingWords(r.phrase(d.meaning)));
  const texts = definitions.map((d, i) => `“${r.phrase(d.term!)}” ${meaning(d)}${i === definitions.length - 1 ? '.' : ';'}`);
  const paragraphs: Paragraph[] = texts.map((text) => ({ text, label: '' }));
  return { ...article, paragraphs: after ? [...article.paragraphs, ...paragraphs] : [...paragraphs, ...article.paragraphs] };
}

/** Where the article on definitions holds none of the `define`s: that clause, and whether they stand after its words. */
export interface DefinitionsInArticle {
  readonly clause: Clause;
  readonly after: boolean;
  /** A draft's: the `define`s to print there, where not all of them (draftDefinitionsPlace). */
  readonly only?: readonly Definition[];
}

/**
 * The article the `define`s stand in, unprinted in its words: the clause on definitions that
 * announces them (its words end with ":"; they follow), or else one whose words begin at a paragraph
 * after the first ("2.", "(2)"; they precede) — where no clause on definitions holds any of them.
 */
export function definitionsInArticle(model: SemanticModel, clauses: readonly Clause[]): DefinitionsInArticle | undefined {
  const definitions = model.ast.definitions.filter((d) => d.term?.value.trim());
  if (definitions.length === 0) return undefined;
  const onThem = clauses.filter((c) => onDefinitions(model, c));
  if (onThem.some((c) => holdsAny(model.clauseText(c) ?? '', definitions))) return undefined;
  const announcing = onThem.find((c) => /:\s*$/.test(model.clauseText(c) ?? ''));
  if (announcing) return { clause: announcing, after: true };
  const continuing = onThem.find((c) => Number(/^\(?\s*(\d+)\s*[.)]\s/.exec((model.clauseText(c) ?? '').trim())?.[1] ?? 0) >= 2);
  return continuing ? { clause: continuing, after: false } : undefined;
}

/** The clause's article with a concluded text's `define`s as a marked insertion after or before its words (definitions-insertion.ts). */
export function withDefinitionsMark(article: Article, model: SemanticModel, after: boolean): Article {
  const mark = definitionsInsertion(model.ast.definitions);
  return { ...article, paragraphs: after ? [...article.paragraphs, mark] : [mark, ...article.paragraphs] };
}

/**
 * Whether the words define this term: the term between quotation marks with words that define it
 * after or introduce it before, or its meaning word for word. A list of the terms the article will
 * define ("the terms “assistance”, “nationals”, “territory” and “country of origin” shall have the
 * following meanings, that is to say:", ETS 14 Art. 2(a); read: BWBV0005096) names them and
 * defines none.
 */
export function defines(words: string, d: Definition): boolean {
  const meaning = d.meaning ? oneLine(d.meaning.value) : '';
  if (meaning.length > 0 && oneLine(words).includes(meaning)) return true;
  // The term quoted with defining words after it, introduced before it where its meaning's first words
  // precede ("… Maritime Consultative Organization (hereinafter called the “Organization”)", not ETS 14
  // Art. 1's "(hereinafter referred to as “assistance”)" for Art. 2(a)(i)'s definition), or in brackets
  // after what it names ("… and assets (Australian Personnel)", NL–Australia MH17 2014, para. 1): the
  // forms own-definitions.ts reads.
  return ownWordsOf(d)(words) !== undefined;
}

/**
 * A concluded text's `define`s that a clause on definitions covers but no such clause defines in its
 * words, nor any clause at all, where the export does not mark them in their article (`definitionsInArticle`): ETS 14, whose
 * Art. 2(a)(i) and (iii) ("Assistance", "Country of origin") are `define`s beside a clause `about
 * definitions` holding the chapeau, (ii) and (b) (sixty-fourth run, item 3). The clause "covers"
 * them (constructs/drafter-replaced.ts), so they were neither printed nor named in the note: the
 * export's Art. 2 lacked (i) and (iii) without a word. They are not "replaced" by that clause, so
 * the note after the text names them as not printed; each one the clauses define stays replaced.
 */
// `marking`: whether the export marks them in their article (`definitionsInArticle`), as `definitionsUnplaced` reads it.
export function definitionsNotHeld(model: SemanticModel, clauses: readonly Clause[], marking: boolean): ReadonlySet<Definition> {
  const onThem = clauses.filter((c) => onDefinitions(model, c));
  if (onThem.length === 0 || (marking && definitionsInArticle(model, clauses) !== undefined)) return new Set();
  // Defined in any clause's words (an article that defines its own term, "the term “child prostitution” shall mean …",
  // Lanzarote Convention 2007, Art. 19(2); the preamble's "hereinafter referred to as"): printed there.
  // Not words that define the term for one article or name an instance in other words ("For the purposes of
  // this Article, “Incident” includes only …", "(the Incident)"): those are not the declaration's (lr17, D6).
  const texts = model.ast.clauses.map((c) => model.clauseText(c) ?? '');
  const lines = texts.map(oneLine);
  return new Set(model.ast.definitions.filter((d) => {
    if (!d.term?.value.trim()) return false;
    const meaning = d.meaning ? oneLine(d.meaning.value) : '';
    const own = ownWordsOf(d);
    return !texts.some((t, i) => (meaning.length > 0 && lines[i].includes(meaning)) || own(t)?.same === true);
  }));
}

/**
 * Whether a concluded text's `define`s are covered by a clause on definitions that neither holds
 * them nor shows where they stand: the note must then name them (they are otherwise "replaced" by
 * that clause and would be dropped without a word: an `about definitions` clause of other words,
 * or one that refers elsewhere for them).
 */
// `marking`: whether the export marks them in their article (`definitionsInArticle`): a text the
// renderer numbers, or the terms of an exchange, are printed without, and the note names them.
export function definitionsUnplaced(model: SemanticModel, clauses: readonly Clause[], marking: boolean): boolean {
  const definitions = model.ast.definitions.filter((d) => d.term?.value.trim());
  const onThem = clauses.filter((c) => onDefinitions(model, c));
  if (definitions.length === 0 || onThem.length === 0) return false;
  return !onThem.some((c) => holdsAny(model.clauseText(c) ?? '', definitions)) && !(marking && definitionsInArticle(model, clauses) !== undefined);
}

/**
 * A concluded text whose `define`s stand in the file between two clauses, in no clause, where no
 * clause is on definitions (nothing announces them, nothing holds them): EMEP Financing Protocol
 * 1984, its Art. 1 ("For the purposes of the present Protocol:" and four definitions) transcribed as
 * four `define`s between the preamble and Art. 2 (the chapeau and the heading only in a comment);
 * the Caribbean LBS Protocol 1999, its Art. I ("For the purposes of this Protocol: (a) …" to "(f)
 * …") as six between the preamble and Art. II (the sixtieth run). The export printed
 * "[Article 1 is not printed.]" there, or nothing at all, and named the definitions only in the note.
 *
 * They are not printed as the text's words there: the language has no way to state the article's
 * heading, number or chapeau (a comment is not read), so they would stand without the "For the
 * purposes of the present Protocol:" that makes them the text's definitions and without their
 * article's number in a text its drafter numbers; and a `define`'s meaning may carry the
 * transcriber's words ("… (Article 1(1))", "[footnote 1) …]"), which "exactly as written" would
 * print as the Parties'. So they stand at their place as the marked insertion, outside the text's
 * words (definitions-insertion.ts): after "[Article 1 is not printed.]", "[Definitions as
 * transcribed …]" and each term with its meaning. Returned by the clause they stand before.
 *
 * Only where that place is known to be theirs: where the printed articles' numbering skips an
 * article there (EMEP: the first printed is Article 2; Convention 108: Article 3 after Article 1).
 * A jump over numbers the header's `omitted` names is explained by the omission, not by them: the
 * European Convention on Extradition 1957 has its Art. 25 ("detention order") as a `define` after
 * the preamble, before Article 12, with Articles 1–11 listed as omitted; the export put the insertion
 * there and said "[Article 25 is not transcribed.]" (the sixty-seventh run, defect 2). So the
 * jumps are read against the list: where one jump skips a number the list does not name, the
 * `define`s the file puts at any jump are printed there, after its "not printed" mark; where
 * several do, the insertion stays where the file puts it if that is one of them, and says that
 * the text's place is not known (so does the note); where none does, nothing is inserted. Every
 * jump over an unlisted number is then said "not printed", never "not transcribed": it may be the
 * definitions' article. Elsewhere (between two articles that follow each other) the transcriber
 * put them where the file reads best, not where the text has them (NATO 1997: its Annex I before
 * Article 1; NL–Hong Kong 2002: Art. 2(2) before Article 1), and a mark saying "here" would
 * misplace them; the note names them.
 */
export function definitionsBetweenClauses(model: SemanticModel, all: readonly Clause[], clauses: readonly Clause[], declared: ReadonlySet<number> = new Set()): DefinitionsBetween {
  const none: DefinitionsBetween = { inserted: new Map(), mayStand: new Set() };
  if (all.some((c) => onDefinitions(model, c))) return none;
  const line = (n: { range: { start: { line: number } } }) => n.range.start.line;
  const words = all.map((c) => model.clauseText(c) ?? '').join('\n');
  // The `define`s no clause holds, each with the clause the file puts after it.
  const unplaced: { definition: Definition; next: Clause | undefined }[] = [];
  for (const d of model.ast.definitions) {
    // A term some clause defines between quotation marks is printed there (ETS 182's preamble: "hereinafter
    // referred to as ‘‘the Convention’’"); words that merely repeat a meaning (NL–Eurojust's preamble names
    // the Council Decision) define nothing.
    if (!d.term?.value.trim() || holdsAny(words, [d], true)) continue;
    const at = line(d);
    if (!all.some((c) => line(c) < at)) continue;
    unplaced.push({ definition: d, next: all.find((c) => line(c) > at) });
  }
  if (unplaced.length === 0) return none;
  // The jumps of the printed numbering over an article the header's `omitted` does not name: one of them is the definitions'.
  const open = clauses.filter((c) => unlistedBefore(c, clauses, declared));
  const inserted = new Map<Clause, Paragraph>();
  // One such jump: it is the definitions' article, for every `define` the file puts at a jump of the
  // numbering (European Extradition 1957: "detention order" after the preamble, before Article 12, the
  // omitted Articles 1–11 between; its Art. 25 the one number not listed). A `define` the file puts
  // between two articles that follow each other stays unplaced: it may be part of either.
  const atJump = (next: Clause | undefined) => next !== undefined && skipsBefore(next, clauses);
  // Where the file puts them at that jump, the place is the file's and the text's; where it puts them at
  // another, the jump is taken for theirs by inference, and said so, never asserted (lr16, D3).
  if (open.length === 1) {
    const atOpen = unplaced.filter((u) => atJump(u.next));
    const here = atOpen.map((u) => u.definition);
    const known = atOpen.every((u) => u.next === open[0]);
    // Where the file puts them, the note says so and names the gap ("Articles 2–3"), never that the text has them there (lr17, D8).
    if (here.length > 0) inserted.set(open[0], definitionsInsertion(here, known ? { gap: unlistedLabel(open[0], clauses, declared, '–') } : { inferred: unlistedLabel(open[0], clauses, declared) }));
    return { inserted, mayStand: new Set(open), placed: here.length > 0 ? (known ? 'known' : 'inferred') : undefined };
  }
  // Several such jumps: any of them may hold the definitions. Those the file puts at one of them are
  // printed there, as the transcriber placed them, and the insertion and the note say the text's place
  // is not known (never inferred, never asserted: lr16, D3); dropping them would leave the text's own
  // definitions out of the export (Convention 108, Art. 2, printed this way since rd37).
  const marks = new Map<Clause, Definition[]>();
  for (const { definition, next } of unplaced) if (next && open.includes(next)) marks.set(next, [...(marks.get(next) ?? []), definition]);
  marks.forEach((definitions, clause) => inserted.set(clause, definitionsInsertion(definitions, false)));
  return { inserted, mayStand: new Set(open) };
}

/** The insertions by the clause they stand before, and the clauses before which the definitions' article may stand (its mark says "not printed"). */
export interface DefinitionsBetween {
  readonly inserted: ReadonlyMap<Clause, Paragraph>;
  readonly mayStand: ReadonlySet<Clause>;
  /** At the one unlisted jump: whether the file puts them there ('known'), or they were moved there ('inferred'). */
  readonly placed?: 'known' | 'inferred';
}

/** "Article 6", "Articles 6 and 7" (with `dash`, "Articles 6–7" where they run on): the numbers of the jump before this clause that the header's `omitted` does not name. */
function unlistedLabel(clause: Clause, clauses: readonly Clause[], declared: ReadonlySet<number>, dash?: string): string {
  const at = clauses.indexOf(clause);
  const from = at === 0 ? 1 : designated(clauses[at - 1])! + 1;
  const numbers: number[] = [];
  for (let n = from; n < designated(clause)!; n++) if (!declared.has(n)) numbers.push(n);
  // In the text's numerals: "Article I" before "Article II – General Provisions" (Caribbean LBS Protocol 1999).
  const roman = /^(?:Article|Art\.|Artikel)\s+[IVXLC]+\b/u.test(clause.heading?.value.replace(/^(?:(?:Chapter|Part|Section)\s+\S+\s+[–—-]\s+)/u, '').trim() ?? '');
  const [first, last] = [numbers[0], numbers[numbers.length - 1]];
  const numeral = (n: number) => (roman ? romanNumeral(n) : String(n));
  if (numbers.length === 1) return `Article ${numeral(first)}`;
  return dash && last - first === numbers.length - 1 ? `Articles ${numeral(first)}${dash}${numeral(last)}` : `Articles ${numbers.slice(0, -1).map(numeral).join(', ')} and ${numeral(last)}`;
}

/** Whether the printed numbering skips, just before this clause, an article number the declared omissions do not name. */
function unlistedBefore(clause: Clause, clauses: readonly Clause[], declared: ReadonlySet<number>): boolean {
  if (!skipsBefore(clause, clauses)) return false;
  const at = clauses.indexOf(clause);
  const from = at === 0 ? 1 : designated(clauses[at - 1])! + 1;
  const to = designated(clause)! - 1;
  for (let n = from; n <= to; n++) if (!declared.has(n)) return true;
  return false;
}

/** "Article II – General Provisions", "Art. 3", "Chapter I – Article 1 – …": the article number its heading designates, if any. */
function designated(clause: Clause): number | undefined {
  const found = /^(?:(?:Chapter|Part|Section)\s+\S+\s+[–—-]\s+)?(?:Article|Art\.|Artikel)\s+(\S+)/u.exec(clause.heading?.value.trim() ?? '');
  return found ? articleNumber(found[1]) : undefined;
}

/** Whether the printed numbering skips an article just before this clause: it is Article n ≥ 2 and the printed clause before it is numbered below n − 1, or none is. */
function skipsBefore(clause: Clause, clauses: readonly Clause[]): boolean {
  const at = clauses.indexOf(clause);
  const number = designated(clause);
  if (at < 0 || number === undefined || number < 2) return false;
  if (at === 0) return true;
  const before = designated(clauses[at - 1]);
  return before !== undefined && before < number - 1;
}

/**
 * Where a draft's `define`s are printed, when its article on definitions neither holds nor
 * announces them (lg37, item 2; rt62 had left them to "the drafter's own choice"): "For the
 * purposes of this Agreement the following definitions apply", without the colon, or a heading
 * alone, printed the words and no definition — the `define`s were "covered" by the clause
 * (constructs/drafter-replaced.ts) and printed nowhere, and a text that loses its definitions says
 * something else. A draft's `define`s are the drafter's proposals (module comment), so:
 * - where the clause's words do not send the reader elsewhere, they are printed after its words;
 * - where they do ("the terms used have the meanings given in Annex A", "as defined in Article 2"),
 *   in that annex or article of the text, after its words, unless its words hold them; where that
 *   place is not in the file, or is another instrument ("the meanings given to them in the
 *   Convention on Biological Diversity"), as the generated "Definitions" article outside the
 *   drafter's numbering (`outside`), under the heading that says they are only in the declarations.
 * Only the `define`s no clause's words define are printed (a term an article defines in its own
 * words, "the term “child prostitution” shall mean …", is printed there). Where the article
 * announces them or begins at a later paragraph, `definitionsInArticle` decides, as before.
 */
export function draftDefinitionsPlace(model: SemanticModel, clauses: readonly Clause[]): DefinitionsInArticle | 'outside' | undefined {
  const inArticle = definitionsInArticle(model, clauses);
  if (inArticle) return inArticle;
  const onThem = clauses.filter((c) => onDefinitions(model, c));
  const definitions = model.ast.definitions.filter((d) => d.term?.value.trim());
  if (onThem.length === 0 || definitions.length === 0) return undefined;
  const words = (c: Clause) => model.clauseText(c) ?? '';
  if (onThem.some((c) => holdsAny(words(c), definitions))) return undefined;
  const texts = model.ast.clauses.map(words);
  const only = definitions.filter((d) => !texts.some((t) => defines(t, d)));
  if (only.length === 0) return undefined;
  const pointing = onThem.map((c) => ({ clause: c, where: pointsTo(words(c)) })).find((p) => p.where !== undefined);
  if (!pointing) return { clause: onThem[0], after: true, only };
  const target = pointing.where === 'here' ? pointing.clause : placeNamed(pointing.where!, clauses);
  if (!target) return 'outside';
  return holdsAny(words(target), definitions) ? undefined : { clause: target, after: true, only };
}

/**
 * Words that send the reader elsewhere for the meanings, and where: "have the meanings given (to
 * them) in Annex A", "as defined in Article 2", "within the meaning of …", "the definitions set out
 * in the Annex". Not "the meanings hereunder assigned to them" (ITPGRFA Art. 2), which holds them.
 */
const pointer = /\b(?:(?:meanings?\s+(?:given|assigned|attributed|ascribed|specified|provided|contained|set\s+(?:out|forth)|laid\s+down)(?:\s+(?:to|for)\s+(?:them|it|each(?:\s+of\s+them)?))?|defined|definitions?\s+(?:given|contained|specified|set\s+(?:out|forth)|laid\s+down))\s+in|within\s+the\s+meaning\s+of)\s+(?<where>[^.;:]{1,80})/iu;

/** "here" (this article, this Agreement), or the words that name the place ("Annex A", "Article 2 of the Convention"); undefined where the words point nowhere. */
function pointsTo(words: string): string | undefined {
  // A clause that defines terms of its own ("“Authority” means the authority defined in Article 3") points nowhere for the rest.
  if (/[“"‘'`]{1,2}[^“”"‘’'`]{1,80}[”"’'`]{1,2}/u.test(words) && matchesOf(words, /[”"’'`]{1,2}/gu).some((m) => definingAfter.test(words.slice(m.index ?? 0, (m.index ?? 0) + 40)))) return undefined;
  const where = pointer.exec(oneLine(words))?.groups?.['where'];
  if (where === undefined) return undefined;
  return /^(?:this|the\s+present)\s/u.test(where) ? 'here' : where;
}

/**
 * The clause of this text the words name: an annex, appendix or schedule by its heading ("Annex A",
 * or the only one where the words say "the Annex"), or an article by its number ("Article 2"); not
 * a part of another instrument ("Article 2 of the Convention", "Annex I to the Convention").
 */
function placeNamed(where: string, clauses: readonly Clause[]): Clause | undefined {
  const attachment = /^(?:the\s+)?(annex|appendix|schedule|attachment)(?:\s+([a-z]|\d{1,3}|[ivxlc]+)(?=$|[\s,)]))?(?!\s+(?:to|of)\s+(?!this\b|the\s+present\b))/u.exec(where);
  if (attachment) {
    const [, word, designation] = attachment;
    const named = clauses.filter((c) => {
      const heading = oneLine(c.heading?.value ?? '');
      return designation ? new RegExp(`^${word}\\s+${designation}(?=$|[\\s.,:;()–—-])`, 'u').test(heading) : heading.startsWith(word);
    });
    return named.length === 1 ? named[0] : undefined;
  }
  const article = /^article\s+(\S+?)(?=$|[\s,)])(?!\s*(?:\([\w.]+\)\s*)*\s*(?:of|to)\s+(?!this\b|the\s+present\b))/u.exec(where);
  const number = article ? articleNumber(article[1]) : undefined;
  return number === undefined ? undefined : clauses.find((c) => designated(c) === number);
}
