import { dayRange, listFeelings } from '@/lib/db/feelings';
import { chooseMoment } from '@/lib/db/memories';
import { readTogether } from '@/lib/db/records';
import { answeredSince } from '@/lib/db/reflections';
import { rejectionsSince } from '@/lib/db/rejections';
import { doneBetween, listOwnSteps } from '@/lib/db/steps';
import type { Feeling, Memory, Rejection, Step } from '@/lib/db/types';
import { DEFAULT_SETTINGS, getSettings, type Settings } from '@/lib/settings';
import { type Draft, loadDraft } from './draft';
import { glanceFrom } from './glance';

const WEEK = 7 * 86_400_000;

/** Everything the new tab shows on open: only what is on screen, each read through an index. */
export interface NewTabData {
  settings: Settings;
  draft: Draft | undefined;
  /** The last 30 days (local), newest first. */
  feelings: Feeling[];
  rejections: Rejection[];
  /** Prompts answered in the last week. */
  answered: string[];
  own: Step[];
  /** Steps done since local midnight. */
  doneToday: Step[];
  moment: Memory | undefined;
}

/** A part that can't be read shows as empty rather than leaving the whole page blank. */
function orElse<T>(read: Promise<T>, fallback: T): Promise<T> {
  return read.catch((error: unknown) => {
    console.error(error);
    return fallback;
  });
}

/**
 * Starts every read at once. The page calls it before React renders, so the database opens
 * while the page's code is still starting.
 */
export async function loadNewTab(now: number): Promise<NewTabData> {
  const since = glanceFrom(now);
  // One read transaction for every table: one round of locking instead of six.
  const stored = orElse(
    readTogether(['feelings', 'rejections', 'reflections', 'steps', 'memories'], () =>
      Promise.all([
        listFeelings({ from: since }),
        rejectionsSince(since),
        answeredSince(now - WEEK),
        listOwnSteps(),
        doneBetween(dayRange(now).from),
        // Not marked as shown here: it may stay behind the veil.
        chooseMoment({ markShown: false, now }),
      ]),
    ),
    [[], [], [], [], [], undefined] as const,
  );
  const [settings, draft, [feelings, rejections, answered, own, doneToday, moment]] = await Promise.all([
    orElse(getSettings(), DEFAULT_SETTINGS),
    orElse(loadDraft(), undefined),
    stored,
  ]);
  return { settings, draft, feelings, rejections, answered, own, doneToday, moment };
}
