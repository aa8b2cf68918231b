import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, getRows, memoryRow, putRows, setSettings, useHarness } from './harness';

// The first-view snapshot (docs/ARCHITECTURE.md, "Pages"; lib/snapshot/): the popup and the new
// tab paint what they showed last, before any database read, when nothing was written since.

const poll = expect.poll;

/** Whether this load painted a snapshot first (lib/snapshot/paint.ts marks it). */
const paintedSnapshot = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('snapshot').length === 1);

/** Layout shifts while the page opened (CLS), from the browser's own record. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 300);
      }),
  );

const snapshotText = (page: Page, name: 'newtab' | 'popup') =>
  page.evaluate((key) => localStorage.getItem(key) ?? '', `redirection.snapshot.${name}`);

/** Waits until the page's snapshot is drawn after the last write (lib/snapshot/store.ts). */
const freshSnapshot = (page: Page, name: 'newtab' | 'popup') =>
  poll(() =>
    page.evaluate((key) => {
      const at = JSON.parse(localStorage.getItem(key) ?? '{}').at ?? 0;
      return at > Number(localStorage.getItem('redirection.wroteAt') ?? 0);
    }, `redirection.snapshot.${name}`),
  ).toBe(true);

describe('first view: painted from what is already there', () => {
  const h = useHarness();

  it('paints the new tab from its snapshot, then the live page takes over without a shift', async () => {
    const page = await h.open('options.html');
    await putRows(page, 'memories', [memoryRow('The day my team thanked me by name', ['proud'])]);
    await setSettings(page, { newtabVeil: false });
    // The first open reads the database, and draws what the next one will show.
    const first = await h.open('newtab.html');
    expect(await paintedSnapshot(first)).toBe(false);
    await poll(() => snapshotText(first, 'newtab')).toContain('The day my team thanked me by name');
    const prompt = await first.getByTestId('prompt').textContent();
    await first.close();

    const second = await h.open('newtab.html');
    expect(await paintedSnapshot(second)).toBe(true);
    // The live page, not the picture: it answers keys and clicks.
    expect(await second.locator('#root').evaluate((r) => (r as HTMLElement).inert)).toBe(false);
    expect(await second.getByTestId('prompt').textContent()).toBe(prompt);
    expect(await second.getByTestId('moment').textContent()).toContain('The day my team thanked me by name');
    expect(await layoutShift(second)).toBe(0);
    await second.getByTestId('reflection').fill('Still the live page.');
    expect(await second.getByTestId('reflection').inputValue()).toBe('Still the live page.');
    expect(await axe(second)).toEqual([]);
    await second.close();
    await page.close();
  });

  it('never paints a snapshot drawn before a write: a feeling named in the popup shows at once', async () => {
    const tab = await h.open('newtab.html');
    await freshSnapshot(tab, 'newtab');
    await tab.close();
    const popup = await h.open('popup.html');
    await popup.keyboard.type('dismissed');
    await poll(() => popup.getByRole('option').first().textContent()).toBe('dismissed');
    await popup.keyboard.press('Enter');
    await poll(() => popup.getByTestId('today-list').textContent()).toContain('dismissed');
    await popup.close();

    const next = await h.open('newtab.html');
    expect(await paintedSnapshot(next)).toBe(false);
    await poll(() => next.getByTestId('glance').textContent()).toContain('dismissed');
    // Drawn again with the feeling, for the open after.
    await poll(() => snapshotText(next, 'newtab')).toContain('dismissed');
    await next.close();
    const after = await h.open('newtab.html');
    expect(await paintedSnapshot(after)).toBe(true);
    expect(await after.getByTestId('glance').textContent()).toContain('dismissed');
    await after.close();
  });

  it("paints the popup's today list from its snapshot, focus still in the feeling field", async () => {
    const popup = await h.open('popup.html');
    await freshSnapshot(popup, 'popup');
    expect(await snapshotText(popup, 'popup')).toContain('dismissed');
    await popup.close();
    const again = await h.open('popup.html');
    expect(await paintedSnapshot(again)).toBe(true);
    expect(await again.getByTestId('today-list').textContent()).toContain('dismissed');
    const input = again.getByRole('combobox', { name: 'I feel…' });
    await poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await layoutShift(again)).toBe(0);
    await again.close();
  });

  it('keeps words typed into the painted popup before its code was running', async () => {
    const popup = await h.open('popup.html');
    await freshSnapshot(popup, 'popup');
    await popup.close();
    const slow = await h.context.newPage();
    // A slow machine: the page module starts 800 ms after the boot script asks for it.
    await slow.addInitScript(() => {
      const append = HTMLHeadElement.prototype.append;
      HTMLHeadElement.prototype.append = function (this: HTMLHeadElement, ...nodes) {
        const [node] = nodes;
        if (node instanceof HTMLScriptElement && node.type === 'module')
          setTimeout(() => append.apply(this, nodes), 800);
        else append.apply(this, nodes);
      };
    });
    await slow.goto(`chrome-extension://${h.extensionId}/popup.html`, { waitUntil: 'commit' });
    await slow.waitForSelector('#root[data-snapshot] input[role="combobox"]');
    expect(await slow.evaluate(() => document.documentElement.dataset.ready)).toBeUndefined();
    await slow.keyboard.type('hope');
    // A click on the picture does nothing (no code behind it yet), and leaves the field focused.
    await slow.locator('#root[data-snapshot] summary').first().click();
    expect(await slow.locator('#root[data-snapshot] details').first().getAttribute('open')).toBeNull();
    await slow.waitForSelector('html[data-ready="1"]');
    const input = slow.getByRole('combobox', { name: 'I feel…' });
    await poll(() => input.inputValue()).toBe('hope');
    await poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    // React has the words too: its suggestions answer them.
    await poll(() => slow.getByRole('option').first().textContent()).toContain('hope');
    await slow.close();
  });

  it('a snapshot that is corrupt, or carries markup that could run, paints nothing that runs', async () => {
    const tab = await h.open('newtab.html');
    await freshSnapshot(tab, 'newtab');
    await tab.close();
    // Someone with the profile on disk edits the snapshot: script, handlers, a javascript: link.
    // (From the options page, which draws no snapshot of its own to write over it.)
    const page = await h.open('options.html');
    await page.evaluate(() => {
      const key = 'redirection.snapshot.newtab';
      const snap = JSON.parse(localStorage.getItem(key) ?? '{}');
      snap.html = `<p id="planted" onclick="window.ran=1">planted</p><img id="img" src="x" onerror="window.ran=1"><img id="far" src="https://example.com/pixel.png"><a id="js" href="javascript:window.ran=1">x</a><script>window.ran=1</script>${snap.html}`;
      localStorage.setItem(key, JSON.stringify(snap));
    });
    const next = await h.context.newPage();
    // Caught before React replaces it.
    await next.addInitScript(() => {
      new MutationObserver(() => {
        const planted = document.getElementById('planted');
        if (planted && !('seen' in window))
          Object.assign(window, {
            seen: {
              onclick: planted.hasAttribute('onclick'),
              img: document.getElementById('img')?.hasAttribute('onerror') ?? 'gone',
              js: document.getElementById('js')?.getAttribute('href') ?? null,
              scripts: document.querySelectorAll('#root script').length,
              far: document.getElementById('far')?.getAttribute('src') ?? null,
            },
          });
      }).observe(document, { childList: true, subtree: true });
    });
    await next.goto(`chrome-extension://${h.extensionId}/newtab.html`);
    await next.waitForSelector('html[data-ready="1"]');
    expect(await next.evaluate(() => (window as unknown as { seen: unknown }).seen)).toEqual({
      onclick: false,
      img: false,
      js: null,
      scripts: 0,
      far: null,
    });
    expect(await next.evaluate(() => 'ran' in window)).toBe(false);
    await next.close();
    // A snapshot that isn't JSON at all: the page opens from the database as before.
    await page.evaluate(() => localStorage.setItem('redirection.snapshot.newtab', '{"build":'));
    const third = await h.open('newtab.html');
    expect(await paintedSnapshot(third)).toBe(false);
    expect((await third.getByTestId('prompt').textContent())?.length).toBeGreaterThan(10);
    expect(h.outside).toEqual([]);
    for (const p of [page, third]) await p.close();
  });

  it('delete all removes the snapshots with everything else', async () => {
    const tab = await h.open('newtab.html');
    await poll(() => snapshotText(tab, 'newtab')).toContain('The day my team thanked me by name');
    await tab.close();
    const options = await h.open('options.html#data');
    await options.getByRole('button', { name: 'Delete all my data…' }).click();
    const confirm = options.getByRole('dialog', { name: 'Delete everything you wrote here?' });
    await confirm.getByRole('button', { name: 'Delete everything' }).click();
    await poll(async () => (await getRows(options, 'memories')).length).toBe(0);
    expect(await options.evaluate(() => JSON.stringify({ ...localStorage }))).not.toMatch(
      /thanked|dismissed/,
    );
    const next = await h.open('newtab.html');
    expect(await paintedSnapshot(next)).toBe(false);
    expect(await next.getByTestId('moment').textContent()).not.toContain('thanked');
    expect(await next.getByTestId('glance').textContent()).not.toContain('dismissed');
    await next.close();
    await options.close();
  });
});
