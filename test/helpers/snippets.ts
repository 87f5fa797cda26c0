/**
 * A snippet as the editor inserts it when the drafter accepts every tab stop as it is: each
 * `${n:default}` becomes its default, and every mirror of it (`${n}`, `$n`) the same text;
 * `${n|a,b|}` its first choice; backslash escapes are undone. (The core's `snippetToPlain`
 * leaves mirrors empty; the editor does not.)
 */
export function expandSnippet(snippet: string): string {
  const defaults = new Map<string, string>();
  // Defaults first (a mirror may come before nothing else, but never before its tab stop here).
  for (const m of snippet.matchAll(/\$\{(\d+):((?:\\.|[^\\}])*)\}/g)) if (!defaults.has(m[1]!)) defaults.set(m[1]!, unescape(m[2]!));
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const rest = snippet.slice(i);
    const withDefault = /^\$\{(\d+):((?:\\.|[^\\}])*)\}/.exec(rest);
    const choice = /^\$\{\d+\|([^|]*)\|\}/.exec(rest);
    const mirror = /^\$(?:(\d+)|\{(\d+)\})/.exec(rest);
    if (snippet[i] === '\\' && i + 1 < snippet.length) out += snippet[++i];
    else if (withDefault) {
      out += unescape(withDefault[2]!);
      i += withDefault[0].length - 1;
    } else if (choice) {
      out += choice[1]!.split(',')[0];
      i += choice[0].length - 1;
    } else if (mirror) {
      out += defaults.get(mirror[1] ?? mirror[2]!) ?? '';
      i += mirror[0].length - 1;
    } else out += snippet[i];
  }
  return out;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}
