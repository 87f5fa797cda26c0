/**
 * The lifecycle the LSP specification prescribes (3.17, "Lifecycle Messages"), enforced before
 * any handler — ours or vscode-languageserver's — sees a message:
 *
 * - before `initialize`: a request is answered with ServerNotInitialized (-32002), a
 *   notification other than `exit` is dropped ("Server lifecycle: initialize");
 * - `initialize` with parameters the library cannot read (no object, no `capabilities`, a
 *   `processId` that is no process id) is answered with InvalidParams instead of reaching the
 *   library, which would fail with a JavaScript TypeError; a second `initialize` is an
 *   InvalidRequest ("the initialize request may only be sent once");
 * - after `shutdown`: every request is an InvalidRequest (-32600), every notification but
 *   `exit` is dropped ("Shutdown Request");
 * - `exit` always reaches the library, which ends the process with 0 after `shutdown` and 1
 *   otherwise ("Exit Notification");
 * - a request whose `params` is present but neither an object nor an array (`null`, `42`) is
 *   answered with InvalidParams: JSON-RPC 2.0 allows only structured params, and the
 *   library's wrappers read `params.workDoneToken` before any handler could check them.
 *
 * vscode-jsonrpc offers a `messageStrategy` that sees each message in order but cannot answer
 * one. A request to be refused is therefore handed on under a private method whose handler
 * throws the refusal; the refusal travels in a params object only this module holds, so a
 * client calling that method itself gets MethodNotFound like any unknown method.
 *
 * The same options carry `cancelUndispatched`: a request still waiting in the queue when its
 * `$/cancelRequest` arrives is answered RequestCancelled (-32800) without running
 * ("Cancellation Support").
 */
import {
  ErrorCodes,
  LSPErrorCodes,
  Message,
  ResponseError,
  type Connection,
  type ConnectionOptions,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node';

type State = 'awaiting-initialize' | 'running' | 'shut-down';

/** Not a method any client knows; only rewritten requests are meant to reach it. */
const refusalMethod = 'entente/$refusedRequest';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const maxProcessId = 0x7fffffff;

/**
 * Why `initialize` parameters cannot be used, or undefined when they can. Only what the library
 * and our handler read is checked; fields the specification marks required but nobody reads
 * (`rootUri`, `processId`) may be missing, as some clients leave them out.
 */
export function initializeParamsProblem(params: unknown): string | undefined {
  if (!isObject(params)) return 'initialize needs an object {processId, rootUri, capabilities, …}';
  if (!isObject(params.capabilities)) return 'initialize needs "capabilities", an object (it may be empty: {})';
  const pid = params.processId;
  if (pid !== undefined && pid !== null && !(typeof pid === 'number' && Number.isInteger(pid) && pid >= 0 && pid <= maxProcessId)) {
    return '"processId" must be the client\'s process id (an integer) or null';
  }
  if (params.rootUri !== undefined && params.rootUri !== null && typeof params.rootUri !== 'string') return '"rootUri" must be a URI string or null';
  if (params.trace !== undefined && params.trace !== null && typeof params.trace !== 'string') return '"trace" must be "off", "messages" or "verbose"';
  const folders = params.workspaceFolders;
  if (folders !== undefined && folders !== null && !(Array.isArray(folders) && folders.every((f) => isObject(f) && typeof f.uri === 'string'))) {
    return '"workspaceFolders" must be a list of {uri, name} or null';
  }
  return undefined;
}

export class Lifecycle {
  private state: State = 'awaiting-initialize';
  private readonly refusals = new WeakMap<object, ResponseError<void>>();

  /** Pass these to `createConnection`. */
  readonly options: ConnectionOptions = {
    messageStrategy: { handleMessage: (message, next) => this.handle(message, next) },
    connectionStrategy: {
      cancelUndispatched: (message): ResponseMessage | undefined =>
        Message.isRequest(message)
          ? { jsonrpc: '2.0', id: message.id, error: new ResponseError(LSPErrorCodes.RequestCancelled, `${message.method} was cancelled before it started`).toJson() }
          : undefined,
    },
  };

  /** Registers the handler that answers refused requests; call once, before `listen`. */
  install(connection: Connection): void {
    connection.onRequest(refusalMethod, (params: unknown) => {
      const refusal = isObject(params) ? this.refusals.get(params) : undefined;
      throw refusal ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${refusalMethod}`);
    });
  }

  get shutDown(): boolean {
    return this.state === 'shut-down';
  }

  private handle(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      const refusal = this.refusalFor(message);
      if (!refusal) return next(message);
      const token = {};
      this.refusals.set(token, refusal);
      const rewritten: RequestMessage = { jsonrpc: message.jsonrpc, id: message.id, method: refusalMethod, params: token };
      return next(rewritten);
    }
    if (Message.isNotification(message)) {
      // `exit` is always honoured; `$/cancelRequest` only clears bookkeeping in the library.
      if (message.method === 'exit' || message.method === '$/cancelRequest' || this.state === 'running') next(message);
      return;
    }
    next(message);
  }

  private refusalFor(request: RequestMessage): ResponseError<void> | undefined {
    switch (this.state) {
      case 'awaiting-initialize': {
        if (request.method !== 'initialize') return new ResponseError(ErrorCodes.ServerNotInitialized, `the server is not initialized yet: send "initialize" before ${request.method}`);
        const problem = initializeParamsProblem(request.params);
        if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
        this.state = 'running';
        return undefined;
      }
      case 'running':
        if (request.method === 'initialize') return new ResponseError(ErrorCodes.InvalidRequest, 'the server is already initialized: "initialize" may be sent only once');
        if ('params' in request && (typeof request.params !== 'object' || request.params === null)) {
          return new ResponseError(ErrorCodes.InvalidParams, `the parameters of ${request.method} must be an object (JSON-RPC allows an object or a list; ${request.params === null ? 'null' : typeof request.params} was sent)`);
        }
        if (request.method === 'shutdown') this.state = 'shut-down';
        return undefined;
      case 'shut-down':
        return new ResponseError(ErrorCodes.InvalidRequest, `the server is shutting down: ${request.method} is not answered after "shutdown"; send "exit"`);
    }
  }
}
