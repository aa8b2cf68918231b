import { browser } from 'wxt/browser';
import { chooseMoment } from '../db/memories';
import { addRejection, deleteRejectionBySourceKey } from '../db/rejections';
import type { Handlers, Sender } from '../messaging/server';
import { FEATURES, syncRegistrations } from '../permissions/features';
import { getSettings, updateSettings, watchSettings } from '../settings';
import { STORAGE_KEYS } from '../storage-keys';
import { readState, recordChoice, refreshJobBoardState } from './state';
import { cardWindow, daysSince, decide, STATE_KEY } from './timing';

const CARD_SCRIPT = '/job-board-card.js';
/** Wakes the background when the job-board window opens or closes (next day, snooze over, window end). */
export const JOBBOARD_ALARM = 'jobboard-window';
// Keys (one-way) of emails the person said were not a no, so reopening them records nothing.
const NOT_A_NO_KEY = STORAGE_KEYS.notANo;
const NOT_A_NO_MAX = 500;

async function notANoKeys(): Promise<string[]> {
  const got = await browser.storage.local.get(NOT_A_NO_KEY);
  const keys = got[NOT_A_NO_KEY];
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
}
const REFRAMES = 4;

function senderHost(sender: Sender): string {
  try {
    return new URL(sender.url ?? sender.tab?.url ?? '').host;
  } catch {
    return '';
  }
}

/** Messages from the opt-in content scripts, and the pages they open. */
export const jobsHandlers: Handlers = {
  'email.noticed': async ({ key, company }, sender) => {
    if (!sender.tab || !(await getSettings()).emailNoticing) throw new Error('Email noticing is off');
    const who = company ?? '';
    if ((await notANoKeys()).includes(key)) return { created: false, who };
    const { row, created } = await addRejection({
      kind: 'job-application',
      who,
      source: 'email',
      sourceKey: key,
    });
    if (created) await refreshJobBoardState();
    return { created, who: row.who };
  },
  'email.notANo': async ({ key }) => {
    const keys = (await notANoKeys()).filter((k) => k !== key);
    await browser.storage.local.set({ [NOT_A_NO_KEY]: [...keys, key].slice(-NOT_A_NO_MAX) });
    await deleteRejectionBySourceKey(key);
    await refreshJobBoardState();
    return { ok: true };
  },
  'jobboard.show': async ({ host }, sender) => {
    const tabId = sender.tab?.id;
    // The host comes from the page; trust the browser's word for it instead.
    if (tabId === undefined || senderHost(sender) !== host || !(await getSettings()).jobBoardPrompt)
      return { shown: false };
    const now = Date.now();
    if (decide(await readState(), host, now) !== 'due') return { shown: false };
    await recordChoice('shown', host, now);
    // Shown for today: the script comes off job sites until tomorrow (the state change resyncs).
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [CARD_SCRIPT],
    });
    return { shown: true };
  },
  'jobboard.card': async () => {
    const state = await readState();
    if (!state.lastNo) return null;
    const now = Date.now();
    const moment = await chooseMoment({ kinds: ['capable', 'proud'], now });
    return {
      who: state.lastNo.who,
      daysAgo: daysSince(state.lastNo.at, now),
      // A different reframe each day, the same one all day.
      reframe: Math.floor(now / 86_400_000) % REFRAMES,
      moment: moment?.text ?? null,
    };
  },
  // The job-board script found the window closed: drop it until the next no.
  'jobboard.stale': async () => {
    await refreshJobBoardState();
    await sync();
    return { ok: true };
  },
  'jobboard.choice': async ({ choice, host }, sender) => {
    if (senderHost(sender) === host) await recordChoice(choice, host);
    return { ok: true };
  },
  'open.page': async ({ page }) => {
    const path = { popup: '/popup.html', reframe: '/reframe.html', step: '/newtab.html#step' }[page];
    await browser.tabs.create({ url: (browser.runtime.getURL as (p: string) => string)(path) });
    return { ok: true };
  },
};

// One sync at a time: two overlapping registrations of the same id would fail.
let syncing: Promise<void> = Promise.resolve();
function sync(): Promise<void> {
  syncing = syncing.then(syncNow, syncNow);
  return syncing;
}

async function syncNow(): Promise<void> {
  const [settings, state] = await Promise.all([getSettings(), readState()]);
  const window = cardWindow(state, Date.now());
  await browser.alarms.clear(JOBBOARD_ALARM);
  if (settings.jobBoardPrompt && window.next !== undefined)
    await browser.alarms.create(JOBBOARD_ALARM, { when: window.next });
  await syncRegistrations(settings, { jobBoardWindow: window.due, jobBoardNever: state.neverHosts });
}

/**
 * Keeps the opt-in content scripts in step with settings and permissions: registered when a
 * feature is on and granted (again at browser start), gone when it is off or access is taken back.
 */
export function setupJobs(): void {
  let last = '';
  watchSettings((s) => {
    const key = JSON.stringify([s.emailNoticing, s.jobBoardPrompt, s.jobBoardExtraHosts, s.jobBoardDays]);
    if (key === last) return;
    last = key;
    void sync();
    void refreshJobBoardState();
  });
  // A new no (from email, the popup, or "not a no") opens or closes the job-board window.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STATE_KEY in changes) void sync();
  });
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(async () => {
    // Access taken back in the browser's own settings: the feature is off, and says so.
    const settings = await getSettings();
    for (const spec of Object.values(FEATURES)) {
      if (!settings[spec.setting]) continue;
      const origins = spec.sites(settings).map((s) => s.origin);
      if (!(await browser.permissions.contains({ origins }))) await updateSettings({ [spec.setting]: false });
    }
    await sync();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === JOBBOARD_ALARM) void sync();
  });
  browser.runtime.onStartup.addListener(() => void sync());
  browser.runtime.onInstalled.addListener(() => void sync());
  void sync();
}
