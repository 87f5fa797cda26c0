/**
 * The clause library in the server: built-in clauses plus the team folders from the settings,
 * loaded by the host loader. Problems in library files are published as diagnostics on those
 * files (so the Problems panel points at the broken line); problems that are not about a
 * library file (a folder that does not exist) are returned for a warning message.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { libraryFileSuffix, loadLibrary } from '../host/library-folders';
import type { ReadBoundary } from '../host/node-files';
import type { EntenteService } from '../language';

export class LibraryHost {
  private publishedFiles: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly service: EntenteService,
  ) {}

  /**
   * (Re)loads the library; returns the messages that have no file to be shown on. Only folders
   * inside the workspace folders are read (`boundary`): one outside gets a message and nothing
   * else, whoever set it — add its folder to the workspace to use it.
   */
  reload(folders: readonly string[], workspaceFolders: readonly string[], boundary: ReadBoundary): string[] {
    const base = workspaceFolders.find((f) => f.startsWith('file:'));
    const messages: string[] = [];
    const absolute: string[] = [];
    for (const folder of folders) {
      if (isAbsolute(folder)) absolute.push(folder);
      else if (base) absolute.push(resolve(fileURLToPath(base), folder));
      else messages.push(`library folder "${folder}" is relative but there is no workspace folder; ignored`);
    }
    const library = loadLibrary(absolute, boundary);
    this.service.setLibrary(library);

    const byFile = new Map<string, Diagnostic[]>();
    for (const problem of library.problems) {
      if (!problem.file.endsWith(libraryFileSuffix)) {
        messages.push(`${problem.file}: ${problem.message}`);
        continue;
      }
      const uri = pathToFileURL(problem.file).href;
      const line = Math.max(0, problem.line - 1);
      const list = byFile.get(uri) ?? [];
      list.push({ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, severity: DiagnosticSeverity.Warning, source: 'entente', code: 'library-file', message: problem.message });
      byFile.set(uri, list);
    }
    for (const uri of this.publishedFiles) if (!byFile.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byFile) void this.connection.sendDiagnostics({ uri, diagnostics });
    this.publishedFiles = [...byFile.keys()];
    return messages;
  }
}
