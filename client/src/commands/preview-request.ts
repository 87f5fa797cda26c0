/**
 * What the preview asks the server (without the editor, so test/client can check it): on each
 * refresh the panel and the first part of the rendered instrument, `entente.previewData {uri,
 * today, part: {from: 0, count}, panel?}` (the panel only when it is not the one shown, which
 * `panel` names: features/preview-panels.ts); as the drafter scrolls, each further part without the panel,
 * `entente.previewPart {uri, part: {from, count}}` (client/src/preview/parts.ts decides which).
 * The export ("Export Instrument", `entente render`) still asks for the whole text.
 */

/**
 * Blocks per part: the head, then one per article. A part of 50 articles is a few screens and
 * tens of kilobytes, where the whole of a 100,000-line text is 11 MB to send and decode.
 */
export const previewPartBlocks = 50;

/** The editor's date, as the timeline marks it (local calendar day, ISO). */
export function isoDay(today: Date): string {
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
}

/** `panel`: the name of the panel the preview shows, if any: the server leaves it out of the answer while it is the same. */
export function previewRequest(uri: string, today: Date, panel?: string): { command: string; arguments: unknown[] } {
  return { command: 'entente.previewData', arguments: [{ uri, today: isoDay(today), part: { from: 0, count: previewPartBlocks }, ...(panel !== undefined ? { panel } : {}) }] };
}

export function previewPartRequest(uri: string, from: number): { command: string; arguments: unknown[] } {
  return { command: 'entente.previewPart', arguments: [{ uri, part: { from, count: previewPartBlocks } }] };
}
