/** URI helpers for `use` paths: relative to the using file, like an import. */

export function resolveRelative(fromUri: string, path: string): string | undefined {
  try {
    return new URL(path, fromUri).href;
  } catch {
    return undefined;
  }
}
