/**
 * The `entente.*` settings: read through `workspace/configuration` and validated by the core's
 * `validateSettings`, which keeps the valid part and says what it ignored. Broken settings
 * produce warnings, never an exception.
 */
import type { Connection } from 'vscode-languageserver/node';
import { validateSettings, type AnalysisSettings } from '../language';

export interface ServerSettings {
  readonly analysis: AnalysisSettings;
  /** Team clause-library folders as written: absolute, or relative to the first workspace folder. */
  readonly libraryFolders: readonly string[];
}

export const defaultSettings: ServerSettings = { analysis: {}, libraryFolders: [] };

export function readSettings(raw: unknown): { settings: ServerSettings; warnings: string[] } {
  if (raw === null || raw === undefined) return { settings: defaultSettings, warnings: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: defaultSettings, warnings: ['the "entente" settings must be an object; ignored'] };
  // `entente.trace.server` belongs to the language client, not to the analysis.
  const { trace: _trace, ...analysisSettings } = raw as Record<string, unknown>;
  const { settings, libraryFolders, warnings } = validateSettings(analysisSettings);
  return { settings: { analysis: settings, libraryFolders }, warnings };
}

/** Asks the client; a client without `workspace/configuration` gets the defaults. */
export async function fetchSettings(connection: Connection, supported: boolean): Promise<{ settings: ServerSettings; warnings: string[] }> {
  if (!supported) return { settings: defaultSettings, warnings: [] };
  try {
    const [raw] = (await connection.workspace.getConfiguration([{ section: 'entente' }])) as unknown[];
    return readSettings(raw);
  } catch (error) {
    return { settings: defaultSettings, warnings: [`could not read the entente settings: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
