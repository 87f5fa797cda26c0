/**
 * Child process of bounded-work.test.ts: builds each hostile document at the sizes asked (or a
 * full-size case once, `full:<name>`, with the codes it was answered with), runs
 * what an editor asks of an open document — diagnostics, then symbols, folding, colouring,
 * formatting, links, hints, and hover, completion, definition and code actions at a few
 * positions — with work counted (work-meter.ts), and prints the counts as JSON.
 *
 *   tsx test/hostile/measure-work.ts '<case name>' n1 n2 …
 *   tsx test/hostile/measure-work.ts 'full:<case name>'
 *   tsx test/hostile/measure-work.ts --many '{"<case name>": [n1, n2], "full:<case name>": [1]}'
 */
import { readFileSync } from 'node:fs';
import { createEntenteService } from '../../server/src/language/index';
import { amplified, fullSizeCases, scalingCases } from './hostile-documents';
import { meterWork } from './work-meter';

export interface Measurement {
  readonly n: number;
  readonly characters: number;
  readonly diagnostics: number;
  readonly analysisWork: number;
  readonly featureWork: number;
  /** The codes of the diagnostics, each once (for the full-size cases). */
  readonly codes?: readonly string[];
  /** Whether every range of every answer lies inside the document. */
  readonly rangesInside?: boolean;
}

const uri = 'file:///workspace/hostile.entente';

/** A hostile case by name, or `sample:<path>`: that sample grown n times (hostile-documents.ts). */
function documentFor(name: string, n: number): string {
  if (!name.startsWith('sample:')) return scalingCases[name](n);
  const sample = readFileSync(name.slice('sample:'.length), 'utf8');
  const probe = createEntenteService();
  probe.open(uri, sample);
  const names = (probe.model(uri)?.symbols ?? []).filter((s) => s.kind !== 'term').map((s) => s.name);
  return amplified(sample, names, n);
}

function measure(name: string, n: number, given?: string): Measurement {
  const text = given ?? documentFor(name, n);
  const service = createEntenteService();
  service.open(uri, text);
  const analysis = meterWork(() => service.diagnostics(uri));
  const diagnostics = analysis.result;
  const lines = text.split('\n').length;
  const positions = [0, Math.floor(lines / 2), lines - 2].map((line) => ({ line: Math.max(0, line), character: 3 }));
  const answers: unknown[] = [];
  const features = meterWork(() => {
    answers.push(service.documentSymbols(uri));
    answers.push(service.foldingRanges(uri));
    service.semanticTokens(uri);
    answers.push(service.documentLinks(uri));
    answers.push(service.format(uri, { tabSize: 2, insertSpaces: true }));
    const whole = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
    service.inlayHints(uri, whole, '2027-06-01');
    service.codeLenses(uri, '2027-06-01');
    service.workspaceSymbols('Term');
    for (const position of positions) {
      answers.push(service.hover(uri, position));
      answers.push(service.complete(uri, position));
      answers.push(service.definition(uri, position));
      answers.push(service.references(uri, position, true));
      const here = { start: position, end: position };
      const at = diagnostics.filter((d) => d.range.start.line === position.line);
      answers.push(service.codeActions(uri, here, at.slice(0, 5)));
    }
  });
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  // Lines as the protocol counts them: CR, LF and CRLF each end one.
  const rangesInside = [diagnostics, answers].every((value) => rangesWithin(value, (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1));
  return { n, characters: text.length, diagnostics: diagnostics.length, analysisWork: analysis.work, featureWork: features.work, codes, rangesInside };
}

/** Whether every `{ line, character }` in a value lies on a line of the document (character not negative). */
function rangesWithin(value: unknown, lines: number): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next !== 'object') continue;
    const position = next as { line?: unknown; character?: unknown };
    if (typeof position.line === 'number' && typeof position.character === 'number' && (position.line < 0 || position.line >= lines || position.character < 0)) return false;
    for (const child of Object.values(next)) stack.push(child);
  }
  return true;
}

/** A deliberately quadratic computation (an indexOf per element), for the test that the meter can see one. */
function quadraticProbe(n: number): Measurement {
  const items = Array.from({ length: n }, (_, i) => `item ${i}`);
  const { work } = meterWork(() => items.map((item) => items.indexOf(item)));
  return { n, characters: n * 8, diagnostics: 0, analysisWork: work, featureWork: work };
}

const [name, ...sizes] = process.argv.slice(2);
if (name === '--many') {
  // Several cases in one process (one start-up): a JSON object of case name → sizes.
  const many = JSON.parse(sizes[0]) as Record<string, number[]>;
  const result: Record<string, Measurement[]> = {};
  for (const [each, ns] of Object.entries(many)) result[each] = each === 'quadratic probe' ? ns.map(quadraticProbe) : each.startsWith('full:') ? [measure(each, 1, fullSizeCases[each.slice(5)].text())] : ns.map((n) => measure(each, n));
  process.stdout.write(JSON.stringify(result) + '\n');
} else if (name === 'quadratic probe') {
  process.stdout.write(JSON.stringify(sizes.map((s) => quadraticProbe(Number(s)))) + '\n');
} else if (name.startsWith('full:')) {
  const full = fullSizeCases[name.slice('full:'.length)];
  if (!full) throw new Error(`no full-size case named ${name}`);
  process.stdout.write(JSON.stringify([measure(name, 1, full.text())]) + '\n');
} else {
  if (!(name in scalingCases) && !name.startsWith('sample:')) throw new Error(`no case named ${name}`);
  process.stdout.write(JSON.stringify(sizes.map((s) => measure(name, Number(s)))) + '\n');
}
