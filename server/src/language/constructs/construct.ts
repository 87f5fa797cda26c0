/**
 * The shapes of the construct table (table.ts): what the language knows about each construct
 * (a declaration kind or the instrument header), each statement of its block, and each value
 * position of the grammar (a "slot"). One row per construct lives in its own file beside this
 * one; the AST builder, syntax-error messages, linking, completion, hover, the outline,
 * formatting and rendering all read the rows instead of each keeping its own list.
 *
 * The rows depend only on the AST, never on how the parser builds it: grammar rules and labels
 * are named by their strings (a test checks every name against the grammar), so another parser
 * for the same grammar reads the same table.
 */
import type { Cadence, Clause, Contact, ContactRef, DateValue, Deadline, Declaration, Name, Quantity, Text } from '../ast/nodes';
import type { Range } from '../ast/positions';
import type { ClauseTopic } from '../ast/topics';
import type { Vocabulary } from '../ast/vocabulary';
import type { SymbolKind } from './table';

// ── Slots: what a value position of the grammar holds ─────────────────────────────────────

/**
 * What a labelled value position of the grammar holds, keyed in the slot table by
 * `rule.label` (`channelItem.tlp`, `deadline.via`). A position inside a shared rule that does
 * not say itself (`identifierList.items`) takes the slot of the place that calls the rule
 * (`channel.members`).
 */
export type Slot =
  /** A new name (`channel ThreatIntel`): nothing to offer, since it is being invented. */
  | { readonly kind: 'name'; readonly declares: SymbolKind }
  /**
   * A declared name of a kind (`between EE, FI`, `via ThreatIntel`); `among` names the slot of
   * the declaration's own header whose names are the ones that fit (`from OPCW` in a channel:
   * one of its members), which completion offers instead of every name of the kind.
   */
  /**
   * `also`: a second kind of name the position takes where no name of the first kind is found (a
   * notification's recipients: a party, or a non-party the text names). `undeclaredAllowed`: a
   * name declared here links (definition, references, rename), and one declared nowhere is no
   * unknown reference — an onward recipient may be outside the instrument (`to NCSC, Europol`).
   */
  | { readonly kind: 'reference'; readonly symbol: SymbolKind; readonly strings?: StringMeaning; readonly among?: string; readonly also?: SymbolKind; readonly undeclaredAllowed?: true }
  /** `EE.Duty`: a contact of the party written before the dot. */
  | { readonly kind: 'contact' }
  /** One of a closed set (`marking TLP:AMBER`); a word outside it is reported. */
  | ClosedSlot<string>
  /** A word with known, documented values, though others may be written (`effect on signature`). */
  | { readonly kind: 'suggested'; readonly words: Readonly<Record<string, string>>; readonly what: string; readonly after?: string; readonly strings?: StringMeaning }
  /** Words written earlier in the same statement under another slot (`prevailing English`). */
  | { readonly kind: 'listed'; readonly from: string; readonly what: string; readonly meaning: (word: string) => string }
  /** Free words with no suggestion (`languages English`, `amendment by written decision`). */
  | { readonly kind: 'free'; readonly strings?: StringMeaning }
  /** A string: plain text, prose, a file path or a clause-library id. */
  | { readonly kind: StringMeaning }
  | { readonly kind: 'date' }
  | { readonly kind: 'number' };

/**
 * What a string means: `plain` text (a place, an e-mail address), `prose` in which defined
 * terms are used, a `file` path, or a `library-clause` id.
 */
export type StringMeaning = 'plain' | 'prose' | 'file' | 'library-clause';

export interface ClosedSlot<T extends string> {
  readonly kind: 'closed';
  readonly vocabulary: Vocabulary<T>;
  /** What a value is, in messages and completion details: `TLP label`. */
  readonly what: string;
  /** Written after a number, it agrees with it (`1 month`, `6 months`). */
  readonly countable?: boolean;
}

export const name = (declares: SymbolKind): Slot => ({ kind: 'name', declares });
export const reference = (symbol: SymbolKind, strings?: StringMeaning): Slot => (strings ? { kind: 'reference', symbol, strings } : { kind: 'reference', symbol });
export const closed = <T extends string>(vocabulary: Vocabulary<T>, what: string, countable?: boolean): ClosedSlot<T> =>
  countable ? { kind: 'closed', vocabulary, what, countable } : { kind: 'closed', vocabulary, what };
export const suggested = (words: Readonly<Record<string, string>>, what: string, more: { after?: string; strings?: StringMeaning } = {}): Slot => ({ kind: 'suggested', words, what, ...more });
export const text = (meaning: StringMeaning): Slot => ({ kind: meaning });

/** A row's slots: `rule.label` → slot. */
export type SlotTable = Readonly<Record<string, Slot>>;

// ── What a construct declares and refers to ───────────────────────────────────────────────

/** A name a declaration introduces (linking turns it into a DeclaredSymbol). */
export interface Declares {
  readonly kind: SymbolKind;
  /** The id; for a contact `EE.Duty`; for a defined term the term itself. */
  readonly name: string;
  readonly nameRange: Range;
  readonly range: Range;
  readonly node: Declaration | Contact;
}

/** A value written in a slot that refers to something: a name, a path or id, or `EE.Duty`. */
export type Referent = Name | Text | ContactRef;

/** One use of a slot by a node: the slot and what is written in it (absent values are skipped). */
export type SlotUse = readonly [slot: Slot, values: readonly (Referent | undefined)[]];

/** The common case: a declaration named by its `id`. */
export function named(kind: SymbolKind, node: Declaration & { readonly id: Name | undefined }): Declares[] {
  return node.id ? [{ kind, name: node.id.text, nameRange: node.id.range, range: node.range, node }] : [];
}

// ── The outline ─────────────────────────────────────────────────────────────────────────────

/** The LSP symbol kinds the outline uses (features/types.ts re-exports this as SymbolKindName). */
export type OutlineKind =
  | 'File'
  | 'Module'
  | 'Namespace'
  | 'Class'
  | 'Interface'
  | 'Struct'
  | 'Field'
  | 'Property'
  | 'Event'
  | 'Function'
  | 'Method'
  | 'Constant'
  | 'String'
  | 'Key'
  | 'Object'
  | 'EnumMember';

/** An outline entry, in the shape of an LSP DocumentSymbol. */
export interface OutlineNode {
  readonly name: string;
  readonly detail?: string;
  readonly kind: OutlineKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: OutlineNode[];
}

export interface OutlineContext {
  /** The source text under a range on one line, shortened as `oneLine` does. */
  sourceLine(range: Range): string;
  /** A text on one line, shortened: how a statement or a meaning reads in the outline. */
  oneLine(text: string): string;
  /** The outline kind of a kind of name. */
  kindOf(symbol: SymbolKind): OutlineKind;
}

/** A named declaration's outline entry: its id (or `(unnamed …)`), a detail and children. */
export function outlineNamed(
  o: OutlineContext,
  kind: SymbolKind,
  node: { readonly id: Name | undefined; readonly range: Range },
  detail?: string,
  children: OutlineNode[] = [],
): OutlineNode {
  return { name: node.id?.text || `(unnamed ${kind})`, detail, kind: o.kindOf(kind), range: node.range, selectionRange: node.id?.range ?? node.range, children };
}

export function outlineLeaf(name: string, kind: OutlineKind, range: Range, selectionRange: Range = range): OutlineNode {
  return { name: name || kind.toLowerCase(), kind, range, selectionRange, children: [] };
}

// ── Rendering as a readable document ───────────────────────────────────────────────────────

/**
 * A numbered article (treaty) or paragraph (MoU) of the rendered instrument. Its text is plain
 * sentences in the instrument's own wording; a value the document lacks is a placeholder from
 * `RenderContext.placeholder`, a cross-reference one from `RenderContext.refer`.
 */
export interface Article {
  readonly heading: string;
  /**
   * The heading is the renderer's, not the drafter's words: a clause written without one is headed
   * by its topic ("Purpose") or a blank to fill. A concluded text prints none there: the signed text
   * has no heading above that provision (sixty-first run, defect 2).
   */
  readonly headingSupplied?: boolean;
  readonly paragraphs: readonly Paragraph[];
  /** What the article establishes (`channel:ThreatIntel`), so `refer` can cite it by its number. */
  readonly establishes?: readonly string[];
}

/**
 * The key of the one article a declaration without a name is printed as (`assistance { … }`):
 * what `§assistance` cites (model/provision-names.ts), while the instrument has one such block.
 */
export function unnamedProvisionKey(type: 'Assistance'): string {
  return `kind:${type}`;
}

/**
 * A sentence or more; or one with a list after it; or a table. A generated paragraph is a string
 * (the renderer numbers it when its article has more than one). A paragraph of the drafter's text
 * carries `label`: its own number or letter as written ("1.", "(a)", "III.", "5.1."), or '' where
 * the drafter wrote none — printed as written, never renumbered (export review 2, S1). `quoted`
 * marks a paragraph of another letter the text reproduces — the offer a reply quotes after "which
 * reads as follows:" (render/reply-quotation.ts); every format sets it off as a quotation. `mark`
 * is an editorial mark inside an article, outside the text's words: every format sets it off as the
 * marks between articles are set off, and nothing numbers it. Its `items`, where it has any, are
 * what it introduces, set off with it: a concluded text's definitions as transcribed, "“Board”: the
 * International …" under "[Definitions as transcribed …]" (render/definitions-insertion.ts).
 * Its `wrapUp`, where it has one, is the closing words of its list, after the last item, that
 * govern every item ("The Parties shall: (a) …; (b) …;" then "in accordance with their domestic
 * law."): printed after the list as the list's end (Akoma Ntoso `listWrapUp`), not as a paragraph
 * of its own (constructs/paragraph-tree.ts).
 * `alone` is set where the drafter's number stood alone on its line, its list's first item on the
 * next ("1." then "a) exempt …", NL–Jamaica 1993 Art. II(1)): the item is not run onto the number's line.
 */
export type Paragraph = string | { readonly text: string; readonly label?: string; readonly items?: readonly ListItem[]; readonly wrapUp?: string; readonly table?: RenderedTable; readonly quoted?: boolean; readonly mark?: boolean; readonly alone?: boolean };

/**
 * An item of a drafter's list, its label as written ("(a)", "a)", "(ii)", "1."), with the items
 * nested under it. In a generated paragraph (no `label`) the label is '' and the renderer letters the items.
 */
export interface ListItem {
  readonly label: string;
  readonly text: string;
  readonly items?: readonly ListItem[];
}

export interface RenderedTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** What rendering knows of the document, in the instrument's own words. */
export interface RenderContext {
  /** `shall` (treaty wording) or `will` (MoU wording). */
  readonly will: string;
  readonly treaty: boolean;
  /** `Parties` or `Participants`. */
  readonly participants: string;
  /** `Party` or `Participant`. */
  readonly participant: string;
  /** How the instrument calls itself, capitalised, without article: `Convention`, `Memorandum`. */
  readonly self: string;
  /** `enter into force` (treaty) or `come into effect` (MoU). */
  readonly enterIntoForce: string;
  /** How many signatories the instrument has (2: bilateral; more: multilateral). */
  readonly signatories: number;
  /** Whether a class of States (`class open`, `class closed`) is among the signatories: their descriptions, not the header, say who may sign or accede. */
  readonly classOfStates: boolean;
  /** Every signatory by name ("the Republic of Estonia, … and the Republic of Poland"), never "the Parties". */
  readonly signatoryNames: string;
  /** For an annex: its parent instrument's title, as the text names it. */
  readonly parent: string | undefined;
  /** A party's name as it stands in a sentence (`the Republic of Estonia`); a placeholder when unknown. */
  partyName(id: Name): string;
  /** The name of a non-party the text names (`non-party IAEA "…"`), "the International Atomic Energy Agency"; undefined for any other name. */
  nonPartyName(id: Name): string | undefined;
  /** Party names joined ("A, B and C"); `the Parties` when they are all of them. */
  names(ids: readonly Name[]): string;
  /** True when the ids name every signatory (so the text says "the Parties", not a closed list). */
  isEveryone(ids: readonly Name[]): boolean;
  list(items: readonly string[]): string;
  /** Prose as a sentence, ending with a full stop. */
  sentence(text: Text): string;
  /** Prose as written, without a final full stop, to go inside a sentence. */
  phrase(text: Text): string;
  /** A heading as written, on one line, without a closing full stop unless the stop ends an abbreviation ("Eutelsat S.A."). */
  heading(text: Text): string;
  quantity(quantity: Quantity): string;
  /** 30 → "thirtieth", 3 → "third". */
  ordinal(n: number): string;
  /** A valid date in words ("1 March 2027"), else a placeholder naming what it is. */
  date(date: DateValue | undefined, what: string): string;
  /** `every six months`, `annually`, `periodically`. */
  cadence(cadence: Cadence | undefined): string;
  /** ` within 24 hours`, or nothing. */
  within(deadline: Deadline | undefined): string;
  /** Another instrument named by its file (`"gsa.entente"`) or its title: its title as the text cites it. */
  instrumentTitle(source: Text): string;
  /** ` of becoming aware`: the event a time limit runs from (`of awareness`), or nothing. */
  since(deadline: Deadline | undefined): string;
  /** ` through the channel referred to in Article 2`, or nothing. */
  via(deadline: Deadline | undefined): string;
  contactName(ref: ContactRef): string;
  /** A governance body's name; a placeholder when the body is not declared. */
  bodyName(id: Name | undefined): string;
  /** A security agreement's title; a placeholder when it is not declared. */
  agreementName(id: Name | undefined): string;
  /** The channels whose classified information is exchanged under this security agreement (`classification … under`). */
  channelsUnder(agreement: Name): Name[];
  /** A clause's text as written, else its library text rendered for this document; and its library clause's heading for the signed text. */
  clauseText(clause: Clause): { readonly text: string | undefined; readonly heading: string | undefined };
  /** The approved wording of a library clause for this document (values override the document's), or undefined. */
  approved(id: string, values?: Readonly<Record<string, string>>): Paragraph[] | undefined;
  /** Whether a clause of the document already covers a topic, by tag or by heading (then a header fact is not said twice). */
  covered(topic: ClauseTopic): boolean;
  /** The instrument renders as the letters of an exchange (render/exchange.ts): they are its form. */
  readonly letters: boolean;
  /** A visible placeholder for a value the document lacks or gets wrong: `[date of signature]`. */
  placeholder(what: string): string;
  /** `Article 3` / `paragraph 3` for the article that establishes `kind:id`, resolved after numbering. */
  refer(kind: string, id: Name | undefined): string;
  /** The drafter's prose with each `§Name` made a cross-reference to the provision so named (model/provision-names.ts). */
  cite(text: string): string;
}

/** How a construct's nodes render: their articles, and where they come in the document. */
export interface Renderer<N> {
  /** Articles are ordered by this, then by source order within a construct. */
  readonly order: number;
  articles(nodes: readonly N[], r: RenderContext): Article[];
  /**
   * Present when the construct renders one article per node, the same as `articles` gives it
   * among `siblings` nodes of its kind: then the rendering keeps each node's article across
   * edits (render/kept-articles.ts). Made by `oneArticleEach`.
   */
  readonly each?: (node: N, r: RenderContext, siblings: number) => Article;
}

/** A renderer of one article per node: `articles` is `each` over the nodes. */
export function oneArticleEach<N>(order: number, each: (node: N, r: RenderContext, siblings: number) => Article): Renderer<N> {
  return { order, each, articles: (nodes, r) => nodes.map((node) => each(node, r, nodes.length)) };
}

// ── Statements and constructs ───────────────────────────────────────────────────────────────

/** A statement of a block (`carries …`, `notify …`): one alternative of the block's item rule. */
export interface StatementRow {
  /** The grammar rule that parses it, when it has one of its own (`effectItem`, `contact`). */
  readonly rule?: string;
  /** The keywords that start it (`signed`, `done`). */
  readonly starts: readonly string[];
  /** How syntax-error messages name it: `signed`, `governing law`, `level … equals`. */
  readonly display: string;
  /** What each of its own keywords means (hover, completion). */
  readonly docs: Readonly<Record<string, string>>;
  /**
   * The statement may be written more than once in its block, each adding to the others
   * (`incorporates` from several sources). A header statement without it is read once: a second
   * one is reported (`duplicate-header-statement`).
   */
  readonly repeats?: true;
}

/** A snippet offered where a declaration may start. */
export interface Snippet {
  readonly label: string;
  readonly detail: string;
  readonly body: string;
}

/**
 * Everything the language knows about one construct. `S` names its statements; the header's
 * are the AST's `HeaderItem` types, so a header statement added to the AST needs a row.
 */
export interface ConstructRow<N, S extends string = string> {
  /** The grammar rule that parses it (`channel`). */
  readonly rule: string;
  /** How syntax-error messages name it: `a channel`. */
  readonly display: string;
  /** The keywords that start it, with their meaning (a keyword several constructs share is documented in shared.ts). */
  readonly starts: readonly string[];
  readonly docs: Readonly<Record<string, string>>;
  /**
   * The statements it may contain: its block's item rule (or, for a body, the rule repeated
   * after its name) and one row per statement, in the order syntax errors list them.
   */
  readonly statements: { readonly rule: string; readonly rows: { readonly [K in S]: StatementRow } } | undefined;
  /** The value positions of its rules. */
  readonly slots: SlotTable;
  /** The names it declares. */
  declares(node: N): Declares[];
  /** What its slots refer to (linking reads the slot's kind of name). */
  references(node: N): SlotUse[];
  /** Its prose, where defined terms are used. */
  prose(node: N): (Text | undefined)[];
  /** Its outline entry; undefined leaves it out. */
  outline(node: N, o: OutlineContext): OutlineNode | undefined;
  /** How it renders; undefined when it is not rendered as an article (say why at the row). */
  readonly render: Renderer<N> | undefined;
  readonly snippets: readonly Snippet[];
}
