import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axe, launch, memoryRow, putRows, useHarness } from './harness';

describe('popup: name the feeling', () => {
  const h = useHarness();

  it('saves a feeling with a few letters and Enter, names it back, and lists it today', async () => {
    const page = await h.open('popup.html');
    const input = page.getByRole('combobox', { name: 'I feel…' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('dism');
    await expect.poll(() => page.getByRole('option').first().textContent()).toBe('dismissed');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('ack').locator('h1').textContent()).toBe('I feel dismissed.');
    await expect.poll(() => page.getByTestId('today-list').textContent()).toContain('dismissed');
    // Stored in the database, not just on screen: a fresh popup shows it.
    const again = await h.open('popup.html');
    await expect.poll(() => again.getByTestId('today-list').textContent()).toContain('dismissed');
    await again.close();
    await page.close();
  });

  it("keeps the person's own word when the vocabulary has none", async () => {
    const page = await h.open('popup.html');
    await page.keyboard.type('blindsided');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('blindsided');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('ack').locator('h1').textContent()).toBe('I feel blindsided.');
    await page.close();
  });

  it('tolerates a typo and undoes a save', async () => {
    const page = await h.open('popup.html');
    await page.keyboard.type('rejcted');
    await expect.poll(() => page.getByRole('option').first().textContent()).toBe('rejected');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('ack').locator('h1').textContent()).toBe('I feel rejected.');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Removed');
    await expect
      .poll(() => page.locator('[data-testid="today-list"]').textContent())
      .not.toContain('rejected');
    await page.close();
  });

  it('fills every optional field by keyboard alone', async () => {
    const page = await h.open('popup.html');
    // Tab from the feeling field to "Browse", then "More detail", open it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('betray');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('list', { name: /I also feel/ }).textContent())
      .toContain('betrayed');
    // Focus the intensity slider and raise it to 7.
    await page.getByRole('slider').focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // kind select: first kind
    await page.keyboard.press('Tab');
    await page.keyboard.type('They read my message and never replied.');
    await page.getByRole('combobox', { name: 'I feel…' }).focus();
    await page.keyboard.type('hurt');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('ack').locator('h1').textContent())
      .toBe('I feel hurt, betrayed.');
    const text = await page.getByTestId('today-list').textContent();
    expect(text).toMatch(/hurt, betrayed · 7\/10 · Romantic/);
    await page.close();
  });

  it('brings up crisis resources first when the note speaks of self-harm, and not for idioms', async () => {
    const page = await h.open('popup.html');
    await page.getByText('More detail (optional)').click();
    const note = page.getByLabel('A few words about it (just for you)');
    await note.fill('this job is killing me');
    expect(await page.getByTestId('crisis').count()).toBe(0);
    await note.fill('I want to end my life');
    await expect.poll(() => page.getByTestId('crisis').count()).toBe(1);
    const first = await page.locator('main > *').first().getAttribute('data-testid');
    expect(first).toBe('crisis');
    expect(await page.getByTestId('crisis').textContent()).toContain('988');
    await page.close();
  });

  it('hears indirect ways of saying it (the full check loads after the first render), not accidents', async () => {
    const page = await h.open('popup.html');
    await page.getByText('More detail (optional)').click();
    const note = page.getByLabel('A few words about it (just for you)');
    for (const text of [
      'third rejection this month and i keep thinking everyone would be fine if i just wasnt here anymore',
      // Only the word model hears this one (a line from a set it was trained on, so it holds).
      'gave my cat to the neighbour and told her it was for a holiday. there is no holiday',
    ]) {
      await note.fill('I burned myself on the stove');
      await expect.poll(() => page.getByTestId('crisis').count()).toBe(0);
      await note.fill(text);
      await expect.poll(() => page.getByTestId('crisis').count()).toBe(1);
    }
    expect(h.outside).toEqual([]);
    await page.close();
  });

  it('after a hard feeling, reads back a moment from the inner file, as text', async () => {
    const page = await h.open('popup.html');
    await page.keyboard.type('dismissed');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('moment').textContent())
      .toContain('Add one when you feel ready');
    const hostile = '<img src=x onerror="document.title=1">My sister said I was the best listener';
    await putRows(page, 'memories', [memoryRow(hostile, ['loved'], 1)]);
    await page.getByRole('button', { name: 'Name another feeling' }).click();
    await page.keyboard.type('hurt');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('moment').locator('blockquote').textContent()).toBe(hostile);
    expect(await page.locator('.moment img').count()).toBe(0);
    // A calm feeling brings no moment.
    await page.getByRole('button', { name: 'Name another feeling' }).click();
    await page.keyboard.type('calm');
    await page.keyboard.press('Enter');
    await page.getByTestId('ack').waitFor();
    expect(await page.getByTestId('moment').count()).toBe(0);
    await page.close();
  });

  it('is axe-clean in light and dark, and made no network request', async () => {
    const page = await h.open('popup.html');
    expect(await axe(page)).toEqual([]);
    await page.keyboard.type('lon');
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByTestId('ack').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page)).toEqual([]);
    await page.close();
    expect(h.outside).toEqual([]);
  });
});

describe('popup: entries survive a browser restart', () => {
  it('shows what was named after Chromium closes and reopens on the same profile', async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'redirection-persist-'));
    try {
      const first = await launch({ userDataDir: profile });
      const page = await first.open('popup.html');
      await page.keyboard.type('unwan');
      await page.keyboard.press('Enter');
      await page.getByTestId('ack').waitFor();
      await first.close();

      const second = await launch({ userDataDir: profile });
      const again = await second.open('popup.html');
      await expect.poll(() => again.getByTestId('today-list').textContent()).toContain('unwanted');
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
