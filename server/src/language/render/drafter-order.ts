/**
 * The order of the articles of an instrument, and who numbers them.
 *
 * A text whose clauses number themselves ("Article 1 – Object and scope", "Section 2", "Annex A":
 * render/self-numbering.ts) is numbered by its drafter. Its clauses are printed in the drafter's
 * order with their headings as written, and nothing is numbered by the renderer: a generated
 * "Article 1 — Definitions" before them would shift every number, and every cross-reference of
 * the text ("the procedure set out in Article 23") would point at another article (export
 * review, systemic finding 3). The articles generated from declarations are then:
 * - not printed where a drafter's clause covers their subject (constructs/drafter-replaced.ts);
 * - otherwise printed after the drafter's last article, outside the numbering, under a heading
 *   that says so, and the export is a draft until the drafter resolves them (never dropped
 *   silently, never numbered into the drafter's sequence).
 * The clauses after the drafter's final formula (a protocol, an annex, the statutes), or, without
 * one, the annexes that end the text, follow the signatures, as in the text (review items 20, 29).
 *
 * A text whose clauses do not number themselves (a new instrument, a template, the samples) is
 * numbered by the renderer, in the order of the construct table (`render` column). A drafted
 * exchange whose proposal carries the terms (`note … with terms`) is its notes, the provisions in
 * that order inside the proposal (render/proposal-terms.ts).
 *
 * A concluded text (model/conclusion.ts: it dates its signature or exchange, or says it is signed)
 * is printed as its own words only, however it is numbered: the export claims to be the signed
 * text, so a provision generated from the declarations there would be words the Parties never
 * signed ("shall exchange" where UNCAC Art. 46(4) says "may"; a one-way duty made mutual: the
 * treaty lawyer’s check of December 2026, point 2b). Those provisions are `unprinted`, and named in a note outside the
 * text (render/unprinted-note.ts) — not dropped silently, not printed as provisions. On a draft
 * they are the drafter's proposals, printed as above.
 */
import type { Clause, Declaration, Definition } from '../ast/nodes';
import type { ClauseTopic } from '../ast/topics';
import type { Article, Paragraph, RenderContext, Renderer } from '../constructs/construct';
import { drafterReplacesConstruct, type DrafterCoverage } from '../constructs/drafter-replaced';
import { declarationRows, instrumentRow, type DeclarationKind, type DeclarationOf } from '../constructs/table';
import { concludedText, type Concluded } from '../model/conclusion';
import { someDeclaration } from '../model/document-change';
import type { SemanticModel } from '../model/semantic-model';
import { headingNamesExchange, headingPieces, headingTopics } from './drafter-topics';
import type { RenderedArticle } from './instrument-model';
import { isExchange } from './exchange';
import { definitionsInsertion, insertedIn, printable } from './definitions-insertion';
import { termCitations, termsNote, withTerms } from './proposal-terms';
import { withQuotedOffers } from './reply-quotation';
import { drafterPreamble } from './preamble';
import { carriesDesignation, namesAttachment } from './self-numbering';
import { keptReading } from './clause-readings';
import { KeptArticles } from './kept-articles';
import { drafterFormula } from './testimonium';
import { type DefinitionsBetween, definitionsBetweenClauses, definitionsInArticle, definitionsNotHeld, definitionsUnplaced, draftDefinitionsPlace, withDefinitions, withDefinitionsMark } from './definitions-in-place';
import { declaredArticleNumbers } from './omission-marks';
import { carriedByOwnWords, concludedDefinitionsPlace, type StatedBy } from './concluded-definitions';
import type { Carried } from './unprinted-note';
import { singleSpaced } from '../util/single-spaced';

export interface Placed {
  readonly article: Article;
  readonly role: RenderedArticle['role'];
  /** What a generated article is generated from (a drafter's clause or note has none): its declarations, or the header. */
  readonly from?: GeneratedFrom;
  /** On a concluded text: the `define`s that stand in the file before this clause, in no clause, as the marked insertion (definitions-in-place.ts). */
  readonly definitionsBefore?: Paragraph;
  /** The printed numbering skips an article here that the header's `omitted` does not name, and may be the definitions' (its mark says "not printed"). */
  readonly definitionsMayStandBefore?: boolean;
  /** The insertion before this clause stands at the one unlisted jump: where the file puts it ('known'), or moved there ('inferred'); its mark says which. */
  readonly definitionsAtGap?: 'known' | 'inferred';
}

/** The declarations of one kind an article is generated from (one, or all those a kind renders together), or the header's statements. */
export type GeneratedFrom = { readonly kind: DeclarationKind; readonly nodes: readonly Declaration[] } | { readonly kind: 'header' };

export interface Arrangement {
  readonly numbering: 'renderer' | 'drafter';
  /** The articles of the text, in order: numbered by the renderer, or the drafter's as written. */
  readonly main: readonly Placed[];
  /** Generated articles outside the drafter's numbering (drafter-numbered texts only). */
  readonly outside: readonly Placed[];
  /** The drafter's clauses after the final formula (drafter-numbered texts only). */
  readonly annexed: readonly Placed[];
  /** What a provision is cited as where the renderer numbers it inside a note (`with terms`): "paragraph 3". */
  readonly citations?: ReadonlyMap<string, string>;
  /** On a concluded text: the generated articles no drafter's clause covers, which are not printed (named in a note instead). */
  readonly unprinted: readonly Placed[];
  /** On a concluded text: the generated articles a drafter's clause is tagged with, not printed either (named apart in the note). */
  readonly stated?: readonly Placed[];
  /** Why the text is concluded, when it is. */
  readonly concluded: Concluded | undefined;
  /** On a concluded text: the `define`s printed as a marked insertion (definitions-insertion.ts), which the note names as such. */
  readonly inserted?: readonly Definition[];
  /** On a concluded text: the `define`s another article's own words define, with that article's heading (concluded-definitions.ts). */
  readonly carried?: readonly Carried[];
  /** On a concluded text: the `define`s printed whose term another article's words also define, add to or name, in other words (concluded-definitions.ts). */
  readonly also?: readonly Carried[];
}

/** The heading of the provisions printed outside the drafter's numbering. */
export const outsideHeading = 'Provisions stated only in the declarations — not numbered in the text';

/** The line under that heading: on a draft those provisions are the drafter's proposals (a concluded text prints none). */
export const outsideLead = 'Proposed from the declarations; not yet in the numbered text.';

/** Whether the drafter numbers the text: a clause of it carries its own designation. */
const designates = keptReading(carriesDesignation);

/** A clause's article (constructs/clause.ts). */
const clauseArticle = declarationRows.Clause.render!.each!;

/**
 * One answer per declaration, kept and patched across keystrokes (model/document-change.ts): asked
 * on every keystroke (generated-number-reference), a walk over every clause through a closure was
 * recompiled again and again at 10k lines.
 */
export function drafterNumbered(model: SemanticModel): boolean {
  return someDeclaration('drafter-numbered', model, '', designatingClause);
}

function designatingClause(d: Declaration): boolean {
  return d.type === 'Clause' && d.heading !== undefined && designates(d, d.heading.value);
}

/**
 * The arrangement of a model's articles, made once per model (`r` is that model's context, which
 * answers alike for as long as the model lives: a model is never changed once made). The export,
 * the citations the editor shows and each slice of a rendering made ahead (render-budget.ts) ask
 * for it; a slice that stopped while arranging leaves none, and the next one arranges again, reusing
 * the articles made so far.
 */
export function arrange(model: SemanticModel, r: RenderContext): Arrangement {
  let done = arranged.get(model);
  if (done === undefined) arranged.set(model, (done = arrangeAnew(model, r)));
  return done;
}

const arranged = new WeakMap<SemanticModel, Arrangement>();

function arrangeAnew(model: SemanticModel, r: RenderContext): Arrangement {
  const kept = KeptArticles.of(model, r);
  // The drafter's preamble and final formula are printed as the preamble and the final formula, never as articles.
  const own = new Set<Declaration | undefined>([drafterPreamble(model), drafterFormula(model)]);
  // The letters of an exchange are the drafter's text, never articles the renderer numbers (exchange.ts).
  const exchange = isExchange(model);
  const concluded = concludedText(model.ast);
  const renderer = !exchange && !drafterNumbered(model);
  if (renderer && !concluded) return { numbering: 'renderer', main: ordered(model, kept, true, (d) => !own.has(d)), outside: [], annexed: [], unprinted: [], concluded };

  const coverage = drafterCoverage(model);
  // Concluded, `define`s a clause on definitions covers but neither holds nor has marked are named in the note (definitions-in-place.ts),
  // and so is each one no clause defines in its words (ETS 14 Art. 2(a)(i), (iii): a chapeau listing the terms defines none).
  const ownClauses = model.ast.clauses.filter((c) => !own.has(c));
  const marking = !renderer && !(exchange && termsNote(model));
  // Concluded, with an article on definitions: each `define` printed beside it, elsewhere, or carried by a clause's words (concluded-definitions.ts).
  const place = concluded && marking ? concludedDefinitionsPlace(model, ownClauses) : undefined;
  const unplaced = concluded !== undefined && !place && definitionsUnplaced(model, ownClauses, marking);
  const notHeld: ReadonlySet<Declaration> = concluded ? (place ? new Set(place.unplaced) : definitionsNotHeld(model, ownClauses, marking)) : new Set();
  // A draft's `define`s no clause holds: printed in the article on definitions or the place its words name, else outside the numbering.
  const draftPlace = concluded || !marking ? undefined : draftDefinitionsPlace(model, ownClauses);
  const replaced = (kind: DeclarationKind, node: Declaration, all: readonly Declaration[]): boolean => {
    if (kind === 'Definition' && (unplaced || notHeld.has(node) || draftPlace === 'outside')) return false;
    const rule = drafterReplacesConstruct[kind] as ((n: Declaration, d: DrafterCoverage, a: readonly Declaration[]) => boolean) | undefined;
    return rule !== undefined && rule(node, coverage, all);
  };
  // A concluded text the renderer numbers (it has no designations of its own): its clauses and notes, in order; nothing generated.
  // Concluded, the declarations a clause is tagged with are not printed either: the note names
  // them apart, beside those it names as not printed (ETS 20's capacity-building block, stated by
  // its Art. 5, beside its channels; sixty-first run, defect 6). Not the `define`s a clause holds:
  // the clause prints them (definitions-in-place.ts).
  const statedOf = () => ordered(model, kept, false, (d, all) => d.type !== 'Note' && d.type !== 'Clause' && d.type !== 'Definition' && replaced(d.type, d, all));
  if (renderer) {
    const unprinted = ordered(model, kept, true, (d, all) => d.type !== 'Note' && d.type !== 'Clause' && !replaced(d.type, d, all));
    return { numbering: 'renderer', main: ordered(model, kept, false, (d) => (d.type === 'Clause' || d.type === 'Note') && !own.has(d)), outside: [], annexed: [], unprinted, stated: statedOf(), concluded };
  }
  // The notes of an exchange are the drafter's text, in its order, before the clauses (as the table orders them).
  const notes = ordered(model, kept, false, (d) => d.type === 'Note');
  // A reply that announces the offer's text ("which reads as follows:") reproduces it (reply-quotation.ts).
  const quoting = (placed: readonly Placed[]) => withQuotedOffers(model, placed);
  // A drafted proposal that carries the terms (`with terms`): every provision goes inside it, numbered as its paragraphs.
  const carrier = exchange ? termsNote(model) : undefined;
  if (carrier) {
    const clauses = model.ast.clauses.filter((c) => !own.has(c));
    const annexedClauses = clauses.slice(annexStart(model, clauses));
    const all = ordered(model, kept, true, (d) => d.type !== 'Note' && !own.has(d) && !(annexedClauses as readonly Declaration[]).includes(d));
    // Concluded, the proposal carries the drafter's clauses only.
    const terms = concluded ? all.filter((p) => !p.from) : all;
    const at = model.ast.notes.indexOf(carrier);
    const render = (list: readonly Clause[]): Placed[] => kept.articles(list, clauseArticle).map((article) => ({ article, role: 'provision' }));
    return { numbering: 'drafter', main: quoting(notes.map((n, index) => (index === at ? withTerms(n, terms) : n))), outside: [], annexed: render(annexedClauses), citations: termCitations(terms), unprinted: concluded ? all.filter((p) => p.from) : [], concluded };
  }
  const generated = ordered(model, kept, true, (d, all) => d.type !== 'Note' && d.type !== 'Clause' && !replaced(d.type, d, all));
  const clauses = model.ast.clauses.filter((c) => !own.has(c));
  const split = annexStart(model, clauses);
  // The `define`s in the article on definitions that holds none of them (definitions-in-place.ts): a draft's
  // printed there, a concluded text's marked there; a concluded text's between clauses, in none, marked where they stand.
  const inArticle = concluded ? (place ? undefined : definitionsInArticle(model, clauses)) : draftPlace !== 'outside' ? draftPlace : undefined;
  const declared = declaredArticleNumbers(model.ast.instrument?.omitted?.parts.map((p) => p.value) ?? []);
  const elsewhere = new Map([...(place?.elsewhere ?? [])].map(([clause, definitions]) => [clause, definitionsInsertion(definitions, false)]));
  const between: DefinitionsBetween = concluded && !inArticle && !place ? definitionsBetweenClauses(model, model.ast.clauses, clauses.slice(0, split), declared) : { inserted: elsewhere, mayStand: new Set<Clause>() };
  const marked = (article: Article, clause: Clause): Article =>
    place && clause === place.clause ? withInsertions(article, place.before, place.after, place.beside, place.within) :
    clause !== inArticle?.clause ? article : concluded ? withDefinitionsMark(article, model, inArticle.after) : withDefinitions(article, model, r, inArticle.after, inArticle.only);
  const render = (list: readonly Clause[]): Placed[] =>
    kept.articles(list, clauseArticle).map((article, i) => {
      const placed: Placed = { article: marked(article, list[i]), role: 'provision' };
      const mark = between.inserted.get(list[i]);
      const may = between.mayStand.has(list[i]) ? { definitionsMayStandBefore: true } : {};
      const gap = mark && between.mayStand.has(list[i]) && between.placed ? { definitionsAtGap: between.placed } : {};
      return mark ? { ...placed, ...may, ...gap, definitionsBefore: mark } : { ...placed, ...may };
    });
  // Concluded, the `define`s printed as an insertion are not named as unprinted; the note names them as inserted.
  const inserted = concluded ? [...(inArticle ? printable(model.ast.definitions) : place ? [...place.before, ...place.after] : []), ...[...between.inserted.values()].flatMap(insertedIn)] : [];
  const headed = (definition: Definition, { clause, own }: StatedBy): Carried => ({ definition, heading: clause.heading?.value.trim() ?? clause.id?.text ?? 'a clause', own });
  // With no article on definitions, a `define` not printed whose words an article states in full is carried by it (lr19, D11).
  const notPrinted = concluded && !place && marking ? generated.flatMap((p) => (p.from?.kind === 'Definition' ? (p.from.nodes as readonly Definition[]) : [])).filter((d) => !inserted.includes(d)) : [];
  const ownWords = notPrinted.length > 0 ? carriedByOwnWords(model, ownClauses, notPrinted) : new Map<Definition, StatedBy>();
  const carried = place ? [...place.carried].map(([definition, by]) => headed(definition, by)) : [...ownWords].map(([definition, by]) => headed(definition, by));
  const also = place ? [...place.also].flatMap(([definition, by]) => by.map((b) => headed(definition, b))) : [];
  return {
    numbering: 'drafter',
    main: [...quoting(notes), ...render(clauses.slice(0, split))],
    outside: concluded ? [] : generated,
    annexed: render(clauses.slice(split)),
    unprinted: concluded ? withoutInserted(generated, ownWords.size > 0 ? [...inserted, ...ownWords.keys()] : inserted) : [],
    stated: concluded ? statedOf() : [],
    concluded,
    inserted,
    carried,
    also,
  };
}

/** The clause's article with the marked insertions of the `define`s before and after its words (concluded-definitions.ts). */
// `within`: after the paragraph that announces them where the article's next paragraph follows it (concluded-definitions.ts, `announcesWithin`).
function withInsertions(article: Article, before: readonly Definition[], after: readonly Definition[], beside: boolean, within: boolean): Article {
  const mark = (list: readonly Definition[], side: 'before-words' | 'after-words') => (list.length === 0 ? [] : [definitionsInsertion(list, beside ? side : true)]);
  const words = article.paragraphs;
  const text = (p: Paragraph) => (typeof p === 'string' ? p : p.text);
  const announcing = within ? words.findIndex((p, i) => i + 1 < words.length && /:\s*$/.test(text(p)) && (typeof p === 'string' || !p.items?.length)) : -1;
  const cut = announcing < 0 ? words.length : announcing + 1;
  return { ...article, paragraphs: [...mark(before, 'before-words'), ...words.slice(0, cut), ...mark(after, 'after-words'), ...words.slice(cut)] };
}

/** The generated articles less the `define`s an insertion prints: the "Definitions" article goes, or keeps only the others. */
function withoutInserted(generated: readonly Placed[], inserted: readonly Definition[]): readonly Placed[] {
  if (inserted.length === 0) return generated;
  const printed = new Set<Declaration>(inserted);
  return generated.flatMap((p): Placed[] => {
    if (p.from?.kind !== 'Definition') return [p];
    const nodes = p.from.nodes.filter((n) => !printed.has(n));
    return nodes.length === 0 ? [] : [{ ...p, from: { kind: 'Definition', nodes } }];
  });
}

/**
 * Where the clauses that follow the signatures start: after the drafter's final formula; without
 * one, at the annexes that end the text ("Annex as referred to in Article 17", "Statutes, Article
 * 1 …"); the end of the list when there are none.
 */
function annexStart(model: SemanticModel, clauses: readonly Clause[]): number {
  const formula = drafterFormula(model);
  if (formula) {
    const after = model.ast.clauses.slice(model.ast.clauses.indexOf(formula) + 1);
    return clauses.length - clauses.filter((c) => after.includes(c)).length;
  }
  let start = clauses.length;
  while (start > 0 && clauses[start - 1].heading !== undefined && namesAttachment(clauses[start - 1].heading!.value)) start--;
  return start;
}

/** What the drafter's clauses cover: their topics (tag, library, id or heading), the exchange of information, the names they head. */
function drafterCoverage(model: SemanticModel): DrafterCoverage {
  return coverage(model.ast.clauses, (topic) => model.hasClauseAbout(topic));
}

/** What some clauses cover, `about` saying which topics they are tagged with (by tag, library or id). */
function coverage(clauses: readonly Clause[], about: (topic: ClauseTopic) => boolean): DrafterCoverage {
  const headings = clauses.flatMap((c) => (c.heading ? [c.heading.value] : []));
  const pieces = new Set(headings.flatMap(headingPieces));
  const covered = new Set(headings.flatMap(headingTopics));
  return {
    topic: (topic) => about(topic) || covered.has(topic),
    exchange: headings.some(headingNamesExchange),
    // A body's name as the declarations write it, without the transcriber's "(Article 46)".
    named: (name) => pieces.has(singleSpaced(name.replace(/\s*\(.*$/s, '').toLowerCase()).replace(/^the\s+/, '').trim()),
  };
}

/**
 * The drafter's clauses that say what a declaration's generated article would, so that a text its
 * drafter numbers prints them and no article for it (`drafterReplacesConstruct`): each clause's
 * own coverage put to the same rule. The rules only ask whether some clause covers a topic or
 * heads a name, so the clauses found are exactly those that make the difference. A `§Name` of the
 * declaration is sent to them (rules/checks/provision-references.ts).
 */
export function clausesReplacing(model: SemanticModel, node: Declaration): readonly Clause[] {
  const rule = drafterReplacesConstruct[node.type] as ((n: Declaration, d: DrafterCoverage, a: readonly Declaration[]) => boolean) | undefined;
  if (!rule) return [];
  const all = model.ast.declarations.filter((d) => d.type === node.type);
  return model.ast.clauses.filter((c) => {
    const topics = model.topicsOf(c);
    return rule(node, coverage([c], (topic) => topics.has(topic)), all);
  });
}

/**
 * Every construct's articles, by its row's order, then the declarations of a kind in source order:
 * the header's final clauses when `header`, and the declarations `keep` keeps.
 */
function ordered(model: SemanticModel, kept: KeptArticles, header: boolean, keep: (d: Declaration, all: readonly Declaration[]) => boolean): Placed[] {
  const parts: { order: number; role: RenderedArticle['role']; articles: Article[]; from: (index: number) => GeneratedFrom | undefined }[] = [];
  if (header && instrumentRow.render && model.ast.instrument) {
    const fromHeader: GeneratedFrom = { kind: 'header' };
    parts.push({ order: instrumentRow.render.order, role: 'final', articles: kept.together([model.ast.instrument], instrumentRow.render.articles), from: () => fromHeader });
  }
  // The declarations by kind, in source order, in one pass rather than one per kind.
  const byKind = new Map<string, Declaration[]>();
  for (const d of model.ast.declarations) {
    const list = byKind.get(d.type);
    if (list) list.push(d);
    else byKind.set(d.type, [d]);
  }
  for (const kind of Object.keys(declarationRows) as DeclarationKind[]) {
    const render = declarationRows[kind].render as Renderer<DeclarationOf<typeof kind>> | undefined;
    if (!render) continue;
    const all = (byKind.get(kind) ?? []) as DeclarationOf<typeof kind>[];
    const nodes = all.filter((d) => keep(d, all));
    if (nodes.length === 0) continue;
    // The drafter's own text is generated from nothing; an article per node is generated from it, one for the kind from them all.
    const together: GeneratedFrom = { kind, nodes };
    const from = kind === 'Clause' || kind === 'Note' ? () => undefined : render.each ? (index: number): GeneratedFrom => ({ kind, nodes: [nodes[index]] }) : () => together;
    parts.push({ order: render.order, role: kind === 'Definition' ? 'definitions' : 'provision', articles: render.each ? kept.articles(nodes, render.each) : kept.together(nodes, render.articles), from });
  }
  return parts.sort((a, b) => a.order - b.order).flatMap((p) => p.articles.map((article, index) => { const from = p.from(index); return from ? { article, role: p.role, from } : { article, role: p.role }; }));
}
