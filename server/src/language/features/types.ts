/**
 * Result types of the editor features, and the contract the service fulfils for the LSP layer.
 *
 * Plain data in LSP shapes (0-based line, UTF-16 character) without importing any LSP package,
 * so the core stays editor-free. Enumerations that LSP numbers (symbol kinds, completion kinds,
 * highlight kinds) are names here; the LSP layer maps them (e.g. `SymbolKind[symbol.kind]`).
 */
import type { Position, Range } from '../ast/positions';
import type { OutlineKind } from '../constructs/construct';
import { colourKinds } from '../constructs/table';

export type { Position, Range };

/** A plain text edit (no `uri`: the uri is the key of the WorkspaceEdit it sits in). */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface WorkspaceEdit {
  /** Edits per document uri; edits of one document never overlap. */
  readonly changes: Record<string, TextEdit[]>;
}

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

// ── Completion ───────────────────────────────────────────────────────────────────────────────

export type CompletionKind =
  | 'keyword'
  | 'party'
  | 'contact'
  | 'channel'
  | 'security-agreement'
  | 'body'
  | 'term'
  | 'clause'
  | 'library-clause'
  | 'value'
  | 'snippet'
  | 'file';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** One line shown beside the label (a party's name, a value's set…). */
  readonly detail?: string;
  /** Markdown for the documentation pane. */
  readonly documentation?: string;
  readonly insertText: string;
  /** True when insertText has snippet tab stops (`${1:…}`, `$0`). */
  readonly insertTextIsSnippet?: boolean;
  /** The range the insert replaces (the word typed so far); absent: the word at the cursor. */
  readonly range?: Range;
  readonly sortText?: string;
  readonly filterText?: string;
}

// ── Hover ────────────────────────────────────────────────────────────────────────────────────

export interface Hover {
  /** Markdown. */
  readonly contents: string;
  /** The word the hover is about. */
  readonly range: Range;
}

// ── Rename ───────────────────────────────────────────────────────────────────────────────────

/** The symbol under the cursor may be renamed: the range to edit and its current text. */
export interface RenameTarget {
  readonly range: Range;
  readonly placeholder: string;
}

/** Why a rename cannot happen here, in the drafter's words (shown by the editor). */
export interface RenameRefusal {
  readonly error: string;
}

// ── Symbols ──────────────────────────────────────────────────────────────────────────────────

/** LSP SymbolKind names the outline uses (the construct table's outline kinds). */
export type SymbolKindName = OutlineKind;

export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKindName;
  /** The whole construct. */
  readonly range: Range;
  /** The name (inside `range`). */
  readonly selectionRange: Range;
  readonly children: DocumentSymbol[];
}

export interface WorkspaceSymbol {
  readonly name: string;
  readonly kind: SymbolKindName;
  readonly location: Location;
  readonly containerName?: string;
}

// ── Structure and colouring ──────────────────────────────────────────────────────────────────

export interface FoldingRange {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'comment' | 'region' | 'imports';
}

/**
 * The semantic-token legend: standard LSP token types, so every theme colours them. Each kind of
 * name has its own (party → class, channel → interface…: `symbolKinds` in constructs/table.ts);
 * closed values are enumMember.
 */
export const semanticTokenLegend = {
  tokenTypes: colourKinds,
  tokenModifiers: ['declaration'],
} as const;

export type SemanticTokenType = (typeof semanticTokenLegend.tokenTypes)[number];

/** LSP-encoded: 5 integers per token (delta line, delta start, length, type index, modifier bits). */
export interface SemanticTokens {
  readonly data: readonly number[];
}

export interface DocumentLink {
  readonly range: Range;
  /** The resolved uri. */
  readonly target: string;
  readonly tooltip?: string;
}

export interface DocumentHighlight {
  readonly range: Range;
  /** `write` for the declaration, `read` for a use. */
  readonly kind: 'text' | 'read' | 'write';
}

// ── Formatting ───────────────────────────────────────────────────────────────────────────────

export interface FormattingOptions {
  readonly tabSize: number;
  readonly insertSpaces: boolean;
}

// ── Code actions ─────────────────────────────────────────────────────────────────────────────

/** What the core needs of a diagnostic the editor sends back: its range and code. */
export interface DiagnosticRef {
  readonly range: Range;
  readonly code?: string | number;
}

export type CodeActionKind = 'quickfix' | 'source.fixAll.entente' | 'refactor';

/**
 * `D` is the caller's diagnostic type: the diagnostics an action resolves are the very objects
 * passed in, so the LSP layer can hand them back to the editor unchanged.
 */
export interface CodeAction<D extends DiagnosticRef = DiagnosticRef> {
  readonly title: string;
  readonly kind: CodeActionKind;
  readonly diagnostics?: D[];
  /** Plain text edits (snippet placeholders replaced by their default text). */
  readonly edit: WorkspaceEdit;
  /** The same edit with snippet tab stops, for clients that accept snippet edits. */
  readonly snippetEdit?: WorkspaceEdit;
  readonly isPreferred?: boolean;
}

// ── Computed dates ───────────────────────────────────────────────────────────────────────────

export interface InlayHint {
  readonly position: Position;
  readonly label: string;
  readonly tooltip?: string;
  readonly paddingLeft?: boolean;
}

/** A line of information above a construct (no command: it is read, not clicked). */
export interface CodeLens {
  readonly range: Range;
  readonly title: string;
}

/**
 * `today` for computed dates: an ISO date `2027-01-15`, or a Date read in local time (the
 * drafter's calendar day).
 */
export type Today = string | Date;

/** The editor features the service offers (implemented by `EntenteService`). */
export interface EntenteEditorFeatures {
  complete(uri: string, position: Position): CompletionItem[];
  hover(uri: string, position: Position): Hover | undefined;
  definition(uri: string, position: Position): Location[];
  references(uri: string, position: Position, includeDeclaration: boolean): Location[];
  prepareRename(uri: string, position: Position): RenameTarget | RenameRefusal;
  rename(uri: string, position: Position, newName: string): WorkspaceEdit | RenameRefusal;
  /** The outline, shared by every caller (kept with the parse): read-only. */
  documentSymbols(uri: string): readonly DocumentSymbol[];
  workspaceSymbols(query: string): WorkspaceSymbol[];
  foldingRanges(uri: string): readonly FoldingRange[];
  semanticTokens(uri: string): SemanticTokens;
  documentLinks(uri: string): DocumentLink[];
  documentHighlights(uri: string, position: Position): DocumentHighlight[];
  /** Edits that format the document, or only the lines a range touches. */
  format(uri: string, options: FormattingOptions, range?: Range): TextEdit[];
  codeActions<D extends DiagnosticRef>(uri: string, range: Range, diagnostics: readonly D[], only?: readonly string[]): CodeAction<D>[];
  inlayHints(uri: string, range: Range, today: Today): InlayHint[];
  /** Computed dates as of `today`, and above a library clause the words the export puts for the source's (features/letters-wording.ts). */
  codeLenses(uri: string, today: Today): CodeLens[];
  /** Make a workspace file known (text read by the host) so references and symbols search it. */
  indexWorkspaceFile(uri: string, text: string): void;
}

export function isRefusal(value: object): value is RenameRefusal {
  return 'error' in value;
}
