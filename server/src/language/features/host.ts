/**
 * What the editor features need of the service: models, diagnostics and the documents it knows.
 * `EntenteService` satisfies it; tests may pass a service directly.
 */
import type { SemanticModel } from '../model/semantic-model';
import type { EntenteDiagnostic } from '../rules/diagnostic';
import type { ParseResult } from '../syntax/parse';

export interface FeatureHost {
  model(uri: string): SemanticModel | undefined;
  parse(uri: string): ParseResult | undefined;
  diagnostics(uri: string): EntenteDiagnostic[];
  /** The latest finished analysis's diagnostics, even for an older text; none (never computed) when no analysis has finished. */
  latestDiagnostics?(uri: string): EntenteDiagnostic[];
  /** The text of a known document (open, read or indexed). */
  text(uri: string): string | undefined;
  /** Every document the service knows: open ones, files read, files indexed from the workspace. */
  knownUris(): string[];
}

/**
 * Editor requests must never fail on odd input: a bug in one feature yields an empty answer,
 * not an exception through the LSP layer.
 */
export function guarded<T>(fallback: T, run: () => T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
