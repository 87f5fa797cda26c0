// A language client for the benchmark: starts a server over stdio and drives it the way VS Code
// does (its client capabilities, pulled settings, incremental or full sync as the server
// advertises), timing every request against a deadline so that a server that hangs is reported
// ("timed out after N s") and restarted rather than waited for.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { CancellationTokenSource, createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { peakRssMb, repoRoot } from './machine';

export type ServerKind = 'entente' | 'yaml';

export const serverCommands: Record<ServerKind, string[]> = {
  entente: [join(repoRoot, 'dist/server.cjs'), '--stdio'],
  yaml: [join(repoRoot, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
};

export const languageIds: Record<ServerKind, string> = { entente: 'entente', yaml: 'yaml' };

/** What VS Code 1.9x announces (the parts these servers read), as vscode-languageclient 9 sends it. */
export const vscodeCapabilities = {
  general: { positionEncodings: ['utf-16'], markdown: { parser: 'marked', version: '1.1.0' }, staleRequestSupport: { cancel: true, retryOnContentModified: ['textDocument/semanticTokens/full'] } },
  window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: true } }, showDocument: { support: true } },
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'], failureHandling: 'textOnlyTransactional', normalizesLineEndings: true },
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    symbol: { dynamicRegistration: true, resolveSupport: { properties: ['location.range'] } },
    codeLens: { refreshSupport: true },
    executeCommand: { dynamicRegistration: true },
    configuration: true,
    workspaceFolders: true,
    semanticTokens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, willSave: true, willSaveWaitUntil: true, didSave: true },
    completion: {
      dynamicRegistration: true,
      contextSupport: true,
      completionItem: {
        snippetSupport: true,
        commitCharactersSupport: true,
        documentationFormat: ['markdown', 'plaintext'],
        deprecatedSupport: true,
        preselectSupport: true,
        tagSupport: { valueSet: [1] },
        insertReplaceSupport: true,
        resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
        insertTextModeSupport: { valueSet: [1, 2] },
        labelDetailsSupport: true,
      },
      insertTextMode: 2,
      completionItemKind: { valueSet: Array.from({ length: 25 }, (_, i) => i + 1) },
      completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
    },
    hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
    signatureHelp: { dynamicRegistration: true },
    definition: { dynamicRegistration: true, linkSupport: true },
    references: { dynamicRegistration: true },
    documentHighlight: { dynamicRegistration: true },
    documentSymbol: { dynamicRegistration: true, symbolKind: { valueSet: Array.from({ length: 26 }, (_, i) => i + 1) }, hierarchicalDocumentSymbolSupport: true, tagSupport: { valueSet: [1] }, labelSupport: true },
    codeAction: { dynamicRegistration: true, isPreferredSupport: true, disabledSupport: true, dataSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } }, honorsChangeAnnotations: true },
    codeLens: { dynamicRegistration: true },
    formatting: { dynamicRegistration: true },
    rangeFormatting: { dynamicRegistration: true, rangesSupport: true },
    onTypeFormatting: { dynamicRegistration: true },
    rename: { dynamicRegistration: true, prepareSupport: true, prepareSupportDefaultBehavior: 1, honorsChangeAnnotations: true },
    documentLink: { dynamicRegistration: true, tooltipSupport: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
    foldingRange: { dynamicRegistration: true, rangeLimit: 5000, lineFoldingOnly: true, foldingRangeKind: { valueSet: ['comment', 'imports', 'region'] }, foldingRange: { collapsedText: false } },
    selectionRange: { dynamicRegistration: true },
    semanticTokens: {
      dynamicRegistration: true,
      tokenTypes: ['namespace', 'type', 'class', 'enum', 'interface', 'struct', 'typeParameter', 'parameter', 'variable', 'property', 'enumMember', 'event', 'function', 'method', 'macro', 'keyword', 'modifier', 'comment', 'string', 'number', 'regexp', 'operator', 'decorator'],
      tokenModifiers: ['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary'],
      formats: ['relative'],
      requests: { range: true, full: { delta: true } },
      multilineTokenSupport: false,
      overlappingTokenSupport: false,
      serverCancelSupport: true,
      augmentsSyntaxTokens: true,
    },
    inlayHint: { dynamicRegistration: true, resolveSupport: { properties: ['tooltip', 'textEdits', 'label.tooltip', 'label.location', 'label.command'] } },
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
  },
};

export interface Published {
  uri: string;
  version: number | undefined;
  diagnostics: unknown[];
  at: number;
}

export interface Timed<T> {
  ms: number;
  result?: T;
  /** Set when the answer did not come within the deadline. */
  timedOutAfterS?: number;
  error?: string;
}

export interface StartOptions {
  /** Answers to `workspace/configuration`, by section. */
  settings: Record<string, unknown>;
  workspaceFolders?: string[];
  /** Deadline for initialize, ms. */
  timeoutMs?: number;
}

export class LspSession {
  readonly published: Published[] = [];
  /** Milliseconds from spawn to the initialize result. */
  startupMs = NaN;
  syncKind = 1;
  capabilities: Record<string, unknown> = {};
  serverName = '';
  serverVersion = '';
  /** Sections the server asked for through workspace/configuration. */
  readonly configurationRequests: string[] = [];
  readonly stderr: string[] = [];
  private readonly waiters: { accept: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  private readonly progressWaiters: (() => void)[] = [];
  progressEnded = 0;
  private readonly configured: Promise<void>;
  private markConfigured!: () => void;
  exited = false;

  private constructor(
    readonly kind: ServerKind,
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {
    this.configured = new Promise((resolve) => (this.markConfigured = resolve));
  }

  static async start(kind: ServerKind, options: StartOptions): Promise<LspSession> {
    const started = performance.now();
    const child = spawn(process.execPath, serverCommands[kind], { cwd: repoRoot, stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const session = new LspSession(kind, child, connection);
    child.stderr.on('data', (chunk: Buffer) => {
      session.stderr.push(chunk.toString());
      if (session.stderr.length > 200) session.stderr.shift();
    });
    child.on('exit', () => (session.exited = true));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
      const p: Published = { uri: params.uri, version: params.version, diagnostics: params.diagnostics, at: performance.now() };
      session.published.push(p);
      if (session.published.length > 1000) session.published.splice(0, 500);
      for (const waiter of [...session.waiters]) {
        if (waiter.accept(p)) {
          session.waiters.splice(session.waiters.indexOf(waiter), 1);
          waiter.resolve(p);
        }
      }
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      const answer = params.items.map((item) => {
        session.configurationRequests.push(item.section ?? '');
        return item.section !== undefined && item.section in options.settings ? options.settings[item.section] : null;
      });
      // The answer is sent when this handler returns; the server applies it right after.
      setTimeout(() => session.markConfigured(), 0);
      return answer;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.onRequest('workspace/inlayHint/refresh', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.onNotification('window/showMessage', () => undefined);
    connection.onNotification('telemetry/event', () => undefined);
    connection.onNotification('$/progress', (params: { value?: { kind?: string } }) => {
      if (params.value?.kind === 'end') {
        session.progressEnded++;
        for (const resolve of session.progressWaiters.splice(0)) resolve();
      }
    });
    connection.onUnhandledNotification(() => undefined);
    connection.onError(() => undefined);
    connection.listen();

    const folders = options.workspaceFolders ?? [];
    const init = await session.request<{ capabilities: Record<string, unknown>; serverInfo?: { name: string; version?: string } }>(
      'initialize',
      {
        processId: process.pid,
        clientInfo: { name: 'Visual Studio Code', version: '1.96.0' },
        locale: 'en',
        rootPath: folders[0] ?? null,
        rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
        workspaceFolders: folders.length > 0 ? folders.map((f) => ({ uri: pathToFileURL(f).href, name: f.split('/').pop() })) : null,
        capabilities: vscodeCapabilities,
        initializationOptions: {},
        trace: 'off',
      },
      options.timeoutMs ?? 60_000,
    );
    if (!init.result) {
      session.kill();
      throw new Error(`${kind}: initialize failed (${init.error ?? `timed out after ${init.timedOutAfterS} s`}); stderr: ${session.stderr.join('')}`);
    }
    session.startupMs = performance.now() - started;
    session.capabilities = init.result.capabilities;
    session.serverName = init.result.serverInfo?.name ?? kind;
    session.serverVersion = init.result.serverInfo?.version ?? '';
    const sync = init.result.capabilities.textDocumentSync as number | { change?: number } | undefined;
    session.syncKind = typeof sync === 'number' ? sync : (sync?.change ?? 1);
    await connection.sendNotification('initialized', {});
    // VS Code's client also pushes the settings once at start; both servers then pull them.
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: options.settings });
    return session;
  }

  /** Resolves once the server has pulled its settings (and had a moment to apply them). */
  async ready(timeoutMs = 10_000): Promise<void> {
    await Promise.race([this.configured, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  /** Resolves when the server has ended `n` work-done progresses (Entente's workspace indexing). */
  async progressDone(n = 1, timeoutMs = 60_000): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (this.progressEnded < n) {
      const left = deadline - performance.now();
      if (left <= 0) return false;
      await Promise.race([new Promise<void>((resolve) => this.progressWaiters.push(resolve)), new Promise((resolve) => setTimeout(resolve, left))]);
    }
    return true;
  }

  async request<T>(method: string, params: unknown, timeoutMs: number): Promise<Timed<T>> {
    const source = new CancellationTokenSource();
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    try {
      const answer = await Promise.race([this.connection.sendRequest(method, params, source.token) as Promise<T>, deadline]);
      const ms = performance.now() - start;
      if (answer === 'timeout') {
        source.cancel(); // $/cancelRequest, as VS Code sends it
        return { ms, timedOutAfterS: Math.round(timeoutMs / 100) / 10 };
      }
      return { ms, result: answer };
    } catch (error) {
      return { ms: performance.now() - start, error: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timer);
      source.dispose();
    }
  }

  /** The next publication that `accept`s, or undefined after the deadline. */
  waitDiagnostics(accept: (p: Published) => boolean, timeoutMs: number): Promise<Published | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(waiter);
        if (i >= 0) this.waiters.splice(i, 1);
        resolve(undefined);
      }, timeoutMs);
      const waiter = {
        accept,
        resolve: (p: Published) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      this.waiters.push(waiter);
    });
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: languageIds[this.kind], version, text } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** One edit, sent incrementally or as the whole new text, as the server asked at initialize. */
  change(uri: string, version: number, edit: { range: Range; text: string }, newText: () => string): Promise<void> {
    const contentChanges = this.syncKind === 2 ? [{ range: edit.range, rangeLength: undefined, text: edit.text }] : [{ text: newText() }];
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  peakRssMb(): number | undefined {
    return peakRssMb(this.child.pid);
  }

  /**
   * CPU time the server process has used so far, in ms: the sum over its threads of the
   * scheduler's run time (/proc/<pid>/task/<tid>/schedstat, nanoseconds). Read outside the timed
   * window; undefined where /proc has no schedstat.
   */
  cpuMs(): number | undefined {
    const pid = this.child.pid;
    if (pid === undefined || this.exited) return undefined;
    try {
      let ns = 0;
      for (const task of readdirSync(`/proc/${pid}/task`)) {
        try {
          ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
        } catch {
          // a thread that ended meanwhile
        }
      }
      return ns / 1e6;
    } catch {
      return undefined;
    }
  }

  /**
   * Resolves once the server is idle — its threads together ran under `idleMs` of CPU over a
   * `windowMs` window — or after `timeoutMs` (false then). A request on a settled document is sent
   * after it, so that the sample's CPU time is the request's own: without it, the work an earlier
   * request left behind (V8 marking and sweeping what it allocated, on the server's helper
   * threads) ran during the next samples and was counted as theirs — at 100k lines a cached export
   * that took 5 ms of the main thread's CPU was charged 323 ms, and the inlay hints, timed right
   * after the semantic tokens, were charged the collection of those.
   */
  async settle(windowMs = 25, idleMs = 1, timeoutMs = 2000): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    let before = this.cpuMs();
    while (before !== undefined && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, windowMs));
      const now = this.cpuMs();
      if (now === undefined) return false;
      if (now - before < idleMs) return true;
      before = now;
    }
    return false;
  }

  /** shutdown + exit; kills the process if it does not comply within a few seconds. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const answered = await this.request('shutdown', null, 5000);
    if (!answered.timedOutAfterS) await this.connection.sendNotification('exit').catch(() => undefined);
    await Promise.race([new Promise((resolve) => this.child.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 3000))]);
    this.kill();
  }

  kill(): void {
    this.connection.dispose();
    if (!this.exited) this.child.kill('SIGKILL');
  }
}

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

/** Line/character of an offset in a text (UTF-16, as LSP counts). */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** The offset of a line/character position in a text. */
export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.character;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
