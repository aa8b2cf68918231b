import type { Feeling, Rejection, RejectionKind } from '@/lib/db/types';

/**
 * How many of the newest feelings (of the last 30 days) tailor prompts and steps: "recent" for
 * someone who names a feeling many times a day too. The new tab reads no more than these unless
 * its glance of the whole 30 days is on screen.
 */
export const RECENT_FEELINGS = 50;

/**
 * Feelings (newest first) and rejections as one newest-first list of kinds, for tailoring prompts
 * and steps: the newest RECENT_FEELINGS feelings, all the rejections given.
 */
export function kindEntries(
  feelings: readonly Feeling[],
  rejections: readonly Rejection[],
): { kind?: RejectionKind; at: number }[] {
  return [
    ...feelings.slice(0, RECENT_FEELINGS).map((f) => ({ kind: f.kind, at: f.createdAt })),
    ...rejections.map((r) => ({ kind: r.kind, at: r.at })),
  ].sort((a, b) => b.at - a.at);
}
