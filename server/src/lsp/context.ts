/**
 * What every handler needs: the core service, its editor features, a logger and the facts
 * learnt at initialisation. Handlers receive this and nothing else.
 */
import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { EntenteEditorFeatures } from '../language/features/types';
import type { EntenteService } from '../language/service';
import { guard, readUri, type Logger } from './guard';

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
 * A request about one document: junk params → InvalidParams, a document nobody can read → the
 * empty answer, a failure in the core → InternalError. The handler itself only converts.
 */
export function documentRequest<P, R>(context: ServerContext, method: string, empty: R, work: (uri: string, params: P) => R) {
  return (params: P) =>
    guard(context.log, method, () => {
      const uri = readUri(params);
      if (!context.service.documents.get(uri)) return empty;
      return work(uri, params);
    });
}
