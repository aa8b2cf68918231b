import { describe, expect, it } from 'vitest';
import type { TestHooks } from '../../lib/test-hooks';
import { allowRouted, TEST_HOSTS_DIR, useHarness } from './harness';

describe('keyboard shortcuts', () => {
  const h = useHarness();

  it('"Open my journal" opens the new tab with the veil lifted and the cursor in the draft', async () => {
    const [worker] = h.context.serviceWorkers();
    const opened = h.context.waitForEvent('page');
    await worker?.evaluate(() => (globalThis as unknown as TestHooks).redirectionCommand('open-journal'));
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

describe('keyboard shortcut: reframe the selected text', () => {
  // Test-hosts build: a key press grants activeTab, which a test can't press; the hosts stand in.
  const h = useHarness({ extensionDir: TEST_HOSTS_DIR }, async (h) => {
    allowRouted('news.example.org');
    await h.context.route('https://news.example.org/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="en"><title>Letters</title><p id="t">After the third no I thought: nobody will ever hire me.</p><textarea id="f">I always ruin everything</textarea>',
      }),
    );
  });

  const press = async () => {
    const [worker] = h.context.serviceWorkers();
    const opened = h.context.waitForEvent('page');
    await worker?.evaluate(() =>
      (globalThis as unknown as TestHooks).redirectionCommand('reframe-selection'),
    );
    const page = await opened;
    await page.waitForSelector('html[data-ready="1"]');
    return page;
  };

  it.each([
    ['text selected on the page', '#t', 'nobody will ever hire me.'],
    ['text selected inside a text field', '#f', 'I always ruin'],
  ])('reads %s, and only that', async (_label, selector, expected) => {
    const site = await h.context.newPage();
    await site.goto('https://news.example.org/letters');
    await site.evaluate(
      ({ selector, expected }) => {
        const el = document.querySelector(selector);
        if (el instanceof HTMLTextAreaElement) {
          el.focus();
          el.setSelectionRange(0, expected.length);
        } else if (el?.firstChild) {
          const text = el.textContent ?? '';
          const start = text.indexOf(expected);
          const range = document.createRange();
          range.setStart(el.firstChild, start);
          range.setEnd(el.firstChild, start + expected.length);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
        }
      },
      { selector, expected },
    );
    await site.bringToFront();
    const page = await press();
    // The page reads the hand-off once and tidies the address.
    expect(page.url()).toMatch(/reframe\.html/);
    await expect.poll(() => page.getByLabel('The thought, in your own words').inputValue()).toBe(expected);
    await page.close();
    await site.close();
    expect(h.outside).toEqual([]);
  });
});
