/**
 * Rename a party, contact, channel, agreement, protocol, exercise, body, clause or defined term
 * everywhere it is declared or used, across connected documents. Renaming a party also renames
 * the party half of `EE.Duty`, since that is a reference to the party; renaming a defined term
 * renames its capitalised uses in prose.
 */
import type { Position } from '../ast/positions';
import { citableKinds, citedDeclaration, provisionKey } from '../model/provision-names';
import type { SemanticModel } from '../model/semantic-model';
import { referenceKindNames, type SymbolKind } from '../model/symbols';
import { tokenTouching } from '../syntax/token-search';
import type { TokenSequence } from '../syntax/token-sequence';
import { keywordWords } from '../syntax/tokens';
import type { FeatureHost } from './host';
import { declarations, occurrences, symbolAt, type Occurrence } from './locate';
import type { RenameRefusal, RenameTarget, WorkspaceEdit } from './types';

const keywordSet = new Set(keywordWords);
/** The Identifier token's pattern (tokens.ts), anchored. */
const identifierPattern = /^[A-Za-z_\u00C0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD][A-Za-z0-9_\-\u00C0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]*$/;


export function prepareRename(host: FeatureHost, uri: string, position: Position): RenameTarget | RenameRefusal {
  const model = host.model(uri);
  if (!model) return { error: 'This document is not known to Entente.' };
  const at = symbolAt(model, position);
  if (!at) {
    const keyword = keywordAt(model.parsed.tokenSequence, model.lines.offsetAt(position));
    if (keyword) return { error: `‘${keyword}’ is a word of the language and cannot be renamed; put the cursor on a name (a party, channel or other id, or a defined term).` };
    return { error: 'There is no name here to rename: put the cursor on a party, channel or other id, or on a defined term.' };
  }
  // A term wrapped over a line break is offered by its name, not with the break (prose-term-uses.ts).
  return { range: at.range, placeholder: at.range.start.line === at.range.end.line ? model.sourceAt(at.range) : at.name };
}

export function rename(host: FeatureHost, uri: string, position: Position, newName: string): WorkspaceEdit | RenameRefusal {
  const prepared = prepareRename(host, uri, position);
  if ('error' in prepared) return prepared;
  const model = host.model(uri)!;
  const at = symbolAt(model, position)!;
  const wanted = newName.trim();
  const invalid = validateName(at.kind, wanted);
  if (invalid) return { error: invalid };
  // The renamed part of a contact is its own id; its symbol name is `Party.Contact`.
  const newSymbolName = at.kind === 'contact' ? `${at.name.split('.')[0]}.${wanted}` : wanted;
  if (newSymbolName !== at.name && declarations(host, uri, at.kind, newSymbolName).length > 0) {
    return { error: `A ${referenceKindNames[at.kind]} named ${wanted} already exists; choose another name.` };
  }
  const found = occurrences(host, uri, at.kind, at.name);
  const forms = formsNotRewritten(found, at.name, wanted, uri);
  if (forms) return { error: forms };
  const moved = citationMoved(model, at.kind, at.name, wanted, found.some((o) => o.cited));
  if (moved) return { error: moved };
  const rewritten = keepingLineBreaks(host, found, at.name, wanted, uri);
  if ('error' in rewritten) return rewritten;
  const changes: Record<string, { range: typeof at.range; newText: string }[]> = {};
  found.forEach((o, i) => {
    (changes[o.uri] ??= []).push({ range: o.range, newText: rewritten.texts[i] });
  });
  return { changes };
}

/**
 * A term used in other forms than its name ("member of his family", "members of their families"
 * for "member of the family"; "Parties" for "Party"; model/term-forms.ts) is found by references
 * as unused-term counts it, but a rename cannot rewrite such a form exactly: which words of it
 * stand for which of the new name's is a question of grammar, and a guess would change what the
 * text says. Rather than rename the term and leave its other forms naming the old one, or rewrite
 * them wrongly, the rename is refused and says where they are.
 */
function formsNotRewritten(found: readonly Occurrence[], oldName: string, newName: string, uri: string): string | undefined {
  const forms = found.filter((o) => o.form !== undefined);
  if (forms.length === 0 || newName === oldName) return undefined;
  const where = (o: Occurrence) => `${o.uri === uri ? '' : `${fileName(o.uri)}, `}line ${o.range.start.line + 1}`;
  const listed = forms.slice(0, 3).map((o) => `‘${o.form}’ (${where(o)})`);
  const more = forms.length > listed.length ? ` and ${forms.length - listed.length} more` : '';
  const one = forms.length === 1;
  return `‘${oldName}’ is also used in ${one ? 'another form' : 'other forms'} than its name: ${listed.join(', ')}${more}. A rename cannot rewrite ${one ? 'it' : 'them'} exactly, so nothing was renamed: rewrite ${one ? 'that use' : 'those uses'} by hand (or as ‘${oldName}’ first), then rename.`;
}

/**
 * The new text of each occurrence. A term wrapped over a line break ("the Competent\n    Authority",
 * found as unused-term counts it: model/prose-term-uses.ts) keeps its white space between the same
 * words: each run of the use stays between the new name's words in turn, so the line break and the
 * indentation stay where they are. That needs a new name of as many words; where it has more or
 * fewer, which word the break should follow is a layout choice the drafter makes, and the rename
 * is refused, saying where the wrapped uses are. A use on one line is written as the new name.
 */
function keepingLineBreaks(host: FeatureHost, found: readonly Occurrence[], oldName: string, newName: string, uri: string): { texts: string[] } | { error: string } {
  const words = newName.split(/\s+/u);
  const texts: string[] = [];
  const wrapped: Occurrence[] = [];
  for (const o of found) {
    if (o.range.start.line === o.range.end.line) {
      texts.push(newName);
      continue;
    }
    const written = host.model(o.uri)?.sourceAt(o.range) ?? '';
    const gaps = written.match(/\s+/gu) ?? [];
    if (gaps.length !== words.length - 1) wrapped.push(o);
    texts.push(words.map((word, i) => (i === 0 ? word : gaps[i - 1] + word)).join(''));
  }
  if (wrapped.length === 0) return { texts };
  const where = (o: Occurrence) => `${o.uri === uri ? '' : `${fileName(o.uri)}, `}line ${o.range.start.line + 1}`;
  const listed = wrapped.slice(0, 3).map(where);
  const more = wrapped.length > listed.length ? ` and ${wrapped.length - listed.length} more` : '';
  const count = (n: number) => `${n} word${n === 1 ? '' : 's'}`;
  const oldWords = oldName.split(/\s+/u).length;
  return {
    error: `‘${oldName}’ is wrapped over a line break (${listed.join(', ')}${more}). A rename keeps each line break between the same words, and ‘${newName}’ has ${count(words.length)} where ‘${oldName}’ has ${count(oldWords)}, so nothing was renamed: choose a name of ${count(oldWords)}, or put ${wrapped.length === 1 ? 'that use' : 'those uses'} on one line first, then rename.`,
  };
}

/** The file name at the end of a URI, for a message. */
function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * A `§Name` cites the clause, channel or security agreement so named, a clause first, else a
 * header statement by its keyword (model/provision-names.ts). Renaming one of them to a name that
 * already cites another provision would make a citation cite another provision than the drafter
 * wrote, in the export's numbers, without a word: the renamed one's `§Old`, or an existing
 * `§New` (a provision's number in a signed text is part of what it says).
 */
function citationMoved(model: SemanticModel, kind: SymbolKind, oldName: string, newName: string, cited: boolean): string | undefined {
  const order = citableKinds as readonly string[];
  if (!order.includes(kind) || newName === oldName) return undefined;
  const other = citedDeclaration(model, newName);
  const header = other ? undefined : provisionKey(model, newName);
  if (!other && !header) return undefined;
  // `§New` already written cites the other provision; after the rename it cites the renamed one if that is looked up first.
  const citesOther = () => new RegExp(`§${newName}(?![A-Za-z0-9_]|-[A-Za-z0-9_])`).test(model.text);
  const moves = other && order.indexOf(other.kind) < order.indexOf(kind) ? cited : citesOther();
  if (!moves) return undefined;
  const what = other ? `the ${other.kind.replace('-', ' ')} ${newName}` : `the provision generated from \`${newName.toLowerCase()} …\``;
  return `§${newName} cites ${what}: with ${oldName} renamed ${newName}, a § citation would cite another provision than it does now. Choose another name.`;
}

function validateName(kind: SymbolKind, name: string): string | undefined {
  if (name === '') return 'The new name is empty.';
  if (kind === 'term') {
    if (/["\r\n\\]/.test(name)) return 'A defined term cannot contain quotes, backslashes or line breaks.';
    if (!/^\p{Lu}/u.test(name)) return 'A defined term starts with a capital letter, so that its uses in prose are recognised.';
    return undefined;
  }
  if (keywordSet.has(name)) return `‘${name}’ is a word of the language; choose a name that is not a keyword.`;
  if (!identifierPattern.test(name)) return `‘${name}’ is not a valid id: use letters, digits, ‘_’ and ‘-’, starting with a letter.`;
  return undefined;
}

/** The keyword whose token contains the offset, if any. */
export function keywordAt(tokens: TokenSequence, offset: number): string | undefined {
  const token = tokenTouching(tokens, offset);
  return token && keywordSet.has(token.image) && token.tokenType.name.startsWith('Kw_') ? token.image : undefined;
}
