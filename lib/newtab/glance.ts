import type { Feeling } from '@/lib/db/types';
import { familyOf, HARD_FAMILIES } from '@/lib/feelings/vocabulary';

/** How a day felt at a glance, from the families of the words named that day. */
export type Tone = 'none' | 'hard' | 'easing' | 'mixed';

export interface GlanceDay {
  /** Local midnight, epoch ms. */
  start: number;
  /** Distinct words named that day, most named first (at most three). */
  words: string[];
  tone: Tone;
}

export interface Glance {
  /** The last 7 days, oldest first, today last. */
  week: GlanceDay[];
  /** The last 30 days, oldest first. */
  month: GlanceDay[];
  /** Words named most over the 30 days (at most five). */
  monthWords: string[];
}

function startOfDay(ms: number, offsetDays = 0): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + offsetDays).getTime();
}

/** Local midnight 29 days before today: the start of the 30-day range the page reads. */
export function glanceFrom(now: number): number {
  return startOfDay(now, -29);
}

function toneOf(words: readonly string[]): Tone {
  let hard = false;
  let easing = false;
  for (const w of words) {
    const f = familyOf(w);
    if (f === 'easing') easing = true;
    else if (f && HARD_FAMILIES.has(f)) hard = true;
  }
  if (hard && easing) return 'mixed';
  if (hard) return 'hard';
  if (easing) return 'easing';
  return words.length ? 'mixed' : 'none';
}

function ranked(counts: Map<string, number>, n: number): string[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([w]) => w);
}

/** Summarizes the last 30 days of feelings (any order) into day cells. Pure; no counts shown. */
export function glance(feelings: readonly Feeling[], now: number): Glance {
  const days: GlanceDay[] = [];
  const byDay = new Map<number, Map<string, number>>();
  for (let i = 29; i >= 0; i--) {
    const start = startOfDay(now, -i);
    days.push({ start, words: [], tone: 'none' });
    byDay.set(start, new Map());
  }
  const all = new Map<string, number>();
  for (const f of feelings) {
    const counts = byDay.get(startOfDay(f.createdAt));
    if (!counts) continue;
    for (const w of f.words) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      all.set(w, (all.get(w) ?? 0) + 1);
    }
  }
  for (const d of days) {
    const counts = byDay.get(d.start) as Map<string, number>;
    d.words = ranked(counts, 3);
    d.tone = toneOf([...counts.keys()]);
  }
  return { week: days.slice(-7), month: days, monthWords: ranked(all, 5) };
}
