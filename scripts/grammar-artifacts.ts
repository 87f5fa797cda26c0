/**
 * Derives the reader-facing grammar artifacts from the parser itself, so they cannot drift:
 * - `grammar/entente.ebnf`: an EBNF reference of every rule,
 * - `server/src/language/syntax/cst.generated.ts`: the CST types the AST builder is written against.
 *
 * `npm run grammar` rewrites them; `test/grammar/artifacts.test.ts` fails when they are stale.
 */
import { generateCstDts, type ISerializedGast } from 'chevrotain';
import { EntenteParser } from '../server/src/language/syntax/parser';

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
