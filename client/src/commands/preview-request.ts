/**
 * What the preview asks the server (without the editor, so test/client can check it): the panel
 * and one part of the rendered instrument, `entente.previewData {uri, today, part: {from,
 * count}}`. The first part comes with each refresh; the webview asks for each further part as
 * the drafter scrolls to it (client/src/preview/parts.ts). The export ("Export Instrument",
 * `entente render`) still asks for the whole text.
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

export function previewRequest(uri: string, today: Date, from: number): { command: string; arguments: unknown[] } {
  return { command: 'entente.previewData', arguments: [{ uri, today: isoDay(today), part: { from, count: previewPartBlocks } }] };
}
