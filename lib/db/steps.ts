import { clip } from '../limits';
import { db, newRow } from './db';
import type { Step } from './types';

/** A step the person wrote; it comes round again until they delete it. */
export async function addOwnStep(text: string, now = Date.now()): Promise<Step> {
  const row: Step = { ...newRow(now), text: clip(text.trim(), 'step'), custom: 1 };
  await db().steps.add(row);
  return row;
}

export function listOwnSteps(): Promise<Step[]> {
  return db().steps.where('custom').equals(1).sortBy('createdAt');
}

export async function deleteStep(id: string): Promise<void> {
  await db().steps.delete(id);
}

/** The person's own step: remembers when it was last done (it stays for another day). */
export async function markOwnStepDone(id: string, now = Date.now()): Promise<void> {
  await db().steps.update(id, { doneAt: now, updatedAt: now });
}

/** A suggestion done: kept as a row of its own (custom 0) so the record shows what they did. */
export async function recordSuggestionDone(id: string, text: string, now = Date.now()): Promise<Step> {
  const row: Step = { ...newRow(now), text: clip(text, 'step'), custom: 0, doneAt: now, suggestionId: id };
  await db().steps.add(row);
  return row;
}

/** Steps done in a range, through the doneAt index. */
export function doneBetween(from: number, to = Number.POSITIVE_INFINITY): Promise<Step[]> {
  return db().steps.where('doneAt').between(from, to, true, false).toArray();
}
