/**
 * The editor's side of `§Name` (model/provision-names.ts): completion after `§` in a clause's or
 * a note's text — the clauses, channels, security agreements, and the governance bodies, incident
 * protocols and exercises the export prints as a provision of their own, and the
 * keywords of the header statements the export turns into provisions — and hover on a `§Name`:
 * what it cites and what the export writes in its place ("paragraph 9"). Rename, references and
 * definition need nothing here: a `§Name` that resolves is a reference (model/linker.ts).
 */
import { rangeContains, type Position, type Range } from '../ast/positions';
import type { HeaderItem, Text } from '../ast/nodes';
import { headerKey } from '../constructs/header-clauses';
import { citableKinds, citedDeclaration, citingTexts, headerStatementNamed, headerStatementRows, provisionKey, provisionReferences, sometimesPrintedKinds, unnamedProvision, unnamedProvisionKeywords, type ProvisionReference } from '../model/provision-names';
import { symbolKinds } from '../constructs/table';
import type { SemanticModel } from '../model/semantic-model';
import { provisionCitations } from '../render/build-instrument';
import { nodesAt } from './locate-index';
import type { CompletionItem } from './types';
import { oncePer } from '../util/once-per';

/** What each provision is cited as in the export, made once per model (a model is never changed once made). */
const citations: (model: SemanticModel) => ReadonlyMap<string, string> = oncePer(provisionCitations);

/** The text under the cursor whose `§Name`s the export resolves: a clause's or a note's body, a channel's purpose, a reservation… */
function citingTextAt(model: SemanticModel, position: Position): Text | undefined {
  const header = model.ast.instrument && rangeContains(model.ast.instrument.range, position) ? [model.ast.instrument] : [];
  for (const node of [...header, ...nodesAt(model.ast.declarations, position)]) {
    const text = citingTexts(node).find((t) => rangeContains(t.range, position));
    if (text) return text;
  }
  return undefined;
}

/** Whether the position is in a text whose `§Name`s the export resolves. */
export function inCitingText(model: SemanticModel, position: Position): boolean {
  return citingTextAt(model, position) !== undefined;
}

/** The `§Name` under the cursor, read in the one text that holds it. */
export function citationAt(model: SemanticModel, position: Position): ProvisionReference | undefined {
  const text = citingTextAt(model, position);
  return text ? provisionReferences(model, text).find((r) => rangeContains(r.range, position)) : undefined;
}

/** The header statements present, by the keyword that starts each. */
function headerStatements(model: SemanticModel): { readonly keyword: string; readonly type: HeaderItem['type'] }[] {
  const present = new Set(model.ast.instrument?.items.map((item) => item.type));
  return headerStatementRows()
    .filter(([type]) => present.has(type))
    .map(([type, starts]) => ({ keyword: starts[0], type }));
}

/**
 * What can follow `§`: the instrument's own clauses, channels and security agreements by id, and
 * the header statements the export prints as a provision of their own (a statement it prints
 * none for — `status`, `languages` — would leave a blank where its number should be).
 */
export function citationCompletions(model: SemanticModel, range: Range): CompletionItem[] {
  const cited = citations(model);
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const symbol of model.symbols) {
    const kind = symbol.kind;
    if (symbol.uri !== model.uri || !(citableKinds as readonly string[]).includes(kind) || seen.has(symbol.name)) continue;
    // The name resolves as the export reads it: a clause before a channel of the same id.
    const resolved = citedDeclaration(model, symbol.name);
    if (resolved?.target !== symbol) continue;
    seen.add(symbol.name);
    const heading = symbol.node.type === 'Clause' ? symbol.node.heading?.value.trim() : undefined;
    const number = cited.get(`${kind}:${symbol.name}`);
    // A body, protocol or exercise the export prints no provision for has no number to cite (one exercise of several).
    if (!number && sometimesPrintedKinds.has(resolved.kind)) continue;
    items.push({
      label: symbol.name,
      kind: symbolKinds[resolved.kind].completion,
      detail: `${symbolKinds[resolved.kind].noun}${heading ? ` “${heading}”` : ''}${number ? ` — ${number}` : ''}`,
      insertText: symbol.name,
      range,
      sortText: `0${symbol.name}`,
    });
  }
  for (const { keyword, type } of headerStatements(model)) {
    const number = cited.get(headerKey(type));
    if (!number || seen.has(keyword) || citedDeclaration(model, keyword)) continue;
    seen.add(keyword);
    items.push({ label: keyword, kind: 'value', detail: `the provision generated from \`${keyword} …\` — ${number}`, insertText: keyword, range, sortText: `1${keyword}` });
  }
  // A block without a name the export prints as one provision: `§assistance`.
  for (const word of unnamedProvisionKeywords) {
    const block = unnamedProvision(model, word);
    const number = block && cited.get(block.key);
    if (!block || !number || seen.has(word) || citedDeclaration(model, word)) continue;
    seen.add(word);
    items.push({ label: word, kind: 'value', detail: `the provision generated from the \`${word} { … }\` block — ${number}`, insertText: word, range, sortText: `1${word}` });
  }
  return items;
}

/** Hover on `§Name`: the provision it cites, and what the export writes in its place. */
export function citationHover(model: SemanticModel, reference: ProvisionReference): string | undefined {
  const key = provisionKey(model, reference.name);
  if (!key) return undefined;
  const number = citations(model).get(key);
  const writes = number ? `the export writes **${number}** in its place` : 'the export prints no provision for it, and a blank in its place';
  const declared = citedDeclaration(model, reference.name);
  if (declared) {
    const node = declared.target.node;
    const heading = node.type === 'Clause' ? node.heading?.value.trim() : undefined;
    return `**§${reference.name}** — cites the ${symbolKinds[declared.kind].noun} ${reference.name}${heading ? ` (“${heading}”)` : ''}; ${writes}.`;
  }
  const keyword = reference.name.toLowerCase();
  if (unnamedProvision(model, keyword)?.key === key) return `**§${reference.name}** — cites the provision generated from the \`${keyword} { … }\` block; ${writes}.`;
  const statement = headerStatementNamed(keyword);
  return `**§${reference.name}** — cites the provision generated from the header statement \`${keyword} …\`${statement ? ` (${statement})` : ''}; ${writes}.`;
}

/** Where the header statement a `§amendment` cites is written: go to definition goes there (an id's `§Name` is a reference, found by `symbolAt`). */
export function citedStatementRange(model: SemanticModel, reference: ProvisionReference): Range | undefined {
  if (citedDeclaration(model, reference.name)) return undefined;
  const block = unnamedProvision(model, reference.name);
  if (block && provisionKey(model, reference.name) === block.key) return block.node.range;
  const statement = headerStatementNamed(reference.name);
  return statement ? model.ast.instrument?.items.find((item) => item.type === statement)?.range : undefined;
}
