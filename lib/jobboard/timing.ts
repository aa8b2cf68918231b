import { STORAGE_KEYS } from '../storage-keys';
/**
 * When the job-board card may show. Pure functions of a small stored value, the page's host and
 * a clock, so the always-loaded content script can decide without React or the database.
 */

export const DAY = 86_400_000;
export const SNOOZE_DAYS = 7;

/** What the job-board script reads before deciding: one small value in extension storage. */
export interface JobBoardState {
  /** The most recent job no (email-noticed or logged by hand). */
  lastNo?: { at: number; who: string };
  /** Days after a no during which the card may show. */
  days: number;
  lastShownAt?: number;
  snoozeUntil?: number;
  /** Hosts where the person chose "never here". */
  neverHosts: string[];
}

export const STATE_KEY = STORAGE_KEYS.jobBoard;

export type Reason = 'due' | 'nothing-recent' | 'shown-today' | 'snoozed' | 'never-here';

/** Local calendar day number, so "once a day" means once per day the person lives, not per 24 h. */
export function localDay(ms: number): number {
  const d = new Date(ms);
  return Math.round(new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() / DAY);
}

/** Whole calendar days since `at` (0 = today, 1 = yesterday). */
export function daysSince(at: number, now: number): number {
  return Math.max(0, localDay(now) - localDay(at));
}

export function decide(state: JobBoardState | undefined, host: string, now: number): Reason {
  if (!state?.lastNo) return 'nothing-recent';
  if (state.neverHosts.includes(host)) return 'never-here';
  if (state.lastNo.at > now || daysSince(state.lastNo.at, now) >= state.days) return 'nothing-recent';
  if (state.snoozeUntil && now < state.snoozeUntil) return 'snoozed';
  if (state.lastShownAt && localDay(state.lastShownAt) === localDay(now)) return 'shown-today';
  return 'due';
}

/** Local midnight that starts the day after `now`. */
function nextMidnight(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/**
 * Whether any job-board page could get a card now, and when that may next change. The background
 * registers the job-board script only while a card is due, and wakes at `next` to check again, so
 * on days with nothing due (shown today, snoozed, no recent no) job sites load untouched.
 */
export function cardWindow(state: JobBoardState | undefined, now: number): { due: boolean; next?: number } {
  if (!state?.lastNo) return { due: false };
  const d = new Date(state.lastNo.at);
  const end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + state.days).getTime();
  if (state.lastNo.at > now || now >= end) return { due: false };
  const reason = decide({ ...state, neverHosts: [] }, '', now);
  if (reason === 'snoozed') return { due: false, next: Math.min(state.snoozeUntil ?? end, end) };
  if (reason === 'shown-today') return { due: false, next: Math.min(nextMidnight(now), end) };
  return { due: true, next: end };
}

export type Choice = 'shown' | 'not-now' | 'week' | 'never';

/** The state after the person's choice on the card (or after it showed). */
export function afterChoice(state: JobBoardState, choice: Choice, host: string, now: number): JobBoardState {
  switch (choice) {
    case 'shown':
      return { ...state, lastShownAt: now };
    case 'week':
      return { ...state, snoozeUntil: now + SNOOZE_DAYS * DAY };
    case 'never':
      return state.neverHosts.includes(host) ? state : { ...state, neverHosts: [...state.neverHosts, host] };
    default:
      return state;
  }
}

/** The person is typing: focus in a field, or a key pressed in the last few seconds. */
export function typingNow(active: Element | null, lastKeyAt: number, now: number): boolean {
  if (now - lastKeyAt < 4000) return true;
  if (!active) return false;
  const tag = active.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (active as HTMLInputElement).type;
    return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(
      type,
    );
  }
  return (active as HTMLElement).isContentEditable === true;
}
