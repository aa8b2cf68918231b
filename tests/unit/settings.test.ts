import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, parseSettings, updateSettings, watchSettings } from '@/lib/settings';

describe('settings', () => {
  it('starts from defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves changes and tells watchers', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await updateSettings({ theme: 'dark', jobBoardDays: 10 });
    expect(await getSettings()).toMatchObject({ theme: 'dark', jobBoardDays: 10, newtabVeil: true });
    expect(seen).toHaveBeenCalledWith(expect.objectContaining({ theme: 'dark' }));
    stop();
  });

  it.each([
    [null, DEFAULT_SETTINGS],
    ['nonsense', DEFAULT_SETTINGS],
    [{ theme: 'purple' }, DEFAULT_SETTINGS],
    [
      { jobBoardDays: -1, newtabVeil: false },
      { ...DEFAULT_SETTINGS, newtabVeil: false },
    ],
    [
      { prompts: { dailyCheckIn: true } },
      { ...DEFAULT_SETTINGS, prompts: { afterHardFeeling: true, dailyCheckIn: true } },
    ],
    [{ kindsFirst: ['romantic', 'bogus'] }, DEFAULT_SETTINGS],
    [
      { unknownKey: 1, theme: 'light' },
      { ...DEFAULT_SETTINGS, theme: 'light' },
    ],
  ])('parses stored %j safely', (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
  });

  it('reads what another context stored', async () => {
    await fakeBrowser.storage.local.set({ settings: { newtabMinimal: true } });
    expect((await getSettings()).newtabMinimal).toBe(true);
  });
});
