/**
 * Where diagnostics link to for rule documentation when the client does not say: the `docs`
 * folder beside the bundle's `dist` folder, i.e. the checkout (or the installed extension,
 * whose layout is the same).
 */
export function defaultDocsBase(): string {
  try {
    // In the bundle, import.meta.url is dist/server.cjs (scripts/build.mjs defines it).
    return new URL('../docs', import.meta.url).href;
  } catch {
    return 'https://github.com/entente/entente/blob/main/docs';
  }
}
