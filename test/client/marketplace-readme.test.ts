/**
 * The drafters' README (README.marketplace.md), which `npm run package` puts in the .vsix as
 * its readme.md: the Details page of the installed extension shows it. Its images must be
 * packaged files (the repository may have no public URL for vsce to rewrite links to), its
 * commands and settings must exist, and it must not be the developers' README.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../lsp/server-process';

const readme = readFileSync(join(repoRoot, 'README.marketplace.md'), 'utf8');
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const packaged = readFileSync(join(repoRoot, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1));

describe('the drafters README (Marketplace Details page)', () => {
  it('shows a screenshot that is packaged beside it, as a PNG of a real size', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    assert.ok(images.length >= 1, 'no image');
    for (const image of images) {
      assert.doesNotMatch(image, /^[a-z]+:/i, `${image}: an absolute link breaks when the URL does not exist; package the image`);
      assert.ok(packaged.includes(image), `${image} is not packaged (.vscodeignore)`);
      const png = readFileSync(join(repoRoot, image));
      assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', image);
      assert.ok(png.readUInt32BE(16) >= 800, `${image} is ${png.readUInt32BE(16)} px wide`);
    }
  });

  it('has an icon of at least 128×128 px, packaged', () => {
    assert.equal(manifest.icon, 'media/icon.png');
    assert.ok(packaged.includes(manifest.icon));
    const png = readFileSync(join(repoRoot, manifest.icon));
    assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128);
    assert.ok(existsSync(join(repoRoot, 'media/icon.svg')), 'the source of the icon');
  });

  it('names only commands and settings the extension contributes', () => {
    const titles = (manifest.contributes.commands as { title: string; category: string }[]).map((c) => `${c.category}: ${c.title}`);
    for (const [, command] of readme.matchAll(/\*\*(Entente: [^*]+)\*\*/g)) assert.ok(titles.includes(command!), `${command} is not a command`);
    const settings = Object.keys(manifest.contributes.configuration.properties);
    for (const [, setting] of readme.matchAll(/`(entente\.[a-z.]+)`/g)) assert.ok(settings.includes(setting!), `${setting} is not a setting`);
    for (const setting of settings) assert.ok(readme.includes(`\`${setting}\``), `${setting} is not explained`);
  });

  it('speaks to drafters, not developers', () => {
    for (const developerWord of ['npm ', 'mocha', 'esbuild', 'Chevrotain', 'tsc', 'git ']) assert.ok(!readme.includes(developerWord), developerWord);
    assert.match(readme, /## Start from a template/);
    assert.match(readme, /## What the underlines mean/);
    assert.match(readme, /## Settings/);
  });
});
