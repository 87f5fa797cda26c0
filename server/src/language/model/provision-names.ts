/**
 * A drafter's reference to a provision by its name: `§Amendment`, `§Costs`, `§ThreatIntel` in a
 * clause's or a note's text. Where the renderer numbers the provisions (a new instrument, or the
 * terms a proposal note carries, `with terms`), a number the drafter writes ("as provided in
 * paragraph 9") points at another provision as soon as one is added before it (export review 3,
 * item 6); a name does not move. The renderer writes the provision's number in its place
 * ("paragraph 9", "Article 9"), in every format (render/inline.ts, `reference`).
 *
 * A name is one of the instrument's own: a clause (`clause Costs …`), a channel, a security
 * agreement, a governance body, an incident protocol or an exercise by its id, or a header statement by its keyword (`§amendment`, `§disputes`,
 * `§duration`) — the provision the renderer generates from that statement. The section sign is
 * the lawyer's mark for a provision, and no source text in the corpus writes it before a letter.
 */
import type { Declaration, EntenteDocument, HeaderItem, Instrument, Name } from '../ast/nodes';
import type { Range } from '../ast/positions';
import type { Text } from '../ast/values';
import { unnamedProvisionKey } from '../constructs/construct';
import { headerKey } from '../constructs/header-clauses';
import { instrumentRow, rowOf } from '../constructs/table';
import type { SemanticModel } from './semantic-model';
import type { DeclaredSymbol } from './symbols';
import { matchesOf } from '../util/all-matches';

/** `§` and a name: a letter, then letters, digits, `_` or `-` (a trailing `-` is punctuation). */
export const provisionReferencePattern = /§([A-Za-z](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?)/g;

/** The kinds of declaration a `§Name` can cite, in the order a name is looked up. */
export const citableKinds = ['clause', 'channel', 'security-agreement', 'body', 'protocol', 'exercise'] as const;

/**
 * The kinds the export prints as a provision of their own only in some texts: a governance body
 * and an incident protocol are an article each unless a drafter's clause says what it would
 * (constructs/drafter-replaced.ts), and an exercise is one only while it is the instrument's only
 * exercise — several share one article, "Joint exercises", a paragraph each. A `§Name` of these
 * kinds is checked against what the export prints (rules/checks/provision-references.ts).
 */
export const sometimesPrintedKinds: ReadonlySet<CitableKind> = new Set(['body', 'protocol', 'exercise']);
export type CitableKind = (typeof citableKinds)[number];

/** The declaration a `§Name` cites, by its kind: undefined for a header statement's keyword or a name declared nowhere. */
export function citedDeclaration(model: SemanticModel, name: string): { readonly kind: CitableKind; readonly target: DeclaredSymbol } | undefined {
  for (const kind of citableKinds) {
    const target = model.resolve(kind, name);
    if (target) return { kind, target };
  }
  return undefined;
}

/**
 * The texts of a declaration, or of the header, whose `§Name`s the export resolves: every text it
 * prints in the drafter's words — a clause's or a note's body, and the prose of the other
 * constructs (their row's `prose` column: a channel's purpose, a definition's meaning, a body's
 * mandate, a protocol's content…), each printed through the same `phrase` (render/render-context.ts);
 * in the header, the reservations, the provisions incorporated, the forum and the governing law.
 */
export function citingTexts(node: Declaration | Instrument): Text[] {
  const texts = node.type === 'Instrument' ? headerProse(node) : rowOf(node).prose(node);
  return texts.filter((t): t is Text => t !== undefined && typeof t === 'object' && 'multiline' in t);
}

/** The header's prose: the statements whose quoted words the export prints as they are written. */
function headerProse(h: Instrument): (Text | Name | undefined)[] {
  return [h.reservations?.value, ...h.incorporations.map((i) => i.articles), h.disputes?.forum, h.governingLaw?.law];
}

/** The key of the provision a name refers to (`clause:Costs`, `header:Amendment`), or undefined when the instrument has none so named. */
export function provisionKey(model: SemanticModel, name: string): string | undefined {
  const cited = citedDeclaration(model, name);
  if (cited) return `${cited.kind}:${name}`;
  const statement = headerStatementNamed(name);
  if (statement && model.ast.instrument?.items.some((item) => item.type === statement)) return headerKey(statement);
  return unnamedProvision(model, name)?.key;
}

/**
 * The declarations without a name the export prints as one provision, by the keyword that cites
 * them: `§assistance`; each with the document's list of its blocks (the parser's, not a walk of
 * every declaration at each § a keystroke's checks read).
 */
const unnamedProvisions = { assistance: { type: 'Assistance', blocks: (ast: EntenteDocument) => ast.assistance } } as const;

/** The block a keyword such as `§assistance` cites, and its key, while the instrument has exactly one. */
export function unnamedProvision(model: SemanticModel, word: string): { readonly keyword: string; readonly key: string; readonly node: Declaration } | undefined {
  const keyword = word.toLowerCase();
  if (!Object.hasOwn(unnamedProvisions, keyword)) return undefined;
  const { type, blocks } = unnamedProvisions[keyword as keyof typeof unnamedProvisions];
  const found = blocks(model.ast);
  return found.length === 1 ? { keyword, key: unnamedProvisionKey(type), node: found[0] } : undefined;
}

/** The keywords that may cite a block without a name (`assistance`), for completion. */
export const unnamedProvisionKeywords: readonly string[] = Object.keys(unnamedProvisions);

/** The header statements of the construct table, each with the keywords that start it (the first is its own). */
export function headerStatementRows(): readonly (readonly [HeaderItem['type'], readonly string[]])[] {
  const rows = Object.entries(instrumentRow.statements?.rows ?? {}) as [HeaderItem['type'], { readonly starts: readonly string[] }][];
  return rows.map(([type, row]) => [type, row.starts] as const);
}

/** The header statement a keyword starts (`amendment` → Amendment, `discontinue` → Termination). */
export function headerStatementNamed(word: string): HeaderItem['type'] | undefined {
  const keyword = word.toLowerCase();
  return headerStatementRows().find(([, starts]) => starts.includes(keyword))?.[0];
}

export interface ProvisionReference {
  readonly name: string;
  /** The range of `§Name` in the document. */
  readonly range: Range;
}

/** Every `§Name` in a text of the document, with its range, read in the source (a name holds no escape). */
export function provisionReferences(model: SemanticModel, text: Text): ProvisionReference[] {
  if (!text.value.includes('§')) return [];
  const from = model.lines.offsetAt(text.range.start);
  const source = model.lines.text.slice(from, model.lines.offsetAt(text.range.end));
  return matchesOf(source, provisionReferencePattern).map((match) => ({
    name: match[1],
    range: model.lines.range(from + match.index!, from + match.index! + match[0].length),
  }));
}

/**
 * The numbers the export gives the provisions, where it numbers them — a new instrument in
 * articles or paragraphs, or the terms a drafted proposal carries (`with terms`) — and nothing
 * where the drafter numbers them (a text whose clauses carry their own "Article 1", an exchange
 * whose notes are the drafter's). Computed by the renderer (render/build-instrument.ts) and handed
 * to the checks by the analysis, which alone may ask the renderer.
 */
export interface ExportNumbering {
  /** What a provision is called in the text: "Article" in a treaty, "paragraph" in an MoU or a proposal's terms. */
  readonly unit: 'Article' | 'paragraph';
  /** Whether the numbered provisions are the terms of a proposal note (`with terms`). */
  readonly terms: boolean;
  /** The keys each numbered provision establishes (`clause:Costs`, `header:Amendment`), by its number. */
  readonly provisions: ReadonlyMap<number, readonly string[]>;
}

/**
 * The articles of the instrument this one implements (`implements "treaty.entente" article 7`),
 * where that file is read and numbers its articles: the renderer's numbers (a new treaty, 1 to
 * its last article), or the drafter's, as its clauses are headed ("Article 2", "Article VI") or
 * open a line of a clause ("Article 12"). Computed by the analysis (analysis/implemented-articles.ts),
 * which alone may ask the renderer.
 */
export interface ImplementedArticles {
  /** The path as `implements` writes it. */
  readonly path: string;
  readonly numbering: 'renderer' | 'drafter';
  /** The highest article number the file has (Roman numbers read as numbers). */
  readonly highest: number;
  /** The articles it has, as a message says them: "1–12", "2–11". */
  readonly described: string;
}

/** The `§Name` that cites the provision of `key` (`clause:Costs` → Costs, `header:Amendment` → amendment), where one does. */
export function citationName(model: SemanticModel, key: string): string | undefined {
  const [kind, name] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  const candidates = kind === 'header' ? headerStatementRows().filter(([type]) => headerKey(type) === key).map(([, starts]) => starts[0]) : kind === 'kind' ? unnamedProvisionKeywords : [name];
  return candidates.find((candidate) => provisionKey(model, candidate) === key);
}
