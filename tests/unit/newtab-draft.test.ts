import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DRAFT_KEY,
  type Draft,
  draftWriter,
  emptyDraft,
  loadDraft,
  mergeIncoming,
  parseDraft,
  watchDraft,
} from '@/lib/newtab/draft';

const draft = (text: string, updatedAt: number, writer = 'tab-a'): Draft => ({
  promptId: 'clarify',
  prompt: 'What did it clarify?',
  text,
  updatedAt,
  writer,
});

describe('new-tab draft', () => {
  it('is saved on every change and read back in a new tab (closed tab, crash)', async () => {
    const w = draftWriter();
    void w.save(draft('I', 1));
    void w.save(draft('I lea', 2));
    await w.save(draft('I learned', 3));
    await w.flush();
    expect(await loadDraft()).toEqual(draft('I learned', 3));
  });

  it('writes the latest text last, however fast the typing', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const w = draftWriter();
    const saves = Array.from({ length: 20 }, (_, i) => w.save(draft('x'.repeat(i + 1), i + 1)));
    await Promise.all(saves);
    expect((await loadDraft())?.text).toBe('x'.repeat(20));
    // Queued keystrokes collapse: far fewer writes than keystrokes.
    expect(set.mock.calls.length).toBeLessThan(20);
  });

  it.each([[undefined], ['text'], [{ text: 'no prompt' }], [{ ...draft('a', 1), updatedAt: 'yesterday' }]])(
    'ignores a stored value that is not a draft: %j',
    async (raw) => {
      await fakeBrowser.storage.local.set({ [DRAFT_KEY]: raw });
      expect(await loadDraft()).toBeUndefined();
      expect(parseDraft(raw)).toBeUndefined();
    },
  );

  it("tells other tabs, not the writer's own", async () => {
    const seenByB = vi.fn();
    const seenByA = vi.fn();
    const stopB = watchDraft('tab-b', seenByB);
    const stopA = watchDraft('tab-a', seenByA);
    await draftWriter().save(draft('shared', 5, 'tab-a'));
    expect(seenByB).toHaveBeenCalledWith(draft('shared', 5, 'tab-a'));
    expect(seenByA).not.toHaveBeenCalled();
    stopA();
    stopB();
  });

  it.each([
    ['nothing local yet', undefined, draft('b', 5, 'tab-b'), 'b'],
    ['incoming is newer', draft('a', 4), draft('b', 5, 'tab-b'), 'b'],
    ['local is newer', draft('a', 6), draft('b', 5, 'tab-b'), 'a'],
    ['cleared after local typing', draft('a', 4), emptyDraft('tab-b', 5), ''],
    ['typed after the clear', draft('a', 6), emptyDraft('tab-b', 5), 'a'],
  ])('two tabs on one draft: %s', (_, local, incoming, text) => {
    expect(mergeIncoming(local, incoming).text).toBe(text);
  });
});
