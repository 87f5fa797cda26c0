// Opening a file in a 200-file workspace against the same file in a 2-file one (the file and
// the registry it uses): fresh Entente servers, taking turns. Measured: open → first
// diagnostics right after start-up (as VS Code restores an editor while the workspace is being
// indexed), the same once indexing has finished, and `references` after an edit.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateWorkspace } from './generator';
import { LspSession } from './lsp';
import { load, type Load } from './machine';
import { round, summarize, type Summary } from './stats';

export interface WorkspacePlan {
  files: number;
  samples: number;
  timeoutS: number;
}

export interface WorkspaceSide {
  files: number;
  lines: number;
  openAtStartup: Summary;
  openAfterIndexing: Summary;
  referencesAfterEdit: Summary;
  peakRssMb: number;
  /** Of the start-up samples, how many had the workspace indexed before the first diagnostics came. */
  indexedBeforeFirstDiagnostics: number;
  failures: string[];
}

export interface WorkspaceResult {
  opened: string;
  large: WorkspaceSide;
  small: WorkspaceSide;
  loadBefore: Load;
  loadAfter: Load;
  elapsedS: number;
}

export function writeWorkspaces(dir: string, files: number): { large: string; small: string; opened: string; lines: { large: number; small: number } } {
  const { files: all, opened } = generateWorkspace(files);
  const large = join(dir, `workspace-${files}`);
  const small = join(dir, 'workspace-2');
  for (const root of [large, small]) rmSync(root, { recursive: true, force: true });
  const write = (root: string, path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (const file of all) write(large, file.path, file.text);
  for (const file of all.filter((f) => f.path === opened || f.path === 'registry/partners.entente')) write(small, file.path, file.text);
  const count = (texts: string[]) => texts.reduce((n, t) => n + t.split('\n').length, 0);
  return {
    large,
    small,
    opened,
    lines: { large: count(all.map((f) => f.text)), small: count(all.filter((f) => f.path === opened || f.path === 'registry/partners.entente').map((f) => f.text)) },
  };
}

export async function runWorkspace(plan: WorkspacePlan, dir: string, log: (line: string) => void): Promise<WorkspaceResult> {
  const loadBefore = load();
  const started = performance.now();
  const { large, small, opened, lines } = writeWorkspaces(dir, plan.files);
  const timeout = plan.timeoutS * 1000;
  const sides = [
    { root: large, files: plan.files, lines: lines.large, startup: [] as number[], indexed: [] as number[], references: [] as number[], rss: [] as number[], failures: [] as string[], indexedFirst: 0 },
    { root: small, files: 2, lines: lines.small, startup: [] as number[], indexed: [] as number[], references: [] as number[], rss: [] as number[], failures: [] as string[], indexedFirst: 0 },
  ];
  for (let i = 0; i < plan.samples; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      log(`  ${side.files}-file workspace, sample ${i + 1}/${plan.samples}`);
      const path = join(side.root, opened);
      const uri = pathToFileURL(path).href;
      const text = readFileSync(path, 'utf8');
      const session = await LspSession.start('entente', { settings: { entente: {} }, workspaceFolders: [side.root] });
      try {
        // Open as soon as the client is initialized, as VS Code does when it restores an editor.
        let sent = performance.now();
        let first = session.waitDiagnostics((p) => p.uri === uri, timeout);
        await session.open(uri, text, 1);
        let published = await first;
        if (published) side.startup.push(published.at - sent);
        // Whether the indexer had finished first: if not, this sample did not pay for the workspace.
        if (!published) side.failures.push(`no diagnostics within ${plan.timeoutS} s of opening at start-up`);
        else if (session.progressEnded > 0) side.indexedFirst++;
        // Once indexing has ended: close and open again.
        if (!(await session.progressDone(1, timeout))) side.failures.push('indexing did not end');
        await sleep(500);
        await session.close(uri);
        await sleep(300);
        sent = performance.now();
        first = session.waitDiagnostics((p) => p.uri === uri && p.version === 2, timeout);
        await session.open(uri, text, 2);
        published = await first;
        if (published) side.indexed.push(published.at - sent);
        else side.failures.push(`no diagnostics within ${plan.timeoutS} s of opening after indexing`);
        // An edit (a comment line at the top), then find the references of the first participant.
        const edited = session.waitDiagnostics((p) => p.uri === uri && p.version === 3, timeout);
        await session.change(uri, 3, { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// reviewed\n' }, () => `// reviewed\n${text}`);
        await edited;
        const participantLine = text.split('\n').findIndex((l) => l.startsWith('participant '));
        const references = await session.request<unknown[]>(
          'textDocument/references',
          { textDocument: { uri }, position: { line: participantLine + 1, character: 'participant '.length }, context: { includeDeclaration: true } },
          timeout,
        );
        if (references.result) side.references.push(references.ms);
        else side.failures.push(`references: ${references.error ?? `timed out after ${references.timedOutAfterS} s`}`);
      } finally {
        const rss = session.peakRssMb();
        if (rss !== undefined) side.rss.push(rss);
        await session.stop();
      }
    }
  }
  const result = (side: (typeof sides)[number]): WorkspaceSide => ({
    files: side.files,
    lines: side.lines,
    openAtStartup: summarize(side.startup),
    openAfterIndexing: summarize(side.indexed),
    referencesAfterEdit: summarize(side.references),
    peakRssMb: Math.max(...side.rss),
    indexedBeforeFirstDiagnostics: side.indexedFirst,
    failures: side.failures,
  });
  return { opened, large: result(sides[0]), small: result(sides[1]), loadBefore, loadAfter: load(), elapsedS: round((performance.now() - started) / 1000, 1) };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
