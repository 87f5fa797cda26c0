/** A service over inline documents for feature tests: `main.entente` plus neighbour files. */
import { createEntenteService, type EntenteService, type EntenteServiceOptions } from '../../server/src/language/service';
import type { Position, Range } from '../../server/src/language/ast/positions';
import { extractCursor } from '../helpers/fixture';

export const base = 'file:///fixture/';
export const mainUri = base + 'main.entente';

export interface Fixture {
  service: EntenteService;
  text: string;
  position: Position;
}

/** Open `main.entente` (with a `$0` cursor, optional) and make `files` readable beside it. */
export function fixture(source: string, files: Record<string, string> = {}, options: EntenteServiceOptions = {}): Fixture {
  const { text, position } = source.includes('$0') ? extractCursor(source) : { text: source, position: { line: 0, character: 0 } };
  const service = createEntenteService({ ...options, readFile: (uri) => (uri.startsWith(base) ? files[uri.slice(base.length)] : undefined) });
  service.open(mainUri, text);
  return { service, text, position };
}

/** The text a range covers. */
export function slice(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

export { applyEdits } from '../helpers/edits';

/** The labels completion offers at the fixture's cursor (`|`). */
export function completionLabels(source: string): string[] {
  const { service, position } = fixture(source);
  return service.complete(mainUri, position).map((i) => i.label);
}

/** The hover at the fixture's cursor, as text (a MarkupContent serialised). */
export function hoverTextAt(source: string): string {
  const { service, position } = fixture(source);
  const contents = service.hover(mainUri, position)?.contents;
  return typeof contents === 'string' ? contents : JSON.stringify(contents);
}

/** Odd positions every feature must survive. */
export const oddPositions: Position[] = [
  { line: -1, character: -5 },
  { line: 0, character: 0 },
  { line: 10000, character: 3 },
  { line: 0, character: 100000 },
];

/** Odd documents every feature must survive. */
export const oddDocuments: string[] = [
  '',
  '\u0000\u0001\uFFFF\uD800 garbage }}} {{{ """ unterminated',
  'channel',
  'participant EE "x" { contact',
  Array.from({ length: 300 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
  '/* never closed',
  'clause X from library "',
];
