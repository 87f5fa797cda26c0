/**
 * Drives the built language server (dist/server.cjs) over stdio the way an editor does, with
 * vscode-jsonrpc. `npm test` builds before mocha; run `npm run build` before `npx mocha
 * test/lsp` alone. A missing bundle is built here; a present one is used as it is (rebuilding
 * mid-run would pick up half-saved sources of a tree being edited).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { pathToFileURL } from 'node:url';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const serverBundle = join(repoRoot, 'dist/server.cjs');

export function ensureBuilt(): void {
  if (existsSync(serverBundle) && existsSync(join(repoRoot, 'dist/cli.cjs'))) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stderr}`);
}

export interface ServerUnderTest {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  /** Everything the server logged on stderr (crashes show up here). */
  readonly stderr: string[];
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  /** Every publication so far, in order. */
  readonly published: PublishDiagnosticsParams[];
  /** Messages the server showed (window/showMessage). */
  readonly messages: string[];
  /** Work-done progress reported by the server: `begin <title>`, `report`, `end`. */
  readonly progress: string[];
  exited: Promise<number | null>;
}

export function startServer(settings: unknown = {}): ServerUnderTest {
  ensureBuilt();
  const child = spawn(process.execPath, [serverBundle, '--stdio'], { cwd: repoRoot });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const messages: string[] = [];
  const progress: string[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  // What an editor answers when the server asks: the settings, progress tokens, registrations.
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', (params: { message: string }) => messages.push(params.message));
  connection.onNotification('$/progress', (params: { value?: { kind?: string; title?: string } }) => progress.push(`${params.value?.kind} ${params.value?.title ?? ''}`.trim()));
  connection.listen();
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  return {
    process: child,
    connection,
    stderr,
    published,
    messages,
    progress,
    exited,
    diagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      return new Promise((resolveWait, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${stderr.join('')}`)), timeoutMs);
        waiters.push({
          uri,
          accept,
          resolve: (p) => {
            clearTimeout(timer);
            resolveWait(p);
          },
        });
      });
    },
  };
}

export const clientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
  window: { workDoneProgress: true },
  textDocument: {
    completion: { completionItem: { snippetSupport: true } },
    rename: { prepareSupport: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
  },
};

/** initialize + initialized, as an editor with the given workspace folders (none by default). */
export async function initialize(server: ServerUnderTest, folders: string[] = [], initializationOptions: unknown = {}): Promise<InitializeResult> {
  const result: InitializeResult = await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
    workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).href, name: f })),
    capabilities: clientCapabilities,
    initializationOptions,
  });
  await server.connection.sendNotification('initialized', {});
  return result;
}

/** Shutdown and exit as the protocol says; resolves with the process's exit code. */
export async function shutdown(server: ServerUnderTest): Promise<number | null> {
  await server.connection.sendRequest('shutdown');
  await server.connection.sendNotification('exit');
  return server.exited;
}
