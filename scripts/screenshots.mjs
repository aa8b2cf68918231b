// Screenshots for the README and store listing (run by hand after a build): docs/*.png.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { closeWelcome } from './bench/browser.mjs';
import { findBrowser, headlessArgs, root } from './env.mjs';

const ext = path.join(root, '.output', 'chrome-mv3');
const out = path.join(root, 'docs');
mkdirSync(out, { recursive: true });
const context = await chromium.launchPersistentContext(
  mkdtempSync(path.join(tmpdir(), 'redirection-shots-')),
  {
    executablePath: findBrowser(),
    headless: false,
    args: headlessArgs(ext),
  },
);
const [sw] = context.serviceWorkers();
const id = new URL((sw ?? (await context.waitForEvent('serviceworker'))).url()).host;
await closeWelcome(context);
const page = await context.newPage();
await page.setViewportSize({ width: 380, height: 560 });
await page.goto(`chrome-extension://${id}/popup.html`);
await page.waitForSelector('html[data-ready="1"]');
await page.keyboard.type('dism');
await page.waitForTimeout(200);
await page.screenshot({ path: path.join(out, 'popup-typing.png') });
await page.keyboard.press('Enter');
await page.getByTestId('ack').waitFor();
await page.waitForTimeout(400);
await page.screenshot({ path: path.join(out, 'popup.png') });
await context.close();
console.log('wrote docs/popup.png');
