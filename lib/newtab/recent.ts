import { db } from '@/lib/db/db';
import type { Feeling, Rejection, RejectionKind } from '@/lib/db/types';

/** Rejections recorded since `from`, newest first, through the `at` index. */
export function rejectionsSince(from: number): Promise<Rejection[]> {
  return db().rejections.where('at').aboveOrEqual(from).reverse().toArray();
}

/** Feelings and rejections as one newest-first list of kinds, for tailoring prompts and steps. */
export function kindEntries(
  feelings: readonly Feeling[],
  rejections: readonly Rejection[],
): { kind?: RejectionKind; at: number }[] {
  return [
    ...feelings.map((f) => ({ kind: f.kind, at: f.createdAt })),
    ...rejections.map((r) => ({ kind: r.kind, at: r.at })),
  ].sort((a, b) => b.at - a.at);
}
