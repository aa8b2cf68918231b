import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const PSEUDO_DIR = path.resolve('.output/pseudo/chrome-mv3');

/** Elements whose text is cut off sideways, and whether the page itself scrolls sideways. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) out.push(`page scrolls sideways (${root.scrollWidth}px)`);
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, a, label, h1, h2, h3, legend, summary, th, td, li, p',
    )) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || !el.offsetParent) continue;
      // Screen-reader-only text is clipped to 1px on purpose.
      if (el.clientWidth <= 1 || el.closest('.visually-hidden')) continue;
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') {
        out.push(`${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 40)}`);
      }
      const r = el.getBoundingClientRect();
      if (r.right > root.clientWidth + 1)
        out.push(`off the right edge: ${el.tagName.toLowerCase()} ${el.textContent?.slice(0, 40)}`);
    }
    return out;
  });
}

describe('pseudo-locale build: 40% longer strings break no layout', () => {
  const h = useHarness({ extensionDir: PSEUDO_DIR });

  it('the popup, at its own width, with every section open', async () => {
    const page = await h.open('popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    expect(await page.locator('h1').first().textContent()).toMatch(/^⟦/);
    for (const summary of await page.locator('summary').all()) await summary.click();
    expect(await overflow(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('[role="combobox"]').first().fill('dism');
    await page.keyboard.press('Enter');
    await page.getByTestId('ack').waitFor();
    expect(await overflow(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ['newtab.html', 1280],
    ['newtab.html', 480],
    ['options.html', 1280],
    ['options.html', 480],
    ['reframe.html?text=Nobody%20will%20ever%20hire%20me', 1280],
    ['reframe.html?text=Nobody%20will%20ever%20hire%20me', 480],
  ] as const)('%s at %ipx wide', async (file, width) => {
    const page = await h.open(file);
    await page.setViewportSize({ width, height: 900 });
    // Lift the new tab's veil so its private parts are laid out too.
    if (file.startsWith('newtab')) {
      await page.getByTestId('veil').getByRole('button').click();
      await page.getByTestId('private').waitFor();
    }
    await page.waitForTimeout(300);
    expect(await overflow(page)).toEqual([]);
    await page.close();
  });
});
