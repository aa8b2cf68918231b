import { db, newRow } from './db';
import type { Memory, MemoryKind } from './types';

export type NewMemory = Pick<Memory, 'text'> &
  Partial<Pick<Memory, 'date' | 'kinds' | 'people' | 'tags' | 'pinned'>>;

export async function addMemory(input: NewMemory, now = Date.now()): Promise<Memory> {
  const row: Memory = {
    ...newRow(now),
    text: input.text.trim(),
    date: input.date ?? now,
    kinds: input.kinds ?? [],
    people: input.people ?? [],
    tags: input.tags ?? [],
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
    await db().memories.update(chosen.id, { lastShownAt: now });
    chosen = { ...chosen, lastShownAt: now };
  }
  return chosen;
}
