/**
 * Builds the rendering model of an instrument (instrument-model.ts) from its linked model: the
 * preamble, the articles in the order drafter-order.ts arranges them (every construct's articles
 * as its row in the construct table renders them, or the drafter's own clauses in the drafter's
 * order and numbering), the final formula and the signature blocks. Articles are numbered here
 * unless the drafter numbers them, and cross-references ("the channel referred to in Article 3")
 * resolved against the numbers.
 */
import type { Article, ListItem, Paragraph, RenderContext } from '../constructs/construct';
import type { ExportNumbering } from '../model/provision-names';
import type { SemanticModel } from '../model/semantic-model';
import { withoutReprintedWords } from './reprinted-words';
import { arrange, drafterNumbered, outsideHeading, outsideLead, type Arrangement, type Placed } from './drafter-order';
import { isExchange } from './exchange';
import { placeholder, placeholderMark, resolveReferences, visibleText } from './inline';
import type { DraftMark, RenderedArticle, RenderedInstrument, RenderedParty } from './instrument-model';
import { drafterPreamble, preamble, preambleOmitted } from './preamble';
import { renderContext, treatyFormulas } from './render-context';
import { resolvedUnder, type ResolvedArticle } from './resolved-articles';
import { signatureBlocks, testimonium, textWritesFormula } from './testimonium';
import { formulaSignsAnother } from './formula-another';
import { unprintedHeaderFacts } from './unprinted-header-facts';
import { headerStatedByText, headerWithoutTopic } from './header-stated-by-text';
import { numberingGapsAt } from './numbering-gaps';
import { type BeforeMark, omissionMarks } from './omission-marks';
import { unprintedNote } from './unprinted-note';
import { slug, withoutArticle } from './words';
import { keptReading } from './clause-readings';
import { sameElements } from '../util/same-values';

/** The problems analysis found in the document: with errors it is a draft, and says so. */
export interface ProblemCount {
  readonly errors: number;
  readonly warnings: number;
}

/**
 * What each provision is cited as, by key (`clause:Costs`, `header:Amendment`): "Article 3",
 * "paragraph 9", or "the provision “…”" — what the export writes for a cross-reference to it,
 * `§Name` included. The editor's hover and completion show it without rendering the text.
 */
export function provisionCitations(model: SemanticModel): ReadonlyMap<string, string> {
  const r = renderContext(model);
  return citationsOf(arrange(model, r), r);
}

/** The numbers the export gives the provisions, where it numbers them (model/provision-names.ts, `ExportNumbering`). */
export function exportNumbering(model: SemanticModel): ExportNumbering | undefined {
  // Where the renderer numbers the provisions (arrange's first test), the unit it numbers is known
  // without arranging the text: the numbers are arranged only when a citation asks for them — at
  // 10k lines arranging costs about what a keystroke's analysis does, and a treaty's
  // "paragraph 2" (a paragraph of one of its articles) never asks.
  // The rendering context (it reads every clause's heading) is made only when the text is arranged.
  if (!isExchange(model) && !drafterNumbered(model)) {
    let provisions: Map<number, string[]> | undefined;
    const numbered = () => (provisions ??= numberedProvisions(arrange(model, renderContext(model))));
    return { unit: treatyFormulas(model) ? 'Article' : 'paragraph', terms: false, get provisions() { return numbered(); } };
  }
  const { numbering, citations } = arrange(model, renderContext(model));
  if (numbering === 'renderer' || !citations) return undefined;
  const provisions = new Map<number, string[]>();
  citations.forEach((citation, key) => addProvision(provisions, Number(citation.replace(/^paragraph /, '')), key));
  return { unit: 'paragraph', terms: true, provisions };
}

function numberedProvisions({ main }: Arrangement): Map<number, string[]> {
  const provisions = new Map<number, string[]>();
  main.forEach(({ article }, index) => article.establishes?.forEach((key) => addProvision(provisions, index + 1, key)));
  return provisions;
}

function addProvision(provisions: Map<number, string[]>, number: number, key: string): void {
  provisions.set(number, [...(provisions.get(number) ?? []), key]);
}

function citationsOf({ numbering, main, outside, citations: inNotes }: Arrangement, r: RenderContext): ReadonlyMap<string, string> {
  const numbered = numbering === 'renderer';
  // Where the renderer numbers every article, each citation is its article's place: the same
  // articles (or articles establishing the same keys) in the same places give the same citations,
  // the very map made before, which the resolved articles then find by identity (resolved-articles.ts).
  const byPlace = numbered && outside.length === 0 && (inNotes === undefined || inNotes.size === 0) && main.length > 0;
  const last = byPlace ? citedByPlace.get(main[0].article) : undefined;
  if (last !== undefined && last.treaty === r.treaty && sameEstablished(last.articles, main)) return last.citations;
  // Cross-references ("the channel referred to in Article 3") cite the renderer's numbers; in a
  // text its drafter numbers, a generated article has none, and is cited by its heading.
  const citations = new Map<string, string>();
  main.forEach(({ article }, index) => article.establishes?.forEach((key) => citations.set(key, numbered ? `${r.treaty ? 'Article' : 'paragraph'} ${index + 1}` : `the provision “${article.heading}”`)));
  outside.forEach(({ article }) => article.establishes?.forEach((key) => citations.set(key, `the provision “${article.heading}”`)));
  // The terms a proposal carries are cited by their number in it, from the reply too.
  inNotes?.forEach((citation, key) => citations.set(key, citation));
  if (byPlace) citedByPlace.set(main[0].article, { treaty: r.treaty, articles: main.map((p) => p.article), citations });
  return citations;
}

/** The citations made last by place (`citationsOf`), kept with the first article: nothing held once its document's articles are gone. */
const citedByPlace = new WeakMap<Article, { readonly treaty: boolean; readonly articles: readonly Article[]; readonly citations: ReadonlyMap<string, string> }>();

/** The same number of articles, each the same or establishing the same keys as the one before it in its place. */
function sameEstablished(before: readonly Article[], main: readonly Placed[]): boolean {
  if (before.length !== main.length) return false;
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = main[i].article;
    if (a !== b && !sameElements(a.establishes ?? [], b.establishes ?? [])) return false;
  }
  return true;
}

export function buildInstrument(model: SemanticModel, problems: ProblemCount = { errors: 0, warnings: 0 }): RenderedInstrument {
  const r = renderContext(model);
  const header = model.ast.instrument;
  const unit = r.treaty ? 'Article' : 'Paragraph';
  const arrangement = arrange(model, r);
  const { numbering, main, outside, annexed, unprinted, concluded } = arrangement;
  const numbered = numbering === 'renderer';
  const citations = citationsOf(arrangement, r);
  const resolve = (text: string) => resolveReferences(text, (key) => citations.get(key));
  const resolved = resolvedUnder(citations);
  let position = 0;
  let articleBlanks = 0;
  const place = ({ article, role }: Placed, withNumber: boolean): RenderedArticle => {
    position += 1;
    const { heading, paragraphs, blanks } = resolved(article, () => resolveArticle(article, resolve));
    // A concluded text's provision the text heads with nothing is printed with no heading: a topic
    // or a blank above it would be words the signed text does not have (sixty-first run, defect 2).
    const printed = concluded && article.headingSupplied ? '' : heading;
    // Only the blanks printed are counted: a heading left unprinted is no blank to fill, and a
    // signed text is not bannered "DRAFT — 1 blank to fill" for it (lr14, D4).
    articleBlanks += printed === heading ? blanks : blanks - countIn(heading);
    return { number: position, num: withNumber ? `${unit} ${position}` : undefined, heading: printed, paragraphs, role };
  };
  const placed = main.map((p) => place(p, numbered));
  // A concluded transcription that leaves articles out says so where its printed numbering jumps.
  // Before the first printed article too, when its number is above 1 ("not printed" where `define`s may hold those articles' words).
  const numberGaps = concluded && !numbered ? numberingGapsAt(placed.map((a) => a.heading), model.ast.definitions.length > 0 ? 'not printed' : 'not transcribed') : new Map();
  // Where the `define`s stand at a jump, they may hold the skipped article's words: it is "not printed", not "not transcribed".
  main.forEach((p, index) => {
    const gap = numberGaps.get(index);
    if ((p.definitionsBefore || p.definitionsMayStandBefore) && gap?.said === 'not transcribed') numberGaps.set(index, { ...gap, said: 'not printed', mark: gap.mark.replace('not transcribed', 'not printed') });
  });
  const outsidePlaced = outside.map((p) => place(p, false));
  const annexedPlaced = annexed.map((p) => place(p, false));
  // A transcription that says what it leaves out (`omitted "…"`) is marked there too, one mark per gap
  // (omission-marks.ts): among the articles and the annexes after the final formula ("Annexes I and II" before Annex III).
  const omitted = omissionMarks([...placed, ...annexedPlaced].map((a) => a.heading), header?.omitted?.parts.map((p) => p.value) ?? [], numberGaps, placed.length);
  // The `define`s that stand before the article in no clause follow the gap's mark, as the marked insertion (definitions-in-place.ts).
  // Where the insertion stands in a jump "not printed", the marks of what follows that jump in the text come after it (atInsertion).
  const marked = (a: RenderedArticle, index: number): RenderedArticle => {
    const inserted = index < main.length ? main[index].definitionsBefore : undefined;
    const at = index < main.length ? main[index].definitionsAtGap : undefined;
    const [above, below] = atInsertion(omitted.beforeMarks.get(index) ?? [], inserted !== undefined && at !== undefined);
    const said = above.length > 0 ? gapWithDefinitions(above.map((m) => m.said).join(' '), at) : undefined;
    const then = below.length > 0 ? below.map((m) => m.said).join(' ') : undefined;
    if (said === undefined && inserted === undefined && then === undefined) return a;
    return { ...a, ...(said !== undefined ? { gapBefore: said } : {}), ...(inserted !== undefined ? { insertedBefore: inserted } : {}), ...(then !== undefined ? { gapAfterInsertion: then } : {}) };
  };
  const articles = placed.map(marked);
  // Words the numbered text prints are not reprinted as "not yet in the numbered text" (render/reprinted-words.ts).
  const outsideArticles = withoutReprintedWords(outsidePlaced, articles);
  const annexedArticles = annexedPlaced.map((a, index) => marked(a, placed.length + index));
  const annex = header?.kind.value === 'annex';
  // A concluded text is printed as its clauses hold it: a preamble or signature blocks generated from
  // the declarations would be words the text does not have ("All States and Regional economic
  // integration organizations, hereinafter referred to as “the Parties”," before UNCAC, which the
  // transcription opens at Article 1; English "For Het Koninkrijk België" blocks after the Dutch
  // "GEDAAN te Luxemburg": the treaty lawyer’s check of December 2026, second round, point 1).
  // A clause holding the text's preamble or signatures is the text's, and prints as written.
  const opening = preamble(model, r);
  const generatedPreamble = drafterPreamble(model) ? undefined : opening;
  const generatedSignatures = annex ? [] : signatureBlocks(model, r);
  // The same for the final formula: "Done at [place of signature] on [date of signature]" after the
  // FCTC Protocol's Article 47, an "IN WITNESS WHEREOF" NL–Switzerland 2007 transcribes in no clause
  // (the treaty lawyer’s third check, point 1). A clause holding it is printed, as written.
  const formula = annex ? [] : testimonium(model, r);
  const generatedFormula = textWritesFormula(model) ? [] : formula;
  // A text that opens with an unheaded paragraph of its own (the NL–UK Mutual Agreement 2008: "The
  // competent authorities … have entered into the following mutual agreement …") prints that
  // paragraph first: saying its preamble is not transcribed would misdescribe it (sixty-first run, defect 4).
  const opensUnheaded = main[0]?.article.headingSupplied === true && main[0].role !== 'definitions';
  const untranscribed = concluded
    ? [...(generatedPreamble && !opensUnheaded ? ['preamble'] : []), ...(generatedFormula.length > 0 ? ['final formula'] : anotherFormula(model)), ...(!annex && signatureBlocks(model, r, true).length > 0 ? ['signature blocks'] : [])]
    : [];
  const languages = header?.languages?.languages.map((l) => l.text) ?? [];
  const depositaries = header?.depositary?.values ?? [];
  const rendered: RenderedInstrument = {
    title: header?.title?.value.trim() ? visibleText(header.title.value.trim()) : placeholder('title of the instrument'),
    kind: header?.kind.value,
    treaty: r.treaty,
    self: r.self,
    unit,
    draft: undefined,
    parties: parties(model, r),
    terms: model.ast.definitions.filter((d) => d.term?.value.trim()).map((d) => termEntry(d, d.term!.value)),
    organisations: depositaries.flatMap((d) => ('value' in d ? [{ name: withoutArticle(r.phrase(d)), key: slug(d.value) }] : [])),
    preamble: (concluded && generatedPreamble) || (generatedPreamble && preambleOmitted(model)) ? undefined : opening,
    numbering,
    articles,
    outside: outsideArticles.length > 0 ? { heading: outsideHeading, lead: outsideLead, articles: outsideArticles } : undefined,
    // Named, not rendered: the headings the articles would have had are the only words of theirs the note takes.
    unprinted: concluded ? unprintedNote(unprinted, concluded, untranscribed, arrangement.stated, arrangement.inserted, arrangement.carried, arrangement.also, unprintedHeaderFacts(model, r), headerStatedByText(model, r), headerWithoutTopic(model, r)) : undefined,
    annexed: annexedArticles,
    omittedEnd: omitted.end,
    omittedAfter: omitted.after,
    testimonium: (concluded && generatedFormula.length > 0 ? [] : formula).map(resolve),
    signatures: concluded ? [] : generatedSignatures,
    languages,
    signed: header?.signature?.date?.valid ? { iso: header.signature.date.text, place: header.signature.place?.value } : undefined,
    // "Annex to …" under an annex's title only: a protocol's own title names its parent ("Additional
    // Protocol to the European Agreement …"), and a protocol is no annex.
    parentTitle: header?.kind.value === 'annex' ? r.parent : undefined,
  };
  // A text with a blank in it is not the text that is signed, whatever the checks found (a
  // template filled with `--sample` leaves "[notice]" in its denunciation clause): it is a draft.
  // So is a text with provisions outside its drafter's numbering: nobody signs them unresolved.
  // The articles' placeholders were counted as they were placed; `parties` and `terms` repeat names the preamble and signature blocks print.
  const blanks = articleBlanks + countPlaceholders([rendered.title, rendered.preamble, rendered.outside?.heading, rendered.testimonium, rendered.signatures]);
  return { ...rendered, draft: draftMark(problems, blanks, outsideArticles.length) };
}

/**
 * The marks before an article, parted where the definitions' insertion stands: after the last jump
 * "not printed" (the articles whose words the `define`s may hold), before the marks of what follows
 * them in the text. NL–Syria 1953 printed "[Articles 2 to 16 … are not transcribed.]" above Article
 * 1's definitions (ninety-fifth run, defect 4). With no such jump, all the marks stand above it.
 */
function atInsertion(marks: readonly BeforeMark[], inserted: boolean): [readonly BeforeMark[], readonly BeforeMark[]] {
  const last = inserted ? marks.map((m) => m.jump).lastIndexOf('not printed') : -1;
  return last < 0 ? [marks, []] : [marks.slice(0, last + 1), marks.slice(last + 1)];
}

/**
 * The jump's mark where the definitions' insertion follows it (definitions-in-place.ts): "[Article 2
 * is not printed.]" directly above Article 2's definitions read against them (the seventy-fourth
 * run, defect 3). Where the file puts them there, the mark says that the transcription places them
 * there, never that the skipped articles hold them: of several, one may be "Scope" or an operative
 * article left out without a word (lr17, D8). Where the jump was taken for theirs by inference, it
 * says only that the article is neither printed nor listed (the insertion's lead says the rest: lr16, D3).
 */
function gapWithDefinitions(gap: string, at: 'known' | 'inferred' | undefined): string {
  if (at === undefined) return gap;
  return gap.replace(/\[((Articles?) ([^\]]*?)) (is|are) not printed\.\]/gu, (_, what: string, unit: string, numbers: string, verb: string) =>
    at === 'inferred'
      ? `[${what} ${verb} not printed, and the header’s omitted list does not name ${verb === 'is' ? 'it' : 'them'}.]`
      : verb === 'is' ? `[${what}’s wording is not printed; the definitions the transcription places here follow.]` : `[${what} are not printed; the definitions the transcription places ${between(unit, numbers)} follow.]`);
}

/** "between Articles 1 and 4" for "Articles 2 and 3"; "before Article 3" for "Articles 1 and 2"; "here" where the numbers are not a run. */
function between(unit: string, numbers: string): string {
  const run = /^(\d+) (?:and|to) (\d+)$/u.exec(numbers);
  if (!run) return 'here';
  const [from, to] = [Number(run[1]) - 1, Number(run[2]) + 1];
  return from < 1 ? `before ${unit.replace(/s$/u, '')} ${to}` : `between ${unit} ${from} and ${to}`;
}

/**
 * An article with its cross-references resolved and its placeholders counted, in one walk. What
 * cites no article is returned as it is, not copied: most paragraphs cite none, and copying every
 * paragraph, list item and table of a 100,000-line text (and counting through a generic walk over
 * the copies) was a fifth of building its rendering model.
 */
function resolveArticle(article: Article, resolve: (text: string) => string): ResolvedArticle {
  let blanks = 0;
  const text = (t: string): string => {
    const resolved = resolve(t);
    blanks += countIn(resolved);
    return resolved;
  };
  const texts = (list: readonly string[]): readonly string[] => same(list, list.map(text));
  const item = (i: ListItem): ListItem => {
    const t = text(i.text);
    const items = i.items && same(i.items, i.items.map(item));
    return t === i.text && items === i.items ? i : { label: i.label, text: t, ...(items ? { items } : {}) };
  };
  const paragraph = (p: Paragraph): Paragraph => {
    if (typeof p === 'string') return text(p);
    const t = text(p.text);
    const items = p.items && same(p.items, p.items.map(item));
    const head = p.table && texts(p.table.head);
    const rows = p.table && same(p.table.rows, p.table.rows.map(texts));
    const table = p.table && (head === p.table.head && rows === p.table.rows ? p.table : { head: head!, rows: rows! });
    const wrapUp = p.wrapUp === undefined ? undefined : text(p.wrapUp);
    if (t === p.text && items === p.items && table === p.table && wrapUp === p.wrapUp) return p;
    return { text: t, ...(p.label !== undefined ? { label: p.label } : {}), ...(items ? { items } : {}), ...(wrapUp !== undefined ? { wrapUp } : {}), ...(table ? { table } : {}), ...(p.quoted ? { quoted: true } : {}), ...(p.mark ? { mark: true } : {}), ...(p.alone ? { alone: true } : {}) };
  };
  const heading = text(article.heading);
  const paragraphs = same(article.paragraphs, article.paragraphs.map(paragraph));
  return { heading, paragraphs, blanks };
}

/** The list as it was when each of its entries is the very same. */
function same<T>(before: readonly T[], after: readonly T[]): readonly T[] {
  return after.every((entry, i) => entry === before[i]) ? before : after;
}

/** A defined term as the rendering lists it, kept with its definition's node for its words (clause-readings.ts): the same after an edit elsewhere. */
const termEntry = keptReading((term: string) => ({ term: visibleText(term.trim()), key: slug(term) }));

/** The placeholders in one text. */
function countIn(text: string): number {
  let count = 0;
  for (let at = text.indexOf(placeholderMark); at >= 0; at = text.indexOf(placeholderMark, at + 1)) count++;
  return count;
}

function parties(model: SemanticModel, r: RenderContext): RenderedParty[] {
  return model.signatories.map((p, index) => {
    const name = p.effective.name?.value.trim();
    const kind = p.effective.kind?.value;
    return {
      name: name ? visibleText(name) : placeholder(`name of the ${['first', 'second', 'third'][index] ?? `${index + 1}th`} ${r.participant}`),
      key: name ? slug(name) : `party${index + 1}`,
      kind: kind === 'state' ? 'state' : kind === 'international-organisation' ? 'organisation' : kind ? 'body' : 'unknown',
      representative: p.effective.representative?.value ? visibleText(p.effective.representative.value) : undefined,
    };
  });
}

function draftMark({ errors, warnings }: ProblemCount, blanks: number, outside: number): DraftMark | undefined {
  if (errors === 0 && blanks === 0 && outside === 0) return undefined;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const problems = errors > 0 ? `${count(errors + warnings, 'unresolved problem')} (${count(errors, 'error')}${warnings > 0 ? `, ${count(warnings, 'warning')}` : ''})` : undefined;
  const unfilled = blanks > 0 ? count(blanks, 'blank') + ' to fill' : undefined;
  const unnumbered = outside > 0 ? `${count(outside, 'provision')} outside the text’s numbering` : undefined;
  return { errors, warnings, blanks, outside, label: `DRAFT — ${[problems, unfilled, unnumbered].filter((p) => p !== undefined).join('; ')}` };
}

/** The placeholders in every string of a part of the rendered text (inline.ts marks them). */
function countPlaceholders(value: unknown): number {
  // Counted in place: splitting every sentence of a 100,000-line text only to count was 5% of rendering it.
  if (typeof value === 'string') return countIn(value);
  let count = 0;
  if (Array.isArray(value)) for (const item of value) count += countPlaceholders(item);
  else if (value && typeof value === 'object') for (const field of Object.values(value)) count += countPlaceholders(field);
  return count;
}

/**
 * The `done` statement's formula, where the formula printed is another instrument's (formula-another.ts,
 * `formulaSignsAnother`): said not transcribed, whatever the last clause holds (seventy-fifth run, defect 4).
 */
function anotherFormula(model: SemanticModel): string[] {
  const another = formulaSignsAnother(model);
  return another ? [`final formula of the ${another.titled} (the one printed signs the ${another.signed})`] : [];
}
