import { dayRange } from '../dates';
import { rawRead, readStorage } from '../db/raw';
import { glanceFrom } from './glance';
import { DRAFT_KEY } from './keys';
import { RECENT_FEELINGS } from './kinds';

const WEEK = 7 * 86_400_000;

/** What the new tab reads on open, as it sits in storage; lib/newtab/load.ts turns it into NewTabData. */
export interface FirstRead {
  stored: Record<string, unknown>;
  rows:
    | {
        feelings: unknown[];
        rejections: unknown[];
        reflections: unknown[];
        own: unknown[];
        doneToday: unknown[];
        moment: unknown[];
      }
    | undefined;
}

/**
 * The new tab's first read, started by its boot script before React and Dexie load: only what is
 * shown, each through an index (the same reads as loadNewTab's Dexie path).
 */
export async function firstRead(now: number): Promise<FirstRead> {
  const since = glanceFrom(now);
  const storage = readStorage(['settings', DRAFT_KEY]);
  // The whole 30 days only when the glance is on screen; otherwise the recent ones that tailor
  // the prompt. The database opens while settings are read.
  const queries = storage.then((stored) => ({
    feelings: {
      store: 'feelings',
      index: 'createdAt',
      range: IDBKeyRange.lowerBound(since),
      direction: 'prev' as const,
      limit: glanceOnScreen(stored.settings) ? undefined : RECENT_FEELINGS,
    },
    rejections: {
      store: 'rejections',
      index: 'at',
      range: IDBKeyRange.lowerBound(since),
      direction: 'prev' as const,
    },
    reflections: { store: 'reflections', index: 'createdAt', range: IDBKeyRange.lowerBound(now - WEEK) },
    own: { store: 'steps', index: 'custom', range: IDBKeyRange.only(1) },
    doneToday: { store: 'steps', index: 'doneAt', range: IDBKeyRange.lowerBound(dayRange(now).from) },
    // The least recently shown moment, as chooseMoment() picks with no kind wanted.
    moment: { store: 'memories', index: 'lastShownAt', limit: 1 },
  }));
  const [stored, rows] = await Promise.all([storage, rawRead(queries)]);
  return { stored, rows };
}

/** Whether the new tab opens with the glance showing: veil off and not minimal (as parseSettings reads them). */
export function glanceOnScreen(settings: unknown): boolean {
  const s = settings as { newtabVeil?: unknown; newtabMinimal?: unknown } | undefined;
  return s?.newtabVeil === false && s.newtabMinimal !== true;
}
