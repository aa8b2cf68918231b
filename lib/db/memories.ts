import { clip, DATE_MAX, DATE_MIN, LIMITS } from '../limits';
import { db, newRow } from './db';
import type { Memory, MemoryKind } from './types';

export type NewMemory = Pick<Memory, 'text'> &
  Partial<Pick<Memory, 'date' | 'kinds' | 'people' | 'tags' | 'pinned'>>;

export async function addMemory(input: NewMemory, now = Date.now()): Promise<Memory> {
  const row: Memory = {
    ...newRow(now),
    text: clip(input.text.trim(), 'momentText'),
    date: clampDay(input.date ?? localDay(now)),
    kinds: input.kinds ?? [],
    people: cleanList(input.people ?? []),
    tags: cleanList(input.tags ?? []),
    pinned: input.pinned ?? 0,
    lastShownAt: 0,
  };
  await db().memories.add(row);
  return row;
}

export interface MomentContext {
  /** Kinds that fit the moment (e.g. "loved" against "I'm unlovable"); any kind when empty. */
  kinds?: readonly MemoryKind[];
  /** Ids already shown in this sitting, so "next" moves on. */
  exclude?: readonly string[];
  now?: number;
  /** Marks the chosen moment as shown, so other places prefer the others next time. */
  markShown?: boolean;
}

/**
 * Chooses one moment from the inner file for a context (new tab, popup after a hard feeling,
 * reframe, job-board card): one of the kinds wanted when there is one, and the one least
 * recently shown. Reads through the lastShownAt index, so it stays fast with many moments.
 */
export async function chooseMoment(ctx: MomentContext = {}): Promise<Memory | undefined> {
  const exclude = new Set(ctx.exclude ?? []);
  const wanted = ctx.kinds?.length ? new Set(ctx.kinds) : undefined;
  const fits = (m: Memory) => !exclude.has(m.id) && (!wanted || m.kinds.some((k) => wanted.has(k)));
  let chosen = await db().memories.orderBy('lastShownAt').filter(fits).first();
  // No moment of the kind wanted: any moment still helps.
  if (!chosen && wanted) {
    chosen = await db()
      .memories.orderBy('lastShownAt')
      .filter((m) => !exclude.has(m.id))
      .first();
  }
  if (chosen && ctx.markShown !== false) {
    const now = ctx.now ?? Date.now();
    await markMomentShown(chosen.id, now);
    chosen = { ...chosen, lastShownAt: now };
  }
  return chosen;
}

/** Puts a moment at the back of the queue chooseMoment reads from. */
export async function markMomentShown(id: string, now = Date.now()): Promise<void> {
  await db().memories.update(id, { lastShownAt: now });
}

export type MemoryChanges = Partial<Pick<Memory, 'text' | 'date' | 'kinds' | 'people' | 'tags' | 'pinned'>>;

export async function updateMemory(id: string, changes: MemoryChanges, now = Date.now()): Promise<void> {
  const out: MemoryChanges = { ...changes };
  if (out.text !== undefined) out.text = clip(out.text.trim(), 'momentText');
  if (out.date !== undefined) out.date = clampDay(out.date);
  if (out.people) out.people = cleanList(out.people);
  if (out.tags) out.tags = cleanList(out.tags);
  await db().memories.update(id, { ...out, updatedAt: now });
}

export function setPinned(id: string, pinned: boolean, now = Date.now()): Promise<void> {
  return updateMemory(id, { pinned: pinned ? 1 : 0 }, now);
}

export async function deleteMemory(id: string): Promise<Memory | undefined> {
  return db().transaction('rw', db().memories, async () => {
    const row = await db().memories.get(id);
    await db().memories.delete(id);
    return row;
  });
}

/** Puts a deleted moment back exactly as it was (undo). */
export async function restoreMemory(row: Memory): Promise<void> {
  await db().memories.put(row);
}

/** Splits "Sam, Alex ; Mum" into a clean, de-duplicated list. */
export function splitList(text: string): string[] {
  return cleanList(text.split(/[,;\n]/));
}

function cleanList(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items) {
    const item = clip(raw.trim().replace(/\s+/g, ' '), 'label');
    const key = item.toLocaleLowerCase();
    if (item && !seen.has(key) && out.length < LIMITS.labels) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/** A day a date field can hold (a year typed as 27590 would otherwise break every page). */
export function clampDay(day: number): number {
  return Number.isFinite(day)
    ? Math.min(DATE_MAX - 1, Math.max(DATE_MIN, Math.round(day)))
    : localDay(Date.now());
}

/** The day that contains `time`, as epoch ms at local midnight (how `date` is stored). */
export function localDay(time: number): number {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

export interface MemoryQuery {
  /** Words to find in the text, people and tags (all must appear, any order, case- and accent-blind). */
  text?: string;
  kinds?: readonly MemoryKind[];
  tag?: string;
  sort?: 'date' | 'pinned';
}

/** Lower-case, accents stripped, so "cafe" finds "Café". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The text a search looks through, folded once per moment and cached by object. */
const haystacks = new WeakMap<Memory, string>();
function haystack(m: Memory): string {
  let h = haystacks.get(m);
  if (h === undefined) {
    h = fold([m.text, ...m.people, ...m.tags].join('\n'));
    haystacks.set(m, h);
  }
  return h;
}

/**
 * Finds moments in memory (the page holds them all; 10,000 moments are a few MB) so search
 * answers on every keystroke without a database round trip.
 */
export function searchMemories(all: readonly Memory[], q: MemoryQuery): Memory[] {
  const words = fold(q.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const kinds = q.kinds?.length ? new Set(q.kinds) : undefined;
  const tag = q.tag ? fold(q.tag) : undefined;
  const out = all.filter(
    (m) =>
      (!kinds || m.kinds.some((k) => kinds.has(k))) &&
      (!tag || m.tags.some((t) => fold(t) === tag)) &&
      (words.length === 0 || words.every((w) => haystack(m).includes(w))),
  );
  return out.sort(
    (a, b) => (q.sort === 'pinned' ? b.pinned - a.pinned : 0) || b.date - a.date || b.createdAt - a.createdAt,
  );
}

/** Folds every moment's text ahead of time (call when idle), so the first search is as quick as the rest. */
export function warmSearch(all: readonly Memory[]): void {
  for (const m of all) haystack(m);
}

/** Every tag in use with how many moments carry it, most used first. */
export function tagCounts(all: readonly Memory[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of all) for (const t of m.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Every moment, for searching in memory (searchMemories). */
export function allMoments(): Promise<Memory[]> {
  return db().memories.toArray();
}

/** The first page of moments, read through the date index, for a quick first paint. */
export function latestMemories(limit: number): Promise<Memory[]> {
  return db().memories.orderBy('date').reverse().limit(limit).toArray();
}
