/**
 * The `entente.*` settings: read through `workspace/configuration` and validated by the core's
 * `validateSettings`, which keeps the valid part and says what it ignored. Broken settings
 * produce warnings, never an exception.
 */
import type { Connection } from 'vscode-languageserver/node';
import { validateSettings, type AnalysisSettings } from '../language';
import { defaultOutlineMaxItems } from './outline-limit';

export interface ServerSettings {
  readonly analysis: AnalysisSettings;
  /** Team clause-library folders as written: absolute, or relative to the first workspace folder. */
  readonly libraryFolders: readonly string[];
  /** `entente.outline.maxItems`: how many symbols the outline shows (outline-limit.ts). An editor setting, not the analysis's. */
  readonly outlineMaxItems: number;
}

export const defaultSettings: ServerSettings = { analysis: {}, libraryFolders: [], outlineMaxItems: defaultOutlineMaxItems };

export function readSettings(raw: unknown): { settings: ServerSettings; warnings: string[] } {
  if (raw === null || raw === undefined) return { settings: defaultSettings, warnings: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: defaultSettings, warnings: ['the "entente" settings must be an object; ignored'] };
  // `entente.trace.server` belongs to the language client, `entente.outline` to the editor: neither to the analysis.
  const { trace: _trace, outline, ...analysisSettings } = raw as Record<string, unknown>;
  const { settings, libraryFolders, warnings } = validateSettings(analysisSettings);
  return { settings: { analysis: settings, libraryFolders, outlineMaxItems: outlineMaxItems(outline, warnings) }, warnings };
}

/** `entente.outline.maxItems`: a whole number of at least 1; anything else keeps the default, with a warning. */
function outlineMaxItems(outline: unknown, warnings: string[]): number {
  if (outline === undefined || outline === null) return defaultOutlineMaxItems;
  if (typeof outline !== 'object' || Array.isArray(outline)) {
    warnings.push(`"outline" must be an object, e.g. { "maxItems": ${defaultOutlineMaxItems} }; ignored`);
    return defaultOutlineMaxItems;
  }
  const value = Object.hasOwn(outline, 'maxItems') ? (outline as Record<string, unknown>).maxItems : undefined;
  if (value === undefined || value === null) return defaultOutlineMaxItems;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1) return value;
  warnings.push(`"outline.maxItems" must be a whole number of at least 1 (the most symbols the outline shows); ${defaultOutlineMaxItems} is used`);
  return defaultOutlineMaxItems;
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
