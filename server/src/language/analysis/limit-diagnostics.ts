/**
 * The diagnostics of limits passed (util/limits.ts). They are not rules: no setting turns them
 * off and no comment suppresses them, because they say what was not analysed or not shown.
 */
import { LineIndex } from '../ast/positions';
import type { EntenteDiagnostic } from '../rules/diagnostic';
import { maxDocumentLength, maxFindingsPerRule, maxLineLength } from '../util/limits';

/** The codes of these diagnostics. */
export const limitCodes = ['document-too-large', 'line-too-long', 'too-many-findings'] as const;

function diagnostic(uri: string, code: (typeof limitCodes)[number], severity: EntenteDiagnostic['severity'], range: EntenteDiagnostic['range'], message: string): EntenteDiagnostic {
  return { uri, range, severity, code, message, source: 'Entente', related: [], fixes: [], tags: [] };
}

const start = { line: 0, character: 0 };

/** A document over `maxDocumentLength` characters (or a file over the host's byte limit, `size` in bytes). */
export function documentTooLarge(uri: string, size: number, unit: 'characters' | 'bytes' = 'characters'): EntenteDiagnostic {
  const limit = unit === 'characters' ? `${maxDocumentLength.toLocaleString('en')} characters` : `${(maxDocumentLength / 1024 / 1024).toFixed(0)} MiB`;
  return diagnostic(uri, 'document-too-large', 'error', { start, end: start }, `This file has ${size.toLocaleString('en')} ${unit}, more than the ${limit} Entente analyses, so it is not analysed: split it into annexes.`);
}

/** One warning per line longer than `maxLineLength`, on the line's first characters. */
export function longLines(uri: string, text: string, lines: LineIndex = new LineIndex(text)): EntenteDiagnostic[] {
  if (text.length <= maxLineLength) return [];
  const result: EntenteDiagnostic[] = [];
  // Only a line whose span to the next line's start passes the limit can be too long (after a
  // keystroke this ran over every line of the document, with three calls per line).
  for (const line of lines.linesSpanningMore(maxLineLength)) {
    const from = lines.lineStart(line);
    const to = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    const length = lines.offsetAt({ line, character: to - from }) - from;
    if (length <= maxLineLength) continue;
    result.push(
      diagnostic(uri, 'line-too-long', 'warning', { start: { line, character: 0 }, end: { line, character: 1 } }, `This line has ${length.toLocaleString('en')} characters, more than ${maxLineLength.toLocaleString('en')}: break it into shorter lines (editors stop colouring a line this long).`),
    );
  }
  return result;
}

/**
 * At most `maxFindingsPerRule` findings of each code, in document order; for each code cut short,
 * one more finding (on the last one shown) says how many more there are. A document with 100,000
 * copies of a mistake has the same 100,000 findings, but an editor cannot show them usefully and
 * the protocol would carry hundreds of megabytes.
 */
export function capFindings(diagnostics: EntenteDiagnostic[]): EntenteDiagnostic[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > maxFindingsPerRule)) return diagnostics;
  const shown = new Map<string, number>();
  const result: EntenteDiagnostic[] = [];
  for (const d of diagnostics) {
    const count = (shown.get(d.code) ?? 0) + 1;
    shown.set(d.code, count);
    if (count > maxFindingsPerRule) continue;
    result.push(d);
    const total = counts.get(d.code)!;
    if (count === maxFindingsPerRule && total > maxFindingsPerRule) {
      result.push(diagnostic(d.uri, 'too-many-findings', d.severity, d.range, `${(total - maxFindingsPerRule).toLocaleString('en')} more findings of ${d.code} are not shown (at most ${maxFindingsPerRule.toLocaleString('en')} per check and file): fix the ones above first.`));
    }
  }
  return result;
}
