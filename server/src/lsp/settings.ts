/**
 * The `entente.*` settings: read through `workspace/configuration`, validated by the core's
 * `validateSettings` (which keeps the valid part), plus the library folders that only the
 * host uses. Broken settings produce warnings, never an exception.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { AnalysisSettings } from '../language/config/settings';
import { validateSettings } from '../language/config/validate-settings';

export interface ServerSettings {
  readonly analysis: AnalysisSettings;
  /** Team clause-library folders, absolute or relative to the first workspace folder. */
  readonly libraryFolders: readonly string[];
}

export const defaultSettings: ServerSettings = { analysis: {}, libraryFolders: [] };

export function readSettings(raw: unknown): { settings: ServerSettings; warnings: string[] } {
  if (raw === null || raw === undefined) return { settings: defaultSettings, warnings: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: defaultSettings, warnings: ['the "entente" settings must be an object; ignored'] };
  const input = raw as { profile?: unknown; rules?: unknown; library?: unknown };
  const { settings: analysis, warnings } = validateSettings({ profile: input.profile ?? undefined, rules: input.rules ?? undefined });
  const libraryFolders: string[] = [];
  const folders = (input.library as { folders?: unknown } | undefined)?.folders;
  if (folders !== undefined && folders !== null) {
    if (!Array.isArray(folders)) warnings.push('"entente.library.folders" must be a list of folder paths; ignored');
    else
      for (const folder of folders) {
        if (typeof folder === 'string' && folder.trim() !== '') libraryFolders.push(folder);
        else warnings.push(`library folder ${JSON.stringify(folder)} is not a path; ignored`);
      }
  }
  return { settings: { analysis, libraryFolders }, warnings };
}

/** Asks the client; a client without `workspace/configuration` gets the defaults. */
export async function fetchSettings(connection: Connection, supported: boolean): Promise<{ settings: ServerSettings; warnings: string[] }> {
  if (!supported) return { settings: defaultSettings, warnings: [] };
  try {
    const raw: unknown = await connection.workspace.getConfiguration('entente');
    return readSettings(raw);
  } catch (error) {
    return { settings: defaultSettings, warnings: [`could not read the entente settings: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
