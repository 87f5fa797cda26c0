// Renders media/icon.svg to media/icon.png (256×256, transparent corners) with Debian's
// chromium through playwright-core (a devDependency; no browser download):
//   node media/render-icon.mjs        (E2E_CHROMIUM names another chromium)
// The PNG is committed; run this again after editing the SVG.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 256, height: 256 }, deviceScaleFactor: 1 });
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: new URL('./icon.png', import.meta.url).pathname, omitBackground: true });
  console.log('wrote media/icon.png');
} finally {
  await browser.close();
}
