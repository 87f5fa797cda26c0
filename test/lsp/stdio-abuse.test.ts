/**
 * LSP abuse over stdio (issue 12 item 6): junk params for every method the server advertises
 * (the list is generated from the capabilities it returns), unknown and prototype-named
 * commands, out-of-range positions, out-of-order and repeated versions, a burst of 1,000
 * changes and cancellation. Every answer is what the specification says — a result, or
 * InvalidParams (-32602) with a message for people, or RequestCancelled (-32800) — never an
 * InternalError or a JavaScript error text; the server stays alive, and its diagnostics
 * afterwards equal the command line's on the same text.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, ServerCapabilities } from 'vscode-languageserver-protocol';
import { initializeParams, javascriptErrorText, RawClient, type Response } from './raw-client';
import { repoRoot } from './server-process';

const InvalidRequest = -32600;
const MethodNotFound = -32601;
const InvalidParams = -32602;
const InternalError = -32603;
const RequestCancelled = -32800;

const documentText = `memorandum "MoU between CERT-EE and NCSC-FI" {
  status non-binding
  signed at "Tallinn" on 2027-03-01
  effect on signature
}
participant EE "Estonia" { contact Desk "Desk" available 24/7 email "desk@cert.ee" }
participant FI "Finland"
define "Incident" means "an event that compromises a system"
channel Intel between EE, FI, SE {
  carries indicators
  marking TLP:AMBER
}
clause Notes """
  The Participants will share "Threat Data" on the "Sharing Platform".
"""
`;

type Params = Record<string, unknown>;

/**
 * Every request method a capability stands for, with well-formed params. A capability missing
 * here fails the test: whoever adds a feature adds its abuse.
 */
function advertisedRequests(capabilities: ServerCapabilities, uri: string): { method: string; params: Params }[] {
  const textDocument = { uri };
  const position = { line: 1, character: 3 };
  const range = { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } };
  const requests: { method: string; params: Params }[] = [];
  const add = (method: string, params: Params) => requests.push({ method, params });
  const unresolved: string[] = [];
  for (const [name, value] of Object.entries(capabilities) as [string, unknown][]) {
    if (value === undefined || value === false || value === null) continue;
    const options = typeof value === 'object' ? (value as Record<string, unknown>) : {};
    if (options.resolveProvider === true) unresolved.push(name);
    switch (name) {
      case 'textDocumentSync':
        if (options.willSaveWaitUntil === true) add('textDocument/willSaveWaitUntil', { textDocument, reason: 1 });
        break;
      case 'completionProvider':
        add('textDocument/completion', { textDocument, position, context: { triggerKind: 1 } });
        break;
      case 'hoverProvider':
        add('textDocument/hover', { textDocument, position });
        break;
      case 'definitionProvider':
        add('textDocument/definition', { textDocument, position });
        break;
      case 'referencesProvider':
        add('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
        break;
      case 'documentHighlightProvider':
        add('textDocument/documentHighlight', { textDocument, position });
        break;
      case 'renameProvider':
        add('textDocument/rename', { textDocument, position: { line: 5, character: 12 }, newName: 'Estonia2' });
        if (options.prepareProvider === true) add('textDocument/prepareRename', { textDocument, position: { line: 5, character: 12 } });
        break;
      case 'documentSymbolProvider':
        add('textDocument/documentSymbol', { textDocument });
        break;
      case 'workspaceSymbolProvider':
        add('workspace/symbol', { query: 'E' });
        break;
      case 'foldingRangeProvider':
        add('textDocument/foldingRange', { textDocument });
        break;
      case 'semanticTokensProvider':
        if (options.full) add('textDocument/semanticTokens/full', { textDocument });
        if (typeof options.full === 'object' && (options.full as { delta?: boolean }).delta) add('textDocument/semanticTokens/full/delta', { textDocument, previousResultId: '1' });
        if (options.range) add('textDocument/semanticTokens/range', { textDocument, range });
        break;
      case 'documentLinkProvider':
        add('textDocument/documentLink', { textDocument });
        break;
      case 'documentFormattingProvider':
        add('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
        break;
      case 'documentRangeFormattingProvider':
        add('textDocument/rangeFormatting', { textDocument, range, options: { tabSize: 2, insertSpaces: true } });
        break;
      case 'codeActionProvider':
        add('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } });
        break;
      case 'inlayHintProvider':
        add('textDocument/inlayHint', { textDocument, range });
        break;
      case 'codeLensProvider':
        add('textDocument/codeLens', { textDocument });
        break;
      case 'executeCommandProvider':
        for (const command of (options.commands as string[]) ?? []) add('workspace/executeCommand', { command, arguments: [{ uri, format: 'markdown', id: 'bilateral-mou', values: {} }] });
        break;
      default:
        assert.fail(`capability ${name} has no abuse cases: add its methods to advertisedRequests`);
    }
  }
  assert.deepEqual(unresolved, [], 'resolve requests are advertised: add them to advertisedRequests');
  return requests;
}

const junkValues: unknown[] = [null, 42, -1, 1.5, 1e300, 'junk', true, [], [1, 2], {}, { a: 1 }];
const junkPositions: unknown[] = [
  { line: -1, character: 0 },
  { line: 0, character: -5 },
  { line: 1.5, character: 0 },
  { line: '1', character: 0 },
  { line: 1e300, character: 0 },
  { line: 2 ** 31, character: 0 },
  { line: 0 },
  { character: 0 },
  null,
];
/** Well-formed but far outside the document: answered, not refused. */
const farPositions: unknown[] = [
  { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
  { line: 10_000, character: 0 },
  { line: 1, character: 10_000 },
];

/** Variants of well-formed params: each field, and each position, replaced by junk. */
function junkVariants(params: Params, openUri: string): { label: string; params: unknown; omit?: boolean }[] {
  const variants: { label: string; params: unknown; omit?: boolean }[] = [{ label: 'no params', params: undefined, omit: true }];
  for (const whole of junkValues) variants.push({ label: `params ${JSON.stringify(whole)}`, params: whole });
  for (const key of Object.keys(params)) {
    for (const value of [...junkValues, undefined]) variants.push({ label: `${key}: ${JSON.stringify(value)}`, params: { ...params, [key]: value } });
  }
  if ('textDocument' in params) {
    for (const textDocument of [{ uri: 42 }, { uri: '' }, { uri: null }, { url: openUri }, { uri: 'file:///not/open.entente' }, { uri: 'untitled:Untitled-1' }, { uri: 'x'.repeat(100_000) }]) {
      variants.push({ label: `textDocument ${JSON.stringify(textDocument).slice(0, 40)}`, params: { ...params, textDocument } });
    }
  }
  for (const key of ['position', 'range'] as const) {
    if (!(key in params)) continue;
    for (const p of [...junkPositions, ...farPositions]) {
      const value = key === 'position' ? p : { start: { line: 0, character: 0 }, end: p };
      variants.push({ label: `${key} ${JSON.stringify(value)}`, params: { ...params, [key]: value } });
    }
    if (key === 'range') variants.push({ label: 'range inverted', params: { ...params, range: { start: { line: 9, character: 0 }, end: { line: 0, character: 0 } } } });
  }
  return variants;
}

/** Whether an answer is one the specification allows for `method`, with a message for people. */
function assertSpecAnswer(method: string, label: string, response: Response): void {
  const where = `${method} with ${label}: ${JSON.stringify(response).slice(0, 300)}`;
  if (!response.error) return;
  const { code, message } = response.error;
  assert.notEqual(code, InternalError, where);
  assert.notEqual(code, MethodNotFound, where);
  // Rename refusals ("keywords cannot be renamed") are InvalidRequest by design; the rest InvalidParams.
  assert.ok(code === InvalidParams || (code === InvalidRequest && /rename/i.test(method)), where);
  assert.doesNotMatch(message, javascriptErrorText, where);
  assert.ok(message.length > 10 && message.length < 600, `a short message for people: ${where}`);
}

/** The command line's diagnostics of a text: what the server must publish for the same text. */
function cliDiagnostics(text: string): { code: string; range: Diagnostic['range']; severity: string; message: string }[] {
  const folder = mkdtempSync(join(tmpdir(), 'entente-abuse-'));
  try {
    const file = join(folder, 'doc.entente');
    writeFileSync(file, text);
    writeFileSync(join(folder, 'empty.json'), '{}');
    const run = spawnSync(process.execPath, [join(repoRoot, 'dist/cli.cjs'), 'check', file, '--format', 'json', '--config', join(folder, 'empty.json')], { cwd: folder, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    return JSON.parse(run.stdout);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const severityNames = ['', 'error', 'warning', 'info', 'hint'];

function assertSameAsCli(published: Diagnostic[], text: string): void {
  const fromServer = published.map((d) => ({ code: String(d.code), range: d.range, severity: severityNames[d.severity ?? 0], message: d.message.replace(/ \((MC|CF)\d\d\)$/, '') }));
  const fromCli = cliDiagnostics(text).map(({ code, range, severity, message }) => ({ code, range, severity, message }));
  assert.deepEqual(fromServer, fromCli);
}

describe('LSP abuse over stdio', function () {
  this.timeout(60_000);
  let client: RawClient;
  let capabilities: ServerCapabilities;
  const uri = 'file:///virtual/abuse/doc.entente';

  before(async () => {
    client = new RawClient({});
    const init = await client.request('initialize', initializeParams());
    capabilities = (init.result as { capabilities: ServerCapabilities }).capabilities;
    client.notify('initialized', {});
    const opened = client.diagnostics((p) => p.uri === uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text: documentText } });
    await opened;
  });

  after(() => client?.kill());

  it('answers junk params for every advertised method as the specification says', async () => {
    const requests = advertisedRequests(capabilities, uri);
    assert.ok(requests.length >= 18, `only ${requests.length} methods generated from the capabilities`);
    let sent = 0;
    for (const { method, params } of requests) {
      const valid = await client.request(method, params);
      assertSpecAnswer(method, 'valid params', valid);
      const pending = junkVariants(params, uri).map((variant) => ({ variant, response: variant.omit ? client.request(method) : client.request(method, variant.params) }));
      for (const { variant, response } of pending) assertSpecAnswer(method, variant.label, await response);
      sent += pending.length + 1;
    }
    assert.ok(sent > 500, `${sent} requests`);
    assert.deepEqual(client.stderr.filter((s) => /failed/.test(s)), [], 'no handler failed');
  });

  it('refuses unknown and prototype-named commands in words, never reaching an object prototype', async () => {
    for (const command of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'entente.noSuchCommand', '', 'x'.repeat(10_000)]) {
      const { error, result } = await client.request('workspace/executeCommand', { command, arguments: [1, 2] });
      assert.equal(result, undefined, `${command.slice(0, 20)} answered ${JSON.stringify(result)}`);
      assert.equal(error?.code, InvalidParams, command.slice(0, 20));
      assert.match(error!.message, /unknown command/);
      assert.ok(error!.message.length < 300, 'a long name is not echoed whole');
    }
    for (const template of ['constructor', '__proto__', 'toString']) {
      const { error } = await client.request('workspace/executeCommand', { command: 'entente.instantiateTemplate', arguments: [{ id: template, values: { __proto__: 'x' } }] });
      assert.equal(error?.code, InvalidParams);
      assert.match(error!.message, /unknown template/);
    }
  });

  it('cancels a slow request that has not started, answers the running one, and keeps order', async () => {
    // Two large documents whose first analysis takes a while; code actions force it.
    const big = (tag: string) => {
      const parts = ['memorandum "Large" {\n  status non-binding\n}\n'];
      for (let i = 0; i < 300; i++) parts.push(`participant ${tag}${i} "Party ${i}"\nchannel C${tag}${i} between ${tag}${i}, Q${i} {\n  carries indicators\n}\nclause K${tag}${i} """\n  They share "Threat Data ${i}".\n"""\n`);
      return parts.join('');
    };
    const uris = ['file:///virtual/abuse/large-a.entente', 'file:///virtual/abuse/large-b.entente'];
    uris.forEach((u, i) => client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'entente', version: 1, text: big(i === 0 ? 'A' : 'B') } }));
    const whole = { start: { line: 0, character: 0 }, end: { line: 5000, character: 0 } };
    const order: string[] = [];
    const track = (name: string, sent: { id: number; response: Promise<Response> }) => ({ id: sent.id, response: sent.response.then((r) => (order.push(name), r)) });
    const running = track('running', client.send('textDocument/codeAction', { textDocument: { uri: uris[0] }, range: whole, context: { diagnostics: [] } }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Sent while the server is busy with the first: read only when it is done, all together.
    const queuedSlow = track('queued-slow', client.send('textDocument/codeAction', { textDocument: { uri: uris[1] }, range: whole, context: { diagnostics: [] } }));
    const queuedHover = track('queued-hover', client.send('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 13 } }));
    const after = track('after', client.send('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 13 } }));
    client.notify('$/cancelRequest', { id: queuedSlow.id });
    client.notify('$/cancelRequest', { id: queuedHover.id });
    client.notify('$/cancelRequest', { id: running.id });
    client.notify('$/cancelRequest', { id: 99_999 });
    const [first, slow, hover, last] = await Promise.all([running.response, queuedSlow.response, queuedHover.response, after.response]);
    // The first ran to its end before the server could read its cancellation: a result is the
    // answer the specification allows then ("the server may still return the result").
    assert.ok(Array.isArray(first.result) || first.error?.code === RequestCancelled, JSON.stringify(first).slice(0, 200));
    assert.equal(slow.error?.code, RequestCancelled, 'the slow request cancelled before it started never ran');
    assert.equal(hover.error?.code, RequestCancelled);
    assert.equal(last.error, undefined);
    assert.ok(last.result, 'the request after the cancelled ones is answered normally');
    // The queued requests are answered in the order they came. The running one may end before
    // or after them: a long request runs in slices and lets hovers through (never blocked), so
    // on a loaded machine the last hover can overtake it.
    const queued = order.filter((name) => name !== 'running');
    assert.deepEqual(queued, ['queued-slow', 'queued-hover', 'after'], `answers in order: ${order.join(', ')}`);
    uris.forEach((u) => client.notify('textDocument/didClose', { textDocument: { uri: u } }));
  });

  it('keeps the text right through out-of-order versions, junk changes and unopened documents', async () => {
    const edits: unknown[] = [
      { textDocument: { uri, version: 7 }, contentChanges: [{ text: documentText }] },
      { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 6, character: 999 }, end: { line: 6, character: 999 } }, text: ' {\n  jurisdiction FI\n}' }] },
      { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } }, text: 'GARBAGE' }] },
      { textDocument: { uri, version: 8 }, contentChanges: [{ text: 'lost' }, { range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] },
      { textDocument: { uri, version: 9 }, contentChanges: null },
      { textDocument: { uri: 'file:///virtual/abuse/never-opened.entente', version: 2 }, contentChanges: [{ text: 'participant XX' }] },
      { textDocument: { uri, version: 9 }, contentChanges: [{ range: { start: { line: 100_000, character: 0 }, end: { line: 100_000, character: 0 } }, text: 'body Board members EE, FI meets every 6 months\n' }] },
    ];
    for (const params of edits) client.notify('textDocument/didChange', params);
    client.notify('textDocument/didClose', { textDocument: { uri: 'file:///virtual/abuse/never-opened.entente' } });
    const expected = documentText.replace('participant FI "Finland"', 'participant FI "Finland" {\n  jurisdiction FI\n}') + 'body Board members EE, FI meets every 6 months\n';
    // The marker edit: its publication is for the text above plus a comment line.
    const final = `${expected}// checked\n`;
    const published = client.diagnostics((p) => p.uri === uri && p.version === 10);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 10 }, contentChanges: [{ range: { start: { line: 1_000, character: 0 }, end: { line: 1_000, character: 0 } }, text: '// checked\n' }] });
    assertSameAsCli((await published).diagnostics, final);
    assert.deepEqual((await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///virtual/abuse/never-opened.entente' } })).result, []);
  });

  it('absorbs a burst of 1,000 changes: one computation for the last text, the same as the command line', async () => {
    const burstUri = 'file:///virtual/abuse/burst.entente';
    client.notify('textDocument/didOpen', { textDocument: { uri: burstUri, languageId: 'entente', version: 1, text: '' } });
    const typed = documentText.repeat(3).slice(0, 1000);
    let line = 0;
    let character = 0;
    for (let i = 0; i < typed.length; i++) {
      client.notify('textDocument/didChange', { textDocument: { uri: burstUri, version: i + 2 }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: typed[i] }] });
      if (typed[i] === '\n') [line, character] = [line + 1, 0];
      else character++;
    }
    const last = await client.diagnostics((p) => p.uri === burstUri && p.version === typed.length + 1);
    const publications = client.published.filter((p) => p.uri === burstUri);
    assert.ok(publications.length <= 3, `${publications.length} publications for one burst`);
    assertSameAsCli(last.diagnostics, typed);
  });

  it('is alive and well afterwards, and shuts down cleanly', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 13 } });
    assert.equal(hover.error, undefined);
    assert.ok(hover.result);
    assert.equal(client.process.exitCode, null);
    assert.equal((await client.request('shutdown')).result, null);
    client.notify('exit');
    assert.equal(await client.exited, 0);
  });
});
