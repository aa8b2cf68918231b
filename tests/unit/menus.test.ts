import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMenuClick } from '@/lib/menus/click';
import { installMenus, MENUS } from '@/lib/menus/menus';
import { HANDOFF_KEY, HANDOFF_MAX, parseHandoff } from '@/lib/reframe/handoff';

const deps = () => ({
  setSession: vi.fn((items: Record<string, unknown>) => fakeBrowser.storage.session.set(items)),
  openTab: vi.fn(async (_url: string) => undefined),
  pageUrl: (p: string) => `chrome-extension://abc${p}`,
  now: () => 1000,
});

describe('context menus', () => {
  it('declares "Reframe this" on selections', () => {
    expect(MENUS.map((m) => [m.id, m.titleKey, m.contexts])).toEqual([
      ['reframe-selection', 'reframe_menu', ['selection']],
    ]);
  });

  it('installs every declared menu once, after clearing old ones', async () => {
    const api = { removeAll: vi.fn(async () => {}), create: vi.fn() };
    await installMenus(api, (k) => `title:${k}`);
    expect(api.removeAll).toHaveBeenCalledOnce();
    expect(api.create).toHaveBeenCalledWith({
      id: 'reframe-selection',
      title: 'title:reframe_menu',
      contexts: ['selection'],
    });
  });

  it('hands the selection over through session storage and opens reframe.html', async () => {
    const d = deps();
    expect(
      await handleMenuClick(
        { menuItemId: 'reframe-selection', selectionText: 'Nobody will ever hire me' },
        d,
      ),
    ).toBe('reframe-selection');
    const stored = parseHandoff((await fakeBrowser.storage.session.get(HANDOFF_KEY))[HANDOFF_KEY]);
    expect(stored).toEqual({
      text: 'Nobody will ever hire me',
      cut: false,
      length: 24,
      crisis: false,
      at: 1000,
    });
    // The text never goes into the URL.
    expect(d.openTab).toHaveBeenCalledWith('chrome-extension://abc/reframe.html?from=session');
  });

  it('cuts a 5 MB selection before storing it', async () => {
    const d = deps();
    await handleMenuClick(
      { menuItemId: 'reframe-selection', selectionText: 'I failed. '.repeat(524_288) },
      d,
    );
    const stored = parseHandoff((await fakeBrowser.storage.session.get(HANDOFF_KEY))[HANDOFF_KEY]);
    expect(stored?.cut).toBe(true);
    expect(stored?.text.length).toBeLessThanOrEqual(HANDOFF_MAX);
  });

  it('ignores clicks on menus that are not ours, and empty selections open an empty record', async () => {
    const d = deps();
    expect(await handleMenuClick({ menuItemId: 'other' }, d)).toBeUndefined();
    expect(d.openTab).not.toHaveBeenCalled();
    await handleMenuClick({ menuItemId: 'reframe-selection' }, d);
    expect(d.openTab).toHaveBeenCalledOnce();
  });
});
