import { dayRange } from '../dates';
import { rawRead, readStorage } from '../db/raw';
import { glanceFrom } from './glance';
import { DRAFT_KEY } from './keys';

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
 * The new tab's first read, started by the page's entry before React and Dexie load: only what is
 * shown, each through an index (the same reads as loadNewTab's Dexie path).
 */
export async function firstRead(now: number): Promise<FirstRead> {
  const since = glanceFrom(now);
  const [stored, rows] = await Promise.all([
    readStorage(['settings', DRAFT_KEY]),
    rawRead({
      feelings: {
        store: 'feelings',
        index: 'createdAt',
        range: IDBKeyRange.lowerBound(since),
        direction: 'prev',
      },
      rejections: {
        store: 'rejections',
        index: 'at',
        range: IDBKeyRange.lowerBound(since),
        direction: 'prev',
      },
      reflections: { store: 'reflections', index: 'createdAt', range: IDBKeyRange.lowerBound(now - WEEK) },
      own: { store: 'steps', index: 'custom', range: IDBKeyRange.only(1) },
      doneToday: { store: 'steps', index: 'doneAt', range: IDBKeyRange.lowerBound(dayRange(now).from) },
      // The least recently shown moment, as chooseMoment() picks with no kind wanted.
      moment: { store: 'memories', index: 'lastShownAt', limit: 1 },
    }),
  ]);
  return { stored, rows };
}
