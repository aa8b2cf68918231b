// Renders public/icon/icon.svg to the toolbar and store icon sizes (run by hand when the artwork changes).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser, root } from './env.mjs';

const svg = readFileSync(path.join(root, 'public', 'icon', 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: ['--no-sandbox', '--headless=new'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: path.join(root, 'public', 'icon', `${size}.png`), omitBackground: true });
}
await browser.close();
