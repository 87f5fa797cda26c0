/**
 * Every request goes through `guard`: junk parameters are answered with an InvalidParams error,
 * a document the server cannot see with the handler's empty answer, a request the client has
 * cancelled with RequestCancelled, and an exception inside the core with an InternalError whose
 * message is written for people — the JavaScript error and its stack go to the log only. The
 * server process never dies of a request, so one bad document cannot take the editor's
 * language support down.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import type { Position, Range } from '../language';

export type Logger = (message: string) => void;

/**
 * A cancelled request answers RequestCancelled (LSP 3.17, "Cancellation Support"). Requests
 * cancelled while still queued never get here (see lifecycle.ts); this catches a cancellation
 * that arrived before the handler started. The token argument is read defensively: a client
 * that sends positional params shifts it.
 */
export function cancelled(token: CancellationToken | undefined): boolean {
  return typeof token === 'object' && token !== null && token.isCancellationRequested === true;
}

export function guard<R>(log: Logger, method: string, work: () => R, token?: CancellationToken): R | ResponseError<void> {
  if (cancelled(token)) return new ResponseError(LSPErrorCodes.RequestCancelled, `${method} was cancelled`);
  try {
    return work();
  } catch (error) {
    return failure(log, method, error);
  }
}

/** The same for a request computed in slices (sliced-work.ts): it may be cancelled while it runs. */
export async function guardAsync<R>(log: Logger, method: string, work: () => Promise<R>, token?: CancellationToken): Promise<R | ResponseError<void>> {
  if (cancelled(token)) return new ResponseError(LSPErrorCodes.RequestCancelled, `${method} was cancelled`);
  try {
    return await work();
  } catch (error) {
    return failure(log, method, error);
  }
}

function failure(log: Logger, method: string, error: unknown): ResponseError<void> {
  if (error instanceof ResponseError) return error;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log(`${method} failed: ${detail}`);
  return new ResponseError(ErrorCodes.InternalError, `Entente could not answer ${method} because of an error of its own; the details are in the Entente output (server log). Please report it.`);
}

/** Thrown by the readers below; `guard` turns it into the error response. */
export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** LSP `uinteger`: 0 … 2^31 - 1. */
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0x7fffffff;
}

/** At most `max` characters of something a client sent, for a message that quotes it. */
export function shortQuote(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

export function readUri(params: unknown, method = 'this request'): string {
  if (!isObject(params)) throw invalidParams(`${method} needs an object with textDocument {uri}`);
  const doc = params.textDocument;
  if (!isObject(doc) || typeof doc.uri !== 'string' || doc.uri.length === 0) throw invalidParams('textDocument.uri must be a string');
  return doc.uri;
}

export function readPosition(value: unknown, name = 'position'): Position {
  if (!isObject(value) || !isCount(value.line) || !isCount(value.character)) throw invalidParams(`${name} must be {line, character} with non-negative integers`);
  return { line: value.line, character: value.character };
}

export function readRange(value: unknown, name = 'range'): Range {
  if (!isObject(value)) throw invalidParams(`${name} must be {start, end}`);
  return { start: readPosition(value.start, `${name}.start`), end: readPosition(value.end, `${name}.end`) };
}

export function readObject(params: unknown, what: string): Record<string, unknown> {
  if (!isObject(params)) throw invalidParams(`${what} must be an object`);
  return params;
}

/** An optional object field: undefined when absent, InvalidParams when present but not an object. */
export function readOptionalObject(value: unknown, what: string): Record<string, unknown> | undefined {
  return value === undefined || value === null ? undefined : readObject(value, what);
}
