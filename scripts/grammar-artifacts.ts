/**
 * Derives the reader-facing grammar artifacts from the parser itself, so they cannot drift:
 * - `grammar/entente.ebnf`: an EBNF reference of every rule,
 * - `server/src/language/syntax/cst.generated.ts`: the CST types the AST builder is written against,
 * - the keyword lists of `syntaxes/entente.tmLanguage.json` (its `keywords` block), by each
 *   keyword's role in tokens.ts; the rest of the TextMate grammar is written by hand.
 *
 * `npm run grammar` rewrites them; `test/grammar/artifacts.test.ts` fails when they are stale.
 */
import { generateCstDts, type ISerializedGast } from 'chevrotain';
import { EntenteParser } from '../server/src/language/syntax/parser';
import { keywordRole, keywords, type KeywordRole } from '../server/src/language/syntax/tokens';

type Gast = ISerializedGast & { name?: string; label?: string; definition?: Gast[]; idx?: number; terminalLabel?: string; nonTerminalName?: string };

function terminal(node: Gast): string {
  const label = node.label ?? node.name ?? '?';
  return label.startsWith("'") ? label.replace(/'/g, '"') : label;
}

function sequence(defs: Gast[] | undefined): string {
  return (defs ?? []).map(expression).filter((s) => s.length > 0).join(' ');
}

function expression(node: Gast): string {
  switch (node.type) {
    case 'Terminal':
      return terminal(node);
    case 'NonTerminal':
      return node.name ?? '?';
    case 'Alternative':
      return sequence(node.definition);
    case 'Alternation':
      return '( ' + (node.definition ?? []).map((alt) => sequence(alt.definition)).join(' | ') + ' )';
    case 'Option':
      return '[ ' + sequence(node.definition) + ' ]';
    case 'Repetition':
      return '{ ' + sequence(node.definition) + ' }';
    case 'RepetitionMandatory':
      return sequence(node.definition) + ' { ' + sequence(node.definition) + ' }';
    case 'RepetitionWithSeparator':
    case 'RepetitionMandatoryWithSeparator': {
      const separator = terminal((node as unknown as { separator: Gast }).separator);
      const item = sequence(node.definition);
      const list = `${item} { ${separator} ${item} }`;
      return node.type === 'RepetitionWithSeparator' ? `[ ${list} ]` : list;
    }
    default:
      return '';
  }
}

export function ebnf(): string {
  const parser = new EntenteParser();
  const rules = parser.getSerializedGastProductions() as Gast[];
  const lines = [
    '(* The Entente grammar, generated from server/src/language/syntax/parser.ts by `npm run grammar`. *)',
    '(* Do not edit: change the parser and regenerate. Terminals in quotes are keywords; *)',
    '(* Identifier, StringLiteral, TripleString, DateLiteral, NumberLiteral, TwentyFourSeven and TlpLabel *)',
    '(* are defined in server/src/language/syntax/tokens.ts and described in grammar/README.md. *)',
    '',
  ];
  // Top-down for a reader: the document first, then every rule in the order the parser defines it.
  const first = ['document', 'topLevel', 'junk'];
  const ordered = [...first.map((name) => rules.find((r) => r.name === name)!), ...rules.filter((r) => !first.includes(r.name ?? ''))];
  for (const rule of ordered) lines.push(`${rule.name} = ${sequence(rule.definition)} ;`, '');
  return lines.join('\n');
}

export function cstTypes(): string {
  const parser = new EntenteParser();
  const dts = generateCstDts(parser.getGAstProductions(), { includeVisitorInterface: false });
  // The visitor interface is not generated, so its import would be unused.
  return '// Generated from the parser by `npm run grammar`. Do not edit.\n' + dts.replace('CstNode, ICstVisitor, IToken', 'CstNode, IToken');
}

/** The TextMate scope of each keyword role; declaration keywords are also matched with their name in `declarations`. */
const keywordScopes: readonly [KeywordRole, string][] = [
  ['top', 'keyword.control.declaration.entente'],
  ['item', 'storage.modifier.statement.entente'],
  ['word', 'storage.modifier.qualifier.entente'],
  ['connective', 'keyword.operator.word.connective.entente'],
];

/** `grammar` with its `keywords` block regenerated from tokens.ts (longest words first, as the lexer tries them). */
export function textMateGrammar(grammar: string): string {
  const start = grammar.indexOf('    "keywords": {');
  const end = grammar.indexOf('\n    },\n', start);
  if (start < 0 || end < 0) throw new Error('syntaxes/entente.tmLanguage.json has no "keywords" block to regenerate');
  const words = (role: KeywordRole) =>
    keywords
      .filter((k) => keywordRole(k) === role)
      .map((k) => String(k.LABEL).slice(1, -1))
      .sort((a, b) => b.length - a.length || a.localeCompare(b));
  const patterns = keywordScopes.map(([role, name]) => {
    // Bounded by look-arounds on identifier characters, not \b: identifiers may contain `-` and any script.
    const match = String.raw`(?<![\p{L}\p{N}_\-])(?:${words(role).join('|')})(?![\p{L}\p{N}_\-])`;
    return `        {\n          "name": ${JSON.stringify(name)},\n          "match": ${JSON.stringify(match)}\n        }`;
  });
  const block = [
    '    "keywords": {',
    '      "comment": "Generated from server/src/language/syntax/tokens.ts by `npm run grammar`, one pattern per keyword role.",',
    '      "patterns": [',
    patterns.join(',\n'),
    '      ]',
  ].join('\n');
  return grammar.slice(0, start) + block + grammar.slice(end);
}
