import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/db';
import {
  countAll,
  countRecords,
  deleteAll,
  deleteRecord,
  listRecords,
  readTogether,
  restoreRecord,
  updateRecord,
} from '@/lib/db/records';
import { TABLE_NAMES, type TableName } from '@/lib/db/types';
import { makeData, makeRow } from './rows';

beforeEach(async () => {
  const data = makeData(20);
  for (const name of TABLE_NAMES) await db().table(name).bulkAdd(data[name]);
});

const DATE = {
  feelings: 'createdAt',
  memories: 'date',
  reflections: 'createdAt',
  thoughts: 'createdAt',
  rejections: 'at',
  steps: 'createdAt',
} as const;

describe('records: any table by date range and kind', () => {
  it.each(TABLE_NAMES)('%s: newest first, within the range, in pages', async (name: TableName) => {
    const rows = makeData(20)[name] as { id: string }[];
    const at = (i: number) => (makeRow[name](i) as unknown as Record<string, number>)[DATE[name]] ?? 0;
    const page1 = await listRecords(name, { from: at(5), to: at(15), limit: 4 });
    expect(page1.map((r) => r.id)).toEqual([14, 13, 12, 11].map((i) => rows[i]?.id));
    const page3 = await listRecords(name, { from: at(5), to: at(15), limit: 4, offset: 8 });
    expect(page3.map((r) => r.id)).toEqual([6, 5].map((i) => rows[i]?.id));
    expect(await countRecords(name, { from: at(5), to: at(15) })).toBe(10);
  });

  it('filters by kind of rejection where rows have one', async () => {
    const rows = await listRecords('rejections', { kind: 'at-work' });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.kind === 'at-work')).toBe(true);
    expect(await countRecords('rejections', { kind: 'at-work' })).toBe(rows.length);
    // Tables without kinds ignore the filter.
    expect(await countRecords('steps', { kind: 'at-work' })).toBe(20);
  });

  it('edits, deletes and restores a row of any table', async () => {
    const id = makeRow.reflections(3).id;
    await updateRecord('reflections', id, { text: 'rewritten' }, 99);
    expect(await db().reflections.get(id)).toMatchObject({ text: 'rewritten', updatedAt: 99 });
    const gone = await deleteRecord('reflections', id);
    expect(await db().reflections.get(id)).toBeUndefined();
    if (gone) await restoreRecord('reflections', gone);
    expect(await db().reflections.get(id)).toMatchObject({ text: 'rewritten' });
  });

  it('reads committed rows inside a read transaction', async () => {
    expect(await readTogether(['steps', 'feelings'], () => countRecords('steps'))).toBe(20);
  });

  it('deletes everything at once', async () => {
    expect(Object.values(await countAll())).toEqual(TABLE_NAMES.map(() => 20));
    await deleteAll();
    expect(Object.values(await countAll())).toEqual(TABLE_NAMES.map(() => 0));
  });
});
