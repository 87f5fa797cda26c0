/**
 * The linked model of one document: phase two of Parsed → Linked → Validated.
 *
 * Built from a parsed document plus the documents it `use`s (and, for an annex, its parent).
 * It resolves every reference and derives the facts checks ask for: legal nature, bilateral or
 * multilateral, EU membership and declared regimes per party, the term in days, clause topics.
 * Which statute actually binds a party is decided in `applicability.ts`, never here.
 * It never reads files itself: a `ModelEnvironment` supplies parsed neighbours and the library.
 */
import type { Channel, Clause, Declaration, EntenteDocument, Text } from '../ast/nodes';
import { LineIndex, type Range } from '../ast/positions';
import type { InstrumentKind } from '../ast/vocabulary';
import type { ClauseLibrary, LibraryClause, Wording } from '../library/library-types';
import type { ParseResult } from '../syntax/parse';
import { ownCopy } from '../util/own-copy';
import { attachProseMemo, type ProseMemo } from '../util/prose-memo';
import { NodeTable } from '../util/node-tables';
import { rowOf } from '../constructs/table';
import { collectReferences } from './linker';
import { collectDeclarations } from './declared-symbols';
import { localSymbols } from './local-symbols';
import type { ImportedDocument } from './link-reuse';
import { loadImplementing, loadImports, type FileLookup, type UsedFile } from './imports';
import { instrumentForm, type FormFinding } from './instrument-form';
import type { DeclaredSymbol, Reference, SymbolKind } from './symbols';
import { topicFromName, type ClauseTopic } from './topics';
import { clauseTopicIndex, type TopicIndex } from './clause-topics';
import { decideLegalNature, parentNatureOf, type LegalNature } from './legal-nature';
import { indexParties, type PartyFacts } from './party-facts';
import { symbolIndex, type SymbolsByName } from './symbol-index';
import { conclusionOf } from './conclusion';
import { noteRead } from '../util/read-recorder';

export type { PartyFacts } from './party-facts';
export type { LegalNature } from './legal-nature';

export interface ModelEnvironment extends FileLookup {
  readonly library: ClauseLibrary;
  /** The service's memo of prose analyses, kept across edits (util/prose-memo.ts); a small shared one when absent. */
  readonly proseMemo?: ProseMemo;
}

/**
 * The source under each prose node. A node object stands for one stretch of unchanged source for
 * as long as it lives: a reparse reuses it only for a declaration whose text did not change, and
 * builds new nodes for the rest. Weak, so the entries go with the parses that hold the nodes; one
 * table per service (util/node-tables.ts).
 */
const exactSourceTable = new NodeTable<Text, string>();
const normalisedSourceTable = new NodeTable<Text, string>();

/**
 * The topics of each clause, a function of its node and the library (its entry's topics): kept
 * with the node, so after a keystroke only the edited clause is read again.
 */
const topicsByLibrary = new WeakMap<ClauseLibrary, WeakMap<Clause, ReadonlySet<ClauseTopic>>>();

export class SemanticModel {
  readonly symbols: readonly DeclaredSymbol[];
  private referenceList: readonly Reference[] | undefined;
  private readonly signatoryList: readonly PartyFacts[];
  readonly usedFiles: readonly UsedFile[];
  readonly parentFile: UsedFile | undefined;
  /** The files named by `incorporates … from "….entente"` (a title names no file: util/file-or-title.ts). */
  readonly incorporatedFiles: readonly UsedFile[];
  /** `amends "treaty.entente"`: the treaty this instrument amends, read for its title (a title names no file). */
  readonly amendedFile: UsedFile | undefined;
  /** `implements "treaty.entente"`: the treaty this arrangement is concluded under (its declarations are visible here). */
  readonly implementedFile: UsedFile | undefined;
  /** `implemented by "mou.entente"`: the arrangements concluded under this treaty (read, not imported). */
  readonly implementingFiles: readonly UsedFile[];
  /** The documents whose names are visible here (uses, their uses, the parent, the implemented treaty), in lookup order. */
  readonly importedDocuments: readonly ImportedDocument[];
  readonly lines: LineIndex;
  private formCache: FormFinding | undefined;
  private readonly partyIndex: ReadonlyMap<string, PartyFacts>;
  /**
   * Declarations by kind, then name. Two levels, not one `kind:name` key: a lookup then hashes
   * the name as written (a node's value, whose hash V8 keeps), not a key concatenated anew for
   * each of the thousands of references an analysis resolves.
   */
  private readonly symbolIndex = new Map<SymbolKind, SymbolsByName>();
  /**
   * The symbols not yet indexed, by kind: a kind is indexed when first asked for, so a hover
   * right after a keystroke indexes the few parties it resolves, not the thousands of clauses.
   */
  private readonly unindexed = new Map<SymbolKind, { readonly local: readonly DeclaredSymbol[]; imported: DeclaredSymbol[] }>();
  private topicCache: TopicIndex | undefined;
  private visibleByKind: Map<SymbolKind, DeclaredSymbol[]> | undefined;
  private signatoryIds: Set<string> | undefined;
  private proseCache: { text: Text; owner: Declaration }[] | undefined;
  /** The service's table of `exactSource` (looked up once per model: linking asks it for every prose node). */
  private readonly exactSources: WeakMap<Text, string>;

  constructor(
    readonly uri: string,
    readonly text: string,
    readonly parsed: ParseResult,
    readonly environment: ModelEnvironment,
  ) {
    const ast = parsed.ast;
    // References, linked when first read, find their prose through the memo.
    if (environment.proseMemo) attachProseMemo(this, environment.proseMemo);
    this.exactSources = exactSourceTable.of(this);
    // The parse's index is for the same text; documents built by hand in tests may lack one.
    this.lines = parsed.lines?.text === text ? parsed.lines : new LineIndex(text);
    const imported = loadImports(uri, ast, environment);
    this.usedFiles = imported.used;
    this.parentFile = imported.parent;
    this.incorporatedFiles = imported.incorporated;
    this.amendedFile = imported.amended;
    this.implementedFile = imported.implemented;
    this.implementingFiles = loadImplementing(uri, ast, environment);
    this.importedDocuments = imported.documents;
    // Patched from the last model of this document (local-symbols.ts): per kind the very same list where the edit declared nothing of that kind.
    const local = localSymbols(this, uri, ast);
    this.symbols = local.symbols;
    for (const [kind, symbols] of local.byKind) this.unindexed.set(kind, { local: symbols, imported: [] });
    for (const { uri: u, ast: a } of imported.documents) for (const symbol of collectDeclarations(u, a, this)) this.pending(symbol.kind).imported.push(symbol);
    this.partyIndex = indexParties(uri, ast, imported.documents);
    const parentParties = imported.parent?.model ? imported.parent.model.parties : [];
    const own = ast.parties.filter((p) => p.id);
    const signatoryIds = own.length > 0 ? own.map((p) => p.id!.text) : parentParties.map((p) => p.id?.text).filter((id): id is string => !!id);
    this.signatoryList = [...new Set(signatoryIds)].map((id) => this.partyIndex.get(id)).filter((p): p is PartyFacts => p !== undefined);
  }

  private pending(kind: SymbolKind): { readonly local: readonly DeclaredSymbol[]; imported: DeclaredSymbol[] } {
    let lists = this.unindexed.get(kind);
    if (!lists) this.unindexed.set(kind, (lists = { local: [], imported: [] }));
    return lists;
  }

  /**
   * The symbols of a kind by name. Local declarations shadow imported ones of the same kind and
   * name: a name's list holds every local symbol of that name, and the imported ones (in import
   * order) only where there is none.
   */
  private indexOf(kind: SymbolKind): SymbolsByName | undefined {
    const indexed = this.symbolIndex.get(kind);
    if (indexed) return indexed;
    const lists = this.unindexed.get(kind);
    if (!lists) return undefined;
    const byName = symbolIndex(this, this.uri, kind, lists);
    this.symbolIndex.set(kind, byName);
    this.unindexed.delete(kind);
    return byName;
  }

  /**
   * Every reference in the document (slot values and uses of defined terms), linked when first
   * read: the rules read them all, while a hover right after a keystroke needs only the
   * declaration under the cursor (`referencesWithin` in linker.ts) and so does not wait for the
   * whole document to be linked.
   */
  get references(): readonly Reference[] {
    return (this.referenceList ??= collectReferences(this));
  }

  get ast(): EntenteDocument {
    return this.parsed.ast;
  }

  /**
   * The date of conclusion as ISO 8601 (model/conclusion.ts), for the words of the day a library
   * clause writes (document-values.ts: the Union's names); undefined for an undated draft.
   */
  get concludedOn(): string | undefined {
    if (this.concluded === undefined) this.concluded = { iso: conclusionOf(this.ast)?.iso };
    return this.concluded.iso;
  }
  private concluded: { readonly iso: string | undefined } | undefined;

  get library(): ClauseLibrary {
    return this.environment.library;
  }

  /** The instrument kind; an annex without header of its own kind falls back to undefined. */
  get kind(): InstrumentKind | undefined {
    return this.ast.instrument?.kind.value;
  }

  /**
   * Treaty or MoU: the declared status decides; failing that, the kind. `status undetermined`
   * decides nothing, whatever the kind: the question is open; nor does the kind `arrangement`,
   * `framework` or `protocol`. A `treaty` is a treaty. A `memorandum` that does not declare its
   * status is presumed an MoU only while nothing in its text points the other way: status is a
   * question, not an assumption (VCLT Art. 2(1)(a): "whatever its particular designation"), so a
   * memorandum whose text carries a signal of a treaty (`status-signals.ts`: "shall", Parties,
   * ratification, completion of constitutional procedures, a depositary…) is undetermined, and
   * `undeclared-status` lists the evidence both ways instead of the MoU rules judging it. An annex
   * follows its parent, decided the same way (its own text counts too: it is part of the
   * instrument). An implementing arrangement that says it takes its status from its treaty
   * (`implements "…" with status`) has the treaty's.
   */
  get legalNature(): LegalNature | undefined {
    this.natureCache ??= { value: decideLegalNature(this) };
    return this.natureCache.value;
  }

  /** Decided once: the prose is read for signals, and many checks ask. */
  private natureCache: { value: LegalNature | undefined } | undefined;

  /**
   * The nature of the instrument this annex belongs to, decided on the parent's own header and
   * text as `legalNature` decides it; undefined without a parent, or while its status is open.
   */
  get parentNature(): LegalNature | undefined {
    return parentNatureOf(this);
  }

  /**
   * The wording suggestions, messages and renderings use: treaty words for a treaty, MoU words for
   * an MoU. While the status is open, the words the text already uses for its signatories (all
   * declared `party`: treaty words), so that a suggestion follows the drafter instead of steering
   * the status; MoU words otherwise. This is a vocabulary to write in, not a judgement of the
   * status: the checks that judge wording read the declared status (`declaredWording`).
   */
  get wording(): Wording {
    const nature = this.legalNature;
    if (nature) return nature;
    const keywords = new Set(this.ast.parties.map((p) => p.keyword.text));
    return keywords.size === 1 && keywords.has('party') ? 'treaty' : 'mou';
  }

  /**
   * Bilateral or multilateral from what the text says (classes of parties, accession, thresholds),
   * not from a count of declared parties alone (instrument-form.ts).
   */
  get form(): FormFinding {
    return (this.formCache ??= instrumentForm(this.ast, this.signatories));
  }

  get isBilateral(): boolean {
    return this.form.form === 'bilateral';
  }

  get isMultilateral(): boolean {
    return this.form.form === 'multilateral';
  }

  /**
   * A political declaration: the kind `declaration`, not declared binding. It has no parties to
   * bind and no final clauses; the missing-clause checks leave it alone.
   */
  get isPoliticalDeclaration(): boolean {
    const instrument = this.ast.instrument;
    return instrument?.kind.value === 'declaration' && instrument.status?.value !== 'binding';
  }

  /** `form exchange-of-notes` (or letters): the instrument is constituted by an exchange (VCLT Art. 13). */
  get isExchange(): boolean {
    return this.ast.instrument?.form?.form?.value !== undefined;
  }

  /** The fixed term in days, when the duration is a quantity. */
  get termDays(): number | undefined {
    return this.ast.instrument?.duration?.term?.days;
  }

  /** Parties that sign this instrument (for an annex with none of its own, the parent's). */
  get signatories(): readonly PartyFacts[] {
    noteRead('party', '*');
    return this.signatoryList;
  }

  party(id: string): PartyFacts | undefined {
    noteRead('party', id);
    return this.partyIndex.get(id);
  }

  isSignatory(id: string): boolean {
    noteRead('party', '*');
    this.signatoryIds ??= new Set(this.signatories.map((p) => p.id));
    return this.signatoryIds.has(id);
  }

  /** Resolve a name of a kind, as seen from this document (local first, then imports). */
  resolve(kind: SymbolKind, name: string): DeclaredSymbol | undefined {
    noteRead(kind, name);
    return this.indexOf(kind)?.get(name)?.[0];
  }

  /** Every symbol of a kind visible here (local and imported), for completion. */
  visible(kind: SymbolKind): DeclaredSymbol[] {
    noteRead(kind, '*');
    this.visibleByKind ??= new Map();
    let firsts = this.visibleByKind.get(kind);
    if (!firsts) {
      // Once per kind: checks ask per reference, completion per keystroke.
      firsts = [];
      for (const list of this.indexOf(kind)?.values() ?? []) firsts.push(list[0]);
      this.visibleByKind.set(kind, firsts);
    }
    return [...firsts];
  }

  /** Every declaration of a name in this document (for duplicate checks). */
  declarationsNamed(kind: SymbolKind, name: string): DeclaredSymbol[] {
    noteRead(kind, name);
    return (this.indexOf(kind)?.get(name) ?? []).filter((s) => s.uri === this.uri);
  }

  libraryClause(clause: Clause): LibraryClause | undefined {
    return clause.libraryRef ? this.library.get(clause.libraryRef.value) : undefined;
  }

  /** The clauses that cover a topic: `about`, the library entry's topics, or the id. */
  clausesAbout(topic: ClauseTopic): readonly Clause[] {
    if (!this.topicCache) {
      let kept = topicsByLibrary.get(this.library);
      if (!kept) topicsByLibrary.set(this.library, (kept = new WeakMap()));
      const known = kept;
      const topicsOf = (clause: Clause) => {
        let topics = known.get(clause);
        if (!topics) known.set(clause, (topics = this.topicsOf(clause)));
        return topics;
      };
      // Patched from the last model's index after a keystroke (clause-topics.ts).
      this.topicCache = clauseTopicIndex(this, topicsOf);
    }
    return this.topicCache.get(topic) ?? [];
  }

  /**
   * The topics a clause covers: its `about` words, its library entry's topics, its id — for a
   * clause of this document or of another one (the parent, a treaty implemented) read with this
   * model's library.
   */
  topicsOf(clause: Clause): ReadonlySet<ClauseTopic> {
    const topics = new Set<ClauseTopic>();
    for (const t of clause.topics) {
      const topic = topicFromName(t.text);
      if (topic) topics.add(topic);
    }
    for (const t of this.libraryClause(clause)?.topics ?? []) topics.add(t);
    const fromId = clause.id ? topicFromName(clause.id.text) : undefined;
    if (fromId) topics.add(fromId);
    return topics;
  }

  hasClauseAbout(topic: ClauseTopic): boolean {
    return this.clausesAbout(topic).length > 0;
  }

  /** The text of a clause: the body written in place, else the library's approved text. */
  clauseText(clause: Clause): string | undefined {
    return clause.body?.value ?? this.libraryClause(clause)?.text;
  }

  /**
   * Every piece of prose in the document with its owner, as each construct's row lists it:
   * clause bodies, definitions, purposes, scopes, mandates, descriptions, intellectual-property
   * terms written as text, safeguards and breach procedures. Library clauses taken without a
   * body are not included (they have no range here).
   */
  prose(): readonly { text: Text; owner: Declaration }[] {
    if (this.proseCache) return this.proseCache;
    const result: { text: Text; owner: Declaration }[] = [];
    for (const owner of this.ast.declarations) for (const text of rowOf(owner).prose(owner)) if (text) result.push({ text, owner });
    return (this.proseCache = result);
  }

  /**
   * The exact source under a piece of prose of this document (not of a file it reads), quotes
   * included, at the document's own offsets (line breaks as written). Remembered per node across
   * models: an incremental parse keeps the nodes of every unchanged declaration
   * (syntax/shift.ts), so after a keystroke the unchanged prose comes back as the same string,
   * which the prose memo finds by identity, instead of a fresh slice it must hash and compare in
   * full (most of a keystroke's linking).
   */
  exactSource(text: Text): string {
    let source = this.exactSources.get(text);
    if (source === undefined) {
      source = ownCopy(this.text.slice(this.lines.offsetAt(text.range.start), this.lines.offsetAt(text.range.end)));
      this.exactSources.set(text, source);
    }
    return source;
  }

  /** `exactSource` with `\n` line breaks (what `sourceAt` gives for the node's range), remembered the same way. */
  proseSource(text: Text): string {
    const exact = this.exactSource(text);
    if (!exact.includes('\r')) return exact;
    const normalisedSources = normalisedSourceTable.of(this);
    let source = normalisedSources.get(text);
    if (source === undefined) normalisedSources.set(text, (source = exact.replace(/\r\n?/g, '\n')));
    return source;
  }

  /** Channels that carry a data category. */
  channelsCarrying(category: string): Channel[] {
    return this.ast.channels.filter((c) => c.carries.some((k) => k.value === category));
  }

  /** The source text under a range (e.g. the raw prose of a Text, quotes included), with `\n` line breaks. */
  sourceAt(range: Range): string {
    return this.text.slice(this.lines.offsetAt(range.start), this.lines.offsetAt(range.end)).replace(/\r\n?/g, '\n');
  }

}
