/** Declared symbols and references: what linking produces and navigation consumes. */
import type { Contact, Declaration, Definition } from '../ast/nodes';
import type { Range } from '../ast/positions';
import { symbolKinds, type SymbolKind } from '../constructs/table';

/** Kinds of names are rows of the construct table (constructs/table.ts); re-exported for older imports. */
export type { SymbolKind } from '../constructs/table';

export interface DeclaredSymbol {
  readonly kind: SymbolKind;
  /** The id; for a contact `EE.Duty`; for a defined term the term itself. */
  readonly name: string;
  readonly uri: string;
  /** The range of the name as written (rename and go-to target). */
  readonly nameRange: Range;
  /** The whole declaration. */
  readonly range: Range;
  readonly node: Declaration | Contact | Definition;
}

export type ReferenceKind = SymbolKind | 'file' | 'library-clause';

/** A reference to a declared name (not to a file or a library clause). */
export type SymbolReference = Reference & { readonly kind: SymbolKind };

export function isSymbolReference(ref: Reference): ref is SymbolReference {
  return ref.kind !== 'file' && ref.kind !== 'library-clause';
}

export interface Reference {
  readonly kind: ReferenceKind;
  /** As written (for a contact `EE.Duty`, for a file the path, for a library clause its id). */
  readonly name: string;
  readonly uri: string;
  readonly range: Range;
  /** What it resolves to; undefined when unresolved (reported by `unknown-reference`). */
  readonly target: DeclaredSymbol | undefined;
  /**
   * Set on a `§Name` in a clause's or a note's text (model/provision-names.ts): the provision is
   * cited, not used — rename, references and definition follow it; rules on what a construct
   * relies on (a channel classifying under an agreement) do not count it. Only a name that
   * resolves is such a reference; one that does not is unknown-provision-reference's finding.
   */
  readonly cited?: true;
  /**
   * In a position that takes two kinds of name (a recipient: a party, or a non-party), the kind it
   * did not resolve to: the second where it resolved to neither (its kind is then the first), the
   * first where it resolved to the second. Unset where it resolved to the first, which always wins.
   */
  readonly also?: SymbolKind;
  /** In a position where a name declared nowhere is allowed (an onward recipient): never unknown-reference's finding. */
  readonly undeclaredAllowed?: true;
  /**
   * A term used in another form than its name, as written (model/term-forms.ts): "member of his
   * family" for "member of the family". Find references lists it; rename cannot rewrite it exactly
   * and says so (features/rename.ts).
   */
  readonly form?: string;
}

/** How each kind of name reads in a message ("Unknown governance body 'X'"). */
export const referenceKindNames: Readonly<Record<ReferenceKind, string>> = {
  ...Object.fromEntries(Object.entries(symbolKinds).map(([kind, row]) => [kind, row.noun])),
  file: 'file',
  'library-clause': 'library clause',
} as Record<ReferenceKind, string>;
