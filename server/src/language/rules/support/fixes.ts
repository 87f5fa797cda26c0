/**
 * Quick-fix builders shared by the missing-clause checks. Two kinds of fix:
 * - insert an approved library clause on the topic (the one library-fit.ts finds fitting the
 *   finding and the instrument, if any) at the end of the document (or, when the
 *   document ends inside an open block or prose, before the declaration left open: see
 *   top-level-insertion.ts), linked with `from library "<id>"` so the approved text stays the
 *   reference;
 * - insert a header statement (`effect on signature`, `duration indefinite`…) before the
 *   header's closing brace, where the language has a statement for the missing item.
 * A builder returns undefined when it cannot produce a correct edit: no fix beats a wrong one.
 */
import type { Instrument } from '../../ast/nodes';
import { renderClause } from '../../library/render-clause';
import type { SemanticModel } from '../../model/semantic-model';
import type { ClauseTopic } from '../../model/topics';
import { lastStartingBefore } from '../../syntax/token-search';
import * as T from '../../syntax/tokens';
import type { CodeFix } from '../rule';
import { libraryClauseFor, type ClauseNeed } from './library-fit';
import { topLevelDeclarationEdit } from './top-level-insertion';

/** Title prefix of library fixes: tests and the docs generator recognise them by it. */
export const libraryFixTitlePrefix = 'Insert library clause';

/**
 * Insert `clause <Id> from library "<id>"` at the end of the document. When the document fills
 * some of the clause's placeholders (party names, "Participants"…), the rendered text is
 * inserted as the clause body so the drafter sees the clause as it will read; otherwise the bare
 * reference keeps the approved text linked without a copy.
 */
export function libraryClauseFix(model: SemanticModel, topic: ClauseTopic, need: ClauseNeed = {}): CodeFix | undefined {
  // The edit depends only on the model, the topic and the need; a document with many findings
  // of one topic (a protocol per partner) must not render the clause and scan for a fresh id each time.
  let byTopic = libraryFixCache.get(model);
  if (!byTopic) libraryFixCache.set(model, (byTopic = new Map()));
  const key = `${topic} ${need.subject ?? ''} ${need.id ?? ''}`;
  if (!byTopic.has(key)) byTopic.set(key, buildLibraryClauseFix(model, topic, need));
  return byTopic.get(key);
}

const libraryFixCache = new WeakMap<SemanticModel, Map<string, CodeFix | undefined>>();

function buildLibraryClauseFix(model: SemanticModel, topic: ClauseTopic, need: ClauseNeed): CodeFix | undefined {
  const clause = libraryClauseFor(model, topic, need);
  if (!clause) return undefined;
  const id = freshClauseId(model, topic);
  let rendered: string;
  try {
    rendered = renderClause(clause, model, { snippet: false });
  } catch {
    // A faulty library entry must not cost the drafter the diagnostic itself.
    return undefined;
  }
  const body = rendered !== clause.text && !rendered.includes('"""') ? ` """\n${indent(rendered.trim())}\n"""` : '';
  const declaration = `clause ${id} from library ${quote(clause.id)}${body}\n`;
  const edit = topLevelDeclarationEdit(model, declaration);
  if (!edit) return undefined;
  // A clause adds terms to the instrument: a legal change, never applied unseen.
  return { title: `${libraryFixTitlePrefix} "${clause.title}" (${clause.id})`, edits: [edit], effect: 'legal' };
}

/**
 * Insert a header statement just before the header's closing brace, on its own line when the
 * brace stands alone. No fix when the header was recovered without its brace. A header statement
 * is a term of the instrument (entry into force, duration, status, disputes…): a legal change.
 */
export function headerStatementFix(model: SemanticModel, instrument: Instrument, statement: string, title = `Add \`${statement}\` to the header`): CodeFix | undefined {
  // A header that already has a statement of this kind (one a typo broke: `status 9non-binding`)
  // is read by its first one: a second would change nothing, and the finding would stay.
  if (statesAlready(model, instrument, statement)) return undefined;
  const endOffset = model.lines.offsetAt(instrument.range.end);
  const braceOffset = endOffset - 1;
  if (braceOffset < 0 || model.text[braceOffset] !== '}') return undefined;
  // The closing brace as a token, not a `}` inside a string the header left unclosed (a
  // statement written there would be part of that string).
  const tokens = model.parsed.tokenSequence;
  const brace = tokens.get(lastStartingBefore(tokens, braceOffset) + 1);
  if (brace?.startOffset !== braceOffset || brace.tokenType !== T.RCurly) return undefined;
  const at = model.lines.positionAt(braceOffset);
  const lineStart = model.lines.lineStart(at.line);
  const before = model.text.slice(lineStart, braceOffset);
  if (before.trim() === '' && at.line > instrument.range.start.line) {
    const start = model.lines.positionAt(lineStart);
    return { title, edits: [{ range: { start, end: start }, newText: `${before}  ${statement}\n` }], effect: 'legal' };
  }
  const newText = /\s$/.test(before) ? `${statement} ` : ` ${statement} `;
  return { title, edits: [{ range: { start: at, end: at }, newText }], effect: 'legal' };
}

/** Whether a statement of the header begins with the same keyword as `statement` (`status …`). */
function statesAlready(model: SemanticModel, instrument: Instrument, statement: string): boolean {
  const keyword = /^\S+/.exec(statement)?.[0] ?? '';
  return instrument.items.some((item) => {
    const at = model.lines.offsetAt(item.range.start);
    return model.text.startsWith(keyword, at) && !/[\p{L}\p{N}_-]/u.test(model.text[at + keyword.length] ?? '');
  });
}

/** The library fix alone, preferred: for omissions the language has no single statement for. */
export function libraryFixes(model: SemanticModel, topic: ClauseTopic, need: ClauseNeed = {}): CodeFix[] {
  const fix = libraryClauseFix(model, topic, need);
  return fix ? [{ ...fix, preferred: true }] : [];
}

/**
 * The fixes for a missing topic: the library clause first (unless the finding says none fits),
 * then a header statement if any.
 */
export function missingClauseFixes(model: SemanticModel, topic: ClauseTopic, header?: { instrument: Instrument; statement: string }, offerLibrary: boolean | ClauseNeed = true): CodeFix[] {
  const library = offerLibrary === false ? undefined : libraryClauseFix(model, topic, offerLibrary === true ? {} : offerLibrary);
  const statement = header ? headerStatementFix(model, header.instrument, header.statement) : undefined;
  // The header statement is the smaller, more precise edit: prefer it where it exists.
  const fixes: CodeFix[] = [];
  if (library) fixes.push({ ...library, preferred: !statement });
  if (statement) fixes.push({ ...statement, preferred: true });
  return fixes;
}

/** `entry-into-force` → `EntryIntoForce`, made unique among the document's clause ids. */
export function freshClauseId(model: SemanticModel, topic: ClauseTopic): string {
  const base = topic
    .split('-')
    .map((part) => (/^\d/.test(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
  const taken = new Set(model.ast.clauses.map((c) => c.id?.text).filter((t): t is string => !!t));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `  ${line}`))
    .join('\n');
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
