/**
 * Linking: which names a document declares, and what every reference in it resolves to. Both
 * come from the construct table: each row says what its declaration declares and which of its
 * slots hold references, and the slot says what kind of name it refers to (constructs/).
 * Defined terms are referenced from prose: a capitalised defined term used in any prose of the
 * document counts as a use (matched as a whole word, case-sensitively).
 */
import type { ContactRef, EntenteDocument, Name, Text } from '../ast/nodes';
import type { Referent, Slot, SlotUse } from '../constructs/construct';
import { instrumentRow, rowOf } from '../constructs/table';
import { assertNever } from '../util/assert-never';
import { PhraseMatcher } from '../util/phrase-matcher';
import type { SemanticModel } from './semantic-model';
import type { DeclaredSymbol, Reference } from './symbols';

export function collectDeclarations(uri: string, ast: EntenteDocument): DeclaredSymbol[] {
  const symbols: DeclaredSymbol[] = [];
  for (const d of ast.declarations) {
    for (const s of rowOf(d).declares(d)) symbols.push({ kind: s.kind, name: s.name, uri, nameRange: s.nameRange, range: s.range, node: s.node });
  }
  return symbols;
}

export function collectReferences(model: SemanticModel): Reference[] {
  const refs: Reference[] = [];
  const add = (uses: readonly SlotUse[]) => {
    for (const [slot, values] of uses) for (const value of values) if (value) referencesIn(model, slot, value, refs);
  };
  if (model.ast.instrument) add(instrumentRow.references(model.ast.instrument));
  for (const d of model.ast.declarations) add(rowOf(d).references(d));
  refs.push(...termReferences(model));
  return refs;
}

/** What a value written in a slot refers to, by the slot's kind, added to `refs`. */
function referencesIn(model: SemanticModel, slot: Slot, value: Referent, refs: Reference[]): void {
  const uri = model.uri;
  switch (slot.kind) {
    case 'reference':
      if (isName(value)) refs.push({ kind: slot.symbol, name: value.text, uri, range: value.range, target: model.resolve(slot.symbol, value.text) });
      return;
    case 'contact': {
      // `EE.Duty`: the party, then the contact qualified by it.
      if (!isContactRef(value)) return;
      refs.push({ kind: 'party', name: value.party.text, uri, range: value.party.range, target: model.resolve('party', value.party.text) });
      if (!value.contact) return;
      const name = `${value.party.text}.${value.contact.text}`;
      refs.push({ kind: 'contact', name, uri, range: value.contact.range, target: model.resolve('contact', name) });
      return;
    }
    case 'file':
    case 'library-clause':
      if (isText(value)) refs.push({ kind: slot.kind, name: value.value, uri, range: value.range, target: undefined });
      return;
    case 'name':
    case 'closed':
    case 'suggested':
    case 'listed':
    case 'free':
    case 'plain':
    case 'prose':
    case 'date':
    case 'number':
      throw new Error(`a ${slot.kind} slot refers to nothing; list only reference slots in a row's references`);
    default:
      assertNever(slot, 'slot');
  }
}

const isText = (value: Referent): value is Text => 'multiline' in value;
const isContactRef = (value: Referent): value is ContactRef => 'party' in value;
const isName = (value: Referent): value is Name => !isText(value) && !isContactRef(value);

/** Uses of defined terms in prose, as whole words; the definition's own term is not a use. */
function termReferences(model: SemanticModel): Reference[] {
  const terms = model.visible('term');
  if (terms.length === 0) return [];
  const byTerm = new Map(terms.map((t) => [t.name, t]));
  // Every term in one pass over each line (an alternation of the terms was quadratic).
  const matcher = new PhraseMatcher(byTerm.keys());
  const refs: Reference[] = [];
  for (const { text } of model.prose()) {
    const raw = model.sourceAt(text.range);
    const startLine = text.range.start.line;
    const startChar = text.range.start.character;
    const lines = raw.split('\n');
    lines.forEach((line, i) => {
      for (const match of matcher.matches(line)) {
        const character = (i === 0 ? startChar : 0) + match.start;
        const name = match.phrase;
        refs.push({
          kind: 'term',
          name,
          uri: model.uri,
          range: { start: { line: startLine + i, character }, end: { line: startLine + i, character: character + name.length } },
          target: byTerm.get(name),
        });
      }
    });
  }
  return refs;
}
