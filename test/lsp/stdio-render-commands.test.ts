/**
 * The rendering commands the client's export and preview call, over stdio: `entente.render` in
 * every format (Word as base64 bytes that unzip to a document), `entente.previewData` (the
 * rendered instrument, or its first part, with its diagram, timeline and checklist, left out
 * while the preview shows the same panel) and
 * `entente.previewPart` (a further part, as the preview asks while the drafter scrolls). Server
 * command names must not be a command the client contributes: the language client registers
 * every server command under its own name, and a clash stops the client from starting (it
 * happened with `entente.preview`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverCommands } from '../../server/src/lsp/handlers/commands';
import type { PreviewData, PreviewPartData } from '../../server/src/language';
import { readDocx } from '../render/docx-reader';
import { repoRoot } from '../render/render-fixtures';
import { initialize, shutdown, startServer, type ServerUnderTest } from './server-process';

describe('rendering commands over stdio', function () {
  this.timeout(60_000);
  let server: ServerUnderTest;
  const path = join(repoRoot, 'samples/cert-cert-mou.entente');
  const uri = pathToFileURL(path).href;
  const run = (command: string, ...args: unknown[]) => server.connection.sendRequest<unknown>('workspace/executeCommand', { command, arguments: args });

  before(async () => {
    server = startServer();
    await initialize(server);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'entente', version: 1, text: readFileSync(path, 'utf8') } });
  });
  after(async () => assert.equal(await shutdown(server), 0));

  it('no server command is also a command the client contributes', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    const clientCommands = manifest.contributes.commands.map((c) => c.command);
    assert.deepEqual([...serverCommands.keys()].filter((c) => clientCommands.includes(c)), []);
  });

  it('renders Markdown, HTML and Akoma Ntoso as text, and Word as base64', async () => {
    assert.match(String(await run('entente.render', { uri, format: 'markdown' })), /^# Memorandum of Understanding/);
    assert.match(String(await run('entente.render', { uri, format: 'html' })), /^<!DOCTYPE html>/);
    assert.match(String(await run('entente.render', { uri, format: 'akn' })), /<doc name="memorandumOfUnderstanding"/);
    const base64 = String(await run('entente.render', { uri, format: 'docx' }));
    const content = await readDocx(Uint8Array.from(Buffer.from(base64, 'base64')));
    assert.ok(content.body.some((b) => b.kind === 'p' && b.style === 'Title'));
    await assert.rejects(run('entente.render', { uri, format: 'pdf' }), (e: { code: number; message: string }) => e.code === -32602 && /"markdown", "html", "akn" or "docx"/.test(e.message));
  });

  it('answers the preview data: the instrument, the diagram, the timeline and the checklist', async () => {
    const data = (await run('entente.previewData', { uri, today: '2027-06-01' })) as PreviewData;
    assert.match(data.html, /<h1>Memorandum of Understanding between CERT-EE and NCSC-FI/);
    assert.equal(data.diagram.nodes.filter((n) => n.kind === 'party').length, 2);
    assert.deepEqual(data.diagram.nodes.filter((n) => n.kind === 'channel').map((n) => n.marking), ['TLP:AMBER']);
    assert.equal(data.today, '2027-06-01');
    assert.ok(data.timeline.some((e) => e.kind === 'signature' && e.date === '2027-03-01'));
    // Asked with the name of the panel the preview shows: the same panel is left out.
    const named = (data as PreviewData & { panel: string }).panel;
    const again = (await run('entente.previewData', { uri, today: '2027-06-01', part: { from: 0, count: 1 }, panel: named })) as Record<string, unknown>;
    assert.deepEqual([again.samePanel, again.panel, 'diagram' in again, 'checklist' in again], [true, named, false, false]);
    await assert.rejects(run('entente.previewData', { uri, panel: 3 }), (e: { code: number; message: string }) => e.code === -32602 && /panel/.test(e.message));
    await assert.rejects(run('entente.previewData', { uri, today: 'tomorrow' }), (e: { code: number }) => e.code === -32602);
    await assert.rejects(run('entente.previewData', { uri: 'file:///nowhere.entente' }), (e: { code: number }) => e.code === -32602);
  });

  it('answers a part of the preview, as the preview asks while the drafter scrolls: those blocks, of how many', async () => {
    const whole = (await run('entente.previewData', { uri, today: '2027-06-01' })) as PreviewData;
    const head = (await run('entente.previewData', { uri, today: '2027-06-01', part: { from: 0, count: 1 } })) as PreviewData;
    const total = head.part!.total;
    assert.deepEqual(head.part, { from: 0, count: 1, total });
    assert.match(head.html, /<h1>Memorandum of Understanding between CERT-EE and NCSC-FI/);
    // Scrolling: the rest without the panel, which the preview has.
    const rest = (await run('entente.previewPart', { uri, part: { from: 1, count: total } })) as PreviewPartData;
    assert.deepEqual(Object.keys(rest).sort(), ['html', 'part']);
    assert.deepEqual(rest.part, { from: 1, count: total - 1, total });
    assert.equal(`${head.html}\n${rest.html}`, whole.html);
    for (const part of [{ from: -1, count: 1 }, { from: 0, count: 0 }, { from: 1.5, count: 2 }, { from: '0', count: 1 }, 'all', undefined]) {
      if (part !== undefined) await assert.rejects(run('entente.previewData', { uri, part }), (e: { code: number; message: string }) => e.code === -32602 && /part/.test(e.message), JSON.stringify(part));
      await assert.rejects(run('entente.previewPart', { uri, part }), (e: { code: number; message: string }) => e.code === -32602 && /part/.test(e.message), JSON.stringify(part));
    }
    await assert.rejects(run('entente.previewPart', { uri: 'file:///nowhere.entente', part: { from: 0, count: 1 } }), (e: { code: number }) => e.code === -32602);
  });
});
