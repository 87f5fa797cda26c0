/**
 * Every request goes through `guard`: junk parameters are answered with an InvalidParams error,
 * a document the server cannot see with the handler's empty answer, and an exception inside
 * the core with an InternalError that is also logged. The server process never dies of a
 * request, so one bad document cannot take the editor's language support down.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Position, Range } from '../language/ast/positions';

export type Logger = (message: string) => void;

export function guard<R>(log: Logger, method: string, work: () => R): R | ResponseError<void> {
  try {
    return work();
  } catch (error) {
    if (error instanceof ResponseError) return error;
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`${method} failed: ${detail}`);
    return new ResponseError(ErrorCodes.InternalError, `${method} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Thrown by the readers below; `guard` turns it into the error response. */
export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0x7fffffff;
}

export function readUri(params: unknown): string {
  const doc = isObject(params) ? params.textDocument : undefined;
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
  if (!isObject(params)) throw invalidParams(`${what} parameters must be an object`);
  return params;
}
