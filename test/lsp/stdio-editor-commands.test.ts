/**
 * The server commands the VS Code client's drafter features call, over stdio: the rule a
 * diagnostic links to, explained as Markdown under the current settings; the rule list for
 * "Show Rule Documentation…"; and, for the template wizard, what each question accepts.
 */
import assert from 'node:assert/strict';
import { initialize, shutdown, startServer, type ServerUnderTest } from './server-process';

describe('editor commands over stdio', function () {
  this.timeout(60_000);
  let server: ServerUnderTest;

  before(async () => {
    server = startServer({ profile: 'strict' });
    const result = await initialize(server);
    const commands = result.capabilities.executeCommandProvider?.commands ?? [];
    assert.ok(commands.includes('entente.ruleExplanation') && commands.includes('entente.listRules'), JSON.stringify(commands));
  });

  after(async () => {
    assert.equal(await shutdown(server), 0);
  });

  const run = (command: string, ...args: unknown[]) => server.connection.sendRequest<unknown>('workspace/executeCommand', { command, arguments: args });

  it('explains a rule as Markdown, with its severity under the settings the client sent', async () => {
    // The settings arrive by workspace/configuration after initialization; wait for them to apply.
    let markdown = '';
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      markdown = String(await run('entente.ruleExplanation', { code: 'missing-costs' }));
      if (markdown.includes('profile `strict`')) break;
    }
    assert.match(markdown, /^# missing-costs \(MC22\)\n/);
    assert.match(markdown, /\*\*Severity\.\*\* error under your settings \(profile `strict`\)/);
  });

  it('refuses an unknown rule and a missing code with InvalidParams', async () => {
    await assert.rejects(run('entente.ruleExplanation', { code: 'no-such-rule' }), (e: { code: number; message: string }) => e.code === -32602 && /unknown rule "no-such-rule"/.test(e.message));
    await assert.rejects(run('entente.ruleExplanation', {}), (e: { code: number }) => e.code === -32602);
  });

  it('lists every rule with its message and severity', async () => {
    const rules = (await run('entente.listRules')) as { code: string; message: string; severity: string }[];
    assert.ok(rules.length > 50, String(rules.length));
    assert.ok(rules.every((r) => typeof r.code === 'string' && typeof r.message === 'string' && typeof r.severity === 'string'));
  });

  it('tells the template wizard what each question accepts', async () => {
    const templates = (await run('entente.listTemplates')) as { placeholders: { name: string; slot: string; input: { pattern: string; hint: string } }[] }[];
    const id = templates[0]!.placeholders.find((p) => p.name === 'party1Id')!;
    assert.equal(id.slot, 'identifier');
    assert.ok(new RegExp(id.input.pattern).test('EE') && !new RegExp(id.input.pattern).test('Republic of Estonia'));
    assert.match(id.input.hint, /One word/);
  });
});
