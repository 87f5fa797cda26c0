/**
 * Child process of bounded-work.test.ts: builds each hostile document at the sizes asked, runs
 * what an editor asks of an open document — diagnostics, then symbols, folding, colouring,
 * formatting, links, hints, and hover, completion, definition and code actions at a few
 * positions — with work counted (work-meter.ts), and prints the counts as JSON.
 *
 *   tsx test/hostile/measure-work.ts '<case name>' n1 n2 …
 */
import { readFileSync } from 'node:fs';
import { createEntenteService } from '../../server/src/language/index';
import { amplified, scalingCases } from './hostile-documents';
import { meterWork } from './work-meter';

export interface Measurement {
  readonly n: number;
  readonly characters: number;
  readonly diagnostics: number;
  readonly analysisWork: number;
  readonly featureWork: number;
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

function measure(name: string, n: number): Measurement {
  const text = documentFor(name, n);
  const service = createEntenteService();
  service.open(uri, text);
  const analysis = meterWork(() => service.diagnostics(uri));
  const diagnostics = analysis.result;
  const lines = text.split('\n').length;
  const positions = [0, Math.floor(lines / 2), lines - 2].map((line) => ({ line: Math.max(0, line), character: 3 }));
  const features = meterWork(() => {
    service.documentSymbols(uri);
    service.foldingRanges(uri);
    service.semanticTokens(uri);
    service.documentLinks(uri);
    service.format(uri, { tabSize: 2, insertSpaces: true });
    const whole = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
    service.inlayHints(uri, whole, '2027-06-01');
    service.codeLenses(uri, '2027-06-01');
    service.workspaceSymbols('Term');
    for (const position of positions) {
      service.hover(uri, position);
      service.complete(uri, position);
      service.definition(uri, position);
      service.references(uri, position, true);
      const here = { start: position, end: position };
      const at = diagnostics.filter((d) => d.range.start.line === position.line);
      service.codeActions(uri, here, at.slice(0, 5));
    }
  });
  return { n, characters: text.length, diagnostics: diagnostics.length, analysisWork: analysis.work, featureWork: features.work };
}

const [name, ...sizes] = process.argv.slice(2);
if (!(name in scalingCases) && !name.startsWith('sample:')) throw new Error(`no case named ${name}`);
process.stdout.write(JSON.stringify(sizes.map((s) => measure(name, Number(s)))) + '\n');
