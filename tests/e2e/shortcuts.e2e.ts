import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';

describe('keyboard shortcuts', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('"Open my journal" opens the new tab with the veil lifted and the cursor in the draft', async () => {
    const [worker] = h.context.serviceWorkers();
    const opened = h.context.waitForEvent('page');
    await worker?.evaluate(() =>
      (globalThis as unknown as { redirectionCommand: (c: string) => Promise<unknown> }).redirectionCommand(
        'open-journal',
      ),
    );
    const page = await opened;
    await page.waitForSelector('html[data-ready="1"]');
    expect(page.url()).toMatch(/newtab\.html#journal$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('It clarified what I need.');
    await expect.poll(() => page.locator('textarea').inputValue()).toBe('It clarified what I need.');
    await page.close();
    expect(h.outside).toEqual([]);
  });
});
