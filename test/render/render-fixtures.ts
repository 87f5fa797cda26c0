/**
 * The instruments the rendering tests render: every sample (with the registry and parent files
 * they use, read from disk as the command line reads them), every template filled with its sample
 * values, and the real instruments transcribed from public treaty texts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createEntenteService, instantiateTemplate, listTemplates, sampleValues, type EntenteService, type RenderFormat } from '../../server/src/language';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const samplesDir = join(repoRoot, 'samples');
export const goldenDir = join(repoRoot, 'test/render/golden');

export const sampleNames: readonly string[] = readdirSync(samplesDir).filter((f) => f.endsWith('.entente')).sort();
const realDir = join(repoRoot, 'test/real-instruments');
export const realInstrumentNames: readonly string[] = readdirSync(realDir).filter((f) => f.endsWith('.entente')).sort();

export function diskService(): EntenteService {
  return createEntenteService({ readFile: (uri) => {
    const path = fileURLToPath(uri);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  } });
}

export interface Opened {
  readonly service: EntenteService;
  readonly uri: string;
  readonly name: string;
}

export function openFile(path: string, name = path): Opened {
  const service = diskService();
  const uri = pathToFileURL(path).href;
  service.open(uri, readFileSync(path, 'utf8'));
  return { service, uri, name };
}

export const openSample = (name: string): Opened => openFile(join(samplesDir, name), name);
export const openRealInstrument = (name: string): Opened => openFile(join(realDir, name), `real-instruments/${name}`);

/** Every template, filled with its sample values, as an untitled document. */
export function openTemplates(): Opened[] {
  return listTemplates().map((t) => {
    const service = diskService();
    const uri = `untitled:${t.id}.entente`;
    service.open(uri, instantiateTemplate(t.id, sampleValues(t))!.text);
    return { service, uri, name: `template ${t.id}` };
  });
}

type ExportFormat = 'markdown' | 'html' | 'akn';

/** Exports of the files `open` opens, each rendered once per format and kept for the tests of a run (rendering is the slow part). */
export function keptExports(open: (file: string) => Opened): (name: string, format?: ExportFormat) => string {
  const exports = new Map<string, string>();
  return (name, format = 'markdown') => {
    const key = `${name}.${format}`;
    let text = exports.get(key);
    if (text === undefined) {
      const { service, uri } = open(`${name}.entente`);
      text = service.render(uri, format);
      if (text === undefined) throw new Error(`${name}: no ${format} rendering`);
      exports.set(key, text);
    }
    return text;
  };
}

/** A real transcription rendered in a format, kept for the tests of a run. */
export const exportedRealInstrument = keptExports(openRealInstrument);

/**
 * A bilateral Estonia–Finland agreement with one channel `Intel` carrying threat assessments, whose
 * remaining lines are `channelLines` (each indented two spaces, ending in a newline): the smallest
 * text a test of one generated channel sentence needs.
 */
export function estoniaFinlandAgreement(channelLines: string, kind: 'treaty' | 'memorandum' = 'treaty'): string {
  return `${kind} "Agreement between Estonia and Finland on the Exchange of Information" {
  status ${kind === 'treaty' ? 'binding' : 'non-binding'}
  languages English authentic
}
party EE "the Republic of Estonia" {
  kind state
}
party FI "the Republic of Finland" {
  kind state
}
channel Intel between EE, FI {
  carries threat-assessments
${channelLines}}
`;
}

/** The Estonia–Finland agreement whose channel shares onward under `rule` (after an optional marking line). */
export const onwardSharingAgreement = (rule: string, marking = ''): string => estoniaFinlandAgreement(`${marking}  onward sharing ${rule}\n`);

/** The address at which `openedAgreement` opens its text. */
export const agreementUri = 'file:///t/agreement.entente';

/** A service with `text` open at `agreementUri` and no other file readable. */
export function openedAgreement(text: string): EntenteService {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(agreementUri, text);
  return service;
}

/** The export of one instrument written in the test, alone in a fresh service ('' where it renders nothing). */
export function renderText(text: string, format: RenderFormat = 'markdown'): string {
  const service = createEntenteService();
  service.open('file:///t.entente', text);
  return service.render('file:///t.entente', format) ?? '';
}

/**
 * A concluded treaty between two States (signed on a past date, consent by signature) around `body`:
 * the frame the concluded-definitions tests put their articles and `define`s in.
 */
export function concludedTreaty(body: string, title = 'Convention on Things', signed = 'at "Paris" on 1992-09-22'): string {
  return `treaty "${title}" {
  status binding
  languages English authentic
  signed ${signed}
  consent by signature
  effect on signature
  duration indefinite
}

party A "State A"
party B "State B"

${body}`;
}
