import type { Feeling, Rejection, RejectionKind } from '@/lib/db/types';

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
