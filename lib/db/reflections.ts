import { clip } from '../limits';
import { db, newRow } from './db';
import type { Range } from './feelings';
import type { Reflection } from './types';

export type NewReflection = Pick<Reflection, 'promptId' | 'prompt' | 'text'>;

export async function addReflection(input: NewReflection, now = Date.now()): Promise<Reflection> {
  const row: Reflection = {
    ...newRow(now),
    promptId: clip(input.promptId, 'promptId'),
    prompt: clip(input.prompt, 'prompt'),
    text: clip(input.text.trim(), 'reflection'),
  };
  await db().reflections.add(row);
  return row;
}

/** Newest first, through the createdAt index. */
export async function listReflections(range: Range = {}, limit?: number): Promise<Reflection[]> {
  const coll = db()
    .reflections.where('createdAt')
    .between(range.from ?? Number.NEGATIVE_INFINITY, range.to ?? Number.POSITIVE_INFINITY, true, false)
    .reverse();
  return limit === undefined ? coll.toArray() : coll.limit(limit).toArray();
}

/** Every reflection, in storage order: the CSV export sorts them itself. */
export function allReflections(): Promise<Reflection[]> {
  return db().reflections.toArray();
}

/** Prompts answered since `from`, so the prompt of the day can move past them. */
export async function answeredSince(from: number): Promise<string[]> {
  const rows = await listReflections({ from });
  return [...new Set(rows.map((r) => r.promptId))];
}

export async function deleteReflection(id: string): Promise<Reflection | undefined> {
  const row = await db().reflections.get(id);
  await db().reflections.delete(id);
  return row;
}

/** Puts a deleted reflection back as it was (undo). */
export async function restoreReflection(row: Reflection): Promise<void> {
  await db().reflections.put(row);
}
