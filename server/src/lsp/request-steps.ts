/**
 * The expensive part of the long requests, as steps the server runs in slices and can cancel
 * between (context.ts `steppedDocumentRequest`): each step parses, links or analyses one
 * document and leaves the result in the core's caches, so the feature that answers afterwards
 * (references, rename, workspace symbols, formatting, code actions, render) finds it done.
 */
import type { EntenteService } from '../language';

/** Parses every document the service knows (workspace symbols), one per step. */
export function* parseEveryDocument(service: EntenteService): Generator<string, void, void> {
  for (const uri of service.knownUris()) {
    service.parse(uri);
    yield uri;
  }
}

/** Links every document the service knows, the asked one first (references and rename search them all). */
export function* linkEveryDocument(service: EntenteService, first: string): Generator<string, void, void> {
  for (const uri of new Set([first, ...service.knownUris()])) {
    service.parse(uri);
    yield uri;
    service.model(uri);
    yield uri;
  }
}

/** Parses one document (formatting reads nothing else). */
export function* parseDocument(service: EntenteService, uri: string): Generator<string, void, void> {
  service.parse(uri);
  yield uri;
}

/** The document's whole analysis (code actions re-find fixes in it; render marks a draft by its errors). */
export function* analyseDocument(service: EntenteService, uri: string): Generator<string, void, void> {
  yield* service.diagnosticsSteps(uri);
}
