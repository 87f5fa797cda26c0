/**
 * The one facade of the language core. Editor-free: the LSP layer, the command line and the
 * tests all go through it. Host I/O (reading files) and the clause library are injected.
 *
 * Phases: Parsed (per text, cached) → Linked (SemanticModel, rebuilt when a document it read
 * changed: its own, its `use` closure, its parent) → Validated (diagnostics under the current
 * settings).
 */
import { AnalysisJob, drain } from './analysis/analysis-job';
import type { AnalysisSettings } from './config/settings';
import { builtInLibrary } from './library/builtin-library';
import type { ClauseLibrary } from './library/library-types';
import { SemanticModel } from './model/semantic-model';
import type { EntenteDiagnostic } from './rules/diagnostic';
import type { ParseResult } from './syntax/parse';
import type { TextChange } from './syntax/text-changes';
import { DocumentStore, type FileFailure, type ReadFile, type StoredDocument } from './workspace/document-store';
import { documentTooLarge } from './analysis/limit-diagnostics';
import { maxDocumentLength } from './util/limits';
import { resolveRelative } from './workspace/uris';
import { dependentsOf } from './workspace/dependents';
import { codeActions } from './features/code-actions';
import { complete } from './features/completion';
import { codeLenses, inlayHints } from './features/date-hints';
import { lettersWordingLenses } from './features/letters-wording';
import { documentLinks } from './features/document-links';
import { documentSymbols, workspaceSymbols } from './features/document-symbols';
import { foldingRanges } from './features/folding';
import { format, formattingSteps } from './features/format';
import { guarded } from './features/host';
import { hover } from './features/hover';
import { definition, documentHighlights, references } from './features/navigation';
import { prepareRename, rename } from './features/rename';
import { semanticTokens } from './features/semantic-tokens';
import { renderDocument, renderDocx, renderedInstrument, renderParts, renderPartsAhead, keptChecksAhead, type RenderFormat, type RenderPhase, type TextParts } from './features/render-document';
import type { RenderedInstrument } from './render/instrument-model';
import { previewData, previewPart, type PreviewData, type PreviewPart, type PreviewPartData } from './features/preview-glance';
import { PreviewPanels, type PreviewAnswer } from './features/preview-panels';
import { fromToday } from './features/calendar';
import type * as F from './features/types';
import { ProseMemo } from './util/prose-memo';
import type { Position } from './ast/positions';
/** Prose memo entries per generation (about three per clause and prose block): more than one analysis of a 100k-line instrument reads. */
const proseMemoGeneration = 100_000;

export interface EntenteServiceOptions {
  /** Reads a file the service was not handed; return undefined when it does not exist. */
  readonly readFile?: ReadFile;
  readonly library?: ClauseLibrary;
  readonly settings?: AnalysisSettings;
}

export class EntenteService implements F.EntenteEditorFeatures {
  readonly documents: DocumentStore;
  private library: ClauseLibrary;
  private settings: AnalysisSettings;
  private readonly models = new Map<string, { model: SemanticModel; reads: ModelReads }>();
  /** Analyses of prose texts, kept across edits so a keystroke re-analyses only the prose it changed. */
  private readonly proseMemo = new ProseMemo(proseMemoGeneration);
  private readonly analysed = new Map<string, { model: SemanticModel; settings: AnalysisSettings; diagnostics: EntenteDiagnostic[] }>();
  /** Analyses under way, advanced a step at a time (diagnosticsSteps). */
  private readonly jobs = new Map<string, AnalysisJob>();
  /** The panel each document's preview was last sent, by name. */
  private readonly previewPanels = new PreviewPanels();

  constructor(options: EntenteServiceOptions = {}) {
    this.documents = new DocumentStore(options.readFile ?? (() => undefined));
    // The built-in clauses when the host injects none (team folders are the host's business).
    this.library = options.library ?? builtInLibrary();
    this.settings = options.settings ?? {};
  }

  // ── Documents ────────────────────────────────────────────────────────────────────────────

  open(uri: string, text: string, version = 0): void {
    this.documents.set(uri, text, version, true);
  }

  /** `changes`: the edits that made `text` from the text before, if known (syntax/text-changes.ts). */
  update(uri: string, text: string, version = 0, changes?: readonly TextChange[]): void {
    this.documents.set(uri, text, version, true, changes);
  }

  close(uri: string): void {
    this.documents.close(uri);
    this.analysed.delete(uri);
    this.jobs.delete(uri);
    this.previewPanels.forget(uri);
  }

  /** A file changed on disk (watcher): forget what was read of it. */
  fileChanged(uri: string): void {
    this.documents.invalidate(uri);
  }

  setSettings(settings: AnalysisSettings): void {
    this.settings = settings;
  }

  getSettings(): AnalysisSettings {
    return this.settings;
  }

  setLibrary(library: ClauseLibrary): void {
    this.library = library;
    this.models.clear();
  }

  getLibrary(): ClauseLibrary {
    return this.library;
  }

  // ── Phases ───────────────────────────────────────────────────────────────────────────────

  parse(uri: string): ParseResult | undefined {
    return this.documents.parsed(uri);
  }

  model(uri: string): SemanticModel | undefined {
    const cached = this.models.get(uri);
    if (cached && this.stillValid(cached.reads)) return cached.model;
    const doc = this.documents.get(uri);
    const parsed = this.documents.parsed(uri);
    if (!doc || !parsed) return undefined;
    // What the model read, to rebuild it only when one of these documents changes.
    const reads: ModelReads = { documents: new Map([[uri, doc]]), generation: this.documents.currentGeneration, missing: false };
    const lookUpFile = (fromUri: string, path: string): { uri: string; parsed: ParseResult } | { failure: FileFailure } => {
      const target = resolveRelative(fromUri, path);
      if (!target) return { failure: 'not-found' };
      const found = this.documents.parsedOrFailure(target);
      // Read after the lookup, which may have loaded it from disk.
      const read = this.documents.peek(target);
      if (read) reads.documents.set(target, read);
      else reads.missing = true;
      return 'failure' in found ? { failure: found.failure } : { uri: target, parsed: found };
    };
    const model = new SemanticModel(uri, doc.text, parsed, {
      library: this.library,
      proseMemo: this.proseMemo,
      lookUpFile,
      resolveFile: (fromUri, path) => {
        const found = lookUpFile(fromUri, path);
        return 'failure' in found ? undefined : found;
      },
    });
    this.models.set(uri, { model, reads });
    return model;
  }

  /**
   * A model stays valid while every document it read is the same stored document (a change
   * replaces it). One that looked for a file that was not there is rebuilt after any change,
   * since the file may have appeared.
   */
  private stillValid(reads: ModelReads): boolean {
    if (reads.missing && reads.generation !== this.documents.currentGeneration) return false;
    for (const [uri, doc] of reads.documents) if (this.documents.peek(uri) !== doc) return false;
    return true;
  }

  /** Every diagnostic of a document under the current settings. */
  diagnostics(uri: string): EntenteDiagnostic[] {
    return drain(this.diagnosticsSteps(uri));
  }

  /**
   * The same diagnostics in steps — the parse, the model, its references, then one rule per
   * step — so a host can answer other requests between steps and stop when the text changes (the
   * language server's scheduler, lsp/sliced-work.ts). Steps yield what they did (`parse`,
   * `model`, `references`, a rule code); the value is exactly `diagnostics(uri)`'s list. Work
   * is shared: whoever advances the document's current job next continues it, and the finished
   * list is cached per model.
   */
  *diagnosticsSteps(uri: string): Generator<string, EntenteDiagnostic[], void> {
    const doc = this.documents.get(uri);
    if (doc && doc.text.length > maxDocumentLength) return [documentTooLarge(uri, doc.text.length)];
    if (!this.parse(uri)) return [];
    yield 'parse';
    const model = this.model(uri);
    if (!model) return [];
    yield 'model';
    // Linking every reference is a step of its own (a model links them when first read), not
    // part of whichever rule reads them first: a request waits for one step at most.
    void model.references;
    yield 'references';
    // Publishing, hover and code actions all ask for the same document's diagnostics; a model is
    // rebuilt after any change, so the same model under the same settings has the same answer.
    const settings = this.settings;
    const cached = this.analysed.get(uri);
    if (cached && cached.model === model && cached.settings === settings) return cached.diagnostics;
    let job = this.jobs.get(uri);
    if (!job || !job.for(model, settings)) this.jobs.set(uri, (job = new AnalysisJob(model, settings)));
    for (let rule = job.step(); rule !== undefined; rule = job.step()) yield rule;
    const diagnostics = job.result!;
    if (this.jobs.get(uri) === job) this.jobs.delete(uri);
    this.analysed.set(uri, { model, settings, diagnostics });
    return diagnostics;
  }

  /**
   * The diagnostics of the latest finished analysis of a document, even when its text has changed
   * since (the editor shows those until new ones are published), or none when no analysis of it
   * has finished yet: never computed here, so requests such as hover do not wait for a whole
   * analysis.
   */
  latestDiagnostics(uri: string): EntenteDiagnostic[] {
    return this.analysed.get(uri)?.diagnostics ?? [];
  }

  /**
   * Known documents that `use` this one (or are its annexes, or implement it, or are implemented
   * by it): re-check them when it changes. `among` limits the search (the server passes its open
   * documents, so a publication never parses the whole workspace).
   */
  dependents(uri: string, among: readonly string[] = this.documents.uris()): string[] {
    return dependentsOf(this.documents, uri, among);
  }

  // ── Editor features (server/src/language/features): each guarded, never throws ────────────

  /**
   * A feature of one document: guarded, and not computed at all for a document over the size
   * limit (util/limits.ts) — it is not analysed, and formatting, folding or completing it would
   * each walk all of its text; its one diagnostic says why.
   */
  private feature<T>(uri: string, fallback: T, compute: () => T): T {
    const doc = this.documents.get(uri);
    if (doc && doc.text.length > maxDocumentLength) return fallback;
    return guarded(fallback, compute);
  }

  /** The text of a known document. */
  text(uri: string): string | undefined {
    return this.documents.get(uri)?.text;
  }

  knownUris(): string[] {
    return this.documents.uris();
  }

  /** Make a workspace file known (text read by the host) so references and symbols search it. */
  indexWorkspaceFile(uri: string, text: string): void {
    this.documents.index(uri, text);
  }

  complete(uri: string, position: Position): F.CompletionItem[] {
    return this.feature(uri, [], () => complete(this, uri, position));
  }

  hover(uri: string, position: Position): F.Hover | undefined {
    return this.feature(uri, undefined, () => hover(this, uri, position));
  }

  codeActions<D extends F.DiagnosticRef>(uri: string, range: F.Range, diagnostics: readonly D[], only?: readonly string[]): F.CodeAction<D>[] {
    return this.feature(uri, [], () => codeActions(this, uri, range, diagnostics, only));
  }

  /** Edits that format the document, or only the lines a range touches. */
  format(uri: string, options: F.FormattingOptions, range?: F.Range): F.TextEdit[] {
    return this.feature(uri, [], () => format(this, uri, options, range));
  }

  /** Formatting prepared in steps, for a host to run while idle (features/format.ts). */
  *formattingSteps(uri: string, options: F.FormattingOptions): Generator<string, void, void> {
    if ((this.documents.get(uri)?.text.length ?? Infinity) <= maxDocumentLength) yield* formattingSteps(this, uri, options);
  }

  /** Computed dates (term end, notice, exercises, meetings) as of `today`. */
  inlayHints(uri: string, range: F.Range, today: F.Today): F.InlayHint[] {
    return this.feature(uri, [], () => inlayHints(this, uri, range, today));
  }

  codeLenses(uri: string, today: F.Today): F.CodeLens[] {
    return this.feature(uri, [], () => [...codeLenses(this, uri, today), ...lettersWordingLenses(this, uri)]);
  }

  definition(uri: string, position: Position): F.Location[] {
    return this.feature(uri, [], () => definition(this, uri, position));
  }

  references(uri: string, position: Position, includeDeclaration: boolean): F.Location[] {
    return this.feature(uri, [], () => references(this, uri, position, includeDeclaration));
  }

  documentHighlights(uri: string, position: Position): F.DocumentHighlight[] {
    return this.feature(uri, [], () => documentHighlights(this, uri, position));
  }

  prepareRename(uri: string, position: Position): F.RenameTarget | F.RenameRefusal {
    return this.feature(uri, { error: 'This name cannot be renamed.' }, () => prepareRename(this, uri, position));
  }

  rename(uri: string, position: Position, newName: string): F.WorkspaceEdit | F.RenameRefusal {
    return this.feature(uri, { error: 'This name cannot be renamed.' }, () => rename(this, uri, position, newName));
  }

  documentSymbols(uri: string): readonly F.DocumentSymbol[] {
    return this.feature(uri, [], () => documentSymbols(this, uri));
  }

  workspaceSymbols(query: string): F.WorkspaceSymbol[] {
    return guarded([], () => workspaceSymbols(this, query));
  }

  foldingRanges(uri: string): readonly F.FoldingRange[] {
    return this.feature(uri, [], () => foldingRanges(this, uri));
  }

  semanticTokens(uri: string): F.SemanticTokens {
    return this.feature(uri, { data: [] }, () => semanticTokens(this, uri));
  }

  documentLinks(uri: string): F.DocumentLink[] {
    return this.feature(uri, [], () => documentLinks(this, uri));
  }

  /**
   * The instrument as a Markdown, HTML or Akoma Ntoso document (export, preview, `entente
   * render`), marked DRAFT while it has errors; undefined when the document is unknown.
   */
  render(uri: string, as: RenderFormat): string | undefined {
    return this.feature(uri, undefined, () => {
      const model = this.model(uri);
      return model ? renderDocument(model, as, this.diagnostics(uri)) : undefined;
    });
  }

  /** `render`'s Markdown in parts that join to it (render/text-parts.ts): a writer of bytes reuses those of the parts an edit left alone. */
  renderParts(uri: string, as: 'markdown'): TextParts | undefined {
    return this.feature(uri, undefined, () => {
      const model = this.model(uri);
      return model ? renderParts(model, as, this.diagnostics(uri)) : undefined;
    });
  }
  /** One slice of those parts made ahead while idle (lsp/render-ahead.ts), after the checks of the kept articles in steps (`renderChecksAhead`): neither runs the analysis (features/render-document.ts). */
  readonly renderAhead = (uri: string, up: () => boolean, phase?: RenderPhase): boolean | undefined => this.feature(uri, undefined, () => renderPartsAhead(this.model(uri), this.analysed.get(uri), this.settings, up, phase));
  readonly renderChecksAhead = (uri: string, perStep?: number): Generator<string, void, void> => keptChecksAhead(this.model(uri), this.analysed.get(uri), this.settings, perStep);

  /** The rendering model itself (the preview reads it); undefined when the document is unknown. */
  renderModel(uri: string): RenderedInstrument | undefined {
    return guarded(undefined, () => {
      const model = this.model(uri);
      return model ? renderedInstrument(model, this.diagnostics(uri)) : undefined;
    });
  }

  /**
   * What the preview shows: the rendered instrument, and the at-a-glance panel (parties and
   * channels, the timeline of the term, the incident clock, the final-clause checklist linked to
   * the findings). `today` is the host's date (ISO or a Date); with `part`, only those blocks of
   * the rendered instrument (the part the preview shows).
   */
  preview(uri: string, today: F.Today, part?: PreviewPart): PreviewData | undefined {
    return guarded(undefined, () => {
      const model = this.model(uri);
      const date = fromToday(today);
      return model && date ? previewData(model, this.diagnostics(uri), date, part) : undefined;
    });
  }

  /**
   * The preview's refresh: what `preview` answers, with the name of its panel, and without the
   * panel when `shownPanel` names the same one (features/preview-panels.ts).
   */
  previewRefresh(uri: string, today: F.Today, part: PreviewPart | undefined, shownPanel: string | undefined): PreviewAnswer | undefined {
    const data = this.preview(uri, today, part);
    return data && this.previewPanels.answer(uri, data, shownPanel);
  }

  /** Blocks of the rendered instrument without the panel: the part the preview scrolls to. */
  previewPart(uri: string, part: PreviewPart): PreviewPartData | undefined {
    return guarded(undefined, () => {
      const model = this.model(uri);
      return model ? previewPart(model, this.diagnostics(uri), part) : undefined;
    });
  }

  /** The instrument as a Word document's bytes; undefined when the document is unknown or Word output fails. */
  async renderDocx(uri: string): Promise<Uint8Array | undefined> {
    const model = guarded(undefined, () => this.model(uri));
    if (!model) return undefined;
    const diagnostics = guarded([], () => this.diagnostics(uri));
    try {
      return await renderDocx(model, diagnostics);
    } catch {
      return undefined;
    }
  }
}

/** The documents a model read while it was built, and whether it looked for one that did not exist. */
interface ModelReads {
  readonly documents: Map<string, StoredDocument>;
  readonly generation: number;
  missing: boolean;
}

export function createEntenteService(options: EntenteServiceOptions = {}): EntenteService {
  return new EntenteService(options);
}
