/**
 * Tokenizes Entente text with the real TextMate engine VS Code uses (vscode-textmate over the
 * Oniguruma WebAssembly build), so grammar tests see exactly the scopes the editor would.
 * Everything is local: the wasm file ships in the npm package, no network is needed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import type { IGrammar } from 'vscode-textmate';
import { repoRoot } from '../../samples/sample-files';

export const grammarPath = join(repoRoot, 'syntaxes', 'entente.tmLanguage.json');

export interface ScopedToken {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Innermost last, e.g. `['source.entente', 'string.quoted.double.entente']`. */
  readonly scopes: readonly string[];
}

let grammar: Promise<IGrammar> | undefined;

export function loadGrammar(): Promise<IGrammar> {
  grammar ??= createGrammar();
  return grammar;
}

async function createGrammar(): Promise<IGrammar> {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.entente' ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const loaded = await registry.loadGrammar('source.entente');
  if (!loaded) throw new Error(`cannot load ${grammarPath}`);
  return loaded;
}

/** Every token of every line, with its scopes. Lines split on `\n`, as the lexer sees them. */
export async function tokenize(text: string): Promise<ScopedToken[]> {
  const g = await loadGrammar();
  const tokens: ScopedToken[] = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = g.tokenizeLine(lineText, state);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, lineText.length);
      if (end > t.startIndex) tokens.push({ line, start: t.startIndex, end, text: lineText.slice(t.startIndex, end), scopes: t.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** The scopes at a position, or undefined past the line's end. */
export function scopesAt(tokens: readonly ScopedToken[], line: number, character: number): readonly string[] | undefined {
  return tokens.find((t) => t.line === line && t.start <= character && character < t.end)?.scopes;
}
