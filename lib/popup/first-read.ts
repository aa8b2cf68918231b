import { dayRange } from '../dates';
import { rawRead, readStorage } from '../db/raw';

/** What the popup's first render shows: settings and today's feelings, newest first. */
export interface PopupFirstRead {
  stored: Record<string, unknown>;
  /** Undefined when the fast read couldn't run: the live query then fills it in. */
  today: unknown[] | undefined;
}

/** The popup's first read, without React or Dexie: started by its boot script. */
export async function popupFirstRead(now: number): Promise<PopupFirstRead> {
  const { from, to } = dayRange(now);
  const [stored, rows] = await Promise.all([
    readStorage(['settings']),
    rawRead({
      today: {
        store: 'feelings',
        index: 'createdAt',
        range: IDBKeyRange.bound(from, to, false, true),
        direction: 'prev',
      },
    }),
  ]);
  return { stored, today: rows?.today };
}
