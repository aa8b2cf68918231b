import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, putRows, setSettings, useHarness } from './harness';

const reveal = async (page: Page) => {
  await page.getByRole('button', { name: 'Open my space' }).click();
  await page.getByTestId('private').waitFor();
};

describe('new tab: a quiet moment of redirection', () => {
  const h = useHarness();

  it('opens as the browser new tab with a prompt, behind the privacy veil', async () => {
    const page = await h.context.newPage();
    await page.goto('chrome://newtab/');
    await page.waitForSelector('html[data-ready="1"]');
    expect(page.url()).toContain(h.extensionId);
    expect((await page.getByTestId('prompt').textContent())?.length).toBeGreaterThan(10);
    // Private things are not even in the page until asked for.
    await page.getByTestId('veil').waitFor();
    expect(await page.getByTestId('reflection').count()).toBe(0);
    expect(await page.getByTestId('moment').count()).toBe(0);
    expect(await page.getByTestId('glance').count()).toBe(0);
    // The small step and the way to settings stay in view.
    expect(await page.getByTestId('step-text').textContent()).toBeTruthy();
    expect(await page.getByRole('link', { name: 'New-tab settings' }).getAttribute('href')).toContain(
      'options.html#settings',
    );
    // Any key lifts the veil and puts the cursor in the writing space.
    // Clicking the page lifts nothing by itself; the next key press does.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    expect(await page.getByTestId('veil').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByTestId('private').waitFor();
    await expect
      .poll(() => page.getByTestId('reflection').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.getByRole('button', { name: 'Cover my space again' }).click();
    await page.getByTestId('veil').waitFor();
    expect(await page.getByTestId('reflection').count()).toBe(0);
    await page.close();
  });

  it('keeps the draft through closing the tab, and shares it with a second tab', async () => {
    const page = await h.open('newtab.html');
    await reveal(page);
    const prompt = await page.getByTestId('prompt').textContent();
    await page.getByTestId('reflection').fill('It clarified that I want work where my ideas are heard.');
    const second = await h.open('newtab.html');
    await reveal(second);
    await expect
      .poll(() => second.getByTestId('reflection').inputValue())
      .toBe('It clarified that I want work where my ideas are heard.');
    // Typing in the second tab carries back to the first.
    await second.getByTestId('reflection').press('End');
    await second.keyboard.type(' And rest.');
    await expect.poll(() => page.getByTestId('reflection').inputValue()).toMatch(/heard\. And rest\.$/);
    // Last writer wins, and the tab whose words were replaced says so.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'another tab' }).count()).toBe(1);
    await page.close();
    await second.close();
    const again = await h.open('newtab.html');
    await reveal(again);
    expect(await again.getByTestId('reflection').inputValue()).toBe(
      'It clarified that I want work where my ideas are heard. And rest.',
    );
    // The draft keeps the prompt it answers; another question takes the words along.
    expect(await again.getByTestId('prompt').textContent()).toBe(prompt);
    await again.getByRole('button', { name: 'Another question' }).click();
    await expect.poll(() => again.getByTestId('prompt').textContent()).not.toBe(prompt);
    const moved = await again.getByTestId('prompt').textContent();
    await again.close();
    const last = await h.open('newtab.html');
    await reveal(last);
    expect(await last.getByTestId('prompt').textContent()).toBe(moved);
    expect(await last.getByTestId('reflection').inputValue()).toMatch(/And rest\.$/);
    await last.close();
  });

  it('keeps a reflection in the record and starts a fresh page after', async () => {
    const page = await h.open('newtab.html');
    await reveal(page);
    await page.getByTestId('reflection').fill('I will stop accepting silence as an answer.');
    await page.getByRole('button', { name: 'Keep this reflection' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Kept');
    expect(await page.getByTestId('reflection').inputValue()).toBe('');
    await page.getByText('Your recent reflections').click();
    await expect
      .poll(() => page.getByTestId('past-reflections').textContent())
      .toContain('I will stop accepting silence as an answer.');
    const rows = await page.evaluate(
      () =>
        new Promise<{ text: string; prompt: string; promptId: string }[]>((res) => {
          const r = indexedDB.open('redirection');
          r.onsuccess = () => {
            const q = r.result.transaction('reflections').objectStore('reflections').getAll();
            q.onsuccess = () => res(q.result);
          };
        }),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        text: 'I will stop accepting silence as an answer.',
        promptId: expect.any(String),
      }),
    ]);
    const fresh = await h.open('newtab.html');
    await reveal(fresh);
    expect(await fresh.getByTestId('reflection').inputValue()).toBe('');
    await fresh.close();
    // The person can take a reflection back out, and undo that.
    await page.getByRole('button', { name: /^Delete the reflection from/ }).click();
    await expect.poll(() => page.getByText('Nothing kept yet').count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.getByTestId('past-reflections').textContent())
      .toContain('I will stop accepting silence as an answer.');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('offers one small step, "done" and "another", and #step goes straight to it', async () => {
    const page = await h.open('newtab.html#step');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step');
    const first = await page.getByTestId('step-text').textContent();
    await page.getByRole('button', { name: 'Another idea' }).click();
    await expect.poll(() => page.getByTestId('step-text').textContent()).not.toBe(first);
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('step').getByRole('status').textContent())
      .toContain('Nicely done');
    // The person's own step joins the ideas.
    await page.getByText('Your own steps').click();
    await page.getByLabel('A small step of your own').fill('Water the plants');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Steps you wrote' }).textContent())
      .toContain('Water the plants');
    expect(await page.locator('body').textContent()).not.toMatch(/streak|in a row/i);
    await page.close();
  });

  it('brings up crisis resources first when the reflection speaks of self-harm', async () => {
    const page = await h.open('newtab.html');
    await reveal(page);
    await page.getByTestId('reflection').fill('Some days I want to die.');
    await expect.poll(() => page.getByTestId('crisis').count()).toBe(1);
    // Right under the words that raised it, announced.
    expect(await page.getByTestId('crisis').getAttribute('role')).toBe('alert');
    expect(
      await page
        .getByTestId('crisis')
        .evaluate((el) => el.closest('form')?.querySelector('#reflection') !== null),
    ).toBe(true);
    await page.getByTestId('reflection').fill('');
    await page.close();
  });

  it('shows only a prompt and the clock in minimal mode, and no veil when it is turned off', async () => {
    const page = await h.open('newtab.html');
    await setSettings(page, { newtabMinimal: true });
    await page.reload();
    await page.waitForSelector('html[data-ready="1"]');
    await page.getByTestId('prompt').waitFor();
    expect(await page.getByTestId('veil').count()).toBe(0);
    expect(await page.getByTestId('step').count()).toBe(0);
    expect(await page.locator('time').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await setSettings(page, { newtabMinimal: false, newtabVeil: false });
    await page.reload();
    await page.waitForSelector('html[data-ready="1"]');
    await page.getByTestId('moment').waitFor();
    expect(await page.getByTestId('veil').count()).toBe(0);
    expect(await page.getByTestId('glance').count()).toBe(1);
    await setSettings(page, { newtabVeil: true });
    await page.close();
  });

  it('opens with a decade of data, showing one moment and the last 30 days', async () => {
    const page = await h.open('newtab.html');
    const day = 86_400_000;
    const now = Date.now();
    const words = ['dismissed', 'hurt', 'hopeful', 'lonely', 'calm'];
    const kinds = ['job-application', 'romantic', 'friendship'];
    const feelings = Array.from({ length: 36_500 }, (_, i) => {
      const at = now - Math.floor((i / 36_500) * 3650 * day);
      return {
        id: crypto.randomUUID(),
        createdAt: at,
        updatedAt: at,
        words: [words[i % words.length]],
        kind: kinds[i % kinds.length],
      };
    });
    await putRows(page, 'feelings', feelings);
    const memories = Array.from({ length: 10_000 }, (_, i) => ({
      id: crypto.randomUUID(),
      createdAt: now - i * day,
      updatedAt: now - i * day,
      text: `I was capable, time ${i}`,
      date: now - i * day,
      kinds: ['capable'],
      people: [],
      tags: [],
      pinned: 0,
      lastShownAt: 0,
    }));
    await putRows(page, 'memories', memories);
    await page.close();

    const big = await h.open('newtab.html');
    await reveal(big);
    const first = await big.getByTestId('moment').locator('blockquote').textContent();
    expect(first).toMatch(/I was capable, time \d+/);
    await big.getByRole('button', { name: 'Another moment' }).click();
    await expect.poll(() => big.getByTestId('moment').locator('blockquote').textContent()).not.toBe(first);
    const week = big.getByRole('list', { name: 'The last 7 days' });
    expect(await week.locator('li').count()).toBe(7);
    expect(await week.textContent()).toMatch(/dismissed|hurt|hopeful|lonely|calm/);
    expect(await big.getByRole('list', { name: 'The last 30 days' }).locator('li').count()).toBe(30);
    expect(await axe(big)).toEqual([]);
    await big.close();
  });

  it('is axe-clean in light and dark, covered and open, and made no network request', async () => {
    const page = await h.open('newtab.html');
    expect(await axe(page)).toEqual([]);
    await reveal(page);
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cover my space again' }).click();
    expect(await axe(page)).toEqual([]);
    await page.close();
    expect(h.outside).toEqual([]);
  });
});

describe('new tab: naming a feeling from the new tab', () => {
  const h = useHarness();

  it("opens the popup's form in a small window, and the feeling shows in the last 7 days", async () => {
    const page = await h.open('newtab.html');
    await reveal(page);
    const opened = h.context.waitForEvent('page');
    await page.getByRole('link', { name: 'Name a feeling' }).click();
    const popup = await opened;
    await popup.waitForSelector('html[data-ready="1"]');
    expect(popup.url()).toContain('popup.html');
    await popup.keyboard.type('hopef');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toBe('hopeful');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('ack').waitFor();
    await expect
      .poll(() => page.getByRole('list', { name: 'The last 7 days' }).textContent())
      .toContain('hopeful');
    await popup.close();
    await page.close();
    expect(h.outside).toEqual([]);
  });
});
