// Applies every quick fix the checker offers, one at a time, to a copy of its file, and records
// the diff, whether the finding went away and whether new findings (errors above all) appeared.
// Effect: the SARIF log does not carry a fix's declared effect, so the language server is asked
// for its `source.fixAll.entente` action (which applies only mechanical fixes): a fix whose edits
// are in that action is mechanical; any other is legal or factual.
// Records the fix's declared effect (SARIF properties.effect) beside the LSP-derived `mechanical`, and
// the fix-all action's size per file (second review). SCRATCH names the scratch folder so shards can
// run in parallel; TEMPLATES the folder of filled templates (templates-2 for the second review).
// Usage: [SCRATCH=scratch-a] [TEMPLATES=templates-2] node scripts-review/apply-fixes.mjs [files…]  (default: the review set) > out.jsonl
import { spawn, execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, cpSync, rmSync, readdirSync, statSync } from 'node:fs';
import { resolve, relative, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node.js';

const root = resolve(new URL('..', import.meta.url).pathname);
const cli = resolve(root, 'dist/cli.cjs');
const scratch = resolve(root, 'scripts-review', process.env.SCRATCH ?? 'scratch');
const templates = process.env.TEMPLATES ?? 'templates'; // inside the workspace: files outside it are not read

function walk(dir) {
  const out = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (p.endsWith('.entente')) out.push(p);
  }
  return out;
}
let files = process.argv.slice(2);
if (files.length === 0) {
  files = [
    ...readdirSync(join(root, 'test/real-instruments')).filter((f) => f.endsWith('.entente')).map((f) => join(root, 'test/real-instruments', f)),
    ...walk(join(root, 'test/probes')),
    ...readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.entente')).map((f) => join(root, 'samples', f)),
    ...readdirSync(join(root, 'scripts-review', templates)).filter((f) => f.endsWith('.entente')).map((f) => join(root, 'scripts-review', templates, f)),
  ];
}
files = files.map((f) => resolve(f));

function sarif(path) {
  const r = spawnSync('node', [cli, 'check', path, '--format', 'sarif'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(r.stdout).runs[0].results;
}
// line/col (1-based, UTF-16) -> offset
function offsetOf(text, line, col) {
  let off = 0;
  for (let l = 1; l < line; l++) { const nl = text.indexOf('\n', off); if (nl < 0) return text.length; off = nl + 1; }
  return off + col - 1;
}
function applyReplacements(text, reps) {
  const rs = reps.map((r) => {
    const d = r.deletedRegion;
    const s = offsetOf(text, d.startLine, d.startColumn ?? 1);
    const e = d.endLine !== undefined ? offsetOf(text, d.endLine, d.endColumn ?? 1) : s;
    return { s, e, t: r.insertedContent?.text ?? '' };
  }).sort((a, b) => b.s - a.s);
  for (const r of rs) text = text.slice(0, r.s) + r.t + text.slice(r.e);
  return text;
}
function key(r) { return `${r.ruleId}\u0000${r.level}\u0000${r.message.text}`; }
function multiset(results) { const m = new Map(); for (const r of results) m.set(key(r), (m.get(key(r)) ?? 0) + 1); return m; }
function diffMs(after, before) { const out = []; for (const [k, n] of after) { const b = before.get(k) ?? 0; for (let i = b; i < n; i++) out.push(k.split('\u0000')); } return out; }

// --- LSP: mechanical edits per file
const proc = spawn('node', [resolve(root, 'dist/server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
const diags = new Map();
conn.onNotification('textDocument/publishDiagnostics', (p) => diags.set(p.uri, p.diagnostics));
conn.onRequest(() => null);
conn.listen();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } } } }, workspaceFolders: null });
conn.sendNotification('initialized', {});
async function lspInfo(path, text) {
  const uri = pathToFileURL(path).href;
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
  for (let i = 0; i < 200 && !diags.has(uri); i++) await new Promise((r) => setTimeout(r, 50));
  const all = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.entente'] } });
  const mech = new Set();
  for (const a of all ?? []) for (const edits of Object.values(a.edit?.changes ?? {})) for (const e of edits) mech.add(`${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}=${e.newText}`);
  // per-diagnostic quick fixes: titles, isPreferred
  const qf = [];
  for (const d of diags.get(uri) ?? []) {
    const acts = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    for (const a of acts ?? []) qf.push({ code: d.code, title: a.title, isPreferred: a.isPreferred });
  }
  conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { mech, qf };
}

rmSync(scratch, { recursive: true, force: true });
for (const file of files) {
  const rel = relative(root, file);
  const text = readFileSync(file, 'utf8');
  const before = sarif(file);
  const withFix = before.filter((r) => r.fixes?.length);
  if (withFix.length === 0) continue;
  const { mech, qf } = await lspInfo(file, text);
  const beforeMs = multiset(before);
  // the copy lives in a mirror of the file's folder so that `use` and `of` paths resolve
  const dir = join(scratch, relative(root, dirname(file)));
  mkdirSync(dir, { recursive: true });
  cpSync(dirname(file), dir, { recursive: true });
  let n = 0;
  for (const r of withFix) {
    for (const f of r.fixes) {
      n++;
      const reps = f.artifactChanges.flatMap((c) => c.replacements);
      const after = applyReplacements(text, reps);
      const lspKeys = reps.map((x) => {
        const d = x.deletedRegion; const sl = d.startLine - 1, sc = (d.startColumn ?? 1) - 1;
        const el = (d.endLine ?? d.startLine) - 1, ec = (d.endColumn ?? d.startColumn ?? 1) - 1;
        return `${sl}:${sc}-${el}:${ec}=${x.insertedContent?.text ?? ''}`;
      });
      const mechanical = lspKeys.every((k) => mech.has(k));
      const copy = join(dir, `__fix${n}__` + file.split('/').pop());
      writeFileSync(copy, after);
      writeFileSync(copy + '.orig', text);
      const diff = spawnSync('diff', ['-u', copy + '.orig', copy], { encoding: 'utf8' }).stdout.split('\n').slice(2).join('\n');
      const res = sarif(copy);
      rmSync(copy + '.orig');
      const afterMs = multiset(res);
      const k = key(r);
      const sameBefore = beforeMs.get(k) ?? 0, sameAfter = afterMs.get(k) ?? 0;
      const ruleBefore = before.filter((x) => x.ruleId === r.ruleId).length, ruleAfter = res.filter((x) => x.ruleId === r.ruleId).length;
      const added = diffMs(afterMs, beforeMs);
      const removed = diffMs(beforeMs, afterMs);
      console.log(JSON.stringify({
        file: rel, line: r.locations?.[0]?.physicalLocation?.region?.startLine, rule: r.ruleId, level: r.level, message: r.message.text,
        title: f.description.text, effect: f.properties?.effect, mechanical, fixAllEdits: mech.size, gone: sameAfter < sameBefore, ruleBefore, ruleAfter,
        newErrors: added.filter((a) => a[1] === 'error'), newOther: added.filter((a) => a[1] !== 'error'), removed: removed.filter((x) => !(x[0] === r.ruleId && x[2] === r.message.text)),
        diff, copy: relative(scratch, copy),
      }));
      rmSync(copy);
    }
  }
}
rmSync(scratch, { recursive: true, force: true });
proc.kill();
process.exit(0);
