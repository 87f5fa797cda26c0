/**
 * Syntax-error messages written for drafters: they name what was expected in the words of the
 * language ("a name", "text in quotes", "'within'") rather than Chevrotain's token type names.
 */
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { constructOfRule } from '../constructs/table';

const describedTokens: Record<string, string> = {
  Identifier: 'a name',
  StringLiteral: 'text in quotes',
  TripleString: 'prose in """…"""',
  NumberLiteral: 'a number',
  DateLiteral: 'a date (YYYY-MM-DD)',
  TwentyFourSeven: '24/7',
  TlpLabel: 'a TLP label such as TLP:AMBER',
  LCurly: "'{'",
  RCurly: "'}'",
  Comma: "','",
  Dot: "'.'",
  Colon: "':'",
  NotTopLevel: 'text',
  Stray: 'text',
};

/** How a token type reads in a message. */
export function describeTokenType(type: TokenType): string {
  if (type === EOF) return 'the end of the file';
  if (type.LABEL && type.LABEL.startsWith("'")) return type.LABEL;
  return describedTokens[type.name] ?? type.name;
}

/** How a found token reads in a message. */
export function describeToken(token: IToken): string {
  if (token.tokenType === EOF) return 'the end of the file';
  const image = token.image.length > 30 ? token.image.slice(0, 27) + '…' : token.image;
  return `'${image.replace(/\r?\n/g, '⏎')}'`;
}

/** ` in a channel`: the construct the failing rule belongs to, as the construct table names it. */
function context(ruleName: string): string {
  const construct = constructOfRule(ruleName);
  return construct ? ` in ${construct.display}` : '';
}

function list(types: TokenType[]): string {
  const words = [...new Set(types.map(describeTokenType))];
  const shown = words.slice(0, 8).join(', ');
  return words.length > 8 ? `${shown}, …` : shown;
}

export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    return `Expected ${describeTokenType(expected)}${context(ruleName)} but found ${describeToken(actual)}.`;
  },
  buildNotAllInputParsedMessage({ firstRedundant, ruleName }) {
    return `Unexpected ${describeToken(firstRedundant)}${context(ruleName)}.`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const firsts = expectedPathsPerAlt.flatMap((paths) => paths.map((path) => path[0])).filter((t) => t !== undefined);
    return `Expected one of ${list(firsts)}${context(ruleName)} but found ${describeToken(actual[0])}.`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    const firsts = expectedIterationPaths.map((path) => path[0]).filter((t) => t !== undefined);
    return `Expected ${list(firsts)}${context(ruleName)} but found ${describeToken(actual[0])}.`;
  },
};
