/**
 * Completion that knows where the cursor is: only the keywords the grammar accepts there, the
 * ids in scope for the slot (parties, channels, agreements, bodies, contacts), closed values,
 * library clauses after `from library "`, defined terms in prose, the provisions a `§` can cite
 * in a clause's or a note's text, rule codes in suppression
 * comments, files after `use "`, and snippets for whole constructs at top level.
 */
import type { IToken, TokenType } from 'chevrotain';
import type { Position, Range } from '../ast/positions';
import type { Slot, StringMeaning } from '../constructs/construct';
import { renderClause } from '../library/render-clause';
import type { SemanticModel } from '../model/semantic-model';
import { allRules } from '../rules/registry';
import * as T from '../syntax/tokens';
import { assertNever } from '../util/assert-never';
import { expectedAt, placeCursor, roleOf, type CursorPlace } from './completion-context';
import { constructSnippets } from './completion-snippets';
import { slotCandidates } from './completion-values';
import type { FeatureHost } from './host';
import { keywordDocs } from './keyword-docs';
import { citationCompletions, inCitingText } from './provision-citations';
import type { CompletionItem } from './types';
import { definitionText } from './term-definition-text';

export function complete(host: FeatureHost, uri: string, position: Position): CompletionItem[] {
  const model = host.model(uri);
  if (!model) return [];
  const offset = model.lines.offsetAt(position);
  const place = placeCursor(model.text, offset, model.parsed);
  switch (place.kind) {
    case 'comment':
      return suppressionCodes(place.before);
    case 'prose':
      // After `§` in a clause's or a note's text (or other prose the export prints): the provisions it can cite.
      if (model.text[place.wordStart - 1] === '§' && inCitingText(model, position)) return citationCompletions(model, model.lines.range(place.wordStart, offset));
      return definedTerms(model, model.lines.range(place.wordStart, offset));
    case 'string':
      return stringCompletions(host, uri, model, place, offset);
    case 'code':
      return codeCompletions(model, place.preceding, model.lines.range(place.wordStart, place.wordEnd));
    default:
      return assertNever(place, 'cursor place');
  }
}

/** Inside quotes: what the string's slot means decides (a library id, a file, prose, plain text). */
function stringCompletions(host: FeatureHost, uri: string, model: SemanticModel, place: Extract<CursorPlace, { kind: 'string' }>, offset: number): CompletionItem[] {
  const range = model.lines.range(place.contentStart, place.contentEnd);
  const close = place.closed ? '' : '"';
  const expected = expectedAt(place.preceding);
  const slot = expected.expectations.find((e) => e.type === T.StringLiteral && e.slot)?.slot;
  switch (slot ? stringMeaning(slot) : undefined) {
    case 'library-clause':
      return libraryIds(model, range, close);
    case 'file':
      return files(host, uri, range, close);
    case 'prose': {
      const start = wordStartIn(model.text, offset, place.contentStart);
      // After `§` in a channel's purpose, a reservation…: the provisions it can cite, as in a clause.
      if (model.text[start - 1] === '§' && inCitingText(model, model.lines.positionAt(offset))) return citationCompletions(model, model.lines.range(start, offset));
      return definedTerms(model, model.lines.range(start, offset));
    }
    default:
      return [];
  }
}

/** What a string written in a slot is: the slot's own meaning, or what its strings mean. */
function stringMeaning(slot: Slot): StringMeaning | undefined {
  switch (slot.kind) {
    case 'plain':
    case 'prose':
    case 'file':
    case 'library-clause':
      return slot.kind;
    case 'reference':
    case 'suggested':
    case 'free':
      return slot.strings;
    case 'name':
    case 'contact':
    case 'closed':
    case 'listed':
    case 'date':
    case 'number':
      return undefined;
    default:
      return assertNever(slot, 'slot');
  }
}

function codeCompletions(model: SemanticModel, preceding: IToken[], range: Range): CompletionItem[] {
  const expected = expectedAt(preceding);
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const push = (item: CompletionItem) => {
    if (seen.has(item.kind + ':' + item.label)) return;
    seen.add(item.kind + ':' + item.label);
    items.push({ ...item, range: item.range ?? range });
  };
  let topLevelStart = false;
  for (const { type, slot } of expected.expectations) {
    const role = roleOf(type);
    if (role !== 'other') {
      // A keyword in a slot is a free word there (`amendment by written …`), not one to pick.
      if (slot) continue;
      const word = String(type.LABEL).slice(1, -1);
      if (role === 'top') topLevelStart = true;
      push({ label: word, kind: 'keyword', detail: 'keyword', documentation: keywordDocs[word], insertText: word, sortText: '5' + word });
    } else if (slot && wordTypes.has(type)) {
      for (const c of slotCandidates(model, slot, type, expected)) push({ ...c, insertText: c.label, sortText: '1' + c.label });
    }
  }
  if (topLevelStart) {
    for (const s of constructSnippets()) push(s);
    for (const c of libraryClauseBodies(model)) push(c);
  }
  return items;
}

/** Tokens a drafter completes as a word; strings, numbers and dates are typed, not picked. */
const wordTypes: ReadonlySet<TokenType> = new Set([T.Identifier, T.AnyWord, T.TlpLabel, T.TwentyFourSeven]);

function libraryIds(model: SemanticModel, range: Range, close: string): CompletionItem[] {
  return model.library.all().map((clause) => ({
    label: clause.id,
    kind: 'library-clause',
    detail: `${clause.title} (${clause.wording === 'treaty' ? 'treaty' : 'MoU'} wording, ${clause.status})`,
    documentation: clauseDocumentation(model, clause),
    insertText: clause.id + close,
    range,
    sortText: (clause.wording === model.wording ? '0' : '1') + clause.id,
  }));
}

/** `clause` + a library entry: the whole clause, its text rendered for this document. */
function libraryClauseBodies(model: SemanticModel): CompletionItem[] {
  return model.library.all().filter((c) => c.status !== 'deprecated').map((clause) => {
    const id = pascalCase(clause.heading) || 'Clause';
    const body = renderClause(clause, model, { snippet: true }).replace(/\n/g, '\n  ');
    return {
      label: `clause ${clause.id}`,
      kind: 'library-clause' as const,
      detail: `${clause.title} — from the clause library`,
      documentation: clauseDocumentation(model, clause),
      // The heading the signed text prints, not the catalogue title with its qualifiers.
      insertText: `clause \${100:${id}} "${clause.heading.replace(/["\\$}]/g, '')}" from library "${clause.id}" """\n  ${body}\n"""\n`,
      insertTextIsSnippet: true,
      filterText: `clause ${clause.id} ${clause.title}`,
      sortText: (clause.wording === model.wording ? '7' : '8') + clause.id,
    };
  });
}

function clauseDocumentation(model: SemanticModel, clause: ReturnType<SemanticModel['library']['all']>[number]): string {
  const text = renderClause(clause, model, { snippet: false });
  return `**${clause.title}** · ${clause.status} · ${clause.origin}\n\n${text.split('\n').map((l) => '> ' + l).join('\n')}\n\n${clause.rationale}\n\n*Source:* ${clause.source}`;
}

function pascalCase(title: string): string {
  return title.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function definedTerms(model: SemanticModel, range: Range): CompletionItem[] {
  return model
    .visible('term')
    .filter((t) => /^\p{Lu}/u.test(t.name))
    .map((t) => {
      const meaning = t.node.type === 'Definition' ? t.node.meaning?.value : undefined;
      return { label: t.name, kind: 'term' as const, detail: 'defined term', documentation: meaning ? definitionText(model, t.name, meaning, false) : undefined, insertText: t.name, range };
    });
}

function suppressionCodes(before: string): CompletionItem[] {
  if (!/^\/\/\s*entente-disable(?:-next-line)?\s+[a-z0-9-]*$/.test(before)) return [];
  return allRules.map((r) => ({ label: r.code, kind: 'value' as const, detail: r.message, documentation: r.rationale, insertText: `${r.code} -- `, filterText: r.code }));
}

function files(host: FeatureHost, uri: string, range: Range, close: string): CompletionItem[] {
  const dir = uri.slice(0, uri.lastIndexOf('/') + 1);
  return host
    .knownUris()
    .filter((u) => u !== uri && u.startsWith(dir) && u.endsWith('.entente'))
    .map((u) => decodeURIComponent(u.slice(dir.length)))
    .map((path) => ({ label: path, kind: 'file' as const, insertText: path + close, range }));
}

function wordStartIn(text: string, offset: number, floor: number): number {
  let start = offset;
  while (start > floor && /[\p{L}\p{N}_-]/u.test(text[start - 1])) start--;
  return start;
}
