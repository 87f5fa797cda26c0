/**
 * Where the cursor is, syntactically: inside a comment, a string, prose, or between tokens; the
 * word typed so far; and which tokens the grammar allows next.
 *
 * The allowed tokens come from Chevrotain's `computeContentAssist` over the tokens of the
 * current statement only (the declaration's header plus the statement being written), so junk
 * earlier in the file cannot hide the answer and long documents stay fast. Because the grammar
 * has recovery rules (`junk`, `stray`) that accept almost anything, a new statement is offered
 * only when the statement before the cursor is complete: parsing it on its own gives no error.
 */
import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import type { Range } from '../ast/positions';
import type { SemanticModel } from '../model/semantic-model';
import { ententeLexer } from '../syntax/lexer';
import { parse } from '../syntax/parse';
import { EntenteParser } from '../syntax/parser';
import * as T from '../syntax/tokens';

export type CursorPlace =
  | { readonly kind: 'comment'; readonly before: string }
  | { readonly kind: 'string'; readonly token: IToken; readonly previous: IToken | undefined; readonly contentStart: number; readonly contentEnd: number; readonly closed: boolean }
  | { readonly kind: 'prose'; readonly wordStart: number }
  | { readonly kind: 'code'; readonly wordStart: number; readonly wordEnd: number; readonly preceding: IToken[] };

/** Find what the cursor (an offset) is in. */
export function placeCursor(text: string, offset: number): CursorPlace {
  const lexed = ententeLexer.tokenize(text);
  for (const c of lexed.groups.comments ?? []) {
    const end = c.startOffset + c.image.length;
    const lineComment = c.tokenType === T.LineComment;
    if (c.startOffset < offset && (offset < end || (offset === end && (lineComment || c.tokenType === T.UnterminatedComment)))) {
      return { kind: 'comment', before: text.slice(c.startOffset, offset) };
    }
  }
  const tokens = lexed.tokens;
  const index = tokens.findIndex((t) => t.startOffset < offset && offset <= t.startOffset + t.image.length);
  const token = index >= 0 ? tokens[index] : undefined;
  if (token) {
    const end = token.startOffset + token.image.length;
    const type = token.tokenType;
    if (type === T.TripleString || type === T.UnterminatedTripleString) {
      const inside = type === T.UnterminatedTripleString ? offset >= token.startOffset + 3 : offset >= token.startOffset + 3 && offset <= end - 3;
      if (inside) return { kind: 'prose', wordStart: wordStart(text, offset, token.startOffset + 3) };
    } else if (type === T.StringLiteral || type === T.UnterminatedString) {
      const closed = type === T.StringLiteral;
      if (!closed || offset < end) {
        return { kind: 'string', token, previous: tokens[index - 1], contentStart: token.startOffset + 1, contentEnd: closed ? end - 1 : end, closed };
      }
    } else if (isWordToken(type)) {
      return { kind: 'code', wordStart: token.startOffset, wordEnd: end, preceding: tokens.slice(0, index) };
    } else if (type === T.NumberLiteral && tokens[index - 1]?.image === 'available') {
      // `available 2`: the drafter is typing `24/7`, which only lexes once complete.
      return { kind: 'code', wordStart: token.startOffset, wordEnd: end, preceding: tokens.slice(0, index) };
    }
  }
  const preceding = tokens.filter((t) => t.startOffset + t.image.length <= offset);
  return { kind: 'code', wordStart: offset, wordEnd: offset, preceding };
}

/**
 * Whether the token at `i` starts a declaration: a top-level keyword does, except as a clause
 * topic (`about capacity-building, technology-transfer`), where any word is taken as it stands.
 */
export function startsDeclaration(tokens: readonly IToken[], i: number): boolean {
  if (roleOf(tokens[i].tokenType) !== 'top') return false;
  let j = i - 1;
  while (j >= 1 && tokens[j].tokenType === T.Comma && isWordToken(tokens[j - 1].tokenType)) j -= 2;
  return tokens[j]?.image !== 'about';
}

function isWordToken(type: TokenType): boolean {
  return type === T.Identifier || type === T.TlpLabel || type.name.startsWith('Kw_');
}

/** Start of the word (letters, digits, `-`, `_`) that ends at `offset`, not before `floor`. */
function wordStart(text: string, offset: number, floor: number): number {
  let start = offset;
  while (start > floor && /[\p{L}\p{N}_-]/u.test(text[start - 1])) start--;
  return start;
}

export type Role = 'top' | 'item' | 'word' | 'other';

/** A keyword's role, from its recovery categories (tokens.ts). */
export function roleOf(type: TokenType): Role {
  if (!type.name.startsWith('Kw_')) return 'other';
  const categories = type.CATEGORIES ?? [];
  if (categories.includes(T.Stray)) return 'word';
  if (categories.includes(T.NotTopLevel)) return 'item';
  return 'top';
}

export interface Expected {
  /** Token types the grammar accepts next (concrete types only). */
  readonly types: TokenType[];
  /** The tokens the answer was computed from (the header and the current statement). */
  readonly tokens: IToken[];
  /** The innermost grammar rule of each expected type. */
  readonly rules: Map<TokenType, string>;
  /** True when the cursor is at top level (outside every block). */
  readonly topLevel: boolean;
}

let assistParser: EntenteParser | undefined;

/** Which tokens may come next, given the tokens before the cursor. */
export function expectedTokens(preceding: IToken[]): Expected {
  assistParser ??= new EntenteParser();
  const parser = assistParser;
  // Scan for the current declaration and block: a top-level keyword always starts a new
  // declaration, as the parser's recovery also decides.
  let declStart = -1;
  let blockOpen = -1;
  let depth = 0;
  preceding.forEach((t, i) => {
    if (startsDeclaration(preceding, i)) {
      declStart = i;
      depth = 0;
      blockOpen = -1;
    } else if (t.tokenType === T.LCurly) {
      if (++depth === 1) blockOpen = i;
    } else if (t.tokenType === T.RCurly && depth > 0) {
      if (--depth === 0) blockOpen = -1;
    }
  });
  const assist = (tokens: IToken[]) => {
    const rules = new Map<TokenType, string>();
    for (const path of parser.computeContentAssist('document', tokens)) {
      const type = path.nextTokenType;
      if (type === T.NotTopLevel || type === T.Stray) continue;
      if (!rules.has(type)) rules.set(type, path.ruleStack[path.ruleStack.length - 1]);
    }
    return rules;
  };
  const textOf = (tokens: IToken[]) => tokens.map((t) => t.image).join(' ');
  const complete = (source: string) => parse(source).problems.length === 0;

  if (declStart < 0 || (depth === 0 && declStart >= 0 && preceding.length === declStart)) {
    const rules = assist([]);
    return { types: [...rules.keys()], tokens: [], rules, topLevel: true };
  }
  if (depth === 0) {
    const tokens = preceding.slice(declStart);
    const rules = assist(tokens);
    return finish(rules, tokens, complete(textOf(tokens)), true);
  }
  // Inside a block: the header, then statements back from the last one until the grammar
  // accepts them (a connective such as `under` may look like a statement start).
  const header = preceding.slice(declStart, blockOpen + 1);
  const starts = preceding.map((_t, i) => i).filter((i) => i > blockOpen && roleOf(preceding[i].tokenType) === 'item').reverse();
  starts.push(blockOpen + 1);
  for (const start of starts.slice(0, 4)) {
    const statement = preceding.slice(start);
    for (const head of [header, canonicalHeader(header)]) {
      const tokens = [...head, ...statement];
      const rules = assist(tokens);
      // Inside a block a declaration cannot start; such answers come from reading `{` as junk.
      for (const type of [...rules.keys()]) if (roleOf(type) === 'top' || type === T.RCurly) rules.delete(type);
      if (rules.size === 0) continue;
      return finish(rules, tokens, complete(textOf(tokens) + ' }'), false);
    }
  }
  return { types: [], tokens: [], rules: new Map(), topLevel: false };
}

function finish(rules: Map<TokenType, string>, tokens: IToken[], statementComplete: boolean, topLevel: boolean): Expected {
  const types = [...rules.keys()].filter((type) => {
    const role = roleOf(type);
    if (role === 'top') return topLevel && statementComplete;
    if (role === 'item') return statementComplete;
    return true;
  });
  return { types, tokens, rules, topLevel };
}

/** A header known to parse, for a block whose real header has an error. */
function canonicalHeader(header: IToken[]): IToken[] {
  const first = header[0];
  if (!first) return [];
  const keyword = first.image;
  const next = header[1];
  const source =
    keyword === 'protocol' && next?.tokenType === T.StringLiteral
      ? 'protocol "x" {'
      : keyword === 'channel' || keyword === 'security-agreement'
        ? `${keyword} X between X {`
        : keyword === 'assistance'
          ? 'assistance {'
          : keyword === 'protocol' || keyword === 'exercise' || keyword === 'capacity-building' || keyword === 'technology-transfer' || keyword === 'party' || keyword === 'participant'
            ? `${keyword} X {`
            : `${keyword} "x" {`;
  return ententeLexer.tokenize(source).tokens;
}

export function isType(token: IToken | undefined, type: TokenType): boolean {
  return token !== undefined && tokenMatcher(token, type);
}

/** The range of `[start, end)` offsets in the model's text. */
export function offsetRange(model: SemanticModel, start: number, end: number): Range {
  return model.lines.range(start, end);
}
