/**
 * CST → AST. A pure function of the CST and the text; tolerates every hole error recovery
 * leaves. Junk and stray text consumed by the grammar's recovery rules becomes syntax errors here.
 */
import type { CstNode, IToken } from 'chevrotain';
import { constructRows, declarationRows, instrumentRow, statementsOf, type DeclarationKind } from '../constructs/table';
import type { ConstructRow } from '../constructs/construct';
import type { Declaration, Instrument } from '../ast/nodes';
import type { Range } from '../ast/positions';
import { firstOffsetOf, type BuildContext } from './build-context';
import { declarationBuilders } from './build-declarations';
import { buildInstrument } from './build-header';
import type { InstrumentCstNode, JunkCstNode, StrayCstNode } from './cst.generated';
import { Protocol } from './tokens';

export interface SyntaxProblem {
  readonly message: string;
  readonly range: Range;
  readonly source: 'lexer' | 'parser';
  /**
   * Text recovery skipped between declarations. When the parser failed on the same token inside
   * a construct (and recovery left it), the parser's own error says more: what that statement
   * expected there, not what a declaration starts with.
   */
  readonly betweenDeclarations?: true;
}

/** The declaration kind each grammar rule parses, from the construct table. */
const kindOfRule: ReadonlyMap<string, DeclarationKind> = new Map(
  (Object.keys(declarationRows) as DeclarationKind[]).map((kind) => [declarationRows[kind].rule, kind]),
);

/** What one top-level node builds to: its construct, and the junk and stray text it holds, kept apart by where the full parse lists them. */
export type TopLevelBuild = ({ instrument: Instrument } | { declaration: Declaration } | object) & {
  readonly stray: SyntaxProblem[];
  readonly between: SyntaxProblem[];
};

/** Builds one child of `document` (a `topLevel` or a `junk` node); the builders' own problems go to `ctx.problems`. */
export function buildTopLevel(ctx: BuildContext, node: CstNode): TopLevelBuild {
  const reports: SyntaxProblem[] = [];
  let built: { instrument: Instrument } | { declaration: Declaration } | object = {};
  if (node.name === 'junk') {
    reportJunk(ctx, junkTokens(node as JunkCstNode), undefined, reports);
  } else {
    // A top-level node has one child: the declaration (or header) its rule parsed.
    for (const [rule, children] of Object.entries(node.children) as [string, CstNode[]][]) {
      const construct = children[0];
      if (rule === instrumentRow.rule) {
        built = { instrument: buildInstrument(ctx, construct as InstrumentCstNode) };
        collectStray(ctx, construct, instrumentRow, reports);
        continue;
      }
      const kind = kindOfRule.get(rule);
      if (!kind) continue;
      built = { declaration: declarationBuilders[kind](ctx, construct) };
      collectStray(ctx, construct, declarationRows[kind] as ConstructRow<never>, reports);
    }
  }
  // Made field by field: spreading `built` (of two shapes) went through V8's generic object copy, a
  // twentieth of the parse's time.
  const stray = reports.length === 0 ? reports : reports.filter((p) => !p.betweenDeclarations);
  const between = reports.length === 0 ? [] : reports.filter((p) => p.betweenDeclarations);
  if ('instrument' in built) return { instrument: built.instrument, stray, between };
  if ('declaration' in built) return { declaration: built.declaration, stray, between };
  return { stray, between };
}

/**
 * Reports the stray text and misplaced statements of a block. Those that follow one another with
 * no statement of the block between them are one problem: a block left open before a broken
 * declaration reads that declaration's statements as misplaced, and one problem says so once
 * (as the junk run between declarations it used to be), not once per line.
 */
function collectStray(ctx: BuildContext, node: CstNode, row: ConstructRow<never>, problems: SyntaxProblem[]): void {
  // Every construct of every parse comes here; almost all have nothing to report.
  if (node.children.stray === undefined && node.children.misplaced === undefined) return;
  const pieces = [
    ...((node.children.stray as StrayCstNode[] | undefined) ?? []).map((piece) => ({ piece, misplaced: false })),
    ...((node.children.misplaced as StrayCstNode[] | undefined) ?? []).map((piece) => ({ piece, misplaced: true })),
  ]
    .map((entry) => ({ ...entry, offset: firstOffsetOf(entry.piece) }))
    .sort((a, b) => a.offset - b.offset);
  const itemRule = row.statements?.rule;
  const items = (itemRule ? ((node.children[itemRule] as CstNode[] | undefined) ?? []) : []).map(firstOffsetOf).sort((a, b) => a - b);
  let item = 0;
  let group: typeof pieces = [];
  const flush = () => {
    if (group.length === 0) return;
    const tokens = group.flatMap((g) => junkTokens(g.piece));
    if (group[0].misplaced) reportMisplaced(ctx, tokens, row, problems);
    else reportJunk(ctx, tokens, row, problems);
    group = [];
  };
  for (const entry of pieces) {
    let itemBetween = false;
    while (item < items.length && items[item] < entry.offset) {
      if (group.length > 0 && items[item] > group[group.length - 1].offset) itemBetween = true;
      item++;
    }
    if (itemBetween) flush();
    group.push(entry);
  }
  flush();
}

/** A statement of another block (misplaced-statements.ts): say where it belongs. */
function reportMisplaced(ctx: BuildContext, tokens: readonly IToken[], row: ConstructRow<never>, problems: SyntaxProblem[]): void {
  if (tokens.length === 0) return;
  const [first, last] = [tokens[0], tokens[tokens.length - 1]];
  const owners = constructRows.filter((r) => statementsOf(r).some((s) => s.starts.includes(first.image))).map((r) => r.display);
  if (owners.length === 0) return reportJunk(ctx, tokens, row, problems);
  const message = `'${first.image}' starts a statement of ${orList(owners)}, not of ${row.display}: move it there (the rest of ${row.display} is read as usual).`;
  problems.push({ message, range: ctx.lines.range(first.startOffset, last.startOffset + last.image.length), source: 'parser' });
  reportUnterminated(ctx, tokens, problems);
}

/** The real tokens of a junk, stray or misplaced node, in order (junk may start with a `protocol` no construct could take: grammar-document.ts). */
function junkTokens(node: JunkCstNode | StrayCstNode): IToken[] {
  const start = 'Kw_protocol' in node.children ? (node.children.Kw_protocol ?? []) : [];
  return [...start, ...(node.children.tokens ?? [])].filter((t) => !t.isInsertedInRecovery && !Number.isNaN(t.startOffset));
}

/** "a, b or c" */
function orList(words: readonly string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : words.join('');
}

/** What may start a declaration, from the construct table: its keywords, then the instrument kinds. */
const declarationStarts = `${[...new Set(Object.values(declarationRows).flatMap((row) => row.starts))].join(', ')} or an instrument kind (${instrumentRow.starts.join(', ')})`;

/** `protocol` followed by neither a name nor a title: say what each of the two constructs it starts needs. */
function protocolWithoutName(found: string): string {
  return `After 'protocol', write the incident protocol's name as one word (\`protocol SignificantIncident { … }\`) or an instrument's title in quotes (\`protocol "Additional Protocol" { … }\`); found ${found}.`;
}

/** Reports a string or prose block never closed among the tokens, and returns its token. */
function reportUnterminated(ctx: BuildContext, tokens: readonly IToken[], problems: SyntaxProblem[]): IToken | undefined {
  const unterminated = tokens.find((t) => t.tokenType.name.startsWith('Unterminated'));
  if (unterminated) {
    const closer = unterminated.tokenType.name === 'UnterminatedTripleString' ? '"""' : '"';
    problems.push({ message: `This text is never closed: end it with ${closer}.`, range: ctx.tokenRange(unterminated), source: 'lexer' });
  }
  return unterminated;
}

function reportJunk(ctx: BuildContext, tokens: readonly IToken[], row: ConstructRow<never> | undefined, problems: SyntaxProblem[]): void {
  if (tokens.length === 0) return;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const range = ctx.lines.range(first.startOffset, last.startOffset + last.image.length);
  if (reportUnterminated(ctx, tokens, problems) === first) return;
  const shown = (token: IToken) => (token.image.length > 30 ? token.image.slice(0, 27) + '…' : token.image);
  const message = row
    ? `Unexpected '${shown(first)}': a statement here starts with ${orList(statementsOf(row).map((s) => s.display))}.`
    : first.tokenType === Protocol
      ? protocolWithoutName(tokens[1] ? `'${shown(tokens[1])}'` : 'nothing')
      : `Unexpected '${shown(first)}': a declaration starts with ${declarationStarts}.`;
  problems.push(row ? { message, range, source: 'parser' } : { message, range, source: 'parser', betweenDeclarations: true });
}
