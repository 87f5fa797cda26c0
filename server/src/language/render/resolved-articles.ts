/**
 * Articles with their cross-references resolved ("the channel referred to in Article 3") and
 * their placeholders counted, kept per article across renderings. An article kept with its
 * declaration (kept-articles.ts) is the very same object after an edit elsewhere, and while the
 * numbers every provision is cited by are the same, so is its resolved text: resolving every
 * article of a 100,000-line text again was about a fifth of rendering it after a keystroke.
 *
 * The citations are compared by their content, once per rendering: equal citations get the same
 * token, and an article's kept text is reused only under the token it was resolved with. They are
 * compared entry by entry with the last few seen, not by a fingerprint of them all: at 100,000
 * lines the fingerprint was a 200 kB string made and hashed after every keystroke.
 */
import type { Article, Paragraph } from '../constructs/construct';
import { between } from './render-budget';

export interface ResolvedArticle {
  readonly heading: string;
  readonly paragraphs: readonly Paragraph[];
  /** The placeholders in the heading and the paragraphs. */
  readonly blanks: number;
}

const kept = new WeakMap<Article, { readonly token: object; readonly resolved: ResolvedArticle }>();

/** The last citations seen, each with its token, the latest first: a few documents open at once. */
const seen: { readonly citations: ReadonlyMap<string, string>; readonly token: object; readonly given: ReadonlyMap<string, string> }[] = [];
const keptCitations = 8;

/** A function giving an article resolved under `citations`: the kept one, or `resolve`'s (then kept). */
export function resolvedUnder(citations: ReadonlyMap<string, string>): (article: Article, resolve: () => ResolvedArticle) => ResolvedArticle {
  // The very map given before (build-instrument.ts keeps it while the articles' places are the same) is found by identity.
  const at = seen.findIndex((s) => s.given === citations || sameCitations(s.citations, citations));
  // New citations are kept as a copy: the caller's map is its own.
  const entry = at >= 0 ? { ...seen.splice(at, 1)[0], given: citations } : { citations: new Map(citations), token: {}, given: citations };
  seen.unshift(entry);
  if (seen.length > keptCitations) seen.pop();
  const under = entry.token;
  return (article, resolve) => {
    const before = kept.get(article);
    if (before !== undefined && before.token === under) return before.resolved;
    between();
    const resolved = resolve();
    kept.set(article, { token: under, resolved });
    return resolved;
  };
}

/** The same keys with the same citations, in the same order: what the fingerprint compared (another order counts as other citations). */
function sameCitations(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  const other = b.entries();
  for (const [key, citation] of a) {
    const next = other.next().value!;
    if (next[0] !== key || next[1] !== citation) return false;
  }
  return true;
}
