/**
 * Which names an edit can have made resolve differently (issue #11). Linking keeps each
 * declaration's references with its node (linker.ts); a kept reference is still right unless
 * the name it names now resolves to another symbol. That can only happen to a name declared by a
 * declaration that came or went since the last complete linking of the document (a reparse keeps
 * the node, and so the symbols, of every declaration the edit did not touch), or to any name when
 * the documents it imports changed. So instead of resolving every kept reference again after a
 * keystroke, the linker resolves again only those that name such a name.
 *
 * The last linking is remembered per document and service (util/last-states.ts: another
 * service's analysis of the same uri leaves it be) by its syntax tree, held weakly: when the tree
 * is gone (the document was closed, or re-read from scratch), nothing is assumed and every kept
 * reference is resolved again, as before.
 */
import type { Declaration, EntenteDocument } from '../ast/nodes';
import { LastStates } from '../util/last-states';
import type { DeclaredSymbol, SymbolKind } from './symbols';

/** A document linked in full: its tree and the documents whose names it saw. */
interface LinkBasis {
  readonly ast: EntenteDocument;
  /** The tree's declarations as a set, made when a later linking first compares with them (most keystrokes' linking is patched: reference-list.ts). */
  declarations: ReadonlySet<Declaration> | undefined;
  readonly imported: readonly ImportedDocument[];
}

export interface ImportedDocument {
  readonly uri: string;
  readonly ast: EntenteDocument;
}

/** What changed since the last complete linking of a document. */
export interface LinkChange {
  /** Names, by kind, declared by a declaration that came or went: their references are resolved again. */
  readonly names: readonly (readonly [SymbolKind, ReadonlySet<string>])[];
  /** Declarations the last linking did not have (a kept linking of theirs is older: checked in full). */
  readonly added: ReadonlySet<Declaration>;
}

const basisOf = new WeakMap<EntenteDocument, LinkBasis>();
const lastLinked = new LastStates<WeakRef<EntenteDocument>>();

/**
 * The change from the last complete linking of `uri` by `model`'s service to this tree and imports, or undefined when
 * there is none to compare with (or the imports differ): then every kept reference is checked.
 */
export function changeSinceLastLinking(
  model: object,
  uri: string,
  ast: EntenteDocument,
  imported: readonly ImportedDocument[],
  declaredBy: (uri: string, d: Declaration) => readonly DeclaredSymbol[],
): LinkChange | undefined {
  const lastAst = lastLinked.get(model, uri)?.deref();
  const last = lastAst && basisOf.get(lastAst);
  if (!last || !sameImports(last.imported, imported)) return undefined;
  const lastDeclarations = (last.declarations ??= new Set(last.ast.declarations));
  const names = new Map<SymbolKind, Set<string>>();
  const note = (d: Declaration) => {
    for (const symbol of declaredBy(uri, d)) {
      let set = names.get(symbol.kind);
      if (!set) names.set(symbol.kind, (set = new Set()));
      set.add(symbol.name);
    }
  };
  const added = new Set<Declaration>();
  let kept = 0;
  for (const d of ast.declarations) {
    if (lastDeclarations.has(d)) kept++;
    else {
      added.add(d);
      note(d);
    }
  }
  // Declarations that went: only walked when some did (a keystroke replaces one).
  if (kept < lastDeclarations.size) {
    const now = new Set(ast.declarations);
    for (const d of lastDeclarations) if (!now.has(d)) note(d);
  }
  return { names: [...names], added };
}

/** Remember a complete linking of `uri` by `model`'s service: every kept reference of these declarations was checked against this tree and imports. */
export function recordLinking(model: object, uri: string, ast: EntenteDocument, imported: readonly ImportedDocument[]): void {
  const basis = basisOf.get(ast);
  if (!basis || !sameImports(basis.imported, imported)) basisOf.set(ast, { ast, declarations: basis?.declarations, imported });
  lastLinked.set(model, uri, new WeakRef(ast));
}

export function sameImports(a: readonly ImportedDocument[], b: readonly ImportedDocument[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].uri !== b[i].uri || a[i].ast !== b[i].ast) return false;
  return true;
}
