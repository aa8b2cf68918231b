import type { Table } from 'dexie';
import { clipFields } from '../limits';
import { db } from './db';
import type { RejectionKind, Row, TableName, Tables } from './types';
import { TABLE_NAMES } from './types';

/** The time a record is listed by: when the no came for rejections, when written for the rest. */
export const DATE_FIELD: Record<TableName, 'createdAt' | 'at' | 'date'> = {
  feelings: 'createdAt',
  memories: 'date',
  reflections: 'createdAt',
  thoughts: 'createdAt',
  rejections: 'at',
  steps: 'createdAt',
};

/** Tables whose rows carry a kind of rejection. */
export const KIND_TABLES: readonly TableName[] = ['feelings', 'thoughts', 'rejections'];

export interface RecordQuery {
  /** Inclusive, epoch ms. */
  from?: number;
  /** Exclusive, epoch ms. */
  to?: number;
  kind?: RejectionKind;
  offset?: number;
  limit?: number;
}

function table<T extends TableName>(name: T): Table<Tables[T], string> {
  return db().table(name);
}

/** Newest first, read through the table's date index so only the range is touched. */
export async function listRecords<T extends TableName>(name: T, q: RecordQuery = {}): Promise<Tables[T][]> {
  let coll = table(name)
    .where(DATE_FIELD[name])
    .between(q.from ?? Number.NEGATIVE_INFINITY, q.to ?? Number.POSITIVE_INFINITY, true, false)
    .reverse();
  const kind = q.kind;
  if (kind && KIND_TABLES.includes(name)) coll = coll.filter((r) => (r as { kind?: string }).kind === kind);
  if (q.offset) coll = coll.offset(q.offset);
  return q.limit === undefined ? coll.toArray() : coll.limit(q.limit).toArray();
}

export function countRecords(
  name: TableName,
  q: Pick<RecordQuery, 'from' | 'to' | 'kind'> = {},
): Promise<number> {
  let coll = table(name)
    .where(DATE_FIELD[name])
    .between(q.from ?? Number.NEGATIVE_INFINITY, q.to ?? Number.POSITIVE_INFINITY, true, false);
  const kind = q.kind;
  if (kind && KIND_TABLES.includes(name)) coll = coll.filter((r) => (r as { kind?: string }).kind === kind);
  return coll.count();
}

export async function updateRecord<T extends TableName>(
  name: T,
  id: string,
  changes: Partial<Omit<Tables[T], keyof Row>>,
  now = Date.now(),
): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: Dexie's UpdateSpec can't follow a generic table
  await table(name).update(id, { ...clipFields(name, changes), updatedAt: now } as any);
}

export async function deleteRecord<T extends TableName>(name: T, id: string): Promise<Tables[T] | undefined> {
  return db().transaction('rw', table(name), async () => {
    const row = await table(name).get(id);
    await table(name).delete(id);
    return row;
  });
}

/** Puts a deleted row back exactly as it was (undo). */
export async function restoreRecord<T extends TableName>(name: T, row: Tables[T]): Promise<void> {
  await table(name).put(row);
}

export type Counts = Record<TableName, number>;

export async function countAll(): Promise<Counts> {
  const counts = await Promise.all(TABLE_NAMES.map((n) => table(n).count()));
  return Object.fromEntries(TABLE_NAMES.map((n, i) => [n, counts[i]])) as Counts;
}

/** Empties every table in one transaction: all of it goes, or none of it. */
export async function deleteAll(): Promise<void> {
  const d = db();
  await d.transaction('rw', d.tables, () => Promise.all(d.tables.map((t) => t.clear())));
}

/**
 * Runs reads in one read transaction: one round of locking, one consistent view of committed rows.
 * Pages' live queries run through it too: Dexie's optimistic cache can otherwise emit a passing,
 * wrong result (dexie/Dexie.js#2058).
 */
export function readTogether<T>(names: readonly TableName[], query: () => Promise<T>): Promise<T> {
  const d = db();
  return d.transaction(
    'r',
    names.map((n) => d.table(n)),
    query,
  );
}
