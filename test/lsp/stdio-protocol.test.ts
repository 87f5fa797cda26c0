/**
 * The language server over stdio, as an editor sees it: capabilities, diagnostics on open and
 * change (debounced, latest version only, dependents re-published), every advertised request
 * on every sample, bad requests answered while the server stays alive, and a clean exit.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, ServerCapabilities, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { initialize, repoRoot, shutdown, startServer, type ServerUnderTest } from './server-process';

const samplesDir = join(repoRoot, 'samples');

function samples(dir = samplesDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? samples(path) : name.endsWith('.entente') ? [path] : [];
  });
}

/** The capabilities issue #4 asks for; each must be advertised and answered. */
const expectedCapabilities: (keyof ServerCapabilities)[] = [
  'textDocumentSync',
  'completionProvider',
  'hoverProvider',
  'definitionProvider',
  'referencesProvider',
  'renameProvider',
  'documentSymbolProvider',
  'workspaceSymbolProvider',
  'foldingRangeProvider',
  'semanticTokensProvider',
  'documentLinkProvider',
  'documentHighlightProvider',
  'documentFormattingProvider',
  'documentRangeFormattingProvider',
  'codeActionProvider',
  'inlayHintProvider',
  'codeLensProvider',
  'executeCommandProvider',
];

describe('language server over stdio', function () {
  this.timeout(60_000);
  let server: ServerUnderTest;
  let capabilities: ServerCapabilities;
  const texts = new Map<string, string>();
  const published = new Map<string, Diagnostic[]>();

  before(async () => {
    server = startServer({ profile: 'default' });
    const result = await initialize(server, [samplesDir], { docsBase: 'file:///installed/entente/docs' });
    capabilities = result.capabilities;
  });

  after(() => {
    if (server && server.process.exitCode === null) server.process.kill();
  });

  it('advertises every feature of issue #4', () => {
    const missing = expectedCapabilities.filter((c) => !capabilities[c]);
    assert.deepEqual(missing, [], `capabilities not advertised: ${missing.join(', ')}`);
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.ok((capabilities.executeCommandProvider?.commands ?? []).includes('entente.render'));
    const actionKinds = (capabilities.codeActionProvider as { codeActionKinds?: string[] }).codeActionKinds ?? [];
    assert.ok(actionKinds.includes('quickfix') && actionKinds.includes('source.fixAll.entente'));
  });

  it('indexes the workspace folder: symbols of files never opened are found', async () => {
    const deadline = Date.now() + 10_000;
    let found: { location: { uri: string } }[] = [];
    while (Date.now() < deadline) {
      found = await server.connection.sendRequest('workspace/symbol', { query: '' });
      if (found.some((s) => s.location.uri.endsWith('registry/partners.entente'))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(found.some((s) => s.location.uri.endsWith('registry/partners.entente')), 'no symbol from samples/registry/partners.entente');
    while (!server.progress.includes('end') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(server.progress[0], 'begin Entente: indexing');
    assert.equal(server.progress.at(-1), 'end');
  });

  it('publishes diagnostics for every sample with code, rule link and mapped severity', async () => {
    for (const file of samples()) {
      const uri = pathToFileURL(file).href;
      const text = readFileSync(file, 'utf8');
      texts.set(uri, text);
      const waiting = server.diagnostics(uri);
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
      const params = await waiting;
      assert.equal(params.version, 1);
      published.set(uri, params.diagnostics);
      for (const d of params.diagnostics) {
        assert.equal(typeof d.code, 'string', `${file}: diagnostic without code`);
        assert.equal(d.codeDescription?.href, `file:///installed/entente/docs/rules.md#${d.code}`);
        assert.ok(d.severity && d.severity >= 1 && d.severity <= 4);
        assert.deepEqual(d.data, { code: d.code, uri });
      }
    }
    const reviewMe = [...published].find(([uri]) => uri.endsWith('review-me.entente'));
    assert.ok(reviewMe && reviewMe[1].length > 0, 'review-me.entente is meant to show findings');
  });

  it('answers every advertised request on every sample without error', async () => {
    const c = server.connection;
    const has = (name: keyof ServerCapabilities) => Boolean(capabilities[name]);
    const ask = async <R>(name: keyof ServerCapabilities, method: string, params: unknown): Promise<R | undefined> =>
      has(name) ? ((await c.sendRequest(method, params)) as R) : undefined;
    for (const [uri, text] of texts) {
      const textDocument = { uri };
      const lines = text.split(/\r?\n/);
      const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
      const symbols = await ask<unknown[]>('documentSymbolProvider', 'textDocument/documentSymbol', { textDocument });
      if (symbols) assert.ok(symbols.length > 0, `${uri}: empty outline`);
      await ask('foldingRangeProvider', 'textDocument/foldingRange', { textDocument });
      const tokens = await ask<{ data: number[] }>('semanticTokensProvider', 'textDocument/semanticTokens/full', { textDocument });
      if (tokens) assert.equal(tokens.data.length % 5, 0);
      await ask('documentLinkProvider', 'textDocument/documentLink', { textDocument });
      const options = { tabSize: 2, insertSpaces: true };
      await ask('documentFormattingProvider', 'textDocument/formatting', { textDocument, options });
      await ask('documentRangeFormattingProvider', 'textDocument/rangeFormatting', { textDocument, range: whole, options });
      await ask('inlayHintProvider', 'textDocument/inlayHint', { textDocument, range: whole });
      await ask('codeLensProvider', 'textDocument/codeLens', { textDocument });
      const diagnostics = published.get(uri) ?? [];
      await ask('codeActionProvider', 'textDocument/codeAction', { textDocument, range: whole, context: { diagnostics } });
      await ask('codeActionProvider', 'textDocument/codeAction', { textDocument, range: whole, context: { diagnostics, only: ['source.fixAll.entente'] } });
      const markdown: string = await c.sendRequest('workspace/executeCommand', { command: 'entente.render', arguments: [{ uri, format: 'markdown' }] });
      assert.match(markdown, /^(> \*\*DRAFT — .*\*\*\n\n)?# /);
      const html: string = await c.sendRequest('workspace/executeCommand', { command: 'entente.render', arguments: [{ uri, format: 'html' }] });
      assert.match(html, /^<!DOCTYPE html>/);

      let renamed = 0;
      for (const position of wordStarts(lines, 60)) {
        const at = { textDocument, position };
        await ask('hoverProvider', 'textDocument/hover', at);
        await ask('definitionProvider', 'textDocument/definition', at);
        await ask('referencesProvider', 'textDocument/references', { ...at, context: { includeDeclaration: true } });
        await ask('documentHighlightProvider', 'textDocument/documentHighlight', at);
        await ask('completionProvider', 'textDocument/completion', at);
        if (!has('renameProvider')) continue;
        // A refusal ("keywords cannot be renamed") is an answer, shown to the drafter.
        const target = await c.sendRequest('textDocument/prepareRename', at).catch((e: { code: number }) => assert.equal(e.code, -32600));
        if (target && renamed < 3) {
          const edit: { changes: Record<string, unknown[]> } = await c.sendRequest('textDocument/rename', { ...at, newName: 'Renamed' });
          assert.ok(Object.keys(edit.changes).length > 0);
          renamed++;
        }
      }
    }
    assert.deepEqual(server.stderr.filter((s) => /failed/.test(s)), [], 'the server logged failures');
  });

  it('applies a quick fix through an edit and re-publishes without the finding', async () => {
    const [uri, text] = [...texts].find(([u]) => u.endsWith('review-me.entente'))!;
    const diagnostics = published.get(uri)!;
    const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
    const actions: CodeAction[] = await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics, only: ['quickfix'] } });
    const fix = actions.find((a) => a.isPreferred && a.diagnostics?.length === 1 && Object.keys(a.edit?.changes ?? {}).join() === uri);
    assert.ok(fix, 'no preferred single-file quick fix in review-me.entente');
    const code = fix.diagnostics![0].code;
    const before = diagnostics.filter((d) => d.code === code).length;
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'entente', 1, text), fix.edit!.changes![uri]);
    const waiting = server.diagnostics(uri, (p) => p.version === 2);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = (await waiting).diagnostics;
    assert.equal(after.filter((d) => d.code === code).length, before - 1, `"${fix.title}" did not clear one ${code}`);
    assert.ok(!after.some((d) => d.code === 'syntax-error'), 'the fix introduced a syntax error');
  });

  it('lists the templates and fills one in, as text or with tab stops', async () => {
    const c = server.connection;
    const templates: { id: string; placeholders: { name: string; sample: string }[] }[] = await c.sendRequest('workspace/executeCommand', { command: 'entente.listTemplates', arguments: [] });
    assert.ok(templates.length > 0 && templates.every((t) => typeof t.id === 'string' && Array.isArray(t.placeholders)));
    const [first] = templates;
    const values = Object.fromEntries(first.placeholders.map((p) => [p.name, p.sample]));
    const text: string = await c.sendRequest('workspace/executeCommand', { command: 'entente.instantiateTemplate', arguments: [{ id: first.id, values }] });
    assert.ok(first.placeholders.every((p) => text.includes(p.sample)), text);
    assert.doesNotMatch(text, /\{\{/);
    const snippet: string = await c.sendRequest('workspace/executeCommand', { command: 'entente.instantiateTemplate', arguments: [{ id: first.id, values: {}, snippet: true }] });
    assert.match(snippet, /\$\{1:/);
  });

  it('follows §Name: rename updates the citation, hover gives its number, completion after § offers the provisions', async () => {
    const c = server.connection;
    const [uri, text] = [...texts].find(([u]) => u.endsWith('ee-fi-exchange-of-notes.entente'))!;
    const lines = text.split(/\r?\n/);
    const line = lines.findIndex((l) => l.includes('governed by §Liability'));
    const character = lines[line].indexOf('§Liability') + 1;
    const edit: { changes: Record<string, TextEdit[]> } = await c.sendRequest('textDocument/rename', { textDocument: { uri }, position: { line, character: character + 2 }, newName: 'Claims' });
    const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'entente', 1, text), edit.changes[uri]);
    assert.match(renamed, /governed by §Claims\./);
    assert.match(renamed, /^clause Claims "Claims" about liability/m);
    // The comment at the head of the sample mentions `§Liability`: not prose, not renamed.
    assert.match(renamed, /`§Liability` in the costs clause/);
    const hover: { contents: { value: string } } = await c.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: character + 2 } });
    assert.match(hover.contents.value, /cites the clause Liability \(“Claims”\); the export writes \*\*paragraph 3\*\*/);
    const completion: { label: string }[] | { items: { label: string }[] } = await c.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    const labels = (Array.isArray(completion) ? completion : completion.items).map((i) => i.label);
    assert.ok(['Costs', 'Liability', 'amendment', 'disputes'].every((l) => labels.includes(l)), labels.join(', '));
  });

  it('finds a defined term wrapped over a line break: references over the break, rename keeping it (lg43 report, 3)', async () => {
    const c = server.connection;
    const uri = pathToFileURL(join(samplesDir, 'wrapped-term-unsaved.entente')).href;
    const text = 'memorandum "M" {\n  status non-binding\n}\ndefine "Competent Authority" means "the authority designated"\nclause C """\n  Each Participant will inform the Competent\n    Authority without delay.\n"""\n';
    const waiting = server.diagnostics(uri);
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text } });
    assert.ok(!(await waiting).diagnostics.some((d) => d.code === 'unused-term'));
    const at = { textDocument: { uri }, position: { line: 6, character: 6 } };
    const refs: { range: { start: { line: number }; end: { line: number; character: number } } }[] = await c.sendRequest('textDocument/references', { ...at, context: { includeDeclaration: true } });
    assert.deepEqual(refs.map((r) => [r.range.start.line, r.range.end.line, r.range.end.character]), [[3, 3, 27], [5, 6, 13]]);
    const edit: { changes: Record<string, TextEdit[]> } = await c.sendRequest('textDocument/rename', { ...at, newName: 'Designated Body' });
    const renamed = TextDocument.applyEdits(TextDocument.create(uri, 'entente', 1, text), edit.changes[uri]);
    assert.match(renamed, /inform the Designated\n {4}Body without delay/);
    await c.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('shuts down and exits with status 0', async () => {
    assert.equal(await shutdown(server), 0);
  });
});

/** Up to `max` positions at the start of words, spread over the document. */
function wordStarts(lines: string[], max: number): { line: number; character: number }[] {
  const all: { line: number; character: number }[] = [];
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/[\p{L}\p{N}"][\p{L}\p{N}_.:-]*/gu)) all.push({ line: i, character: m.index! + 1 });
  });
  const step = Math.max(1, Math.floor(all.length / max));
  return all.filter((_, i) => i % step === 0);
}
