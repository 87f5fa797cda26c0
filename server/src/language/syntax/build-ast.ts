/**
 * CST → AST. A pure function of the CST and the text; tolerates every hole error recovery
 * leaves. Junk and stray text consumed by the grammar's recovery rules becomes syntax errors here.
 */
import type { CstNode, IToken } from 'chevrotain';
import { BuildContext, firstOffsetOf } from './build-context';
import {
  buildAssistance,
  buildBody,
  buildChannel,
  buildClause,
  buildCooperation,
  buildDefinition,
  buildExercise,
  buildParty,
  buildProtocol,
  buildSecurityAgreement,
  buildUse,
} from './build-declarations';
import { buildInstrument } from './build-header';
import type { Comment, Declaration, EntenteDocument, Instrument } from '../ast/nodes';
import { LineIndex, type Range } from '../ast/positions';
import type { DocumentCstNode, StrayCstNode, JunkCstNode } from './cst.generated';

export interface SyntaxProblem {
  readonly message: string;
  readonly range: Range;
  readonly source: 'lexer' | 'parser';
}

const blockStatements: Record<string, string> = {
  instrument: 'status, languages, signed, effect, consent, duration, termination, amendment, disputes, governing law, depositary, registration or reservations',
  party: 'kind, jurisdiction, represented by, contact or regimes',
  securityAgreement: 'level … equals or breach procedure',
  channel: 'carries, marking, classification, onward sharing, purpose, safeguards, recipients, contacts or breach procedure',
  incidentProtocol: 'when, notify, report, escalate, content or contacts',
  exercise: 'scope, first or contacts',
  cooperation: 'activities, description or intellectual property',
  assistance: 'basis, preservation, central authority or under',
};

export function buildDocument(text: string, cst: DocumentCstNode, commentTokens: IToken[], lines = new LineIndex(text)): { ast: EntenteDocument; problems: SyntaxProblem[] } {
  const ctx = new BuildContext(lines);
  const problems: SyntaxProblem[] = [];
  const instruments: Instrument[] = [];
  const declarations: Declaration[] = [];

  // Children of `document` come grouped by kind; restore source order by their first offset.
  const topLevel = [...(cst.children.topLevel ?? []), ...(cst.children.junk ?? [])]
    .map((node) => ({ node, offset: firstOffsetOf(node) }))
    .sort((a, b) => a.offset - b.offset)
    .map((entry) => entry.node);
  for (const node of topLevel) {
    if (node.name === 'junk') {
      reportJunk(ctx, node as JunkCstNode, undefined, problems);
      continue;
    }
    const c = (node as import('./cst.generated').TopLevelCstNode).children;
    if (c.instrument) {
      instruments.push(buildInstrument(ctx, c.instrument[0]));
      collectStray(ctx, c.instrument[0], 'instrument', problems);
    } else if (c.use) declarations.push(buildUse(ctx, c.use[0]));
    else if (c.party) {
      declarations.push(buildParty(ctx, c.party[0]));
      collectStray(ctx, c.party[0], 'party', problems);
    } else if (c.securityAgreement) {
      declarations.push(buildSecurityAgreement(ctx, c.securityAgreement[0]));
      collectStray(ctx, c.securityAgreement[0], 'securityAgreement', problems);
    } else if (c.channel) {
      declarations.push(buildChannel(ctx, c.channel[0]));
      collectStray(ctx, c.channel[0], 'channel', problems);
    } else if (c.incidentProtocol) {
      declarations.push(buildProtocol(ctx, c.incidentProtocol[0]));
      collectStray(ctx, c.incidentProtocol[0], 'incidentProtocol', problems);
    } else if (c.exercise) {
      declarations.push(buildExercise(ctx, c.exercise[0]));
      collectStray(ctx, c.exercise[0], 'exercise', problems);
    } else if (c.cooperation) {
      declarations.push(buildCooperation(ctx, c.cooperation[0]));
      collectStray(ctx, c.cooperation[0], 'cooperation', problems);
    } else if (c.governanceBody) declarations.push(buildBody(ctx, c.governanceBody[0]));
    else if (c.definition) declarations.push(buildDefinition(ctx, c.definition[0]));
    else if (c.clause) declarations.push(buildClause(ctx, c.clause[0]));
    else if (c.assistance) {
      declarations.push(buildAssistance(ctx, c.assistance[0]));
      collectStray(ctx, c.assistance[0], 'assistance', problems);
    }
  }

  const comments: Comment[] = commentTokens.map((token) => ({
    text: token.image,
    range: ctx.tokenRange(token),
    block: token.image.startsWith('/*'),
  }));
  for (const token of commentTokens) {
    if (token.tokenType.name === 'UnterminatedComment') {
      problems.push({ message: 'This comment is never closed: end it with */ (everything after it is being ignored).', range: ctx.tokenRange(token), source: 'lexer' });
    }
  }

  const of = <T extends Declaration['type']>(type: T) => declarations.filter((d): d is Extract<Declaration, { type: T }> => d.type === type);
  const ast: EntenteDocument = {
    type: 'Document',
    instrument: instruments[0],
    instruments,
    declarations,
    uses: of('Use'),
    parties: of('Party'),
    securityAgreements: of('SecurityAgreement'),
    channels: of('Channel'),
    protocols: of('IncidentProtocol'),
    exercises: of('Exercise'),
    cooperations: of('Cooperation'),
    bodies: of('GovernanceBody'),
    definitions: of('Definition'),
    clauses: of('Clause'),
    assistance: of('Assistance'),
    comments,
    range: ctx.lines.range(0, text.length),
  };
  return { ast, problems };
}

function collectStray(ctx: BuildContext, node: CstNode, rule: string, problems: SyntaxProblem[]): void {
  for (const stray of (node.children.stray as StrayCstNode[] | undefined) ?? []) reportJunk(ctx, stray, rule, problems);
}

function reportJunk(ctx: BuildContext, node: JunkCstNode | StrayCstNode, rule: string | undefined, problems: SyntaxProblem[]): void {
  const tokens = (node.children.tokens ?? []).filter((t) => !t.isInsertedInRecovery && !Number.isNaN(t.startOffset));
  if (tokens.length === 0) return;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const range = ctx.lines.range(first.startOffset, last.startOffset + last.image.length);
  const unterminated = tokens.find((t) => t.tokenType.name.startsWith('Unterminated'));
  if (unterminated) {
    const closer = unterminated.tokenType.name === 'UnterminatedTripleString' ? '"""' : '"';
    problems.push({ message: `This text is never closed: end it with ${closer}.`, range: ctx.tokenRange(unterminated), source: 'lexer' });
    if (unterminated === first) return;
  }
  const shown = first.image.length > 30 ? first.image.slice(0, 27) + '…' : first.image;
  const message = rule
    ? `Unexpected '${shown}': a statement here starts with ${blockStatements[rule]}.`
    : `Unexpected '${shown}': a declaration starts with participant, party, channel, protocol, exercise, body, define, clause, use or an instrument kind (memorandum, treaty…).`;
  problems.push({ message, range, source: 'parser' });
}
