import { browser } from 'wxt/browser';
import { decide, type JobBoardState, STATE_KEY, typingNow } from '@/lib/jobboard/timing';
import { sendMessage } from '@/lib/messaging/client';

// Always loaded on job boards the person invited us onto, so it stays tiny: it reads one small
// value and decides. The card (React) is brought in by the background only when one is due.
// `matches: []`: the real patterns are passed to registerContentScripts (lib/permissions).
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  async main(ctx) {
    const host = location.host;
    const got = await browser.storage.local.get(STATE_KEY);
    const state = got[STATE_KEY] as JobBoardState | undefined;
    const reason =
      state && Array.isArray(state.neverHosts) ? decide(state, host, Date.now()) : 'nothing-recent';
    // The window after the last no has closed: the background unregisters this script.
    if (reason === 'nothing-recent') void sendMessage('jobboard.stale', {}).catch(() => {});
    if (reason !== 'due') return;

    // Never while the person is typing: wait for a quiet moment (give up after ten minutes).
    let lastKeyAt = 0;
    ctx.addEventListener(
      document,
      'keydown',
      () => {
        lastKeyAt = Date.now();
      },
      { capture: true },
    );
    const until = Date.now() + 600_000;
    while (typingNow(document.activeElement, lastKeyAt, Date.now())) {
      if (Date.now() > until || ctx.isInvalid) return;
      await new Promise((r) => ctx.setTimeout(() => r(undefined), 1500));
    }
    if (!ctx.isInvalid) await sendMessage('jobboard.show', { host });
  },
});
