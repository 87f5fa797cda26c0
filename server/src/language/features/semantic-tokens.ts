/**
 * Semantic tokens: ids coloured by what they name (party, channel, agreement, body…), their
 * declarations marked `declaration`, defined terms where prose uses them, and closed values
 * (TLP labels, party kinds, data categories…) as enum members. Keywords, strings and comments
 * are left to the TextMate grammar.
 */
import type { Range } from '../ast/positions';
import type { SemanticModel } from '../model/semantic-model';
import { isSymbolReference } from '../model/symbols';
import { symbolKinds } from '../constructs/table';
import { keywordWords } from '../syntax/tokens';
import { forEachWord } from './ast-walk';
import type { FeatureHost } from './host';
import { semanticTokenLegend, type SemanticTokenType, type SemanticTokens } from './types';

const keywordSet = new Set(keywordWords);

interface Token {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

/**
 * The tokens of each model, computed once: VS Code asks again for the same version (a scroll, a
 * theme change, a second editor on the file), and a model is never changed once made (an edit of
 * the document or of a file it uses makes a new one). Shared by every caller, so read-only.
 */
const computed = new WeakMap<SemanticModel, SemanticTokens>();

export function semanticTokens(host: FeatureHost, uri: string): SemanticTokens {
  const model = host.model(uri);
  if (!model) return { data: [] };
  const kept = computed.get(model);
  if (kept) return kept;
  const result = tokensOf(model, uri);
  computed.set(model, result);
  return result;
}

function tokensOf(model: SemanticModel, uri: string): SemanticTokens {
  const tokens: Token[] = [];
  const add = (range: Range, type: SemanticTokenType, declaration: boolean) => {
    // Tokens never span lines in LSP; multi-line names do not occur, so such ranges are skipped.
    if (range.start.line !== range.end.line || range.end.character <= range.start.character) return;
    tokens.push({
      line: range.start.line,
      character: range.start.character,
      length: range.end.character - range.start.character,
      type: semanticTokenLegend.tokenTypes.indexOf(type),
      modifiers: declaration ? 1 : 0,
    });
  };
  for (const s of model.symbols) if (s.uri === uri) add(s.nameRange, symbolKinds[s.kind].colour, true);
  for (const r of model.references) {
    if (r.uri === uri && isSymbolReference(r)) add(r.range, symbolKinds[r.kind].colour, false);
  }
  forEachWord([...model.ast.instruments, ...model.ast.declarations], (word, property) => {
    if (word.value !== undefined && property !== 'keyword' && !keywordSet.has(word.text)) add(word.range, 'enumMember', false);
  });
  return { data: encode(tokens) };
}

/** Sort, drop overlaps (the first token at a position wins) and delta-encode as LSP wants. */
function encode(tokens: Token[]): number[] {
  tokens.sort((a, b) => a.line - b.line || a.character - b.character);
  const data: number[] = [];
  let line = 0;
  let character = 0;
  let lastEnd = -1;
  let lastLine = -1;
  for (const t of tokens) {
    if (t.line === lastLine && t.character < lastEnd) continue;
    data.push(t.line - line, t.line === line ? t.character - character : t.character, t.length, t.type, t.modifiers);
    line = t.line;
    character = t.character;
    lastLine = t.line;
    lastEnd = t.character + t.length;
  }
  return data;
}
