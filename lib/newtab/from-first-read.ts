import type { Feeling, Memory, Reflection, Rejection, Step } from '@/lib/db/types';
import { parseSettings } from '@/lib/settings';
import { DRAFT_KEY, parseDraft } from './draft';
import type { FirstRead } from './first-read';
import type { NewTabData } from './load';

// Kept apart from load.ts so the page's first render needs no database code.
/**
 * NewTabData from the entry's fast first read; through Dexie (loadNewTab) when that couldn't
 * read. Stored values are parsed as the Dexie path would.
 */
export function fromFirstRead(first: FirstRead, now: number): Promise<NewTabData> {
  const { rows, stored } = first;
  if (!rows) return import('./load').then((m) => m.loadNewTab(now));
  return Promise.resolve({
    settings: parseSettings(stored.settings),
    draft: parseDraft(stored[DRAFT_KEY]),
    feelings: rows.feelings as Feeling[],
    rejections: rows.rejections as Rejection[],
    answered: [...new Set((rows.reflections as Reflection[]).map((r) => r.promptId))],
    own: (rows.own as Step[]).sort((a, b) => a.createdAt - b.createdAt),
    doneToday: rows.doneToday as Step[],
    moment: rows.moment[0] as Memory | undefined,
  });
}
