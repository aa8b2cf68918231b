/**
 * First-render reads without Dexie. A page's entry starts these before React and Dexie load, so
 * the I/O overlaps with loading code (Dexie's open alone costs more than the whole raw read).
 * Dexie stays the only writer and owns the schema; afterwards pages read with useLiveQuery.
 * Keep this file tiny: it is in every page's critical path.
 */
import { DB_NAME } from './name';

export interface RawQuery {
  store: string;
  index: string;
  range?: IDBKeyRange;
  direction?: IDBCursorDirection;
  limit?: number;
}

/**
 * Reads index ranges in one read-only transaction. An absent database reads as empty (without
 * creating it). Resolves to undefined when it can't read (a store missing, an error), so the
 * caller falls back to Dexie. The queries may still be settling (they can depend on settings
 * read at the same time): the database opens meanwhile.
 */
export function rawRead<K extends string>(
  pending: Record<K, RawQuery> | Promise<Record<K, RawQuery>>,
): Promise<Record<K, unknown[]> | undefined> {
  const empty = (queries: Record<K, RawQuery>) =>
    Object.fromEntries(Object.keys(queries).map((n) => [n, []])) as unknown as Record<K, unknown[]>;
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(DB_NAME);
    } catch {
      resolve(undefined);
      return;
    }
    let absent = false;
    req.onupgradeneeded = () => {
      absent = true;
      req.transaction?.abort();
    };
    req.onerror = () => {
      if (absent)
        void Promise.resolve(pending).then(
          (q) => resolve(empty(q)),
          () => resolve(undefined),
        );
      else resolve(undefined);
    };
    req.onblocked = () => resolve(undefined);
    req.onsuccess = () => {
      const conn = req.result;
      let finished = false;
      const done = (value: Record<K, unknown[]> | undefined) => {
        if (finished) return;
        finished = true;
        conn.close();
        resolve(value);
      };
      Promise.resolve(pending).then(
        (queries) => read(conn, queries, empty(queries), done),
        () => done(undefined),
      );
    };
  });
}

function read<K extends string>(
  conn: IDBDatabase,
  queries: Record<K, RawQuery>,
  out: Record<K, unknown[]>,
  done: (value: Record<K, unknown[]> | undefined) => void,
): void {
  const names = Object.keys(queries) as K[];
  // Resolves as soon as every request has its result: a read-only transaction's "complete" is
  // one more round trip to the browser, for nothing more to read.
  let pending = names.length;
  const got = (name: K, rows: unknown[]) => {
    out[name] = rows;
    if (--pending === 0) done(out);
  };
  try {
    const stores = [...new Set(names.map((n) => queries[n].store))];
    const tx = conn.transaction(stores, 'readonly');
    tx.onerror = () => done(undefined);
    tx.onabort = () => done(undefined);
    if (!names.length) done(out);
    for (const name of names) {
      const q = queries[name];
      const index = tx.objectStore(q.store).index(q.index);
      if (q.direction === 'prev' && q.limit !== undefined && NEWER_GET_ALL) {
        // The last N in one request (Chrome 141+: getAll takes a direction).
        const all = (index.getAll as (o: object) => IDBRequest<unknown[]>)({
          query: q.range ?? null,
          count: q.limit,
          direction: 'prev',
        });
        all.onsuccess = () => got(name, all.result);
      } else if (q.direction === 'prev' && q.limit !== undefined) {
        // The last N elsewhere: a cursor, backwards.
        const rows: unknown[] = [];
        const cursor = index.openCursor(q.range, 'prev');
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (c && rows.length < (q.limit ?? 0)) {
            rows.push(c.value);
            c.continue();
          } else got(name, rows);
        };
      } else {
        // One getAll costs about as much as a few cursor steps, whatever the row count.
        const all = index.getAll(q.range, q.limit);
        all.onsuccess = () => got(name, q.direction === 'prev' ? all.result.reverse() : all.result);
      }
    }
  } catch {
    done(undefined);
  }
}

const NEWER_GET_ALL = typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype;

type StorageApi = { storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } } };

/**
 * Extension storage without the polyfill (promise-based storage.local exists in MV3 Chrome and
 * Firefox), so the entry needn't load it. Empty when unreadable.
 */
export function readStorage(keys: string[]): Promise<Record<string, unknown>> {
  const g = globalThis as { browser?: StorageApi; chrome?: StorageApi };
  const api = g.browser?.storage ? g.browser : g.chrome;
  if (!api) return Promise.resolve({});
  return api.storage.local.get(keys).catch(() => ({}));
}
