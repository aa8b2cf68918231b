import { describe, expect, it, vi } from 'vitest';
import { handleCommand } from '@/lib/commands/press';
import { HANDOFF_KEY } from '@/lib/reframe/handoff';

function deps(selection: string | Error) {
  return {
    readSelection: vi.fn(() =>
      selection instanceof Error ? Promise.reject(selection) : Promise.resolve(selection),
    ),
    setSession: vi.fn(async (_items: Record<string, unknown>) => {}),
    openTab: vi.fn(async (_url: string) => {}),
    pageUrl: (p: string) => `chrome-extension://id${p}`,
    now: () => 1,
  };
}

describe('keyboard shortcuts', () => {
  it('reframes the selection through the same hand-off as the menu', async () => {
    const d = deps('Nobody will ever hire me');
    expect(await handleCommand('reframe-selection', d)).toBe('reframe-selection');
    expect(d.setSession.mock.calls[0]?.[0][HANDOFF_KEY]).toMatchObject({ text: 'Nobody will ever hire me' });
    expect(d.openTab).toHaveBeenCalledWith('chrome-extension://id/reframe.html?from=session');
  });

  it.each([[''], [new Error('cannot script chrome:// pages')]])(
    'opens an empty thought record when the selection is %s',
    async (sel) => {
      const d = deps(sel);
      await handleCommand('reframe-selection', d);
      expect(d.setSession.mock.calls[0]?.[0][HANDOFF_KEY]).toMatchObject({ text: '' });
      expect(d.openTab).toHaveBeenCalledOnce();
    },
  );

  it('opens the journal on the new tab', async () => {
    const d = deps('');
    expect(await handleCommand('open-journal', d)).toBe('open-journal');
    expect(d.openTab).toHaveBeenCalledWith('chrome-extension://id/newtab.html#journal');
    expect(d.readSelection).not.toHaveBeenCalled();
  });

  it('ignores commands that are not ours', async () => {
    const d = deps('x');
    expect(await handleCommand('_execute_action', d)).toBeUndefined();
    expect(d.openTab).not.toHaveBeenCalled();
  });
});
