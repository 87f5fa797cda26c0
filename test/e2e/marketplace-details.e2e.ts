/**
 * The installed extension's Details page shows the drafters' README (not the developers') and
 * the extension's icon; the README's screenshot is a file packaged in the .vsix.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Drafting } from './harness/drafting';
import { session } from './harness/session';

const vsix = () => process.env.E2E_VSIX!;

function unzip(args: string[]): string {
  const result = spawnSync('unzip', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`unzip ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

describe('code-server: the extension Details page', () => {
  it("shows the drafters' README and the icon; the README's screenshot is packaged", async () => {
    const { workbench } = session();
    const drafting = new Drafting(workbench);
    const page = workbench.page;
    // The Extensions view lists the installed extensions first; the suite installs only this one.
    await page.keyboard.press('Control+Shift+X');
    const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Entente' }).first();
    await row.waitFor({ timeout: 15_000 });
    const icon = row.locator('img.icon');
    await icon.waitFor({ timeout: 15_000 });
    await page.waitForFunction((img) => (img as unknown as { complete: boolean }).complete, await icon.elementHandle(), { timeout: 15_000 });
    assert.ok(await icon.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).naturalWidth >= 128), 'the icon did not load');
    await row.click();
    const frame = await drafting.webviewFrame('Start from a template', 30_000);
    const readme = await frame.locator('body').innerText();
    assert.match(readme, /What the underlines mean/);
    assert.doesNotMatch(readme, /npm (ci|test|start)/, 'the developers README is shown');
    // The screenshot is in place (its alternative text shows). VS Code's Details page keeps only
    // http(s) image sources (its sanitizer drops relative ones for an extension installed from a
    // .vsix), so the picture itself appears once the links are rewritten to a published https
    // location (`vsce publish --baseImagesUrl …`); in the .vsix it is a packaged file:
    assert.equal(await frame.locator('img[alt^="An instrument under review"]').count(), 1);
    const readmeInPackage = unzip(['-p', vsix(), 'extension/readme.md']);
    const images = [...readmeInPackage.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    assert.deepEqual(images, ['media/screenshot.png']);
    const listing = unzip(['-l', vsix()]);
    for (const image of images) assert.match(listing, new RegExp(`\\bextension/${image.replace('.', '\\.')}\\n`), `${image} is not in the .vsix`);
    assert.doesNotMatch(listing, /extension\/README\.md\n/, 'the developers README is packaged too');
    await workbench.screenshot('marketplace-details');
    // Back to the editor and the explorer for the scenarios that follow.
    await page.locator('.editor-group-container.active .tabs-container .tab.active').click();
    await page.keyboard.press('Control+W');
    // The shortcut can land while focus is still in the closing Details webview (a fresh-clone
    // run lost it once): then the Explorer's own button in the activity bar opens it.
    const explorer = page.locator('.explorer-folders-view');
    await page.keyboard.press('Control+Shift+E');
    if (!(await explorer.waitFor({ timeout: 5_000 }).then(() => true, () => false))) {
      // The item itself, not its icon: the unsaved-files badge lies over the icon.
      await page.locator('.part.activitybar li.action-item:has(a[aria-label^="Explorer"])').first().click();
    }
    await explorer.waitFor({ timeout: 15_000 });
  });
});
