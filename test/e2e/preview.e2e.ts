/**
 * "Entente: Open Preview to the Side" in the packaged extension: the rendered instrument beside
 * the text, with its at-a-glance panel — the parties and channels laid out by ELK, the timeline of
 * the term, the final-clause checklist — under a nonce-based Content-Security-Policy (no
 * violation in the browser console), updated as the drafter types. Leaves the screenshot
 * `preview.png` in test-artifacts/e2e/, taken with the preview's group maximised and checked to
 * show the document's heading, the diagram and the timeline within the window.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { Drafting } from './harness/drafting';
import { artifactsDir } from './harness/paths';
import { session } from './harness/session';
import { locate } from './scenarios';

/** What the checks below read in the webview (no DOM library in the project's types: typed by hand). */
interface PageGlobals {
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly document: { querySelector(selector: string): { getBoundingClientRect(): { left: number; top: number; right: number; bottom: number; width: number; height: number } } | null };
}

/** Whether each element is wholly inside the webview's viewport (not only present in its DOM). */
async function inView(frame: Frame, selectors: readonly string[]): Promise<{ selector: string; inView: boolean; rect: number[] }[]> {
  return frame.evaluate((list) => {
    const page = globalThis as unknown as PageGlobals;
    return list.map((selector) => {
      const r = page.document.querySelector(selector)?.getBoundingClientRect();
      const inside = !!r && r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= page.innerHeight && r.right <= page.innerWidth;
      return { selector, inView: inside, rect: r ? [r.left, r.top, r.right, r.bottom, page.innerWidth, page.innerHeight] : [] };
    });
  }, selectors);
}

/** The webview's width in CSS pixels. */
const width = (frame: Frame) => frame.evaluate(() => (globalThis as unknown as PageGlobals).innerWidth);

/** Waits until the webview's width satisfies `accept` (the group is resized a moment after the click). */
async function waitForWidth(frame: Frame, accept: (px: number) => boolean, what: string): Promise<void> {
  let seen = 0;
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await frame.page().waitForTimeout(250)) {
    seen = await width(frame);
    if (accept(seen)) return;
  }
  throw new Error(`the preview never became ${what}: ${seen} px wide`);
}

const sample = 'cert-cert-mou.entente';
const title = 'Memorandum of Understanding between CERT-EE and NCSC-FI on Cyber Threat Information Sharing';

describe('code-server: the instrument preview', () => {
  it('shows the rendered instrument, the diagram, the timeline and the checklist, and follows typing', async () => {
    const { workbench, run } = session();
    const drafting = new Drafting(workbench);
    const consoleLog = join(artifactsDir, 'browser-console.log');
    const logged = existsSync(consoleLog) ? readFileSync(consoleLog, 'utf8').length : 0;
    await workbench.openFile(sample);
    await drafting.runCommand('Entente: Open Preview to the Side');
    await drafting.waitForTab(`Preview: ${sample}`);
    const frame = await drafting.webviewFrame('id="glance"', 30_000);
    await frame.locator('body[data-rendered="true"]').waitFor({ timeout: 30_000 });

    assert.equal((await frame.locator('main h1').innerText()).trim(), title);
    const text = await frame.locator('main').innerText();
    assert.match(text, /It is not intended to be legally binding/);
    assert.match(text, /For the Estonian Information System Authority \(CERT-EE\)/);
    // The diagram: two parties and one channel, laid out (ELK gives every box a position).
    const boxes = frame.locator('#diagram svg g rect');
    assert.equal(await boxes.count(), 3);
    assert.ok((await frame.locator('#diagram svg polyline').count()) >= 2, 'edges between parties and the channel');
    assert.match(await frame.locator('#diagram').innerText(), /TLP:AMBER/);
    // The timeline: signature, coming into effect, exercises, meetings, notice, renewal.
    const events = await frame.locator('#events li').allInnerTexts();
    assert.ok(events.some((e) => /^2027-03-01\s*Signature/.test(e)), events.join(' | '));
    assert.ok(events.some((e) => /Renewal/.test(e)) && events.some((e) => /notice of discontinuation taking effect at the end of the term/.test(e)) && events.some((e) => /Exercise/.test(e)), events.join(' | '));
    assert.ok((await frame.locator('#timeline svg circle').count()) >= 5);
    const checklist = await frame.locator('#checklist li').allInnerTexts();
    assert.ok(checklist.some((c) => /✓\s*Statement that it is not legally binding/.test(c)), checklist.join(' | '));
    // The policy: nonce-based scripts and styles only; nothing inline, nothing remote, no eval.
    const policy = (await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'nonce-[A-Za-z0-9]{24}'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|https?:/);
    // The page's one script is the bundled one, admitted by the nonce (it ran: the diagram is drawn).
    assert.ok((await frame.locator('script[src$="preview.js"]').count()) === 1);
    // The screenshot shows the whole preview: its group maximised (double-click on its tab), the
    // document beside the at-a-glance panel, and the heading, diagram and timeline on screen.
    // The panel (Problems, left open by earlier scenarios) closes first, from the source editor.
    const panel = workbench.page.locator('.part.panel');
    const panelWasOpen = await panel.isVisible();
    if (panelWasOpen) {
      await workbench.focusEditor();
      await workbench.page.keyboard.press('Control+J');
      await panel.waitFor({ state: 'hidden', timeout: 15_000 });
    }
    await drafting.toggleMaximisedTab(`Preview: ${sample}`);
    await waitForWidth(frame, (px) => px >= 760, 'wide enough to show the document beside the panel (760 px)');
    await frame.locator('#diagram svg').waitFor({ timeout: 15_000 });
    const onScreen = await inView(frame, ['main h1', 'main .preamble p', '#diagram svg', '#timeline svg', '#events li:first-child']);
    assert.deepEqual(onScreen.filter((v) => !v.inView), [], JSON.stringify(onScreen));
    const pane = await (await frame.frameElement()).boundingBox();
    assert.ok(pane && pane.x >= 0 && pane.y >= 0 && pane.x + pane.width <= 1400 && pane.y + pane.height <= 900, `the preview lies within the window: ${JSON.stringify(pane)}`);
    await workbench.screenshot('preview');
    assert.ok(existsSync(join(artifactsDir, 'preview.png')));
    await drafting.toggleMaximisedTab(`Preview: ${sample}`);
    await waitForWidth(frame, (px) => px < 760, 'restored to its half of the editor area');
    await workbench.page.locator(`.tabs-container .tab[data-resource-name="${sample}"]`).first().click({ timeout: 15_000 });

    // Typing in the instrument updates the preview.
    const source = readFileSync(join(run.workspace, sample), 'utf8');
    await workbench.goTo(locate(source, { needle: 'Information Sharing"', offset: 'Information Sharing'.length }));
    await workbench.page.keyboard.type(' and Exercises');
    await frame.locator('main h1', { hasText: 'Information Sharing and Exercises' }).waitFor({ timeout: 15_000 });
    // Erase what was typed key by key: one Ctrl+Z undoes only the last word group VS Code made.
    for (let i = 0; i < ' and Exercises'.length; i++) await workbench.page.keyboard.press('Backspace');
    await frame.locator('main h1', { hasText: /Sharing$/ }).waitFor({ timeout: 15_000 });

    const since = existsSync(consoleLog) ? readFileSync(consoleLog, 'utf8').slice(logged) : '';
    const violations = since.split('\n').filter((l) => /Content Security Policy|Refused to/.test(l));
    assert.deepEqual(violations, []);

    // Leave the workbench as the next scenario expects it: the preview closed, the editor focused.
    const tab = workbench.page.locator('.tabs-container .tab', { hasText: `Preview: ${sample}` }).first();
    await tab.hover();
    await tab.locator('.tab-actions .action-label').first().click({ timeout: 15_000 });
    await tab.waitFor({ state: 'detached', timeout: 15_000 });
    await workbench.focusEditor();
    if (panelWasOpen) await workbench.page.keyboard.press('Control+J');
  });
});
