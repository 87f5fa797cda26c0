/**
 * Builds the rendering model of an instrument (instrument-model.ts) from its linked model: the
 * preamble, every construct's articles as its row in the construct table renders them (`render`
 * column: order, then source order), the final provisions from the header, the final formula
 * and the signature blocks. Articles are numbered here, and cross-references ("the channel
 * referred to in Article 3") resolved against the numbers.
 */
import type { Article, Paragraph, RenderContext, Renderer } from '../constructs/construct';
import { declarationRows, instrumentRow, type DeclarationKind, type DeclarationOf } from '../constructs/table';
import type { SemanticModel } from '../model/semantic-model';
import { placeholder, placeholderMark, resolveReferences, visibleText } from './inline';
import type { DraftMark, RenderedArticle, RenderedInstrument, RenderedParty } from './instrument-model';
import { preamble } from './preamble';
import { renderContext } from './render-context';
import { drafterFormula, signatureBlocks, testimonium } from './testimonium';
import { slug, withoutArticle } from './words';

/** The problems analysis found in the document: with errors it is a draft, and says so. */
export interface ProblemCount {
  readonly errors: number;
  readonly warnings: number;
}

export function buildInstrument(model: SemanticModel, problems: ProblemCount = { errors: 0, warnings: 0 }): RenderedInstrument {
  const r = renderContext(model);
  const header = model.ast.instrument;
  const unit = r.treaty ? 'Article' : 'Paragraph';
  const parts = orderedArticles(model, r);
  const numbers = new Map<string, number>();
  parts.forEach(({ article }, index) => article.establishes?.forEach((key) => numbers.set(key, index + 1)));
  const cite = (key: string) => (numbers.has(key) ? `${r.treaty ? 'Article' : 'paragraph'} ${numbers.get(key)}` : undefined);
  const resolve = (text: string) => resolveReferences(text, cite);
  const articles: RenderedArticle[] = parts.map(({ article, role }, index) => ({
    number: index + 1,
    num: `${unit} ${index + 1}`,
    heading: resolve(article.heading),
    paragraphs: article.paragraphs.map((p) => resolveParagraph(p, resolve)),
    role,
  }));
  const annex = header?.kind.value === 'annex';
  const languages = header?.languages?.languages.map((l) => l.text) ?? [];
  const depositary = header?.depositary?.value;
  const rendered: RenderedInstrument = {
    title: header?.title?.value.trim() ? visibleText(header.title.value.trim()) : placeholder('title of the instrument'),
    kind: header?.kind.value,
    treaty: r.treaty,
    self: r.self,
    unit,
    draft: undefined,
    parties: parties(model, r),
    terms: model.ast.definitions.filter((d) => d.term?.value.trim()).map((d) => ({ term: visibleText(d.term!.value.trim()), key: slug(d.term!.value) })),
    organisations: depositary && 'value' in depositary ? [{ name: withoutArticle(r.phrase(depositary)), key: slug(depositary.value) }] : [],
    preamble: preamble(model, r),
    articles,
    testimonium: annex ? [] : testimonium(model, r).map(resolve),
    signatures: annex ? [] : signatureBlocks(model, r),
    languages,
    signed: header?.signature?.date?.valid ? { iso: header.signature.date.text, place: header.signature.place?.value } : undefined,
    parentTitle: r.parent,
  };
  // A text with a blank in it is not the text that is signed, whatever the checks found (a
  // template filled with `--sample` leaves "[notice]" in its denunciation clause): it is a draft.
  return { ...rendered, draft: draftMark(problems, countPlaceholders(rendered)) };
}

/** Every construct's articles, by its row's order, then the declarations of a kind in source order. */
function orderedArticles(model: SemanticModel, r: RenderContext): { article: Article; role: RenderedArticle['role'] }[] {
  const parts: { order: number; role: RenderedArticle['role']; articles: Article[] }[] = [];
  if (instrumentRow.render && model.ast.instrument) parts.push({ order: instrumentRow.render.order, role: 'final', articles: instrumentRow.render.articles([model.ast.instrument], r) });
  for (const kind of Object.keys(declarationRows) as DeclarationKind[]) {
    const rendered = renderKind(model, kind, r);
    if (rendered) parts.push({ ...rendered, role: kind === 'Definition' ? 'definitions' : 'provision' });
  }
  return parts.sort((a, b) => a.order - b.order).flatMap((p) => p.articles.map((article) => ({ article, role: p.role })));
}

function renderKind<K extends DeclarationKind>(model: SemanticModel, kind: K, r: RenderContext): { order: number; articles: Article[] } | undefined {
  const render = declarationRows[kind].render as Renderer<DeclarationOf<K>> | undefined;
  if (!render) return undefined;
  // The clause holding the drafter's own final formula is rendered as the final formula, not as an article.
  const formula = drafterFormula(model);
  const nodes = model.ast.declarations.filter((d): d is DeclarationOf<K> => d.type === kind && d !== formula);
  return nodes.length > 0 ? { order: render.order, articles: render.articles(nodes, r) } : undefined;
}

function resolveParagraph(p: Paragraph, resolve: (text: string) => string): Paragraph {
  if (typeof p === 'string') return resolve(p);
  return {
    text: resolve(p.text),
    ...(p.items ? { items: p.items.map(resolve) } : {}),
    ...(p.table ? { table: { head: p.table.head.map(resolve), rows: p.table.rows.map((row) => row.map(resolve)) } } : {}),
  };
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

function draftMark({ errors, warnings }: ProblemCount, blanks: number): DraftMark | undefined {
  if (errors === 0 && blanks === 0) return undefined;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const problems = errors > 0 ? `${count(errors + warnings, 'unresolved problem')} (${count(errors, 'error')}${warnings > 0 ? `, ${count(warnings, 'warning')}` : ''})` : undefined;
  const unfilled = blanks > 0 ? count(blanks, 'blank') + ' to fill' : undefined;
  return { errors, warnings, blanks, label: `DRAFT — ${[problems, unfilled].filter((p) => p !== undefined).join('; ')}` };
}

/** The placeholders in every string of the rendered text (inline.ts marks them). */
function countPlaceholders(doc: RenderedInstrument): number {
  let count = 0;
  const visit = (value: unknown): void => {
    if (typeof value === 'string') count += value.split(placeholderMark).length - 1;
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  // The parts that are printed; `parties` and `terms` repeat names the preamble and signature blocks print.
  visit([doc.title, doc.preamble, doc.articles, doc.testimonium, doc.signatures]);
  return count;
}
