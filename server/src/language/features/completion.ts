/**
 * Completion that knows where the cursor is: only the keywords the grammar accepts there, the
 * ids in scope for the slot (parties, channels, agreements, bodies, contacts), closed values,
 * library clauses after `from library "`, defined terms in prose, rule codes in suppression
 * comments, files after `use "`, and snippets for whole constructs at top level.
 */
import type { Position, Range } from '../ast/positions';
import { renderClause } from '../library/render-clause';
import type { SemanticModel } from '../model/semantic-model';
import { allRules } from '../rules/registry';
import * as T from '../syntax/tokens';
import { expectedTokens, placeCursor, roleOf } from './completion-context';
import { constructSnippets } from './completion-snippets';
import { identifierCandidates } from './completion-values';
import type { FeatureHost } from './host';
import { keywordDocs } from './keyword-docs';
import type { CompletionItem } from './types';
import * as V from '../ast/vocabulary';

export function complete(host: FeatureHost, uri: string, position: Position): CompletionItem[] {
  const model = host.model(uri);
  if (!model) return [];
  const offset = model.lines.offsetAt(position);
  const place = placeCursor(model.text, offset);
  switch (place.kind) {
    case 'comment':
      return suppressionCodes(place.before);
    case 'prose':
      return definedTerms(model, model.lines.range(place.wordStart, offset));
    case 'string': {
      const range = model.lines.range(place.contentStart, place.contentEnd);
      const close = place.closed ? '' : '"';
      if (place.previous?.tokenType === T.Library) return libraryIds(model, range, close);
      if (place.previous?.tokenType === T.Use) return files(host, uri, range, close);
      if (place.previous && roleOf(place.previous.tokenType) === 'word' && place.previous.image !== 'procedure' && place.previous.image !== 'means') return [];
      return definedTerms(model, model.lines.range(wordStartIn(model.text, offset, place.contentStart), offset));
    }
    case 'code':
      return codeCompletions(model, place.preceding, model.lines.range(place.wordStart, place.wordEnd));
  }
}

function codeCompletions(model: SemanticModel, preceding: Parameters<typeof expectedTokens>[0], range: Range): CompletionItem[] {
  const expected = expectedTokens(preceding);
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const push = (item: CompletionItem) => {
    if (seen.has(item.kind + ':' + item.label)) return;
    seen.add(item.kind + ':' + item.label);
    items.push({ ...item, range: item.range ?? range });
  };
  let topLevelStart = false;
  for (const type of expected.types) {
    const role = roleOf(type);
    // Connectives inside free words (`amendment by written …`) are prose, not something to pick.
    if (role === 'word' && freeWordRules.has(expected.rules.get(type) ?? '') && expected.rules.get(T.Identifier) === expected.rules.get(type)) continue;
    if (role !== 'other') {
      const word = String(type.LABEL).slice(1, -1);
      if (role === 'top') topLevelStart = true;
      push({ label: word, kind: 'keyword', detail: 'keyword', documentation: keywordDocs[word], insertText: word, sortText: '5' + word });
    } else if (type === T.Identifier || type === T.AnyWord) {
      for (const c of identifierCandidates(model, expected.tokens, expected.rules.get(type))) {
        push({ ...c, insertText: c.label, sortText: '1' + c.label });
      }
    } else if (type === T.TlpLabel) {
      for (const label of V.tlpLabels.values) push({ label, kind: 'value', detail: 'TLP 2.0 label', documentation: V.tlpLabels.meaning[label], insertText: label, sortText: '1' + label });
    } else if (type === T.TwentyFourSeven) {
      push({ label: '24/7', kind: 'value', detail: 'availability', documentation: V.availabilities.meaning['24/7'], insertText: '24/7', sortText: '0' });
    }
  }
  if (topLevelStart) {
    for (const s of constructSnippets()) push(s);
    for (const c of libraryClauseBodies(model)) push(c);
  }
  return items;
}

const freeWordRules = new Set(['amendmentItem']);

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
    const id = pascalCase(clause.title) || 'Clause';
    const body = renderClause(clause, model, { snippet: true }).replace(/\n/g, '\n  ');
    return {
      label: `clause ${clause.id}`,
      kind: 'library-clause' as const,
      detail: `${clause.title} — from the clause library`,
      documentation: clauseDocumentation(model, clause),
      insertText: `clause \${100:${id}} "${clause.title.replace(/["\\$}]/g, '')}" from library "${clause.id}" """\n  ${body}\n"""\n`,
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
      return { label: t.name, kind: 'term' as const, detail: 'defined term', documentation: meaning ? `“${t.name}” means ${meaning}` : undefined, insertText: t.name, range };
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
