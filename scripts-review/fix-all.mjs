// Applies the language server's "Fix all Entente problems that have a mechanical fix" action
// (kind source.fixAll.entente, the action fix on save runs) to a copy of a file, prints the
// action's title, the diff and the findings of `entente check` on the result.
// Usage: node scripts-review/fix-all.mjs <file>
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, cpSync, rmSync } from 'node:fs';
import { resolve, dirname, join, relative, basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node.js';
const root = resolve(new URL('..', import.meta.url).pathname);
const file = resolve(process.argv[2]);
const text = readFileSync(file, 'utf8');
const proc = spawn('node', [resolve(root, 'dist/server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
const diags = new Map();
conn.onNotification('textDocument/publishDiagnostics', (p) => diags.set(p.uri, p.diagnostics));
conn.onRequest(() => null);
conn.listen();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } } } }, workspaceFolders: null });
conn.sendNotification('initialized', {});
const uri = pathToFileURL(file).href;
conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
for (let i = 0; i < 200 && !diags.has(uri); i++) await new Promise((r) => setTimeout(r, 50));
const acts = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.entente'] } });
proc.kill();
const lines = text.split('\n');
const off = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
let out = text;
for (const a of acts ?? []) {
  console.log('action:', a.title);
  const edits = Object.values(a.edit?.changes ?? {}).flat().sort((x, y) => off(y.range.start) - off(x.range.start));
  for (const e of edits) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
}
const dir = join(root, 'scripts-review/scratch', relative(root, dirname(file)));
mkdirSync(dir, { recursive: true });
cpSync(dirname(file), dir, { recursive: true });
const copy = join(dir, '__fixall__' + basename(file));
writeFileSync(copy, out);
writeFileSync(copy + '.orig', text);
console.log(spawnSync('diff', ['-u', copy + '.orig', copy], { encoding: 'utf8' }).stdout);
console.log(spawnSync('node', [resolve(root, 'dist/cli.cjs'), 'check', copy], { cwd: root, encoding: 'utf8' }).stdout || '(no findings)');
rmSync(join(root, 'scripts-review/scratch'), { recursive: true, force: true });
process.exit(0);
