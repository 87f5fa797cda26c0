/**
 * Semantic tokens: ids coloured by what they name (party, channel, agreement, body…), their
 * declarations marked `declaration`, defined terms where prose uses them, and closed values
 * (TLP labels, party kinds, data categories…) as enum members. Keywords, strings and comments
 * are left to the TextMate grammar.
 */
import type { Declaration } from '../ast/nodes';
import type { Instrument } from '../ast/header-nodes';
import type { Range } from '../ast/positions';
import { referencesWithin, termKey } from '../model/linker';
import type { SemanticModel } from '../model/semantic-model';
import { isSymbolReference, type Reference } from '../model/symbols';
import { rowOf, symbolKinds } from '../constructs/table';
import { keywordWords } from '../syntax/tokens';
import { movedFrom } from '../syntax/shift';
import { BlockTokens, encodedBlock, movedBlock, type Block } from './semantic-token-blocks';
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

const typeIndex = new Map(semanticTokenLegend.tokenTypes.map((type, i) => [type, i]));

function addToken(tokens: Token[], range: Range, type: SemanticTokenType, declaration: boolean): void {
  // Tokens never span lines in LSP: a range over a line break is split by its caller (addReference) or skipped.
  if (range.start.line !== range.end.line || range.end.character <= range.start.character) return;
  tokens.push({
    line: range.start.line,
    character: range.start.character,
    length: range.end.character - range.start.character,
    type: typeIndex.get(type)!,
    modifiers: declaration ? 1 : 0,
  });
}

/**
 * The closed values of each declaration (and header), found once per node object: they depend
 * on the node alone, and an incremental parse keeps the objects of the declarations an edit did
 * not touch while their lines stay where they were (syntax/shift.ts), so after typing within a
 * line only the edited declaration is walked again. Read-only once stored.
 */
const wordsOf = new WeakMap<object, readonly Token[]>();

function closedValues(node: object): readonly Token[] {
  let words = wordsOf.get(node);
  if (words) return words;
  const found: Token[] = [];
  forEachWord([node], (word, property) => {
    if (word.value !== undefined && property !== 'keyword' && !keywordSet.has(word.text)) addToken(found, word.range, 'enumMember', false);
  });
  wordsOf.set(node, (words = found));
  return words;
}

/**
 * The tokens of a document, declaration by declaration. A declaration's tokens are its declared
 * names, the names it refers to — coloured by the kind of name its slot takes, never by what they
 * resolve to — the defined terms its prose uses, and its closed values: they depend on the node
 * and on which terms are visible, nothing else. So they are kept per node object and term set,
 * and after typing within a line only the edited declaration is read again; the model's whole
 * list of references, which also resolves every name (about 50 ms at 100,000 lines), is not
 * needed. They are kept encoded, as a block (semantic-token-blocks.ts): the answer is the blocks,
 * joined into one array only when it is sent whole. `test/features/semantic-tokens-reuse.test.ts`
 * holds this, and the change sent after an edit, equal to the tokens of a fresh model after random edits.
 */
function tokensOf(model: SemanticModel, uri: string): SemanticTokens {
  const terms = interned(termKey(model));
  // Each block holds one top-level construct's tokens, sorted; constructs do not overlap, so
  // blocks in document order are the whole list sorted, with no sort over all of it.
  const instruments = model.ast.instruments;
  const blocks: Block[] = [];
  let h = 0;
  for (const node of model.ast.declarations) {
    while (h < instruments.length && before(instruments[h], node)) blocks.push(headerTokens(model, instruments[h++], uri, terms));
    blocks.push(declarationTokens(model, node, uri, terms));
  }
  while (h < instruments.length) blocks.push(headerTokens(model, instruments[h++], uri, terms));
  return new BlockTokens(blocks);
}

function before(a: { range: Range }, b: { range: Range }): boolean {
  return a.range.start.line < b.range.start.line || (a.range.start.line === b.range.start.line && a.range.start.character < b.range.start.character);
}

function headerTokens(model: SemanticModel, node: Instrument, uri: string, terms: string): Block {
  // Only the first header's references are the document's (a second header is an error).
  const first = node === model.ast.instrument;
  const kept = headerTokensOf.get(node);
  if (kept && kept.terms === terms && kept.uri === uri && kept.first === first) return kept.block;
  const tokens: Token[] = [];
  if (first) for (const r of referencesWithin(model, node)) addReference(model, tokens, r, uri);
  for (const word of closedValues(node)) tokens.push(word);
  const block = encodedBlock(sortedWithoutOverlaps(tokens));
  headerTokensOf.set(node, { terms, uri, first, block });
  return block;
}

const headerTokensOf = new WeakMap<Instrument, { readonly terms: string; readonly uri: string; readonly first: boolean; readonly block: Block }>();

/**
 * The term key of the latest model, as one string object. Each model makes its own key (all the
 * visible terms' names: 12,000 characters at 100,000 lines), and comparing two equal keys reads
 * them whole: comparing each declaration's kept key with a new model's was a fifth of the
 * colouring's time after a keystroke at 100,000 lines (41 → 33 ms). The same object compares at once.
 */
let latestTerms = '';

function interned(terms: string): string {
  if (terms !== latestTerms) latestTerms = terms;
  return latestTerms;
}

/** Declarations coloured afresh, and taken over from the node they were copied from onto other lines: tests count reuse with it. */
export const tokenCounts = { computed: 0, moved: 0 };

const declarationTokensOf = new WeakMap<object, { readonly terms: string; readonly uri: string; readonly block: Block }>();

/**
 * A declaration's tokens: kept for its node object; for a copy that an edit above it moved down
 * or up (syntax/shift.ts), the tokens kept for the node it was copied from, on lines moved as
 * far — a move changes lines only, never what the declaration says — so that typing a new line
 * does not colour every declaration below it again.
 */
function declarationTokens(model: SemanticModel, node: Declaration, uri: string, terms: string): Block {
  const kept = declarationTokensOf.get(node);
  if (kept && kept.terms === terms && kept.uri === uri) return kept.block;
  const origin = movedFrom(node);
  const copied = origin && declarationTokensOf.get(origin);
  const lineDelta = origin ? node.range.start.line - origin.range.start.line : 0;
  let block: Block;
  // A block on the first line is left alone: a position at the very start of the text is the
  // parser's stand-in for a node recovery left without tokens, and a move does not move it.
  if (origin && copied && copied.terms === terms && copied.uri === uri && copied.block.firstLine > 0) {
    block = movedBlock(copied.block, lineDelta);
    tokenCounts.moved++;
  } else {
    const tokens: Token[] = [];
    for (const s of rowOf(node).declares(node)) addToken(tokens, s.nameRange, symbolKinds[s.kind].colour, true);
    for (const r of referencesWithin(model, node)) addReference(model, tokens, r, uri);
    for (const word of closedValues(node)) tokens.push(word);
    block = encodedBlock(sortedWithoutOverlaps(tokens));
    tokenCounts.computed++;
    // The node it was copied from takes the same tokens back on its own lines: the next copy
    // of it (a further line typed above) is made from it, not from this one.
    if (origin) declarationTokensOf.set(origin, { terms, uri, block: movedBlock(block, -lineDelta) });
  }
  declarationTokensOf.set(node, { terms, uri, block });
  return block;
}

function addReference(model: SemanticModel, tokens: Token[], r: Reference, uri: string): void {
  // A `§Name` is a reference only where the name resolves: colouring it would make a
  // declaration's tokens depend on the others, which the kept tokens above assume they do not.
  if (r.uri !== uri || !isSymbolReference(r) || r.cited) return;
  const colour = symbolKinds[r.kind].colour;
  if (r.range.start.line === r.range.end.line) return addToken(tokens, r.range, colour, false);
  // A term wrapped over a line break (model/prose-term-uses.ts): its words on each line, since a
  // token never spans lines; the white space between them is not coloured.
  model.sourceAt(r.range).split('\n').forEach((part, i) => {
    const line = r.range.start.line + i;
    const from = (i === 0 ? r.range.start.character : 0) + (part.length - part.trimStart().length);
    const to = (i === 0 ? r.range.start.character : 0) + part.trimEnd().length;
    addToken(tokens, { start: { line, character: from }, end: { line, character: to } }, colour, false);
  });
}

/** Sorted by position, overlaps dropped (the first token at a position wins: the sort is stable). */
function sortedWithoutOverlaps(tokens: Token[]): readonly Token[] {
  tokens.sort((a, b) => a.line - b.line || a.character - b.character);
  const kept: Token[] = [];
  let lastEnd = -1;
  let lastLine = -1;
  for (const t of tokens) {
    if (t.line === lastLine && t.character < lastEnd) continue;
    kept.push(t);
    lastLine = t.line;
    lastEnd = t.character + t.length;
  }
  return kept;
}
