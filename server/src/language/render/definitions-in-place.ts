/**
 * The definitions a transcription holds as `define` statements, printed in the article whose words
 * announce them. ITPGRFA 2001, Art. 2: "For the purpose of this Treaty, the following terms shall
 * have the meanings hereunder assigned to them. These definitions are not intended to cover trade
 * in commodities:", then eight definitions ("“In situ conservation” means the conservation of
 * ecosystems …"; read: BWBV0001763). Transcribed as that chapeau in a clause about definitions and
 * the eight as `define`s, the export printed the chapeau and no definition: the clause "covers" the
 * definitions (constructs/drafter-replaced.ts), so no article was generated from them — rightly, in
 * a text its drafter numbers — and none was named in the note of a concluded text either (the
 * fifty-eighth run, item 3: "the printed Art. 2 announces definitions and has none").
 *
 * So where a clause on definitions (tagged `about definitions`, or headed "Definitions", "Use of
 * terms") ends announcing them (its words end with ":") and no such clause holds any of them (no
 * defined term between quotation marks, no meaning word for word), the `define`s are printed after
 * its words, in the source's order, one paragraph each: the term in quotation marks, "means", and
 * the meaning as written. On a concluded text the meaning's own punctuation is kept and none added
 * (its words are the text's); in a draft, as the generated "Definitions" article punctuates them
 * (";" after each, "." after the last). A clause that holds its definitions in its own words (most
 * transcriptions), or that refers elsewhere for them, is printed as written and nothing is added.
 */
import type { Clause, Definition } from '../ast/nodes';
import type { Article, Paragraph, RenderContext } from '../constructs/construct';
import type { SemanticModel } from '../model/semantic-model';
import { headingTopics } from './drafter-topics';
import { visibleText } from './inline';
import { articleNumber } from '../util/article-number';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether a clause is on definitions: by its tag or its heading. */
function onDefinitions(model: SemanticModel, clause: Clause): boolean {
  return model.topicsOf(clause).has('definitions') || (clause.heading !== undefined && headingTopics(clause.heading.value).includes('definitions'));
}

/** Whether the words hold a definition: its term between quotation marks, or (unless `quoted`) its meaning as written. */
function holdsAny(words: string, definitions: readonly Definition[], quoted = false): boolean {
  const text = oneLine(words);
  return definitions.some((d) => {
    const term = oneLine(d.term!.value);
    const meaning = d.meaning ? oneLine(d.meaning.value) : '';
    return new RegExp(`["“”'‘’\`]{1,2}(?:the )?${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["“”'‘’]`).test(text) || (!quoted && meaning.length > 0 && text.includes(meaning));
  });
}

/** The clause the `define`s are printed in, or undefined where none announces them without holding them. */
export function definitionsHolder(model: SemanticModel, clauses: readonly Clause[]): Clause | undefined {
  const definitions = model.ast.definitions.filter((d) => d.term?.value.trim());
  if (definitions.length === 0) return undefined;
  const onThem = clauses.filter((c) => onDefinitions(model, c));
  if (onThem.some((c) => holdsAny(model.clauseText(c) ?? '', definitions))) return undefined;
  return onThem.find((c) => /:\s*$/.test(model.clauseText(c) ?? ''));
}

/** Words after a quoted term that define it: "“X” means …", "“X” shall have the meaning …", "‘X’: …". */
const definingAfter = /^[”"’'`]{0,2}\s*(?::|means\b|shall\s+mean\b|mean\b|has\s+the\s+meaning\b|shall\s+have\s+the\s+meaning\b|is\s+defined\s+as\b|is\s+used\s+in\s+the\s+sense\b|includes\b|shall\s+include\b)/u;
/** Words before a quoted term that introduce it: "hereinafter referred to as “X”", "(hereinafter “X”)", "(“X”)". */
const introducedBefore = /(?:referred\s+to\s+as|hereinafter|hereafter|called|\()\s*(?:the\s+)?$/u;

/**
 * Whether the words define this term: the term between quotation marks with words that define it
 * after or introduce it before, or its meaning word for word. A list of the terms the article will
 * define ("the terms “assistance”, “nationals”, “territory” and “country of origin” shall have the
 * following meanings, that is to say:", ETS 14 Art. 2(a); read: BWBV0005096) names them and
 * defines none.
 */
function defines(words: string, d: Definition): boolean {
  const text = oneLine(words);
  const meaning = d.meaning ? oneLine(d.meaning.value) : '';
  if (meaning.length > 0 && text.includes(meaning)) return true;
  // Its meaning's first words, past an article ("the Inter-Governmental Maritime …" → "inter-governmental maritime consultative").
  const opening = meaning.replace(/^(?:the|a|an)\s+/u, '').split(' ').slice(0, 3).join(' ');
  const term = oneLine(d.term!.value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Or in brackets after what it names: "… and assets (Australian Personnel)" (NL–Australia MH17 2014, para. 1).
  if (new RegExp(`\\((?:the )?${term}\\)`, 'u').test(text)) return true;
  for (const m of text.matchAll(new RegExp(`[“"‘'\`]{1,2}(?:the )?${term}[”"’']`, 'gu'))) {
    const at = m.index ?? 0;
    if (definingAfter.test(text.slice(at + m[0].length, at + m[0].length + 40))) return true;
    // A short name introduced after the words it names ("… Maritime Consultative Organization (hereinafter called the “Organization”)"):
    // the definition is printed only where those are its meaning's words, not a short name for other words (ETS 14 Art. 1's
    // "(hereinafter referred to as “assistance”)", while the `define` holds Art. 2(a)(i)'s definition).
    if (introducedBefore.test(text.slice(Math.max(0, at - 40), at)) && opening.length > 0 && text.slice(Math.max(0, at - 400), at).includes(opening)) return true;
  }
  return false;
}

/**
 * A concluded text's `define`s that a clause on definitions covers but no such clause defines in its
 * words, nor any clause at all, where none announces them to be printed after it (`definitionsHolder`): ETS 14, whose
 * Art. 2(a)(i) and (iii) ("Assistance", "Country of origin") are `define`s beside a clause `about
 * definitions` holding the chapeau, (ii) and (b) (sixty-fourth run, item 3). The clause "covers"
 * them (constructs/drafter-replaced.ts), so they were neither printed nor named in the note: the
 * export's Art. 2 lacked (i) and (iii) without a word. They are not "replaced" by that clause, so
 * the note after the text names them as not printed; each one the clauses define stays replaced.
 */
export function definitionsNotHeld(model: SemanticModel, clauses: readonly Clause[]): ReadonlySet<Definition> {
  const onThem = clauses.filter((c) => onDefinitions(model, c));
  if (onThem.length === 0 || definitionsHolder(model, clauses)) return new Set();
  // Defined in any clause's words (an article that defines its own term, "the term “child prostitution” shall mean …",
  // Lanzarote Convention 2007, Art. 19(2); the preamble's "hereinafter referred to as"): printed there.
  const texts = model.ast.clauses.map((c) => model.clauseText(c) ?? '');
  return new Set(model.ast.definitions.filter((d) => d.term?.value.trim() && !texts.some((t) => defines(t, d))));
}

/** The clause's article with the `define`s after its words. */
export function withDefinitions(article: Article, model: SemanticModel, r: RenderContext, concluded: boolean): Article {
  const definitions = model.ast.definitions.filter((d) => d.term?.value.trim());
  // Concluded: the meaning as written, its full stop too (r.phrase drops it); a draft's as the generated article punctuates it.
  const meaning = (d: Definition) => (!d.meaning ? r.placeholder('meaning to be defined') : concluded ? visibleText(d.meaning.value).replace(/\s+/g, ' ').trim() : r.phrase(d.meaning));
  const texts = definitions.map((d) => `“${r.phrase(d.term!)}” means ${meaning(d)}`);
  const punctuated = concluded ? texts : texts.map((t, i) => `${t}${i === texts.length - 1 ? '.' : ';'}`);
  const paragraphs: Paragraph[] = punctuated.map((text) => ({ text, label: '' }));
  return { ...article, paragraphs: [...article.paragraphs, ...paragraphs] };
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
 * print as the Parties'. So a mark stands at their place, outside the text's words, naming the
 * terms in the file's order: "[The definitions of the text are not printed here: ‘UN assessment
 * rate’, …]". Returned by the clause they stand before.
 *
 * Only where that place is known to be theirs: where the printed articles' numbering skips an
 * article there (EMEP: the first printed is Article 2; Convention 108: Article 3 after Article 1).
 * Elsewhere the transcriber put them where the file reads best, not where the text has them
 * (NATO 1997: its Annex I before Article 1; NL–Hong Kong 2002: Art. 2(2) before Article 1), and a
 * mark saying "here" would misplace them; the note names them.
 */
export function definitionsBetweenClauses(model: SemanticModel, all: readonly Clause[], clauses: readonly Clause[]): ReadonlyMap<Clause, string> {
  const marks = new Map<Clause, string[]>();
  if (all.some((c) => onDefinitions(model, c))) return new Map();
  const line = (n: { range: { start: { line: number } } }) => n.range.start.line;
  const words = all.map((c) => model.clauseText(c) ?? '').join('\n');
  for (const d of model.ast.definitions) {
    // A term some clause defines between quotation marks is printed there (ETS 182's preamble: "hereinafter
    // referred to as ‘‘the Convention’’"); words that merely repeat a meaning (NL–Eurojust's preamble names
    // the Council Decision) define nothing.
    if (!d.term?.value.trim() || holdsAny(words, [d], true)) continue;
    const at = line(d);
    if (!all.some((c) => line(c) < at)) continue;
    const next = all.find((c) => line(c) > at);
    if (!next || !skipsBefore(next, clauses)) continue;
    marks.set(next, [...(marks.get(next) ?? []), `‘${d.term.value.replace(/\s+/g, ' ').trim()}’`]);
  }
  const said = new Map<Clause, string>();
  marks.forEach((terms, clause) => said.set(clause, `[The definitions of the text are not printed here: ${terms.length === 1 ? terms[0] : `${terms.slice(0, -1).join(', ')} and ${terms[terms.length - 1]}`}.]`));
  return said;
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
