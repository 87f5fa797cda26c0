/**
 * Articles with their cross-references resolved ("the channel referred to in Article 3") and
 * their placeholders counted, kept per article across renderings. An article kept with its
 * declaration (kept-articles.ts) is the very same object after an edit elsewhere, and while the
 * numbers every provision is cited by are the same, so is its resolved text: resolving every
 * article of a 100,000-line text again was about a fifth of rendering it after a keystroke.
 *
 * The citations are compared by their content, once per rendering: equal citations get the same
 * token, and an article's kept text is reused only under the token it was resolved with.
 */
import type { Article, Paragraph } from '../constructs/construct';

export interface ResolvedArticle {
  readonly heading: string;
  readonly paragraphs: readonly Paragraph[];
  /** The placeholders in the heading and the paragraphs. */
  readonly blanks: number;
}

const kept = new WeakMap<Article, { readonly token: object; readonly resolved: ResolvedArticle }>();

/** The tokens of the last citations seen, by content: a few documents open at once. */
const tokens = new Map<string, object>();
const keptCitations = 8;

/** A function giving an article resolved under `citations`: the kept one, or `resolve`'s (then kept). */
export function resolvedUnder(citations: ReadonlyMap<string, string>): (article: Article, resolve: () => ResolvedArticle) => ResolvedArticle {
  const fingerprint = JSON.stringify([...citations]);
  let token = tokens.get(fingerprint);
  if (token === undefined) {
    tokens.set(fingerprint, (token = {}));
    if (tokens.size > keptCitations) tokens.delete(tokens.keys().next().value!);
  }
  const under = token;
  return (article, resolve) => {
    const before = kept.get(article);
    if (before !== undefined && before.token === under) return before.resolved;
    const resolved = resolve();
    kept.set(article, { token: under, resolved });
    return resolved;
  };
}
