/**
 * Inline fixtures with markers, in the manner of rust-analyzer's `//^^^ error`: a marker line is
 * an Entente comment whose carets sit under the text at fault on the nearest line above that is
 * not a marker line, followed by the expected code:
 *
 *     channel C between EE, FI { marking TLP:PURPLE }
 *     //                                 ^^^^^^^^^^ value-out-of-range
 *
 * Markers are ordinary comments, so the fixture is itself a valid document. A `$0` marks a
 * cursor (removed from the text before analysis).
 */
import assert from 'node:assert/strict';
import { createEntenteService, type EntenteServiceOptions } from '../../server/src/language/service';
import type { EntenteDiagnostic } from '../../server/src/language/rules/diagnostic';
import type { Position } from '../../server/src/language/ast/positions';

export interface ExpectedDiagnostic {
  line: number;
  start: number;
  end: number;
  code: string;
}

const markerLine = /^(\s*\/\/)(\s*)(\^+)\s+([a-z0-9-]+)\s*$/;

/** Expected diagnostics from the markers of a fixture. */
export function expectedMarkers(text: string): ExpectedDiagnostic[] {
  const lines = text.split('\n');
  const expected: ExpectedDiagnostic[] = [];
  let target = -1;
  lines.forEach((line, index) => {
    const match = markerLine.exec(line);
    if (!match) {
      target = index;
      return;
    }
    const start = match[1].length + match[2].length;
    expected.push({ line: target, start, end: start + match[3].length, code: match[4] });
  });
  return expected;
}

/** Remove the `$0` cursor marker and return its position. */
export function extractCursor(text: string): { text: string; position: Position } {
  const offset = text.indexOf('$0');
  assert.ok(offset >= 0, 'fixture has no $0 cursor');
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { text: before + text.slice(offset + 2), position: { line, character } };
}

export const fixtureUri = 'file:///fixture/main.entente';

/** Analyse a single document (plus optional neighbour files) and return its diagnostics. */
export function diagnose(text: string, options: EntenteServiceOptions & { files?: Record<string, string> } = {}): EntenteDiagnostic[] {
  const files = options.files ?? {};
  const service = createEntenteService({
    ...options,
    // The workspace is file:///fixture/: a path that leads out of it is refused, as the host does.
    readFile: (uri) => (uri.startsWith('file:///fixture/') ? (files[uri.replace('file:///fixture/', '')] ?? options.readFile?.(uri)) : (options.readFile?.(uri) ?? { ok: false, failure: 'outside-workspace' })),
  });
  service.open(fixtureUri, text);
  return service.diagnostics(fixtureUri);
}

/**
 * Assert that the diagnostics whose codes appear in `codes` (default: the codes named by the
 * markers) are exactly the marked ones: same line, same start and end character, same code.
 */
export function checkDiagnostics(text: string, options: EntenteServiceOptions & { files?: Record<string, string>; codes?: string[] } = {}): EntenteDiagnostic[] {
  const expected = expectedMarkers(text);
  const codes = new Set(options.codes ?? expected.map((e) => e.code));
  assert.ok(codes.size > 0, 'checkDiagnostics needs markers or explicit codes');
  const actual = diagnose(text, options).filter((d) => codes.has(d.code));
  const show = (d: ExpectedDiagnostic) => `${d.line}:${d.start}-${d.end} ${d.code}`;
  const actualShown = actual
    .map((d) => ({ line: d.range.start.line, start: d.range.start.character, end: d.range.end.line === d.range.start.line ? d.range.end.character : -1, code: d.code }))
    .map(show)
    .sort();
  assert.deepEqual(actualShown, expected.map(show).sort(), `diagnostics differ:\n${actual.map((d) => `  ${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`).join('\n')}`);
  return actual;
}

/** Assert that none of `codes` is reported on the document (a near miss). */
export function checkNoDiagnostics(text: string, codes: string[], options: EntenteServiceOptions & { files?: Record<string, string> } = {}): void {
  const found = diagnose(text, options).filter((d) => codes.includes(d.code));
  assert.deepEqual(found.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`), []);
}
