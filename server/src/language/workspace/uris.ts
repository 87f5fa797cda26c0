/** URI helpers for `use` paths: relative to the using file, like an import. */

/**
 * The WHATWG URL parser is a global of every runtime the core runs in (Node, browsers, web
 * workers), but the core type-checks without Node or DOM types (its tsconfig has `types: []`),
 * so only the part used here is typed.
 */
type UrlConstructor = new (url: string, base?: string) => { readonly href: string };
const WhatwgUrl = (globalThis as unknown as { URL: UrlConstructor }).URL;

export function resolveRelative(fromUri: string, path: string): string | undefined {
  try {
    return new WhatwgUrl(path, fromUri).href;
  } catch {
    return undefined;
  }
}
