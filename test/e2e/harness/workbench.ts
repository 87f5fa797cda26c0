/**
 * The VS Code workbench in Chromium, driven the way a drafter drives it: the explorer, the
 * keyboard shortcuts, the Problems panel, the suggest widget, the lightbulb menu, the hover.
 * Every wait is bounded; what is read back is the text the drafter sees on screen.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Position0 } from '../scenarios';
import { artifactsDir } from './paths';

const step = 15_000;

/** A marker row of the Problems panel, with the file group it was listed under. */
export interface ProblemRow {
  readonly file: string;
  readonly text: string;
}

export class Workbench {
  constructor(readonly page: Page) {}

  async load(url: string, workspace: string): Promise<void> {
    await this.page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`, { timeout: step });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: step });
  }

  async openFile(name: string): Promise<void> {
    // Another view (Extensions, Search) may have replaced the Explorer in the side bar.
    if (!(await this.page.locator('.explorer-folders-view').isVisible())) await this.page.keyboard.press('Control+Shift+E');
    const row = this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
    await row.click({ timeout: step });
    await this.page.locator(`.editor-group-container.active .tabs-container .tab.active[data-resource-name="${name}"]`).waitFor({ timeout: step });
    await this.focusEditor();
  }

  /**
   * Clicks into the top-left of the editor's visible text area (the text layer itself may be
   * scrolled off screen); the scenarios then move the cursor where they need it.
   */
  async focusEditor(): Promise<void> {
    await this.page
      .locator('.editor-group-container.active .monaco-editor .editor-scrollable')
      .click({ position: { x: 40, y: 8 }, timeout: step });
  }

  /** Waits until the language server has drawn at least one squiggle in the active editor. */
  async waitForSquiggles(timeoutMs: number): Promise<void> {
    await this.page
      .locator('.editor-group-container.active .monaco-editor [class*="squiggly-error"]')
      .first()
      .waitFor({ state: 'attached', timeout: timeoutMs });
  }

  /** Moves the cursor with Go to Line/Column (1-based on screen, 0-based in the scenarios). */
  async goTo(position: Position0): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: step });
    await input.fill(`:${position.line + 1}:${position.character + 1}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: step });
    await this.page
      .locator('.statusbar-item', { hasText: `Ln ${position.line + 1}, Col ${position.character + 1}` })
      .first()
      .waitFor({ timeout: step });
  }

  /**
   * Opens the Problems panel filtered by `filter` (a part of a message, or a code) and reads
   * every marker row with the file group it is listed under. Polls until every row matches the
   * filter, so that rows from the previous filter are never read.
   */
  async problems(filter: string): Promise<ProblemRow[]> {
    await this.page.keyboard.press('Control+Shift+M');
    const input = this.page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await input.waitFor({ timeout: step });
    await input.fill(filter);
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    const wanted = filter.toLowerCase();
    let result: ProblemRow[] = [];
    for (const deadline = Date.now() + 5_000; Date.now() < deadline; await this.page.waitForTimeout(200)) {
      const labels = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
      const texts = await rows.allInnerTexts();
      result = [];
      let file = '';
      labels.forEach((label, i) => {
        const group = /problems? in file (\S+)/.exec(label);
        if (group) file = group[1]!;
        else result.push({ file, text: (texts[i] ?? '').replace(/\s+/g, ' ') });
      });
      if (result.every((row) => row.text.toLowerCase().includes(wanted))) break;
    }
    return result;
  }

  /** Waits until the Problems panel, filtered, shows rows that satisfy `accept`. */
  async waitForProblems(filter: string, accept: (rows: ProblemRow[]) => boolean, timeoutMs = 30_000): Promise<ProblemRow[]> {
    const deadline = Date.now() + timeoutMs;
    let last: ProblemRow[] = [];
    while (Date.now() < deadline) {
      last = await this.problems(filter).catch(() => []);
      if (accept(last)) return last;
      await this.page.waitForTimeout(500);
    }
    throw new Error(`the Problems panel filtered by ${JSON.stringify(filter)} never became as expected within ${timeoutMs} ms; rows: ${JSON.stringify(last)}`);
  }

  /** Waits until the Problems panel, filtered, shows a row that satisfies `accept`. */
  async waitForProblem(filter: string, accept: (row: ProblemRow) => boolean, timeoutMs = 30_000): Promise<ProblemRow> {
    const rows = await this.waitForProblems(filter, (rs) => rs.some(accept), timeoutMs);
    return rows.find(accept)!;
  }

  /**
   * Waits until the Problems panel, filtered to `file` by a glob, counts `count` problems in it
   * (from the file group's own label: "2 problems in file …"; no group means none).
   */
  async waitForProblemCount(file: string, count: number, timeoutMs = 30_000): Promise<void> {
    await this.page.keyboard.press('Control+Shift+M');
    const input = this.page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
    await input.waitFor({ timeout: step });
    await input.fill(`**/${file}`);
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    const pattern = new RegExp(`^(\\d+) problems? in file ${file.replace(/[.]/g, '\\.')}\\b`);
    const deadline = Date.now() + timeoutMs;
    let seen = 0;
    while (Date.now() < deadline) {
      const labels = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
      const group = labels.map((label) => pattern.exec(label)).find((m) => m !== null);
      seen = group ? Number(group[1]) : 0;
      if (seen === count) return;
      await this.page.waitForTimeout(300);
    }
    throw new Error(`the Problems panel counts ${seen} problems in ${file}, not ${count}, after ${timeoutMs} ms`);
  }

  /** Triggers completion (Ctrl+Space), optionally types a prefix, and reads the suggestion labels. */
  async suggestions(typed: string): Promise<string[]> {
    await this.page.keyboard.press('Control+Space');
    if (typed) await this.page.keyboard.type(typed, { delay: 30 });
    const rows = this.page.locator('.suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor({ timeout: step });
    // The list re-filters as the prefix arrives; let it settle before reading.
    await this.page.waitForTimeout(500);
    return (await rows.locator('.label-name').allInnerTexts()).map((t) => t.trim());
  }

  /** Opens the quick-fix menu (Ctrl+.) and picks the action with this title. */
  async applyQuickFix(title: string): Promise<string[]> {
    const rows = await this.openCodeActionMenu();
    const titles = (await rows.allInnerTexts()).map((t) => t.trim());
    await rows.filter({ hasText: title }).first().click({ timeout: step });
    await this.page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: step });
    return titles;
  }

  /**
   * Opens the quick-fix menu (Ctrl+.) and returns its rows. On this busy machine a key press is
   * now and then lost while the editor is still busy: one more press if no menu came.
   */
  async openCodeActionMenu() {
    const rows = this.page.locator('.action-widget .monaco-list-row');
    for (let attempt = 0; attempt < 2; attempt++) {
      await this.page.keyboard.press('Control+.');
      if (await rows.first().waitFor({ timeout: attempt === 0 ? 5_000 : step }).then(() => true, () => false)) return rows;
    }
    throw new Error('the quick-fix menu did not open (Ctrl+.)');
  }

  /** Shows the hover at the cursor (Ctrl+K Ctrl+I) and reads its text. */
  async hoverText(): Promise<string> {
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+I');
    const hover = this.page.locator('.monaco-hover-content:visible, .monaco-hover:not(.hidden) .hover-contents').first();
    await hover.waitFor({ timeout: step });
    return (await hover.innerText()).replace(/\s+/g, ' ');
  }

  /** The visible editor lines, as the drafter reads them. */
  async visibleLines(): Promise<string[]> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
    // Monaco recycles line elements, so DOM order is not screen order: sort by their top offset.
    const tops = await lines.evaluateAll((elements) =>
      elements.map((e) => Number(/top:\s*(-?[\d.]+)px/.exec(e.getAttribute('style') ?? '')?.[1] ?? 0)),
    );
    const texts = await lines.allInnerTexts();
    return texts
      .map((text, i) => ({ top: tops[i] ?? 0, text: text.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text);
  }

  /** Waits until a visible editor line satisfies `accept` (an edit is drawn a moment after it is applied). */
  async waitForVisibleLine(accept: (line: string) => boolean, timeoutMs = step): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    let lines: string[] = [];
    while (Date.now() < deadline) {
      lines = await this.visibleLines();
      if (lines.some(accept)) return lines;
      await this.page.waitForTimeout(200);
    }
    throw new Error(`no visible line became as expected within ${timeoutMs} ms: ${JSON.stringify(lines)}`);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: step });
  }

  async dismiss(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  async screenshot(name: string): Promise<string> {
    const path = join(artifactsDir, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }
}
