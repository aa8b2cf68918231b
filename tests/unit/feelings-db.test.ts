import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import {
  addFeeling,
  countFeelings,
  dayRange,
  deleteFeeling,
  listFeelings,
  restoreFeeling,
  updateFeeling,
} from '@/lib/db/feelings';
import { LIMITS } from '@/lib/limits';

const DAY = 86_400_000;
const noon = new Date(2026, 10, 27, 12).getTime();

describe('feelings repository', () => {
  it('adds a row with a UUID and timestamps', async () => {
    const row = await addFeeling({ words: ['dismissed'] }, noon);
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.createdAt).toBe(noon);
    expect(row.updatedAt).toBe(noon);
    expect(await db().feelings.get(row.id)).toEqual(row);
  });

  it.each([
    [{ words: [' hurt ', '', 'a', 'b', 'c', 'd'] }, { words: ['hurt', 'a', 'b', 'c'] }],
    [{ words: ['hurt'], intensity: 14 }, { intensity: 10 }],
    [{ words: ['hurt'], intensity: -3 }, { intensity: 0 }],
    [{ words: ['hurt'], intensity: 6.6 }, { intensity: 7 }],
    [{ words: ['hurt'], note: 'x'.repeat(LIMITS.note + 5000) }, { note: 'x'.repeat(LIMITS.note) }],
  ])('cleans %j', async (input, expected) => {
    const row = await addFeeling(input, noon);
    expect(row).toMatchObject(expected);
  });

  it('lists a range newest first, touching only that range', async () => {
    for (let d = 0; d < 10; d++) await addFeeling({ words: [`w${d}`] }, noon - d * DAY);
    const today = await listFeelings(dayRange(noon));
    expect(today.map((f) => f.words[0])).toEqual(['w0']);
    const week = await listFeelings({ from: noon - 6.5 * DAY });
    expect(week.map((f) => f.words[0])).toEqual(['w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6']);
    expect(await listFeelings({}, 3)).toHaveLength(3);
    expect(await countFeelings()).toBe(10);
  });

  it('updates, deletes and restores (undo)', async () => {
    const row = await addFeeling({ words: ['hurt'] }, noon);
    await updateFeeling(row.id, { intensity: 4 }, noon + 1000);
    expect(await db().feelings.get(row.id)).toMatchObject({ intensity: 4, updatedAt: noon + 1000 });
    const removed = await deleteFeeling(row.id);
    expect(await countFeelings()).toBe(0);
    if (!removed) throw new Error('expected the removed row');
    await restoreFeeling(removed);
    expect(await db().feelings.get(row.id)).toEqual(removed);
  });

  it('dayRange covers one local day', () => {
    const { from, to } = dayRange(noon);
    expect(new Date(from).getHours()).toBe(0);
    expect(to - from).toBeGreaterThanOrEqual(23 * 3_600_000);
    expect(noon).toBeGreaterThanOrEqual(from);
    expect(noon).toBeLessThan(to);
  });
});
