import { db } from '@/lib/db/db';
import type { Rejection } from '@/lib/db/types';

/** Rejections recorded since `from`, newest first, through the `at` index. */
export function rejectionsSince(from: number): Promise<Rejection[]> {
  return db().rejections.where('at').aboveOrEqual(from).reverse().toArray();
}

export { kindEntries } from './kinds';
