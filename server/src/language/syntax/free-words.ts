/**
 * What a syntax error says when a keyword ended the free words of `amendment by` though the
 * drafter meant it as one of them: in `amendment by mutual consent of the Parties`, `consent`
 * starts a `consent by …` statement (tokens.ts, `FreeWord`, says why it must), which then fails on
 * `of`. The message names the keyword and gives the quoted form that keeps it a word.
 */
import { tokenMatcher, type IRecognitionException, type IToken } from 'chevrotain';
import { Amendment, By, FreeWord, keywordRole } from './tokens';

/** The hint for this error, or undefined when no keyword ended an `amendment by` right before it. */
export function freeWordsHint(error: IRecognitionException, tokenList: () => readonly IToken[]): string | undefined {
  // The keyword is the token the parse failed on (`amendment by consent`, `… each party`) or, for
  // a header statement, the one just before it (`consent of`: the statement it started failed at
  // once). A declaration that started there reports its own errors after it: those get no hint.
  const previous = (error as { previousToken?: IToken }).previousToken;
  for (const keyword of [error.token, previous && keywordRole(previous.tokenType) === 'item' ? previous : undefined]) {
    if (!keyword || !endsFreeWords(keyword)) continue;
    const tokens = tokenList();
    const at = indexOf(tokens, keyword);
    let before = at - 1;
    while (before >= 0 && tokenMatcher(tokens[before], FreeWord)) before--;
    // The words run back to `amendment by`, with at least `by` between.
    if (at < 0 || before < 0 || tokens[before].tokenType !== Amendment || tokens[before + 1].tokenType !== By) continue;
    const starts = keywordRole(keyword.tokenType) === 'top' ? 'a declaration' : `a \`${keyword.image}\` statement`;
    return `'${keyword.image}' starts ${starts}, which ends the free words of \`amendment by\`: if it belongs to the amendment procedure, write it in quotes ("${keyword.image}").`;
  }
  return undefined;
}

/** A keyword that starts a declaration or a header statement: the free words stop before it. */
function endsFreeWords(token: IToken): boolean {
  return keywordRole(token.tokenType) !== undefined && !tokenMatcher(token, FreeWord);
}

/** Where a token is in the list, by its offset (the list is in document order; the parser's token objects are not the list's). */
function indexOf(tokens: readonly IToken[], token: IToken): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].startOffset < token.startOffset) low = mid + 1;
    else high = mid;
  }
  return low < tokens.length && tokens[low].startOffset === token.startOffset ? low : -1;
}
