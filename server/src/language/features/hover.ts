/**
 * Hover: the rule behind a diagnostic (rationale and source), a party's record, a defined
 * term's definition, a library clause's approved text (and how the copy here departs from it),
 * a closed value's meaning, what a keyword means, and what a `§Name` cites with the number the
 * export gives it.
 */
import { unionTerritory } from '../data/european-union';
import { rangeContains, type Position, type Range } from '../ast/positions';
import * as V from '../ast/vocabulary';
import { diffClause, matchesApproved } from '../library/clause-diff';
import { renderClause } from '../library/render-clause';
import type { SemanticModel } from '../model/semantic-model';
import { ruleByCode } from '../rules/registry';
import { tokenTouching } from '../syntax/token-search';
import { forEachWord } from './ast-walk';
import { expectedAt, placeCursor } from './completion-context';
import { slotCandidates } from './completion-values';
import type { FeatureHost } from './host';
import { keywordDocs } from './keyword-docs';
import { citationAt, citationHover } from './provision-citations';
import { referenceAt, symbolAt } from './locate';
import { nodesAt } from './locate-index';
import type { Hover } from './types';
import type { Text } from '../ast/nodes';
import { namesAFile } from '../util/file-or-title';
import { definitionText } from './term-definition-text';
import { singleSpaced } from '../util/single-spaced';

export function hover(host: FeatureHost, uri: string, position: Position): Hover | undefined {
  const model = host.model(uri);
  if (!model) return undefined;
  const sections: string[] = [];
  let range: Range | undefined;
  const claim = (r: Range) => {
    range ??= r;
  };
  // `§Costs`, `§amendment`: what it cites and the number the export writes for it.
  const cited = citationAt(model, position);
  const citation = cited && citationHover(model, cited);
  if (cited && citation) {
    sections.push(citation);
    claim(cited.range);
  }
  const symbol = citation ? undefined : symbolAt(model, position);
  // Only asked when no name is under the cursor: each lookup links the declaration there.
  const reference = symbol || citation ? undefined : referenceAt(model, position);
  if (symbol) {
    const text = symbolHover(model, symbol.kind, symbol.name);
    if (text) sections.push(text);
    claim(symbol.range);
  } else if (reference?.kind === 'library-clause') {
    sections.push(libraryHover(model, reference.name));
    claim(reference.range);
  } else if (!citation && !symbol && parentAt(model, position)) {
    // `of "…"`: the parent's file and title, or a parent named by its title.
    const parent = parentAt(model, position)!;
    sections.push(parentHover(model, parent.value));
    claim(parent.range);
  } else if (!citation) {
    const word = wordAt(model, position) ?? slotWordAt(model, position);
    if (word) {
      sections.push(word.text);
      claim(word.range);
    } else {
      const keyword = keywordAt(model, position);
      if (keyword && keywordDocs[keyword.word]) {
        sections.push(`**${keyword.word}** — ${keywordDocs[keyword.word]}`);
        claim(keyword.range);
      }
    }
  }
  // The findings the editor shows: hover never waits for a whole analysis of a changed text.
  for (const d of host.latestDiagnostics?.(uri) ?? host.diagnostics(uri)) {
    if (!rangeContains(d.range, position)) continue;
    const rule = ruleByCode(d.code);
    sections.push(rule ? `**${d.code}** — ${rule.rationale}\n\n*Source:* ${rule.source}${rule.sourceStatus === 'verified' ? '' : ` (${rule.sourceStatus})`}` : `**${d.code}** — ${d.message}`);
    claim(d.range);
  }
  return sections.length > 0 && range ? { contents: sections.join('\n\n---\n\n'), range } : undefined;
}

function symbolHover(model: SemanticModel, kind: string, name: string): string | undefined {
  if (kind === 'party') {
    const party = model.party(name);
    if (!party) return `**${name}** — unknown party`;
    const p = party.effective;
    const lines = [`**${name}** — ${p.name?.value ?? '(no name)'}`];
    const facts: string[] = [];
    if (p.kind?.text) facts.push(`kind: ${p.kind.text}`);
    if (party.jurisdiction) {
      const territory = unionTerritory(party.jurisdiction);
      facts.push(`jurisdiction: ${party.jurisdiction}${territory ? ` (${territory.name}, part of ${territory.memberState}, in the EU: ${territory.basis})` : party.isEU ? ' (EU member)' : ''}`);
    }
    if (party.regimes.size > 0) facts.push(`regimes: ${[...party.regimes].join(', ')}`);
    if (p.representative) facts.push(`represented by ${p.representative.value}`);
    if (facts.length) lines.push(facts.map((f) => `- ${f}`).join('\n'));
    for (const c of party.contacts) {
      const bits = [c.availability?.text, c.email?.value, c.phone?.value].filter(Boolean).join(' · ');
      lines.push(singleSpaced(`- contact ${c.id?.text ?? ''} ${c.name?.value ?? ''}${bits ? ` — ${bits}` : ''}`));
    }
    if (party.record && party.uri !== model.uri) lines.push(`*Record from* ${party.uri.slice(party.uri.lastIndexOf('/') + 1)}`);
    return lines.join('\n\n');
  }
  const target = model.resolve(kind as never, name);
  if (kind === 'term') {
    const meaning = target?.node.type === 'Definition' ? target.node.meaning?.value : undefined;
    return meaning ? definitionText(model, name, meaning, true) : `**“${name}”** — not defined`;
  }
  const node = target?.node as { name?: { value: string }; heading?: { value: string } } | undefined;
  const title = node?.name?.value ?? node?.heading?.value;
  return `**${name}** — ${kind.replace('-', ' ')}${title ? `: ${title}` : ''}${target ? '' : ' (not declared)'}`;
}

/** The `of "…"` of the header under the cursor. */
function parentAt(model: SemanticModel, position: Position): Text | undefined {
  const parent = model.ast.instrument?.parent;
  return parent && rangeContains(parent.range, position) ? parent : undefined;
}

/** What the header's `of "…"` names: a file and its title, or a parent named by its title, which no check reads. */
function parentHover(model: SemanticModel, written: string): string {
  if (!namesAFile(written)) {
    return `**Parent instrument** (named by its title): ${written}\n\nNo file is read for it: its parties, status and clauses are not known here, and this instrument's own final clauses are checked, as where no parent is written. To have the parent's clauses read, transcribe it and write its file (\`of "parent.entente"\`).`;
  }
  const title = model.parentFile?.model?.instrument?.title?.value;
  return title ? `**Parent instrument** (\`${written}\`): ${title}` : `**Parent instrument** (\`${written}\`): not read.`;
}

function libraryHover(model: SemanticModel, id: string): string {
  const clause = model.library.get(id);
  if (!clause) return `**${id}** — not in the clause library`;
  const approved = renderClause(clause, model, { snippet: false });
  const parts = [`**${clause.title}** (${id}) · ${clause.status} · ${clause.origin}`, approved.split('\n').map((l) => '> ' + l).join('\n')];
  const copy = model.ast.clauses.find((c) => c.libraryRef?.value === id && c.body);
  // Filling a placeholder or changing the spacing is not an edit (clause-diff.ts decides).
  if (copy?.body && !matchesApproved(clause, model, copy.body.value)) {
    parts.push('This copy departs from the approved text (removed ~~struck~~, added **bold**):\n\n' + diffClause(approved, copy.body.value));
  }
  parts.push(`*Source:* ${clause.source}`);
  return parts.join('\n\n');
}

const vocabularies: [string, V.Vocabulary<string>][] = [
  ['TLP label', V.tlpLabels],
  ['party kind', V.partyKinds],
  ['status', V.statuses],
  ['classification level', V.classificationLevels],
  ['onward-sharing rule', V.onwardSharingRules],
  ['availability', V.availabilities],
  ['regime', V.regimes],
  ['data category', V.dataCategories],
  ['duration unit', V.durationUnits],
  ['instrument kind', V.instrumentKinds],
];

function wordAt(model: SemanticModel, position: Position): { text: string; range: Range } | undefined {
  let found: { text: string; range: Range } | undefined;
  // Only the header or declaration under the cursor holds its word: walking the whole AST per
  // hover grew with the document, and so did testing every declaration's range (1.8 ms right
  // after a keystroke at 100,000 lines): they are found by binary search.
  const roots = [...nodesAt(model.ast.instruments, position), ...nodesAt(model.ast.declarations, position)];
  forEachWord(roots, (node, property) => {
    if (found || property === 'keyword' || !rangeContains(node.range, position)) return;
    for (const [label, vocab] of vocabularies) {
      const value = V.lookup(vocab, node.text);
      if (value !== undefined && (node.value === undefined || node.value === value)) {
        found = { text: `**${value}** — ${label}: ${vocab.meaning[value]}`, range: node.range };
        return;
      }
    }
  });
  return found;
}

/**
 * A free word whose slot gives it a meaning (`effect on signature`, `disputes by consultation`,
 * `severity high`, `about costs`, `jurisdiction EE`): the same text completion shows for it.
 */
function slotWordAt(model: SemanticModel, position: Position): { text: string; range: Range } | undefined {
  const offset = model.lines.offsetAt(position);
  const place = placeCursor(model.text, offset, model.parsed);
  const inside = place.kind === 'code' && place.wordEnd > place.wordStart ? place : placeCursor(model.text, offset + 1, model.parsed);
  if (inside.kind !== 'code' || inside.wordEnd <= inside.wordStart) return undefined;
  const image = model.text.slice(inside.wordStart, inside.wordEnd);
  const expected = expectedAt(inside.preceding);
  const candidate = expected.expectations
    .flatMap(({ type, slot }) => (slot ? slotCandidates(model, slot, type, expected) : []))
    .find((c) => c.label === image && c.documentation);
  if (!candidate) return undefined;
  return { text: `**${image}** — ${candidate.detail ?? 'value'}: ${candidate.documentation}`, range: model.lines.range(inside.wordStart, inside.wordEnd) };
}

function keywordAt(model: SemanticModel, position: Position): { word: string; range: Range } | undefined {
  const offset = model.lines.offsetAt(position);
  const token = tokenTouching(model.parsed.tokenSequence, offset);
  if (!token || !token.tokenType.name.startsWith('Kw_')) return undefined;
  return { word: token.image, range: model.lines.range(token.startOffset, token.startOffset + token.image.length) };
}
