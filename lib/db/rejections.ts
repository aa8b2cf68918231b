import { clip } from '../limits';
import { db, newRow } from './db';
import type { Rejection, RejectionKind } from './types';

export type NewRejection = Pick<Rejection, 'kind' | 'who' | 'source'> &
  Partial<Pick<Rejection, 'at' | 'sourceKey'>>;

/** Kinds the job-board card speaks about. */
export const JOB_KINDS: readonly RejectionKind[] = ['job-application', 'no-reply'];

/**
 * Records a no. With a sourceKey (a one-way key of an email) the same email is recorded once:
 * the existing row comes back with `created: false`.
 */
export async function addRejection(
  input: NewRejection,
  now = Date.now(),
): Promise<{ row: Rejection; created: boolean }> {
  const who = clip(input.who.trim(), 'who');
  return db().transaction('rw', db().rejections, async () => {
    if (input.sourceKey) {
      const existing = await db().rejections.where('sourceKey').equals(input.sourceKey).first();
      if (existing) return { row: existing, created: false };
    }
    const row: Rejection = {
      ...newRow(now),
      at: input.at ?? now,
      kind: input.kind,
      who,
      source: input.source,
      ...(input.sourceKey ? { sourceKey: input.sourceKey } : {}),
    };
    await db().rejections.add(row);
    return { row, created: true };
  });
}

export async function deleteRejection(id: string): Promise<void> {
  await db().rejections.delete(id);
}

export async function deleteRejectionBySourceKey(sourceKey: string): Promise<void> {
  await db().rejections.where('sourceKey').equals(sourceKey).delete();
}

/** Newest first. */
export function listRejections(limit = 50): Promise<Rejection[]> {
  return db().rejections.orderBy('at').reverse().limit(limit).toArray();
}

/** Rejections recorded since `from`, newest first, through the `at` index. */
export function rejectionsSince(from: number): Promise<Rejection[]> {
  return db().rejections.where('at').aboveOrEqual(from).reverse().toArray();
}

/** The most recent job no since `since`, read through the `at` index. */
export function latestJobRejection(since: number): Promise<Rejection | undefined> {
  return db()
    .rejections.where('at')
    .aboveOrEqual(since)
    .reverse()
    .filter((r) => JOB_KINDS.includes(r.kind))
    .first();
}
