/**
 * The articles of the instrument an arrangement implements (`implements "treaty.entente" article
 * 7`), for the check that the article cited exists there (rules/checks/provision-references.ts,
 * `unknown-implemented-article`). Here because only the analysis may ask the renderer.
 *
 * Two ways a file numbers its articles, as its export does:
 * - the renderer numbers them (a new treaty: its clauses carry no designation of their own): the
 *   articles are 1 to the number of articles the export prints;
 * - the drafter numbers them (a transcription, a text whose clauses are headed "Article 2",
 *   "Article VI"): the articles are those its clause headings designate and those a line of a
 *   clause opens ("Article 12" inside a clause that holds several). Only the highest is relied on:
 *   an article below it may be written as a declaration rather than a clause (a transcription's
 *   Article 1 of definitions written as `define`), so a gap proves nothing.
 * A file that numbers no article (an MoU in paragraphs, headings "Section 2", an exchange of
 * notes) gives nothing, and neither does a file that is not read.
 */
import type { ImplementedArticles } from '../model/provision-names';
import { SemanticModel } from '../model/semantic-model';
import { arrange } from '../render/drafter-order';
import { renderContext } from '../render/render-context';
import type { ParseResult } from '../syntax/parse';
import { articleNumber } from '../util/article-number';

/** "Article 7", "Art. 7", "Articles 28 to 32", "Article VI – …": the article designations a heading or line opens with. */
const articleOpening = /^(?:articles?|art\.)\s*(\d{1,4}[A-Za-z]?|[IVXLC]+|[ivxlc]+)(?=$|[\s.,:;()–—-])(?:\s*(?:to|–|—|-|and)\s*(\d{1,4}|[IVXLC]+)(?=$|[\s.,:;()–—-]))?/iu;

/** The designations a heading or a line opens with, as written: "Article 7", "Articles 28 to 32" (28 and 32). */
function designatedIn(text: string): string[] {
  const match = articleOpening.exec(text.trim());
  return match ? [match[1], match[2]].filter((d): d is string => d !== undefined) : [];
}

/** The highest article a drafter-numbered text designates, in its clause headings and at the start of a clause's lines, as written. */
function drafterHighest(model: SemanticModel): { number: number; written: string } | undefined {
  let highest: { number: number; written: string } | undefined;
  const note = (written: string) => {
    const number = articleNumber(written);
    if (number !== undefined && number > (highest?.number ?? 0)) highest = { number, written };
  };
  for (const clause of model.ast.clauses) {
    // "Chapter I – Definitions, Article 1": the designation may follow the name of the part.
    for (const piece of clause.heading?.value.split(/,\s+|\s+[–—-]\s+/) ?? []) designatedIn(piece).forEach(note);
    const text = model.clauseText(clause) ?? '';
    for (const line of text.split('\n')) designatedIn(line).forEach(note);
  }
  return highest;
}

function read(uri: string, parsed: ParseResult, from: SemanticModel): Omit<ImplementedArticles, 'path'> | undefined {
  return articlesOf(new SemanticModel(uri, parsed.lines.text, parsed, from.environment));
}

/** The articles a treaty numbers, as its export does; nothing for a text that numbers none. */
function articlesOf(treaty: SemanticModel): Omit<ImplementedArticles, 'path'> | undefined {
  const r = renderContext(treaty);
  const arrangement = arrange(treaty, r);
  if (arrangement.numbering === 'renderer') {
    // An MoU's export numbers paragraphs, not articles: its "article 3" cannot be told apart.
    if (!r.treaty || arrangement.main.length === 0) return undefined;
    return { numbering: 'renderer', highest: arrangement.main.length, described: arrangement.main.length === 1 ? 'Article 1 only' : `Articles 1–${arrangement.main.length}, as its export numbers them` };
  }
  const highest = drafterHighest(treaty);
  return highest === undefined ? undefined : { numbering: 'drafter', highest: highest.number, described: `articles up to Article ${highest.written}, as its clauses number them` };
}

/** Kept per parse of the implemented file: an edit of the arrangement reads the treaty again only when the treaty changed. */
const byParse = new WeakMap<ParseResult, { readonly value: Omit<ImplementedArticles, 'path'> | undefined }>();

/** The articles of the file `implements` names, where it is read and numbers them. */
export function implementedArticles(model: SemanticModel): ImplementedArticles | undefined {
  const path = model.ast.instrument?.implements?.file?.value;
  if (path === undefined || !model.implementedFile?.model) return undefined;
  const env = model.environment;
  const found = env.lookUpFile ? env.lookUpFile(model.uri, path) : (env.resolveFile(model.uri, path) ?? { failure: 'not-found' as const });
  if ('failure' in found || found.uri === model.uri) return undefined;
  let kept = byParse.get(found.parsed);
  if (!kept) byParse.set(found.parsed, (kept = { value: read(found.uri, found.parsed, model) }));
  return kept.value && { path, ...kept.value };
}

/**
 * The articles this instrument numbers, for `implemented by "…" article N`, which names the article
 * of this treaty the arrangements are concluded under ("… concluded under Article 7 of this
 * Agreement"; NL–Sweden 1984 Art. 7): the same reading as the implemented file's, of this text.
 */
export function ownArticles(model: SemanticModel): Omit<ImplementedArticles, 'path'> | undefined {
  return articlesOf(model);
}
