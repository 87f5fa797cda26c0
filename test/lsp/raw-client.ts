/**
 * A deliberately raw LSP client for abuse tests: it writes any JSON-RPC message as given —
 * params null, missing, positional, of the wrong type — which a well-behaved client library
 * would refuse to send, and returns each response whole (result or error), so a test can
 * check the error code the specification asks for. It answers the server's own requests the
 * way an editor does.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { StreamMessageReader, StreamMessageWriter, type Message } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureBuilt, repoRoot, serverBundle } from './server-process';

export interface Response {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

interface Waiter<T> {
  accept: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class RawClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly stderr: string[] = [];
  /** Every `window/logMessage` and `window/showMessage` text. */
  readonly logs: string[] = [];
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every other notification from the server, in order. */
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly exited: Promise<number | null>;
  private readonly writer: StreamMessageWriter;
  private nextId = 1;
  private readonly responses = new Map<number, (r: Response) => void>();
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];

  /** The `entente` settings answered to `workspace/configuration`: a test may change them, then notify the change. */
  constructor(public settings: unknown = {}) {
    ensureBuilt();
    this.process = spawn(process.execPath, [serverBundle, '--stdio'], { cwd: repoRoot });
    this.process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.writer = new StreamMessageWriter(this.process.stdin);
    const reader = new StreamMessageReader(this.process.stdout);
    reader.listen((message: Message) => this.receive(message as unknown as Record<string, unknown>));
  }

  private receive(m: Record<string, unknown>): void {
    const settings = this.settings;
    if (typeof m.method === 'string' && m.id !== undefined) {
      // A request from the server: configuration, progress tokens, registrations.
      const result = m.method === 'workspace/configuration' ? ((m.params as { items: unknown[] }).items ?? []).map(() => settings) : null;
      void this.writer.write({ jsonrpc: '2.0', id: m.id, result } as unknown as Message);
    } else if (m.method === 'textDocument/publishDiagnostics') {
      const params = m.params as PublishDiagnosticsParams;
      this.published.push(params);
      for (const waiter of [...this.diagnosticWaiters]) {
        if (waiter.accept(params)) {
          this.diagnosticWaiters.splice(this.diagnosticWaiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    } else if (m.method === 'window/logMessage' || m.method === 'window/showMessage') {
      this.logs.push(String((m.params as { message?: unknown })?.message));
    } else if (typeof m.method === 'string' && m.id === undefined) {
      this.notifications.push({ method: m.method, params: m.params });
    } else if (typeof m.id === 'number' && m.method === undefined) {
      this.responses.get(m.id)?.(m as unknown as Response);
      this.responses.delete(m.id);
    }
  }

  /** Writes a request exactly as given (`params` omitted when the argument is absent). */
  send(method: string, ...params: unknown[]): { id: number; response: Promise<Response> } {
    const id = this.nextId++;
    const response = new Promise<Response>((resolve) => this.responses.set(id, resolve));
    const message: Record<string, unknown> = { jsonrpc: '2.0', id, method };
    if (params.length > 0) message.params = params[0];
    void this.writer.write(message as unknown as Message);
    return { id, response };
  }

  request(method: string, ...params: unknown[]): Promise<Response> {
    return this.send(method, ...params).response;
  }

  notify(method: string, ...params: unknown[]): void {
    const message: Record<string, unknown> = { jsonrpc: '2.0', method };
    if (params.length > 0) message.params = params[0];
    void this.writer.write(message as unknown as Message);
  }

  diagnostics(accept: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 15_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`)), timeoutMs);
      this.diagnosticWaiters.push({
        accept,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
  }
}

export const initializeParams = (rootUri: string | null = null) => ({
  processId: process.pid,
  rootUri,
  workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
  capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
});

/** What no error message for people may contain: JavaScript's own error texts and stack frames. */
export const javascriptErrorText = /TypeError|RangeError|ReferenceError|Cannot read prop|is not a function|is not iterable|undefined is not|Maximum call stack|\bat .*\.(c?js|ts):\d+/;
