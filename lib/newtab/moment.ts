import { db } from '@/lib/db/db';

/**
 * Marks a moment as read back once the person actually sees it (the veil lifted), so a
 * moment that stayed covered keeps its turn.
 */
export async function markMomentShown(id: string, now = Date.now()): Promise<void> {
  await db().memories.update(id, { lastShownAt: now });
}
