import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, putRows, useHarness } from './harness';

/** A busy shared machine can take more than the default second to write and re-render. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

const moments = (page: Page) => page.getByTestId('moment');
const count = (page: Page) => page.getByTestId('moment-count').textContent();

async function addMoment(
  page: Page,
  text: string,
  extra: { people?: string; tags?: string; kind?: string } = {},
) {
  const form = page.getByRole('form', { name: 'Add a moment' });
  await form.getByLabel('What happened?').fill(text);
  if (extra.people) await form.getByLabel('People (optional)').fill(extra.people);
  if (extra.tags) await form.getByLabel('Tags (optional)').fill(extra.tags);
  if (extra.kind) await form.getByRole('checkbox', { name: extra.kind }).check();
  await form.getByRole('button', { name: 'Keep this moment' }).click();
  await poll(() => page.getByRole('status').first().textContent()).toContain('Kept in your inner file');
}

describe('options: the inner file and your data', () => {
  const h = useHarness();

  it('starts with helpful prompts, then adds, finds, edits, pins and deletes a moment', async () => {
    const page = await h.open('options.html#inner-file');
    await page.getByRole('button', { name: 'A time someone thanked you' }).click();
    // The prompt suggests what the moment showed and puts the cursor in the text.
    await poll(() => page.getByLabel('What happened?').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    expect(await page.getByRole('checkbox', { name: 'Loved' }).isChecked()).toBe(true);
    await page.keyboard.type('Ana thanked me for the dinner I cooked');
    await page.getByLabel('People (optional)').fill('Ana');
    await page.getByLabel('Tags (optional)').fill('friends, cooking');
    await page.getByRole('button', { name: 'Keep this moment' }).click();
    await poll(() => moments(page).count()).toBe(1);
    await addMoment(page, 'Finished the half marathon in the rain', { kind: 'Proud', tags: 'running' });
    await addMoment(page, 'Fixed the build everyone had given up on', { kind: 'Capable', tags: 'work' });
    await poll(() => count(page)).toBe('3 moments');

    // Find: text, people and tags, and the filters.
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('marathon');
    await poll(() => count(page)).toBe('1 of 3 moments');
    await search.fill('ana');
    await poll(() => moments(page).first().textContent()).toContain('dinner');
    await search.fill('');
    await page.getByLabel('It showed I was').selectOption({ label: 'Capable' });
    await poll(() => count(page)).toBe('1 of 3 moments');
    await page.getByLabel('It showed I was').selectOption({ label: 'Any' });
    await page.getByLabel('Tag', { exact: true }).selectOption('running');
    await poll(() => moments(page).first().textContent()).toContain('marathon');
    await page.getByLabel('Tag', { exact: true }).selectOption('');

    // Edit.
    const dinner = moments(page).filter({ hasText: 'dinner' });
    await dinner.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit this moment' });
    await edit.getByLabel('What happened?').fill('Ana thanked me for the birthday dinner I cooked');
    await edit.getByRole('button', { name: 'Save' }).click();
    await poll(() => moments(page).filter({ hasText: 'birthday dinner' }).count()).toBe(1);

    // Pin, then pinned first.
    await moments(page).filter({ hasText: 'birthday' }).getByRole('button', { name: 'Pin' }).click();
    await poll(() =>
      moments(page)
        .filter({ hasText: 'birthday' })
        .getByRole('button', { name: 'Pin' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await page.getByLabel('Order').selectOption({ label: 'Pinned first' });
    await poll(() => moments(page).first().textContent()).toContain('birthday');
    await page.getByLabel('Order').selectOption({ label: 'Newest first' });

    // Delete, undo, delete.
    await moments(page).filter({ hasText: 'build' }).getByRole('button', { name: 'Delete' }).click();
    await poll(() => moments(page).count()).toBe(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await poll(() => moments(page).count()).toBe(3);
    await moments(page).filter({ hasText: 'build' }).getByRole('button', { name: 'Delete' }).click();
    await poll(() => moments(page).count()).toBe(2);

    // Still there after a reload.
    await page.reload();
    await page.waitForSelector('html[data-ready="1"]');
    await poll(() => count(page)).toBe('2 moments');
    await page.close();
  });

  it('reads one back at a time, large and calm, and moves on to another', async () => {
    const page = await h.open('options.html');
    await page.getByRole('button', { name: 'Read me one' }).click();
    const dialog = page.getByRole('dialog', { name: 'A moment from your inner file' });
    await poll(() => dialog.locator('blockquote').count()).toBe(1);
    const first = await dialog.locator('blockquote').textContent();
    await dialog.getByRole('button', { name: 'Another one' }).click();
    await poll(() => dialog.locator('blockquote').textContent()).not.toBe(first);
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);
    await page.close();
  });

  it('lists, edits and deletes other records, and charts feelings with a table', async () => {
    const page = await h.open('options.html#record');
    const now = Date.now();
    await putRows(page, 'feelings', [
      {
        id: 'f1',
        createdAt: now - 1000,
        updatedAt: now - 1000,
        words: ['dismissed'],
        intensity: 7,
        kind: 'at-work',
        note: 'the meeting',
      },
      { id: 'f2', createdAt: now - 2000, updatedAt: now - 2000, words: ['hopeful'], intensity: 3 },
    ]);
    await page.reload();
    await page.waitForSelector('html[data-ready="1"]');
    const history = page.getByTestId('history');
    await poll(() => history.textContent()).toContain('dismissed · 7/10 · At work (promotion, project)');
    await page.getByLabel('Kind of rejection').selectOption({ label: 'At work (promotion, project)' });
    await poll(() => history.getByRole('listitem').count()).toBe(1);
    await history.getByRole('button', { name: 'Edit' }).click();
    await history.getByLabel('Note').fill('the Monday meeting');
    await history.getByRole('button', { name: 'Save' }).click();
    await poll(() => history.textContent()).toContain('the Monday meeting');
    await history.getByRole('button', { name: 'Delete' }).click();
    await poll(() => history.getByRole('listitem').count()).toBe(0);
    await page.locator('#record').getByRole('button', { name: 'Undo' }).click();
    await poll(() => history.getByRole('listitem').count()).toBe(1);
    await poll(() => page.getByTestId('trends-chart').count()).toBe(1);
    await page.locator('summary', { hasText: 'Read it as a table' }).click();
    expect(await page.getByTestId('kinds-table').textContent()).toContain('At work');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('exports a backup, deletes everything, imports it back and sees it all again, settings too', async () => {
    const page = await h.open('options.html#settings');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup', exact: true }).click();
    const file = await (await downloading).path();
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    expect(backup).toMatchObject({ format: 'redirection-backup', version: 1, settings: { theme: 'dark' } });
    expect(backup.data.memories).toHaveLength(2);

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete everything you wrote here?' });
    await poll(() => confirm.getByTestId('delete-what').textContent()).toBe(
      'This deletes 2 feelings, 2 moments from this browser.',
    );
    expect(await axe(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Delete everything' }).click();
    await poll(() => page.getByRole('button', { name: 'A time someone thanked you' }).count()).toBe(1);
    await page.getByRole('radio', { name: 'Light' }).check();

    await page.getByLabel('Choose a backup file').setInputFiles(file);
    const preview = page.getByTestId('import-preview');
    await poll(() => preview.getByRole('row', { name: /Moments/ }).textContent()).toBe('Moments200');
    await preview.getByRole('button', { name: 'Import' }).click();
    await poll(() => page.getByTestId('import-done').textContent()).toContain('2 feelings, 2 moments');
    await poll(() => count(page)).toBe('2 moments');
    await poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await poll(() => page.getByTestId('history').textContent()).toContain('the Monday meeting');
    await page.close();
  });

  it('locks a backup with a passphrase and says plainly when the passphrase is wrong', async () => {
    const page = await h.open('options.html#data');
    await page.getByLabel('Passphrase', { exact: true }).first().fill('a long passphrase');
    await page.getByLabel('Passphrase again').fill('a long passphrase');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a locked backup' }).click();
    const file = await (await downloading).path();
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('redirection-backup-encrypted');
    await page.getByLabel('Choose a backup file').setInputFiles(file);
    const pass = page
      .locator('#data form')
      .filter({ hasText: 'locked with a passphrase' })
      .getByLabel('Passphrase');
    await pass.fill('not it');
    await page.getByRole('button', { name: 'Open' }).click();
    await poll(() => page.getByTestId('import-error').textContent()).toContain('doesn’t open this backup');
    await pass.fill('a long passphrase');
    await page.getByRole('button', { name: 'Open' }).click();
    await poll(() =>
      page
        .getByTestId('import-preview')
        .getByRole('row', { name: /Moments/ })
        .textContent(),
    ).toBe('Moments002');
    await page.close();
  });

  it.each([
    ['not JSON', 'this is not a backup', 'can’t be read as JSON'],
    ['another app', '{"notes":[]}', 'isn’t a Redirection backup'],
    [
      'a future version',
      '{"format":"redirection-backup","version":9,"exportedAt":1,"data":{}}',
      'newer version',
    ],
    [
      'a field of the wrong type',
      '{"format":"redirection-backup","version":1,"exportedAt":1,"data":{"memories":[{"id":"x","createdAt":"yesterday"}]}}',
      'memories, row 1, createdAt',
    ],
  ])('refuses %s with a clear message and leaves the data intact', async (_, text, message) => {
    const page = await h.open('options.html#data');
    await page
      .getByLabel('Choose a backup file')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await poll(() => page.getByTestId('import-error').textContent()).toContain(message);
    expect(await page.getByTestId('import-error').textContent()).toContain('Nothing was changed.');
    expect(await count(page)).toBe('2 moments');
    await page.close();
  });

  it('brings up crisis resources first when a moment speaks of self-harm', async () => {
    const page = await h.open('options.html');
    const form = page.getByRole('form', { name: 'Add a moment' });
    await form.getByLabel('What happened?').fill('Nothing matters, I want to kill myself');
    await poll(() => form.getByTestId('crisis').count()).toBe(1);
    expect(await form.locator('> *').first().getAttribute('data-testid')).toBe('crisis');
    expect(await form.getByTestId('crisis').textContent()).toContain('988');
    await page.close();
  });

  it('is axe-clean in light and dark, and made no network request', async () => {
    const page = await h.open('options.html');
    await page.getByRole('radio', { name: 'Same as my system' }).check();
    await page.locator('summary', { hasText: 'Read it as a table' }).click();
    expect(await axe(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page)).toEqual([]);
    await page.close();
    expect(h.outside).toEqual([]);
  });
});
