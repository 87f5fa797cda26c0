/**
 * Linking: which names a document declares, and what every reference in it resolves to. Both
 * come from the construct table: each row says what its declaration declares and which of its
 * slots hold references, and the slot says what kind of name it refers to (constructs/).
 * Defined terms are referenced from prose: a defined term used in any prose of the document
 * counts as a use (matched as a whole word, case-sensitively, in the forms unused-term reads:
 * prose-term-uses.ts). A `§Name` in a clause's or
 * a note's text that names a clause, channel or security agreement is a reference to it (`cited`).
 */
import type { ContactRef, Declaration, EntenteDocument, Name, Text } from '../ast/nodes';
import type { Instrument } from '../ast/header-nodes';
import type { Referent, Slot, SlotUse } from '../constructs/construct';
import { instrumentRow, rowOf } from '../constructs/table';
import { assertNever } from '../util/assert-never';
import { termSearch, termUses, type TermSearch } from './prose-term-uses';
import { proseMemoOf } from '../util/prose-memo';
import type { SemanticModel } from './semantic-model';
import { isSymbolReference, type DeclaredSymbol, type Reference, type SymbolKind, type SymbolReference } from './symbols';
import { citableKinds, citedDeclaration, citingTexts, provisionReferences } from './provision-names';
import { changeSinceLastLinking, recordLinking, sameImports, type ImportedDocument, type LinkChange } from './link-reuse';
import { nameIndex, patchedReferenceList, referenceList, reindex, type NameIndex, type ReferenceList } from './reference-list';
import { LastStates } from '../util/last-states';
import { NodeTable } from '../util/node-tables';
import { declaredBy, declaredSymbols } from './declared-symbols';

/**
 * What the last linking of a document by a service left (util/last-states.ts): the tree, the
 * facts every declaration's linking read besides its node (the visible terms, the imported
 * documents), each declaration's linking by place, and the list put together from them.
 */
interface LastLinking {
  readonly ast: EntenteDocument;
  readonly terms: string;
  readonly imported: readonly ImportedDocument[];
  readonly instrument: Instrument | undefined;
  readonly header: LinkedDeclaration | undefined;
  readonly linked: readonly LinkedDeclaration[];
  readonly list: ReferenceList;
  /**
   * Made with every full linking (a document's first keystroke paid it, 1.35 ms at 10,000 lines:
   * pk39), then brought up to date in place: only the newest linking is patched.
   */
  readonly index: NameIndex;
}

const lastLinkings = new LastStates<LastLinking>(8);

export function collectReferences(model: SemanticModel): readonly Reference[] {
  const terms = termKey(model);
  const last = lastLinkings.get(model, model.uri);
  const linking = (last && patchedLinking(model, last, terms)) ?? fullLinking(model, terms);
  lastLinkings.set(model, model.uri, linking);
  recordLinking(model, model.uri, model.ast, model.importedDocuments);
  return linking.list.refs;
}

function fullLinking(model: SemanticModel, terms: string): LastLinking {
  const { ast } = model;
  // The header's slots and `§Name`s are linked anew here, the declarations' kept with their nodes.
  const header = ast.instrument && linkedHeader(model, ast.instrument);
  const declared = declaredSymbols(model);
  const change = changeSinceLastLinking(model, model.uri, ast, model.importedDocuments, (uri, d) => declaredBy(declared, uri, d));
  const kept = linkedTable.of(model);
  const linked = ast.declarations.map((d) => linkedDeclaration(kept, model, d, terms, change));
  return { ast, terms, imported: model.importedDocuments, instrument: ast.instrument, header, linked, list: referenceList(header, linked), index: nameIndex(linked) };
}

/**
 * The last linking patched where a keystroke replaced declarations in place (the same number of
 * declarations, every other one the same node at the same place), under the same terms and
 * imports; undefined otherwise. Only the replaced declarations are linked anew, and of the others
 * only those that write a name the replaced ones declared or declare (the name index) are asked
 * whether a reference of theirs now resolves differently (link-reuse.ts) — not every declaration.
 */
function patchedLinking(model: SemanticModel, last: LastLinking, terms: string): LastLinking | undefined {
  if (last.terms !== terms || !sameImports(last.imported, model.importedDocuments)) return undefined;
  if (last.ast === model.ast) return last;
  const before = last.ast.declarations;
  const after = model.ast.declarations;
  if (before.length !== after.length) return undefined;
  const replaced: number[] = [];
  for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) replaced.push(i);
  const byKind = new Map<SymbolKind, Set<string>>();
  const declared = declaredSymbols(model);
  const note = (d: Declaration) => {
    for (const symbol of declaredBy(declared, model.uri, d)) {
      let set = byKind.get(symbol.kind);
      if (!set) byKind.set(symbol.kind, (set = new Set()));
      set.add(symbol.name);
    }
  };
  for (const i of replaced) {
    note(before[i]);
    note(after[i]);
  }
  const names = [...byKind];
  const index = last.index;
  const linked = last.linked.slice();
  const changed = new Set(replaced);
  const kept = linkedTable.of(model);
  for (const i of replaced) linked[i] = linkedDeclaration(kept, model, after[i], terms, undefined);
  const asked = new Set<number>();
  for (const [, declared] of names) {
    for (const name of declared) {
      for (const i of index.get(name) ?? []) {
        if (changed.has(i) || asked.has(i)) continue;
        asked.add(i);
        if (unaffected(model, linked[i], names)) continue;
        linked[i] = linkAnew(kept, model, after[i], terms);
        changed.add(i);
      }
    }
  }
  for (const i of replaced) reindex(index, i, last.linked[i], linked[i]);
  const instrument = model.ast.instrument;
  const header = instrument !== last.instrument || (last.header && !unaffected(model, last.header, names)) ? instrument && linkedHeader(model, instrument) : last.header;
  const list = patchedReferenceList(last, header, linked, changed);
  return { ast: model.ast, terms, imported: model.importedDocuments, instrument, header, linked, list, index };
}

/** The header's slot references and `§Name`s, linked as a declaration's are (it uses no terms). */
function linkedHeader(model: SemanticModel, instrument: Instrument): LinkedDeclaration {
  const slots: Reference[] = [];
  slotReferences(model, instrumentRow.references(instrument), slots);
  const citations: Reference[] = [];
  const cited = citationReferences(model, instrument, citations);
  const kinds = new Set<string>();
  for (const ref of slots) kinds.add(ref.kind);
  return { uri: model.uri, terms: '', slots, termUses: [], citations, cited, kinds };
}

/**
 * The references of one declaration, kept with its node. A reparse reuses the nodes of the
 * declarations a change did not touch (syntax/shift.ts), so after a keystroke only the edited
 * one is linked again. What a kept reference resolves to may still have changed (the declaration
 * it names was edited, removed or added elsewhere), so each reference to a name that a change
 * declared or undeclared (link-reuse.ts; every reference when that is unknown) is resolved again
 * and the whole declaration relinked if any answer differs; the set of visible terms is part of
 * the key, since a new term can turn any prose word into a use.
 */
interface LinkedDeclaration {
  readonly uri: string;
  readonly terms: string;
  readonly slots: readonly Reference[];
  readonly termUses: readonly Reference[];
  /** Its `§Name`s that cite a clause, channel or security agreement. */
  readonly citations: readonly Reference[];
  /** What each name written after `§` resolved to (undefined: nothing, or a header statement), to tell when that changes. */
  readonly cited: ReadonlyMap<string, DeclaredSymbol | undefined>;
  /** The kinds of name its references name, to pass it over when a change touched none of them. */
  readonly kinds: ReadonlySet<string>;
}

/** Per service (util/node-tables.ts); the linkings look it up once per model and pass it on. */
const linkedTable = new NodeTable<Declaration, LinkedDeclaration>();
type LinkedTable = WeakMap<Declaration, LinkedDeclaration>;

function linkedDeclaration(table: LinkedTable, model: SemanticModel, d: Declaration, terms: string, change: LinkChange | undefined): LinkedDeclaration {
  const kept = table.get(d);
  // A declaration the last linking had was checked then: only names a change touched can differ.
  const names = change && !change.added.has(d) ? change.names : undefined;
  if (kept && kept.uri === model.uri && kept.terms === terms && (names ? unaffected(model, kept, names) : stillResolves(model, kept.slots) && stillResolves(model, kept.termUses) && stillCites(model, kept.cited))) return kept;
  return linkAnew(table, model, d, terms);
}

function linkAnew(table: LinkedTable, model: SemanticModel, d: Declaration, terms: string): LinkedDeclaration {
  const slots: Reference[] = [];
  slotReferences(model, rowOf(d).references(d), slots);
  const termUses: Reference[] = [];
  termReferences(model, proseOf(d), termUses);
  const kinds = new Set<string>();
  for (const ref of slots) {
    kinds.add(ref.kind);
    if (ref.also) kinds.add(ref.also);
  }
  if (termUses.length > 0) kinds.add('term');
  const citations: Reference[] = [];
  const cited = citationReferences(model, d, citations);
  const linked = { uri: model.uri, terms, slots, termUses, citations, cited, kinds };
  table.set(d, linked);
  return linked;
}

function stillResolves(model: SemanticModel, refs: readonly Reference[]): boolean {
  for (const ref of refs) if (isSymbolReference(ref) && !resolvesAsBefore(model, ref)) return false;
  return true;
}

/**
 * Whether a reference resolves as it did. One that may name two kinds (`also`: a recipient, a
 * party or a non-party) resolved to neither, or to the second, holds only while no name of the
 * kind it did not resolve to is declared: a party declared under the name takes it over, and a
 * non-party declared makes an unknown recipient known.
 */
function resolvesAsBefore(model: SemanticModel, ref: SymbolReference): boolean {
  return model.resolve(ref.kind, ref.name) === ref.target && (ref.also === undefined || model.resolve(ref.also, ref.name) === undefined);
}

/** Whether every name written after `§` still resolves to what it did (a clause added under a cited name turns it into a reference). */
function stillCites(model: SemanticModel, cited: ReadonlyMap<string, DeclaredSymbol | undefined>): boolean {
  for (const [name, target] of cited) if (citedDeclaration(model, name)?.target !== target) return false;
  return true;
}

const citable: ReadonlySet<string> = new Set(citableKinds);

/** Whether a kept linking still holds when only `names` (by kind) can resolve differently: just the references naming one of them are asked. */
function unaffected(model: SemanticModel, kept: LinkedDeclaration, names: LinkChange['names']): boolean {
  for (const [kind, changed] of names) {
    if (citable.has(kind) && kept.cited.size > 0) for (const name of changed) if (kept.cited.has(name) && citedDeclaration(model, name)?.target !== kept.cited.get(name)) return false;
    if (!kept.kinds.has(kind)) continue;
    for (const ref of kept.slots) if ((ref.kind === kind || ref.also === kind) && changed.has(ref.name) && isSymbolReference(ref) && !resolvesAsBefore(model, ref)) return false;
    if (kind === 'term') for (const ref of kept.termUses) if (changed.has(ref.name) && model.resolve(kind, ref.name) !== ref.target) return false;
  }
  return true;
}

function proseOf(d: Declaration): { text: Text }[] {
  const prose: { text: Text }[] = [];
  for (const text of rowOf(d).prose(d)) if (text) prose.push({ text });
  return prose;
}

/** The visible terms, as a key: a declaration's term uses (and their colouring) depend on them. */
export function termKey(model: SemanticModel): string {
  return termContextOf(model).key;
}

/**
 * What matching term uses needs, made once per model: the visible terms by name, their key and
 * the memo space named after them, and the matcher (built on first need). Per model, not per
 * call: references are linked declaration by declaration, and a per-call copy of every term was
 * quadratic in an instrument of many definitions.
 */
interface TermContext {
  readonly byTerm: ReadonlyMap<string, DeclaredSymbol>;
  readonly key: string;
  readonly space: string;
  search: TermSearch | undefined;
}

const termContexts = new WeakMap<SemanticModel, TermContext>();

function termContextOf(model: SemanticModel): TermContext {
  let context = termContexts.get(model);
  if (!context) {
    const byTerm = new Map<string, DeclaredSymbol>();
    for (const t of model.visible('term')) byTerm.set(t.name, t);
    const key = [...byTerm.keys()].sort().join('\u0000');
    context = { byTerm, key, space: proseMemoOf(model).space(`term-form-uses\u0000${key}`), search: undefined };
    termContexts.set(model, context);
  }
  return context;
}

/**
 * The references written in one declaration, or in the document's instrument header: those of
 * `collectReferences` that lie in it, in the same order, without linking the rest of the
 * document (a hover right after a keystroke needs only what is under the cursor).
 */
export function referencesWithin(model: SemanticModel, node: Declaration | Instrument): Reference[] {
  const refs: Reference[] = [];
  if (node.type === 'Instrument') {
    if (node === model.ast.instrument) {
      slotReferences(model, instrumentRow.references(node), refs);
      citationReferences(model, node, refs);
    }
    return refs;
  }
  slotReferences(model, rowOf(node).references(node), refs);
  termReferences(model, proseOf(node), refs);
  citationReferences(model, node, refs);
  return refs;
}

/**
 * The `§Name`s of a declaration's texts (or the header's) that cite a clause, channel or security agreement,
 * added to `refs` as references to it (the name only, not the `§`: rename replaces the name); and
 * what every name written after `§` resolved to. Read by the same scan as the check and the export.
 */
function citationReferences(model: SemanticModel, d: Declaration | Instrument, refs: Reference[]): ReadonlyMap<string, DeclaredSymbol | undefined> {
  const cited = new Map<string, DeclaredSymbol | undefined>();
  for (const { name, range } of citingTexts(d).flatMap((text) => provisionReferences(model, text))) {
    const found = citedDeclaration(model, name);
    cited.set(name, found?.target);
    if (!found) continue;
    const start = { line: range.start.line, character: range.start.character + 1 };
    refs.push({ kind: found.kind, name, uri: model.uri, range: { start, end: range.end }, target: found.target, cited: true });
  }
  return cited;
}

function slotReferences(model: SemanticModel, uses: readonly SlotUse[], refs: Reference[]): void {
  for (const [slot, values] of uses) for (const value of values) if (value) referencesIn(model, slot, value, refs);
}

/** What a value written in a slot refers to, by the slot's kind, added to `refs`. */
function referencesIn(model: SemanticModel, slot: Slot, value: Referent, refs: Reference[]): void {
  const uri = model.uri;
  switch (slot.kind) {
    case 'reference':
      if (!isName(value)) return;
      {
        const target = model.resolve(slot.symbol, value.text);
        const other = !target && slot.also ? model.resolve(slot.also, value.text) : undefined;
        // Unresolved, it is reported as the first kind, with the second named in the message (`also`).
        // Resolved to the second kind, it holds while no name of the first is declared (resolvesAsBefore).
        if (other) refs.push({ kind: slot.also!, name: value.text, uri, range: value.range, target: other, also: slot.symbol });
        else refs.push({ kind: slot.symbol, name: value.text, uri, range: value.range, target, ...(slot.also ? { also: slot.also } : {}), ...(slot.undeclaredAllowed ? { undeclaredAllowed: true } : {}) });
      }
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

/** Uses of defined terms in the prose given, as whole words, added to `refs`; the definition's own term is not a use. */
function termReferences(model: SemanticModel, prose: readonly { text: Text }[], refs: Reference[]): void {
  if (prose.length === 0) return;
  const context = termContextOf(model);
  const { byTerm, space } = context;
  if (byTerm.size === 0) return;
  // Every term in one pass over each line (an alternation of the terms was quadratic). The
  // matches of each prose text are remembered for the same terms: after a keystroke only the
  // edited prose is matched again (the rest of a 100,000-line instrument's prose is unchanged).
  const memo = proseMemoOf(model);
  for (const { text } of prose) {
    const raw = model.proseSource(text);
    const startLine = text.range.start.line;
    const startChar = text.range.start.character;
    const search = (context.search ??= termSearch(byTerm, context.key));
    const found = memo.get(space, raw, (copy) => termUses(search.matcher, copy));
    for (const { line, start, endLine, end, phrase } of found) {
      // The term a form is a use of (term-forms.ts); the range covers the phrase found, a plural's
      // ending left out, over a line break where the term is wrapped (prose-term-uses.ts). Written
      // out, without a closure or a spread per use: every use of every term in the prose is one.
      const term = search.termOf.get(phrase) ?? phrase;
      const range = {
        start: { line: startLine + line, character: (line === 0 ? startChar : 0) + start },
        end: { line: startLine + endLine, character: (endLine === 0 ? startChar : 0) + end },
      };
      const target = byTerm.get(term);
      refs.push(term !== phrase ? { kind: 'term', name: term, uri: model.uri, range, target, form: phrase } : { kind: 'term', name: term, uri: model.uri, range, target });
    }
  }
}
