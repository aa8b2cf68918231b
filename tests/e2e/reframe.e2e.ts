import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TestHooks } from '../../lib/test-hooks';
import { axe, type Harness, memoryRow, putRows, useHarness } from './harness';

/** Runs the context-menu click path in the service worker, as a real "Reframe this" click does. */
async function clickReframe(h: Harness, selectionText: string): Promise<Page> {
  const [worker] = h.context.serviceWorkers() as Worker[];
  if (!worker) throw new Error('no service worker');
  const opened = h.context.waitForEvent('page');
  await worker.evaluate(
    (text) =>
      (globalThis as unknown as TestHooks).redirectionMenuClick({
        menuItemId: 'reframe-selection',
        selectionText: text,
      }),
    selectionText,
  );
  const page = await opened;
  await page.waitForSelector('html[data-ready="1"]');
  return page;
}

describe('reframe: the thought record', () => {
  const h = useHarness({}, async (h) => {
    // A moment in the inner file for the thought to meet.
    const page = await h.open('reframe.html');
    await putRows(page, 'memories', [
      { ...memoryRow('I led the launch that shipped on time.', ['capable'], 1), date: Date.UTC(2025, 4, 3) },
    ]);
    await page.close();
  });

  it('takes a selected thought from the context menu through to a saved record', async () => {
    const page = await clickReframe(h, 'Nobody will ever hire me.');
    // The text came through session storage, not the URL.
    expect(page.url()).not.toContain('Nobody');
    expect(await page.getByLabel('The thought, in your own words').inputValue()).toBe(
      'Nobody will ever hire me.',
    );
    // The traps are lit up in the person's own words.
    const traps = page.getByTestId('traps');
    await expect
      .poll(() => traps.getByRole('heading', { level: 3 }).allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('Overgeneralizing'),
          expect.stringContaining('Fortune telling'),
        ]),
      );
    expect(await page.getByTestId('in-view').locator('mark').allTextContents()).not.toEqual([]);
    expect(await page.getByTestId('trap-overgeneralizing').locator('mark').first().textContent()).toMatch(
      /nobody/i,
    );

    await page.getByTestId('trap-fortune-telling').getByRole('button', { name: 'This fits' }).click();
    await page.getByTestId('trap-overgeneralizing').getByRole('button', { name: 'This fits' }).click();

    const against = page.getByLabel("What doesn't fit the thought");
    await against.fill('I got two interviews this month');
    await against.press('Enter');
    const supports = page.getByLabel('What supports the thought');
    await supports.fill('Three rejections this week');
    await page.getByTestId('facts-for').getByRole('button', { name: 'Add' }).click();
    expect(await page.getByTestId('facts-against').textContent()).toContain('two interviews');

    expect(await page.getByTestId('friend-view').textContent()).toBe('Nobody will ever hire them.');
    await page.getByLabel('What would you say to them?').fill('Three noes is not every company. Keep going.');
    // A capable moment answers "nobody will hire me".
    expect(await page.getByTestId('moment').textContent()).toContain('led the launch');

    await page.getByRole('button', { name: /One no is about fit and timing/ }).click();
    await page.getByLabel('Your balanced thought').press('End');
    await page.keyboard.type('I have skills that got me interviews.');
    const after = page.getByTestId('belief-after');
    await after.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
    await page.getByRole('button', { name: 'Save this thought record' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Saved');

    const records = page.getByTestId('records');
    await expect.poll(() => records.textContent()).toContain('Nobody will ever hire me.');
    expect(await records.textContent()).toContain('I have skills that got me interviews.');
    expect(await records.getByTestId('record-belief').first().textContent()).toMatch(/Belief 70 → 30/);
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page)).toEqual([]);
    await page.close();

    // Stored: a fresh page shows the record; deleting it can be undone.
    const again = await h.open('reframe.html');
    await expect.poll(() => again.getByTestId('records').textContent()).toContain('I have skills');
    await again.getByRole('button', { name: 'Delete this record' }).first().click();
    await expect.poll(() => again.getByTestId('records').count()).toBe(0);
    await expect.poll(() => again.getByRole('status').last().textContent()).toContain('Record deleted.');
    await again.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => again.getByTestId('records').textContent()).toContain('I have skills');
    await again.close();
  });

  it('opens with ?text= from the popup and new tab links', async () => {
    const page = await h.open(`reframe.html?text=${encodeURIComponent("I'll always be alone")}`);
    expect(await page.getByLabel('The thought, in your own words').inputValue()).toBe("I'll always be alone");
    expect(await page.getByTestId('friend-view').textContent()).toBe("They'll always be alone");
    expect(await page.getByTestId('traps').textContent()).toContain('Fortune telling');
    expect(await page.getByTestId('cut-note').count()).toBe(0);
    await page.close();
  });

  it('cuts a 5 MB selection with a visible note instead of crashing', async () => {
    const huge = 'I am not good enough. '.repeat(Math.ceil((5 * 1024 * 1024) / 22));
    const page = await clickReframe(h, huge);
    const value = await page.getByLabel('The thought, in your own words').inputValue();
    expect(value.length).toBeLessThanOrEqual(2000);
    expect(value.length).toBeGreaterThan(1900);
    expect(await page.getByTestId('cut-note').textContent()).toContain('2,000');
    expect(await page.getByTestId('traps').textContent()).toContain('Labeling');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('shows crisis resources first when the selection speaks of self-harm', async () => {
    const page = await clickReframe(h, 'I failed again and I want to end my life');
    await expect.poll(() => page.getByTestId('crisis').count()).toBe(1);
    // Right under the thought that raised it, announced, and in view.
    const panel = page.getByTestId('crisis');
    expect(await panel.getAttribute('role')).toBe('alert');
    expect(
      await panel.evaluate((el) => el.previousElementSibling?.id ?? el.previousElementSibling?.tagName),
    ).toBe('thought');
    expect(await panel.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    await page.close();

    const typed = await h.open('reframe.html');
    expect(await typed.getByTestId('crisis').count()).toBe(0);
    await typed.getByLabel('What would you say to them?').fill('everyone would be better off without me');
    await expect.poll(() => typed.getByTestId('crisis').count()).toBe(1);
    await typed.close();
    expect(h.outside).toEqual([]);
  });

  it('adds what the word model hears once it has loaded, without highlighting words', async () => {
    const text = 'They all went to the pub without me, they must be sick of me';
    const page = await h.open(`reframe.html?text=${encodeURIComponent(text)}`);
    // The rules find mind-reading from the first render; the word model, once loaded, adds
    // personalizing (a thought from the set it was trained on, so it holds across retraining).
    await expect.poll(() => page.getByTestId('traps').textContent()).toContain('Mind reading');
    await expect.poll(() => page.getByTestId('traps').textContent()).toContain('Personalizing');
    expect(h.outside).toEqual([]);
    await page.close();
  });

  it('offers nothing for a plain feeling, and lets the person add a trap from the full list', async () => {
    const page = await h.open(
      `reframe.html?text=${encodeURIComponent("I feel sad that I didn't get the job.")}`,
    );
    expect(await page.getByTestId('traps').textContent()).toBe('');
    await page.getByText('Add a trap from the full list').click();
    await page.getByRole('checkbox', { name: 'Mind reading' }).check();
    expect(await page.getByTestId('trap-mind-reading').textContent()).toContain('Mind reading');
    expect(await axe(page)).toEqual([]);
    await page.close();
    expect(h.outside).toEqual([]);
  });
});
