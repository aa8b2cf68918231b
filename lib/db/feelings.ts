import { clip } from '../limits';
import { db, newRow } from './db';
import type { Feeling } from './types';

export { dayRange } from '../dates';

export type NewFeeling = Pick<Feeling, 'words'> & Partial<Pick<Feeling, 'intensity' | 'kind' | 'note'>>;

export interface Range {
  /** Inclusive, epoch ms. */
  from?: number;
  /** Exclusive, epoch ms. */
  to?: number;
}

export async function addFeeling(input: NewFeeling, now = Date.now()): Promise<Feeling> {
  const row: Feeling = { ...newRow(now), ...clean(input) };
  await db().feelings.add(row);
  return row;
}

export async function updateFeeling(
  id: string,
  changes: Partial<NewFeeling>,
  now = Date.now(),
): Promise<void> {
  await db().feelings.update(id, { ...clean(changes), updatedAt: now });
}

export async function deleteFeeling(id: string): Promise<Feeling | undefined> {
  const row = await db().feelings.get(id);
  await db().feelings.delete(id);
  return row;
}

/** Puts a deleted row back as it was (undo). */
export async function restoreFeeling(row: Feeling): Promise<void> {
  await db().feelings.put(row);
}

/** Newest first, read through the createdAt index so only the range is touched. */
export async function listFeelings(range: Range = {}, limit?: number): Promise<Feeling[]> {
  const coll = db()
    .feelings.where('createdAt')
    .between(range.from ?? Number.NEGATIVE_INFINITY, range.to ?? Number.POSITIVE_INFINITY, true, false)
    .reverse();
  return limit === undefined ? coll.toArray() : coll.limit(limit).toArray();
}

/** Every feeling, in storage order: the CSV export sorts them itself. */
export function allFeelings(): Promise<Feeling[]> {
  return db().feelings.toArray();
}

export function countFeelings(): Promise<number> {
  return db().feelings.count();
}

function clean<T extends Partial<NewFeeling>>(input: T): T {
  const out = { ...input };
  if (out.words)
    out.words = out.words
      .map((w) => clip(w.trim(), 'word'))
      .filter(Boolean)
      .slice(0, 4);
  if (out.intensity !== undefined) out.intensity = Math.min(10, Math.max(0, Math.round(out.intensity)));
  if (out.note !== undefined) out.note = clip(out.note, 'note');
  return out;
}
