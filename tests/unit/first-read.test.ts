import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyStoredTheme, handOff, takeHandOff } from '@/lib/boot';
import { dayRange } from '@/lib/dates';
import { RedirectionDB, setDb } from '@/lib/db/db';
import { addFeeling, listFeelings } from '@/lib/db/feelings';
import { addMemory } from '@/lib/db/memories';
import { rawRead } from '@/lib/db/raw';
import { addReflection } from '@/lib/db/reflections';
import { addOwnStep, markOwnStepDone, recordSuggestionDone } from '@/lib/db/steps';
import { firstRead, glanceOnScreen } from '@/lib/newtab/first-read';
import { fromFirstRead } from '@/lib/newtab/from-first-read';
import { kindEntries, RECENT_FEELINGS } from '@/lib/newtab/kinds';
import { loadNewTab } from '@/lib/newtab/load';
import { recentKinds } from '@/lib/newtab/prompts';
import { popupFirstRead } from '@/lib/popup/first-read';
import { parseSettings, updateSettings } from '@/lib/settings';

const DAY = 86_400_000;
const now = new Date(2026, 10, 27, 15).getTime();
let database: RedirectionDB;

beforeEach(() => {
  // The fast path reads extension storage without the polyfill, as pages do.
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  database = new RedirectionDB();
  setDb(database);
});
afterEach(async () => {
  delete (globalThis as { chrome?: unknown }).chrome;
  await database.delete();
});

describe('fast first read (no Dexie)', () => {
  it('reads an absent database as empty, without creating it', async () => {
    database.close();
    await database.delete();
    expect(await rawRead({ f: { store: 'feelings', index: 'createdAt' } })).toEqual({ f: [] });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('redirection');
  });

  it('falls back (undefined) when a store is missing', async () => {
    await database.open();
    expect(await rawRead({ x: { store: 'nope', index: 'createdAt' } })).toBeUndefined();
  });

  it('gives the new tab exactly what the Dexie path gives', async () => {
    for (let d = 0; d < 40; d++)
      await addFeeling({ words: ['hurt'], kind: 'romantic', intensity: d % 11 }, now - d * DAY);
    await database.rejections.add({
      id: 'r1',
      createdAt: now - DAY,
      updatedAt: now - DAY,
      at: now - DAY,
      kind: 'job-application',
      who: 'Acme',
      source: 'manual',
    });
    await database.rejections.add({
      id: 'r2',
      createdAt: now - 90 * DAY,
      updatedAt: now,
      at: now - 90 * DAY,
      kind: 'romantic',
      who: '',
      source: 'manual',
    });
    await addReflection({ promptId: 'clarify', prompt: 'p', text: 'x' }, now - 2 * DAY);
    await addReflection({ promptId: 'old', prompt: 'p', text: 'x' }, now - 20 * DAY);
    const step = await addOwnStep('Water the plants', now - 3 * DAY);
    await addOwnStep('Call Sam', now - 4 * DAY);
    await markOwnStepDone(step.id, now - 1000);
    await recordSuggestionDone('walk', 'Go for a walk', now - 2000);
    await addMemory({ text: 'Finished the course', kinds: ['capable'] }, now - 5 * DAY);
    await addMemory({ text: 'Mum laughed at my joke', kinds: ['loved'] }, now - 6 * DAY);
    await updateSettings({ theme: 'dark', newtabVeil: false });
    await fakeBrowser.storage.local.set({
      newtabDraft: { promptId: 'clarify', prompt: 'p', text: 'half', updatedAt: 1, writer: 'w' },
    });

    const fast = await fromFirstRead(await firstRead(now), now);
    const slow = await loadNewTab(now);
    expect(fast.feelings).toHaveLength(30);
    expect(fast).toEqual(slow);
    expect(fast.settings.theme).toBe('dark');
    expect(fast.draft?.text).toBe('half');
  });

  it.each([
    ['all, oldest first', {}, [0, 1, 2, 3, 4]],
    ['all, newest first', { direction: 'prev' as const }, [4, 3, 2, 1, 0]],
    ['first two', { limit: 2 }, [0, 1]],
    ['last two, newest first', { direction: 'prev' as const, limit: 2 }, [4, 3]],
    ['a range, newest first', { range: IDBKeyRange.bound(1, 3), direction: 'prev' as const }, [3, 2, 1]],
  ])('reads an index range: %s', async (_, q, want) => {
    for (let i = 0; i < 5; i++) await addFeeling({ words: [`w${i}`] }, i);
    const got = await rawRead({ f: { store: 'feelings', index: 'createdAt', ...q } });
    expect(((got?.f ?? []) as { createdAt: number }[]).map((f) => f.createdAt)).toEqual(want);
  });

  it("gives the popup today's feelings as the Dexie path does, with settings", async () => {
    for (let h = 0; h < 30; h++) await addFeeling({ words: ['hurt'] }, now - h * 3_600_000);
    await updateSettings({ theme: 'light' });
    const fast = await popupFirstRead(now);
    expect(fast.today).toEqual(await listFeelings(dayRange(now)));
    expect(fast.today).toHaveLength(16);
    expect((fast.stored.settings as { theme: string }).theme).toBe('light');
  });
});

describe('new tab first read behind the veil', () => {
  it.each([
    [undefined, false],
    [{}, false],
    [{ newtabVeil: true }, false],
    [{ newtabVeil: false }, true],
    [{ newtabVeil: false, newtabMinimal: true }, false],
    [{ newtabVeil: false, newtabMinimal: 'yes' }, true],
    [{ newtabVeil: 'no' }, false],
  ])('settings %j: glance on screen %s (as the page reads them)', (settings, want) => {
    expect(glanceOnScreen(settings)).toBe(want);
    // The page shows the glance exactly when parseSettings says veil off and not minimal.
    const s = parseSettings(settings);
    expect(!s.newtabVeil && !s.newtabMinimal).toBe(want);
  });

  it('reads only the newest feelings that tailor the prompt while the glance is covered, and tailors the same', async () => {
    const kinds = ['romantic', 'job-application', 'friendship'] as const;
    for (let i = 0; i < 150; i++)
      await addFeeling(
        { words: ['hurt'], kind: kinds[i % 7 === 0 ? 0 : i < 60 ? 1 : 2] },
        now - i * 3_600_000,
      );
    const covered = await fromFirstRead(await firstRead(now), now);
    expect(covered.settings.newtabVeil).toBe(true);
    expect(covered.feelings).toHaveLength(RECENT_FEELINGS);
    await updateSettings({ newtabVeil: false });
    const open = await fromFirstRead(await firstRead(now), now);
    expect(open.feelings).toHaveLength(150);
    expect(covered.feelings).toEqual(open.feelings.slice(0, RECENT_FEELINGS));
    expect(recentKinds(kindEntries(covered.feelings, covered.rejections))).toEqual(
      recentKinds(kindEntries(open.feelings, open.rejections)),
    );
    // Only the newest count: the older friendship feelings outnumber them but do not lead.
    expect(recentKinds(kindEntries(open.feelings, open.rejections))[0]).toBe('job-application');
  });
});

describe('boot hand-off', () => {
  it('hands a value from the boot script to the page once', () => {
    expect(takeHandOff('newtab')).toBeUndefined();
    const value = { opened: 1 };
    handOff('newtab', value);
    expect(takeHandOff('popup')).toBeUndefined();
    expect(takeHandOff('newtab')).toBe(value);
    expect(takeHandOff('newtab')).toBeUndefined();
  });

  it.each([
    [{ theme: 'dark' }, 'dark'],
    [{ theme: 'light' }, 'light'],
    [{ theme: 'system' }, undefined],
    [{ theme: '<b>' }, undefined],
    [undefined, undefined],
    ['nonsense', undefined],
  ])('puts stored theme %j on the page as %s', (settings, want) => {
    const root = { dataset: {} as DOMStringMap };
    applyStoredTheme(settings, root);
    expect(root.dataset.theme).toBe(want);
  });
});
