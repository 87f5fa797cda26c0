/**
 * The composition root of the language server: one core service, the open documents, the
 * diagnostics scheduler, settings, workspace indexing and the feature handlers. Nothing here
 * decides anything about treaties: it converts and delegates.
 */
import {
  DidChangeConfigurationNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type Connection,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import { fileReader, ReadBoundary, readUriText } from '../host/node-files';
import { createEntenteService } from '../language';
import { buildCapabilities, lspFeatures } from './capabilities';
import type { Features, ServerContext } from './context';
import { toLspDiagnostic } from './convert';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { FormattingAhead, publicationPauseMs } from './formatting-ahead';
import { renderAheadSteps } from './render-ahead';
import { defaultDocsBase } from './docs-base';
import { LibraryHost } from './library';
import { KeptAnswers } from './kept-answers';
import type { Lifecycle } from './lifecycle';
import { OpenDocuments } from './open-documents';
import { defaultSettings, fetchSettings, type ServerSettings } from './settings';
import { indexWorkspace } from './workspace-indexer';

/** The workspace folders (`file:` URIs) as paths; a URI that names no file on disk is left out. */
function folderPaths(uris: readonly string[]): string[] {
  const paths: string[] = [];
  for (const uri of uris) {
    try {
      if (uri.startsWith('file:')) paths.push(fileURLToPath(uri));
    } catch {
      // Not a path on this system: nothing is read there.
    }
  }
  return paths;
}

export function startServer(connection: Connection, lifecycle: Lifecycle, answers = new KeptAnswers()): void {
  lifecycle.install(connection);
  // Every file the server reads lies inside the workspace folders (docs/security.md); until
  // `initialize` names them, nothing may be read.
  let boundary = ReadBoundary.of([]);
  /** Reads `file:` URIs inside the workspace for the core (used registries, parents); anything else is refused. */
  const readFromDisk = (uri: string) => readUriText(uri, boundary);
  const service = createEntenteService({ readFile: fileReader(() => boundary) });
  const documents = new OpenDocuments();
  const log = (message: string) => connection.console.error(message);
  const context: ServerContext = {
    service,
    features: service as unknown as Features,
    log,
    docsBase: defaultDocsBase(),
    snippetSupport: false,
    outlineMaxItems: defaultSettings.outlineMaxItems,
    formattingOptions: { tabSize: 2, insertSpaces: true },
    isOpen: (uri) => documents.get(uri) !== undefined,
    revision: (uri) => documents.revision(uri),
    keep: (answer) => answers.keep(answer),
    keepParts: answers.writes ? (text) => answers.keepParts(text) : undefined,
  };
  let workspaceFolders: string[] = [];
  let configurationSupport = false;
  let current: ServerSettings = defaultSettings;
  const library = new LibraryHost(connection, service);

  const scheduler = new DiagnosticsScheduler({
    revision: (uri) => documents.revision(uri),
    version: (uri) => documents.get(uri)?.version,
    steps: function* (uri) {
      const diagnostics = yield* service.diagnosticsSteps(uri);
      return diagnostics.map((d) => toLspDiagnostic(d, context.docsBase));
    },
    // Only open documents show diagnostics, so only they are looked at (never every workspace
    // file: that would parse the whole workspace after each publication); a closed file that
    // uses the changed one waits until it is opened.
    dependents: (uri) => service.dependents(uri, documents.keys()),
    publish: (uri, diagnostics, version) => {
      void connection.sendDiagnostics({ uri, diagnostics, version });
      formattingAhead.published(uri);
      renderAhead.published(uri);
    },
    log,
  });
  // Both runners start after the same pause (formatting-ahead.ts): what a client sends in reaction
  // to a publication (a keystroke, the code actions for the cursor) goes first.
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, publicationPauseMs));
  const formattingAhead = new FormattingAhead({
    revision: (uri) => documents.revision(uri),
    steps: (uri) => service.formattingSteps(uri, context.formattingOptions),
    idle: () => scheduler.whenIdle(),
    busy: () => scheduler.busy,
    log,
    pause,
  });
  // The export of the published version, made ahead in slices (render-ahead.ts).
  const renderAhead = new FormattingAhead({
    revision: (uri) => documents.revision(uri),
    steps: (uri) => renderAheadSteps(service, uri, undefined, answers.writes ? (parts) => answers.prepareParts(parts) : undefined),
    idle: () => scheduler.whenIdle(),
    busy: () => scheduler.busy,
    log,
    what: 'the export',
    pause,
  });
  const recheckOpen = () => scheduler.scheduleAll(documents.keys());

  /** A file on disk: known to the core unless the editor holds it open (its text wins). */
  const indexFile = (uri: string, text: string) => {
    if (documents.get(uri)) return;
    if (context.features.indexWorkspaceFile) context.features.indexWorkspaceFile(uri, text);
    else service.documents.set(uri, text, 0, false);
  };

  const applySettings = async () => {
    const { settings, warnings } = await fetchSettings(connection, configurationSupport);
    current = settings;
    context.outlineMaxItems = settings.outlineMaxItems;
    service.setSettings(settings.analysis);
    warnings.push(...library.reload(settings.libraryFolders, workspaceFolders, boundary));
    // A notification, not a request: nothing to wait for, and no client can fail to answer it.
    if (warnings.length > 0) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Entente settings: ${warnings.join('; ')}` });
    recheckOpen();
  };

  // The lifecycle has checked the shape of these params (lifecycle.ts); anything deeper is read defensively.
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options: { docsBase?: unknown } = typeof params.initializationOptions === 'object' && params.initializationOptions !== null ? params.initializationOptions : {};
    if (typeof options.docsBase === 'string' && options.docsBase !== '') context.docsBase = options.docsBase;
    context.snippetSupport = params.capabilities?.textDocument?.completion?.completionItem?.snippetSupport === true;
    configurationSupport = params.capabilities?.workspace?.configuration === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (workspaceFolders.length === 0 && typeof params.rootUri === 'string') workspaceFolders = [params.rootUri];
    boundary = ReadBoundary.of(folderPaths(workspaceFolders));
    const capabilities = buildCapabilities(context);
    capabilities.textDocumentSync = { openClose: true, change: TextDocumentSyncKind.Incremental };
    return { capabilities, serverInfo: { name: 'entente', version: '0.1.0' } };
  });

  connection.onInitialized(async () => {
    try {
      if (configurationSupport) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'entente' });
    } catch (error) {
      log(`could not register for configuration changes: ${String(error)}`);
    }
    await applySettings().catch((error) => log(`settings: ${String(error)}`));
    const indexed = await indexWorkspace(connection, workspaceFolders, { index: indexFile, log, ready: () => scheduler.whenIdle() }, boundary).catch((error) => {
      log(`workspace indexing failed: ${String(error)}`);
      return [];
    });
    if (indexed.length > 0) recheckOpen();
  });
  connection.onDidChangeConfiguration(() => void applySettings().catch((error) => log(`settings: ${String(error)}`)));

  connection.onDidChangeWatchedFiles((params: DidChangeWatchedFilesParams) => {
    const changes = Array.isArray(params?.changes) ? params.changes : [];
    if (changes.some((c) => typeof c?.uri === 'string' && c.uri.endsWith('.clauses.json'))) {
      for (const message of library.reload(current.libraryFolders, workspaceFolders, boundary)) log(message);
    }
    for (const change of changes) {
      if (typeof change?.uri !== 'string' || !change.uri.endsWith('.entente') || documents.get(change.uri)) continue;
      service.fileChanged(change.uri);
      const text = change.type === FileChangeType.Deleted ? undefined : readFromDisk(change.uri);
      if (text !== undefined) indexFile(change.uri, text);
    }
    recheckOpen();
  });

  documents.listen(connection, {
    // Fired for didOpen as well as for every didChange.
    changed: (document, changes) => {
      service.update(document.uri, document.getText(), document.version, changes);
      scheduler.schedule(document.uri);
    },
    closed: (document) => {
      service.close(document.uri);
      scheduler.clear(document.uri);
      // The file on disk stays part of the workspace for references and symbols.
      const text = readFromDisk(document.uri);
      if (text !== undefined) indexFile(document.uri, text);
      for (const dependent of service.dependents(document.uri, documents.keys())) scheduler.schedule(dependent, false);
    },
    log,
  });

  for (const feature of lspFeatures) feature.register(connection, context);
  connection.onShutdown(() => {
    formattingAhead.dispose();
    renderAhead.dispose();
    scheduler.dispose();
  });
}
