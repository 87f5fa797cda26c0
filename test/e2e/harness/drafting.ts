/**
 * What the drafter-facing scenarios drive besides the editor: the Command Palette, the quick
 * input (pick lists and the template wizard's input box with its buttons), webview panels (the
 * rule page, the extension's Details page) read from inside their frames, the Source Action
 * menu, and the colour the editor paints a word in. Every wait is bounded.
 */
import type { Frame, Page } from 'playwright-core';
import type { Workbench } from './workbench';

const step = 15_000;

export class Drafting {
  readonly page: Page;

  constructor(readonly workbench: Workbench) {
    this.page = workbench.page;
  }

  private get quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  /** Runs a command by its palette title, e.g. "Entente: Show Rule Documentation…". */
  async runCommand(title: string): Promise<void> {
    const input = this.quickInput.locator('input');
    await this.page.keyboard.press('F1');
    // A key press can be lost when the focus was in a webview that has just closed: focus the
    // workbench (the status bar takes no input) and try once more.
    if (!(await input.isVisible())) {
      await this.page.waitForTimeout(1000);
      if (!(await input.isVisible())) {
        await this.page.locator('.editor-group-container.active .monaco-editor .editor-scrollable, .part.statusbar').first().click({ position: { x: 40, y: 8 } });
        await this.page.keyboard.press('F1');
      }
    }
    await input.waitFor({ timeout: step });
    await input.fill(`>${title}`);
    const row = this.quickInput.locator('.monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: step });
    await row.click({ timeout: step });
  }

  /** Picks the row of the open pick list whose label contains `label`, after typing `filter`. */
  async pick(label: string, filter = label): Promise<void> {
    const input = this.quickInput.locator('input');
    await input.waitFor({ timeout: step });
    await input.fill(filter);
    const row = this.quickInput.locator('.monaco-list-row', { hasText: label }).first();
    await row.waitFor({ timeout: step });
    await row.click({ timeout: step });
  }

  /** The quick input's title, once it contains `expected` (e.g. "question 3 of 19"). */
  async waitForInputTitle(expected: string): Promise<string> {
    const title = this.quickInput.locator('.quick-input-title');
    await title.filter({ hasText: expected }).waitFor({ timeout: step });
    return (await title.innerText()).trim();
  }

  /** Types an answer into the open input box and presses Enter. */
  async answer(value: string): Promise<void> {
    const input = this.quickInput.locator('input');
    await input.fill(value);
    await this.page.keyboard.press('Enter');
  }

  /** Types into the input box without accepting, and reads the validation message shown. */
  async typeAndReadValidation(value: string): Promise<string> {
    await this.quickInput.locator('input').fill(value);
    const message = this.quickInput.locator('.quick-input-message');
    await message.filter({ hasText: /\S/ }).waitFor({ timeout: step });
    return (await message.innerText()).trim();
  }

  /** Clicks the input box's title button whose tooltip (aria-label) contains `label`. */
  async clickInputButton(label: string): Promise<void> {
    await this.quickInput.locator(`.quick-input-titlebar .action-label[aria-label*="${label}"], .quick-input-header .action-label[aria-label*="${label}"]`).first().click({ timeout: step });
  }

  async waitForQuickInputClosed(): Promise<void> {
    await this.quickInput.waitFor({ state: 'hidden', timeout: step });
  }

  /** Waits for an editor tab with this label and returns it. */
  async waitForTab(label: string): Promise<void> {
    await this.page.locator('.tabs-container .tab', { hasText: label }).first().waitFor({ timeout: step });
  }

  /**
   * Maximises (or restores) the editor group of the tab with this label by double-clicking the
   * tab (the run's settings make a double-click maximise): a click on the workbench's own tab
   * strip, so it works whatever has the keyboard focus, even a webview.
   */
  async toggleMaximisedTab(label: string): Promise<void> {
    await this.page.locator('.tabs-container .tab', { hasText: label }).first().dblclick({ timeout: step });
  }

  /**
   * The innermost frame of a webview whose document contains `text` (VS Code nests the page in
   * two iframes). Polls, because the page is written after the tab appears.
   */
  async webviewFrame(text: string, timeoutMs = step): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      for (const frame of this.page.frames()) {
        const html = await frame.content().catch(() => '');
        if (html.includes(text) && !(await frame.$('iframe').catch(() => null))) return frame;
      }
      await this.page.waitForTimeout(250);
    }
    throw new Error(`no webview shows ${JSON.stringify(text)} within ${timeoutMs} ms`);
  }

  /** Opens the Source Action menu (editor context menu → Source Action…) and reads its titles. */
  async sourceActions(whileOpen?: () => Promise<unknown>): Promise<string[]> {
    await this.runCommand('Source Action...');
    const rows = this.page.locator('.action-widget .monaco-list-row');
    await rows.first().waitFor({ timeout: step });
    await this.page.waitForTimeout(300);
    const titles = (await rows.allInnerTexts()).map((t) => t.trim()).filter((t) => t !== '');
    await whileOpen?.();
    await this.page.keyboard.press('Escape');
    return titles;
  }

  /** Opens the quick-fix menu (Ctrl+.) at the cursor, reads its titles and closes it. */
  async quickFixTitles(): Promise<string[]> {
    const rows = await this.workbench.openCodeActionMenu();
    await this.page.waitForTimeout(300);
    const titles = (await rows.allInnerTexts()).map((t) => t.trim()).filter((t) => t !== '');
    await this.page.keyboard.press('Escape');
    return titles;
  }

  /**
   * The colour the active editor paints `word` in, on the first visible line containing
   * `lineText` (from the token span Monaco renders): `rgb(r, g, b)`.
   */
  async colourOf(lineText: string, word: string): Promise<string> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line', { hasText: lineText });
    await lines.first().waitFor({ timeout: step });
    const colour = await lines.first().evaluate((line, w) => {
      const span = [...line.querySelectorAll('span span')].find((s) => s.textContent?.trim() === w);
      // No DOM library in the project's types: the page's own getComputedStyle, typed by hand.
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle;
      return span ? style(span).color : undefined;
    }, word);
    if (!colour) throw new Error(`no token ${JSON.stringify(word)} on the line with ${JSON.stringify(lineText)}`);
    return colour;
  }

  /** Clicks the Problems panel's rule link on the first row whose text contains `rowText`. */
  async clickProblemRuleLink(rowText: string, code: string): Promise<void> {
    const row = this.page.locator('.markers-panel .monaco-list-row', { hasText: rowText }).first();
    await row.waitFor({ timeout: step });
    await row.locator('a', { hasText: code }).first().click({ timeout: step });
  }

  /** Clicks a "Don't Save" or similar button of a modal dialog, if one is shown. */
  async answerDialog(button: string): Promise<void> {
    const dialog = this.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: step });
    await dialog.locator('.monaco-button', { hasText: button }).first().click({ timeout: step });
  }
}

/** Red, green, blue of `rgb(…)`/`rgba(…)`, and whether the colour reads as red (hue near 0°, saturated). */
export function readsAsRed(colour: string): boolean {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === min) return false;
  const saturation = (max - min) / max;
  let hue = 0;
  if (max === r) hue = (60 * ((g - b) / (max - min)) + 360) % 360;
  else if (max === g) hue = 60 * ((b - r) / (max - min)) + 120;
  else hue = 60 * ((r - g) / (max - min)) + 240;
  return saturation > 0.35 && (hue < 25 || hue > 335);
}
