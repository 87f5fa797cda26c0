/**
 * Syntax-error messages written for drafters: they name what was expected in the words of the
 * language ("a name", "text in quotes", "'within'") rather than Chevrotain's token type names.
 */
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import type { ClosedSlot } from '../constructs/construct';
import { constructOfRule, slotTable, statementsOf } from '../constructs/table';

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
  FreeWord: 'a word',
  NotTopLevel: 'text',
  Stray: 'text',
};

/**
 * How a token type reads in a message. A name (`Identifier`) expected where the rule holds one
 * closed set of words reads as that set: after `effect on`, "a final-clause event (signature,
 * ratification, notification, …)", not "a name".
 */
export function describeTokenType(type: TokenType, rule?: string): string {
  if (type === EOF) return 'the end of the file';
  if (type.LABEL && type.LABEL.startsWith("'")) return type.LABEL;
  if (type.name === 'Identifier' && rule) {
    const words = closedWordsOf(rule);
    if (words) return words;
  }
  return describedTokens[type.name] ?? type.name;
}

/** The one closed vocabulary among a rule's slots, as a message reads it; undefined when it has none or several. */
function closedWordsOf(rule: string): string | undefined {
  const closed = Object.entries(slotTable).filter(([key, slot]) => key.startsWith(`${rule}.`) && slot.kind === 'closed');
  if (closed.length !== 1) return undefined;
  const slot = closed[0][1] as ClosedSlot<string>;
  const values = slot.vocabulary.values;
  const shown = values.length > 3 ? `${values.slice(0, 3).join(', ')}, …` : values.join(', ');
  // "an event", "a unit": the sound, not the letter.
  return `${/^(?:[aeio]|un(?!i))/i.test(slot.what) ? 'an' : 'a'} ${slot.what} (${shown})`;
}

/** How a found token reads in a message. */
export function describeToken(token: IToken): string {
  if (token.tokenType === EOF) return 'the end of the file';
  const image = token.image.length > 30 ? token.image.slice(0, 27) + '…' : token.image;
  return `'${image.replace(/\r?\n/g, '⏎')}'`;
}

/**
 * Where a parser error happened, from the rule stack (innermost last), as the construct table
 * names it: ` in the effect statement of the instrument header`, ` in a channel`. A shared rule
 * (`timing`, `quantity`) says nothing itself: the statement that called it does.
 */
export function whereIn(ruleStack: readonly string[]): string {
  for (let i = ruleStack.length - 1; i >= 0; i--) {
    const rule = ruleStack[i];
    const construct = constructOfRule(rule);
    if (!construct) continue;
    const statement = statementsOf(construct).find((s) => s.rule === rule);
    return statement ? ` in the ${statement.display} statement of ${construct.display}` : ` in ${construct.display}`;
  }
  return '';
}

/**
 * A parser error's message with its place: the messages below leave it out, because Chevrotain
 * tells them only the innermost rule, and the place is read from the whole rule stack.
 */
export function placeSyntaxError(message: string, ruleStack: readonly string[]): string {
  const where = whereIn(ruleStack);
  if (where === '') return message;
  const found = message.indexOf(' but found ');
  if (found >= 0) return `${message.slice(0, found)}${where}${message.slice(found)}`;
  return message.endsWith('.') ? `${message.slice(0, -1)}${where}.` : `${message}${where}`;
}

function list(types: TokenType[], rule: string): string {
  const words = [...new Set(types.map((type) => describeTokenType(type, rule)))];
  if (words.length > 8) return `${words.slice(0, 8).join(', ')}, …`;
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : words.join('');
}

/** The messages, without their place (see `placeSyntaxError`). */
export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    return `Expected ${describeTokenType(expected, ruleName)} but found ${describeToken(actual)}.`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `Unexpected ${describeToken(firstRedundant)}.`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const firsts = expectedPathsPerAlt.flatMap((paths) => paths.map((path) => path[0])).filter((t) => t !== undefined);
    return `Expected one of ${list(firsts, ruleName)} but found ${describeToken(actual[0])}.`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    const firsts = expectedIterationPaths.map((path) => path[0]).filter((t) => t !== undefined);
    return `Expected ${list(firsts, ruleName)} but found ${describeToken(actual[0])}.`;
  },
};
