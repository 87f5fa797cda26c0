/**
 * The extension manifest agrees with the client and the packaging: every contributed command
 * is registered by the client and vice versa, the settings the server reads are declared, the
 * untrusted-workspace restriction names the setting it restricts, and `.vscodeignore` ships
 * exactly the files the installed extension reads.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultOutlineMaxItems } from '../../server/src/lsp/outline-limit';
import { repoRoot } from './server-process';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

function clientSources(dir = join(repoRoot, 'client/src')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? clientSources(join(dir, e.name)) : readFileSync(join(dir, e.name), 'utf8')))
    .join('\n');
}

describe('extension manifest', () => {
  it('starts from the client bundle', () => {
    assert.equal(manifest.main, './dist/client.cjs');
  });

  it('contributes exactly the commands the client registers', () => {
    const registered = [...clientSources().matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    const contributed = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    assert.deepEqual(contributed, registered);
    assert.deepEqual(registered, ['entente.export', 'entente.newFromTemplate', 'entente.preview', 'entente.restartServer', 'entente.showRuleDocumentation']);
  });

  it('declares the settings the server reads, with their closed values', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(properties['entente.profile'].enum, ['default', 'strict', 'mou-review', 'treaty-review']);
    assert.deepEqual(properties['entente.rules'].additionalProperties.enum, ['error', 'warning', 'info', 'hint', 'off']);
    assert.equal(properties['entente.library.folders'].type, 'array');
    assert.deepEqual(properties['entente.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(properties['entente.outline.maxItems'].type, 'integer');
    assert.equal(properties['entente.outline.maxItems'].default, defaultOutlineMaxItems);
  });

  it('limits untrusted workspaces by the library-folders setting', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['entente.library.folders']);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
  });

  it('packages only what the installed extension reads', () => {
    const rules = readFileSync(join(repoRoot, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    assert.equal(rules[0], '**', 'everything is excluded first');
    const shipped = rules.slice(1).map((l) => l.replace(/^!/, ''));
    assert.deepEqual(shipped.sort(), [
      'LICENSE',
      'README.marketplace.md',
      'dist/client.cjs',
      'dist/preview.js',
      'dist/server.cjs',
      'docs/rules.md',
      'language-configuration.json',
      'media/icon.png',
      'media/screenshot.png',
      'package.json',
      'schemas/**',
      'snippets/**',
      'syntaxes/**',
    ]);
    assert.match(manifest.scripts.package, /--production && vsce package --no-dependencies --readme-path README\.marketplace\.md /);
  });
});
