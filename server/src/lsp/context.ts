/**
 * What every handler needs: the core service, its editor features, a logger and the facts
 * learnt at initialisation. Handlers receive this and nothing else.
 */
import type { CancellationToken, Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { EntenteEditorFeatures, EntenteService, FormattingOptions, TextParts } from '../language';
import { guard, guardAsync, readUri, type Logger } from './guard';
import { slicedRequest } from './sliced-work';

export type Features = EntenteEditorFeatures;

export interface ServerContext {
  readonly service: EntenteService;
  /** The service seen through the editor-feature contract (features/types.ts). */
  readonly features: Features;
  readonly log: Logger;
  /** Where docs/rules.md lives (a `file:` URI of the installed extension, or the checkout). */
  docsBase: string;
  /** The client accepts snippet syntax in completion items. */
  snippetSupport: boolean;
  /** `entente.outline.maxItems`, as last read from the settings (outline-limit.ts). */
  outlineMaxItems: number;
  /** The options of the latest formatting request (two spaces before any): the server formats ahead with them (formatting-ahead.ts). */
  formattingOptions: FormattingOptions;
  /** Whether the editor holds the document open: requests are answered for open documents only. */
  isOpen(uri: string): boolean;
  /** Our revision of an open document, bumped by every change (open-documents.ts). */
  revision(uri: string): number | undefined;
  /** Marks an answer that will be sent again unchanged, to be encoded once (kept-answers.ts); returns it. */
  keep<T extends object | string>(answer: T): T;
  /**
   * Over stdio: marks a text answered in parts, which the encoder writes as the string they join
   * to without joining them (kept-answers.ts); absent where Node serialises the answers (IPC).
   */
  keepParts?: (text: TextParts) => object;
}

/**
 * One LSP feature: the capability it advertises and its handler registration, side by side, so
 * a capability is advertised exactly when its handler is registered.
 */
export interface LspFeature {
  readonly name: string;
  capabilities(context: ServerContext): ServerCapabilities;
  register(connection: Connection, context: ServerContext): void;
}

/**
 * A request about one document. `read` checks the parameters and extracts what `work` needs
 * (junk → InvalidParams, whatever the document); a document the editor has not opened gets the
 * empty answer (the server never reads a file from disk because a request names it); a
 * cancelled request gets RequestCancelled; a failure in the core an InternalError. The handler
 * itself only converts.
 */
export function documentRequest<I, R>(context: ServerContext, method: string, empty: R, read: (params: Record<string, unknown>) => I, work: (uri: string, input: I) => R) {
  return (params: unknown, token?: CancellationToken) =>
    guard(
      context.log,
      method,
      () => {
        const uri = readUri(params, method);
        const input = read(params as Record<string, unknown>);
        return context.isOpen(uri) ? work(uri, input) : empty;
      },
      token,
    );
}

/** For requests that need nothing but the document. */
export const nothingMore = (): undefined => undefined;

/**
 * A request that can run long (references, rename, formatting, code actions…): `prepare` is the
 * expensive part as steps (parsing or analysing documents, each cached by the core), run in
 * slices with the other messages read in between (sliced-work.ts); then `work` answers from
 * what is cached. A `$/cancelRequest` that arrives meanwhile stops it at the next step with
 * RequestCancelled (-32800); a change of the document with ContentModified (-32801).
 */
export function steppedDocumentRequest<I, R>(
  context: ServerContext,
  method: string,
  empty: R,
  read: (params: Record<string, unknown>) => I,
  prepare: (uri: string, input: I) => Iterator<unknown, unknown, void>,
  work: (uri: string, input: I) => R,
) {
  return (params: unknown, token?: CancellationToken) =>
    guardAsync(
      context.log,
      method,
      async () => {
        const uri = readUri(params, method);
        const input = read(params as Record<string, unknown>);
        if (!context.isOpen(uri)) return empty;
        const revision = context.revision(uri);
        await slicedRequest(method, prepare(uri, input), { token, stale: () => context.revision(uri) !== revision });
        return work(uri, input);
      },
      token,
    );
}
