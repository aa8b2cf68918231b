import { browser } from 'wxt/browser';
import { latestJobRejection } from '../db/rejections';
import { getSettings } from '../settings';
import { afterChoice, type Choice, DAY, type JobBoardState, STATE_KEY } from './timing';

export async function readState(): Promise<JobBoardState> {
  const got = await browser.storage.local.get(STATE_KEY);
  const s = got[STATE_KEY] as Partial<JobBoardState> | undefined;
  return {
    days: typeof s?.days === 'number' ? s.days : 7,
    neverHosts: Array.isArray(s?.neverHosts) ? s.neverHosts.filter((h) => typeof h === 'string') : [],
    ...(s?.lastNo && typeof s.lastNo.at === 'number'
      ? { lastNo: { at: s.lastNo.at, who: String(s.lastNo.who ?? '') } }
      : {}),
    ...(typeof s?.lastShownAt === 'number' ? { lastShownAt: s.lastShownAt } : {}),
    ...(typeof s?.snoozeUntil === 'number' ? { snoozeUntil: s.snoozeUntil } : {}),
  };
}

async function write(state: JobBoardState): Promise<JobBoardState> {
  await browser.storage.local.set({ [STATE_KEY]: state });
  return state;
}

/**
 * Recomputes the small value the job-board script reads: the latest job no within the window
 * the person chose. Call after a no is added or removed, or the days setting changes.
 */
export async function refreshJobBoardState(now = Date.now()): Promise<JobBoardState> {
  const [settings, state] = await Promise.all([getSettings(), readState()]);
  const latest = await latestJobRejection(now - settings.jobBoardDays * DAY);
  const { lastNo: _old, ...rest } = state;
  return write({
    ...rest,
    days: settings.jobBoardDays,
    ...(latest ? { lastNo: { at: latest.at, who: latest.who } } : {}),
  });
}

export async function recordChoice(choice: Choice, host: string, now = Date.now()): Promise<JobBoardState> {
  return write(afterChoice(await readState(), choice, host, now));
}

/** "Never here" undone from the settings page. */
export async function forgetNeverHost(host: string): Promise<JobBoardState> {
  const state = await readState();
  return write({ ...state, neverHosts: state.neverHosts.filter((h) => h !== host) });
}
