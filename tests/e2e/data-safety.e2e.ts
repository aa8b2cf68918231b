import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../lib/limits';
import { axe, getRows, memoryRow, putRows, useHarness } from './harness';

// Never lose a word (docs/ARCHITECTURE.md, "Limits" and "Storage"): bad rows can't blank a page,
// the extension's own backups always come back, and delete all leaves no words anywhere.

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

type Area = { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
type ExtensionStorage = { storage: { local: Area; session: Area } };

/** Every storage area the extension has, read from one of its pages. */
async function storageAreas(page: Page) {
  return page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ExtensionStorage }).chrome;
    return { local: await c.storage.local.get(null), session: await c.storage.session.get(null) };
  });
}

async function deleteAllFromDialog(page: Page) {
  await page.getByRole('button', { name: 'Delete all my data…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete everything you wrote here?' });
  await confirm.getByTestId('delete-also').waitFor();
  return confirm;
}

describe('never lose a word', () => {
  const h = useHarness();

  it('a row dated beyond what a page can show never blanks the options page or the new tab', async () => {
    const page = await h.open('options.html');
    const bad = 8.7e15;
    await putRows(page, 'memories', [{ ...memoryRow('A moment from the far future', ['proud']), date: bad }]);
    await putRows(page, 'feelings', [{ id: 'bad-f', createdAt: bad, updatedAt: bad, words: ['hurt'] }]);
    await putRows(page, 'reflections', [
      {
        id: 'bad-r',
        createdAt: bad,
        updatedAt: bad,
        promptId: 'p',
        prompt: 'What did it clarify?',
        text: 'x',
      },
    ]);
    await page.reload();
    // The data section still renders and its delete-all still works.
    await page.getByRole('button', { name: 'Delete all my data…' }).waitFor();
    expect(await page.getByTestId('page-error').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('page-error').first().getAttribute('role')).toBe('alert');
    expect(await axe(page)).toEqual([]);

    const tab = await h.context.newPage();
    await tab.goto(`chrome-extension://${h.extensionId}/newtab.html`);
    await tab.getByRole('button', { name: 'Open my space' }).click();
    await tab.getByTestId('private').waitFor();
    await tab.locator('summary', { hasText: 'Your recent reflections' }).click();
    await poll(() => tab.getByTestId('page-error').count()).toBeGreaterThan(0);
    // The writing space still works whatever the past rows hold.
    await tab.getByTestId('reflection').fill('Still here.');
    expect(await tab.getByTestId('reflection').inputValue()).toBe('Still here.');
    await tab.close();

    const confirm = await deleteAllFromDialog(page);
    await confirm.getByRole('button', { name: 'Delete everything' }).click();
    // A reload before the delete has finished aborts its transaction, and the bad rows stay.
    await page.getByRole('status').filter({ hasText: 'has been deleted' }).waitFor();
    await page.reload();
    await page.waitForSelector('html[data-ready="1"]');
    expect(await page.getByTestId('page-error').count()).toBe(0);
    await page.close();
  });

  it('refuses a backup whose dates are out of range, and changes nothing', async () => {
    const page = await h.open('options.html#data');
    await putRows(page, 'memories', [memoryRow('Kept safe', ['loved'])]);
    const file = {
      format: 'redirection-backup',
      version: 1,
      exportedAt: 1,
      data: { memories: [{ ...memoryRow('From far away', ['proud']), date: 8.7e15 }] },
    };
    await page.getByLabel('Choose a backup file').setInputFiles({
      name: 'far.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await poll(() => page.getByTestId('import-error').textContent()).toContain('memories, row 1, date');
    expect(await page.getByTestId('import-error').textContent()).toContain('Nothing was changed.');
    expect((await getRows(page, 'memories')).map((m) => m.text)).toEqual(['Kept safe']);
    await page.close();
  });

  it('exports rows at every limit and imports them back, plain and locked', async () => {
    const page = await h.open('options.html#data');
    const now = Date.now();
    await putRows(page, 'reflections', [
      {
        id: 'long-r',
        createdAt: now,
        updatedAt: now,
        promptId: 'p',
        prompt: 'Q',
        text: 'j'.repeat(LIMITS.reflection),
      },
    ]);
    await putRows(page, 'rejections', [
      {
        id: 'long-w',
        createdAt: now,
        updatedAt: now,
        at: now,
        kind: 'other',
        who: 'w'.repeat(LIMITS.who),
        source: 'manual',
      },
    ]);
    for (const pass of [undefined, 'a long passphrase']) {
      const downloading = page.waitForEvent('download');
      if (pass) {
        await page.getByLabel('Passphrase', { exact: true }).first().fill(pass);
        await page.getByLabel('Passphrase again').fill(pass);
        await page.getByRole('button', { name: 'Download a locked backup' }).click();
      } else {
        await page.getByRole('button', { name: 'Download a backup', exact: true }).click();
      }
      const file = await (await downloading).path();
      const confirm = await deleteAllFromDialog(page);
      await confirm.getByRole('button', { name: 'Delete everything' }).click();
      await poll(async () => (await getRows(page, 'reflections')).length).toBe(0);
      await page.getByLabel('Choose a backup file').setInputFiles(file);
      if (pass) {
        await page
          .locator('#data form')
          .filter({ hasText: 'locked with a passphrase' })
          .getByLabel('Passphrase')
          .fill(pass);
        await page.getByRole('button', { name: 'Open' }).click();
      }
      await page.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
      await poll(() => page.getByTestId('import-done').count()).toBe(1);
      const [r] = await getRows(page, 'reflections');
      expect(String(r?.text).length).toBe(LIMITS.reflection);
      const [w] = await getRows(page, 'rejections');
      expect(String(w?.who).length).toBe(LIMITS.who);
    }
    await page.close();
  });

  it('a history edit past the limit is cut there and says so', async () => {
    const page = await h.open('options.html#record');
    await page.getByRole('combobox', { name: 'Show', exact: true }).selectOption({ label: 'Rejections' });
    const history = page.getByTestId('history');
    await history.getByRole('button', { name: 'Edit' }).first().click();
    await history.getByLabel('Who or where').fill('z'.repeat(LIMITS.who + 100));
    await poll(() => history.getByRole('status').first().textContent()).toContain(
      `Only the first ${LIMITS.who} characters fit here`,
    );
    await history.getByRole('button', { name: 'Save' }).click();
    await poll(async () => String((await getRows(page, 'rejections'))[0]?.who).length).toBe(LIMITS.who);
    await page.close();
  });

  it('a long paste into a note is cut at its limit with a note saying so', async () => {
    const page = await h.open('popup.html');
    await page.locator('summary', { hasText: 'More detail (optional)' }).click();
    const note = page.getByLabel('A few words about it (just for you)');
    await note.waitFor();
    await note.fill('n'.repeat(LIMITS.note + 500));
    expect((await note.inputValue()).length).toBe(LIMITS.note);
    await poll(() => page.getByTestId('limit-note').first().textContent()).toContain(
      `Only the first ${LIMITS.note.toLocaleString('en')} characters fit here`,
    );
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('says a changed locked backup is damaged, not a wrong passphrase', async () => {
    const page = await h.open('options.html#data');
    await page.getByLabel('Passphrase', { exact: true }).first().fill('a long passphrase');
    await page.getByLabel('Passphrase again').fill('a long passphrase');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a locked backup' }).click();
    const sealed = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    const salt = Buffer.from(sealed.salt, 'base64');
    salt[3] = (salt[3] ?? 0) ^ 1;
    const damaged = path.join(tmpdir(), `damaged-${Date.now()}.json`);
    writeFileSync(damaged, JSON.stringify({ ...sealed, salt: salt.toString('base64') }));
    await page.getByLabel('Choose a backup file').setInputFiles(damaged);
    await poll(() => page.getByTestId('import-error').textContent()).toContain('damaged');
    expect(await page.getByTestId('import-error').textContent()).not.toContain('doesn’t open');
    await page.close();
  });

  it('delete all leaves no words in any storage area, and the dialog says what stays', async () => {
    const tab = await h.open('newtab.html');
    await tab.getByRole('button', { name: 'Open my space' }).click();
    await tab.getByTestId('reflection').fill('An unsaved draft about the interview');
    const page = await h.open('options.html#data');
    await putRows(page, 'feelings', [
      { id: 'f-del', createdAt: Date.now(), updatedAt: Date.now(), words: ['hurt'] },
    ]);
    await page.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: ExtensionStorage }).chrome;
      await c.storage.local.set({
        jobBoardState: { days: 7, neverHosts: [], lastNo: { at: 1, who: 'Acme Corp' } },
      });
      await c.storage.session.set({ 'reframe:handoff': { text: 'selected words' } });
    });
    await poll(async () => JSON.stringify((await storageAreas(page)).local)).toContain('unsaved draft');
    const confirm = await deleteAllFromDialog(page);
    expect(await confirm.getByTestId('delete-also').textContent()).toContain('unsaved journal draft');
    expect(await confirm.getByTestId('delete-keeps').textContent()).toContain('Only your settings stay');
    await confirm.getByRole('button', { name: 'Delete everything' }).click();
    await poll(async () => JSON.stringify(await storageAreas(page))).not.toContain('unsaved draft');
    const areas = await storageAreas(page);
    expect(Object.keys(areas.local).filter((k) => k !== 'settings' && k !== 'newtabDraft')).toEqual([]);
    expect((areas.local.newtabDraft as { text: string } | undefined)?.text ?? '').toBe('');
    expect(areas.session).toEqual({});
    // The first-view snapshots held the draft too (lib/snapshot/store.ts).
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain('unsaved draft');
    for (const table of ['feelings', 'memories', 'reflections', 'thoughts', 'rejections', 'steps'])
      expect(await getRows(page, table)).toEqual([]);
    // The open new tab drops the words too, rather than saving them back.
    await poll(() => tab.getByTestId('reflection').inputValue()).toBe('');
    await tab.close();
    await page.close();
  });
});
