/**
 * The first thing a page runs: starts reading what its first render shows (settings, a range of
 * rows) with the raw IndexedDB and storage APIs, so that I/O overlaps with loading React and
 * Dexie. This file must stay tiny and import nothing heavy.
 */
import { DB_NAME } from '../db/name';

type Api = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

/** The extension API without the polyfill: promise-based storage exists in MV3 Chrome and Firefox. */
function api(): Api | undefined {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return g.browser?.storage ? g.browser : g.chrome;
}

export function readStoredSettings(): Promise<unknown> {
  const a = api();
  if (!a) return Promise.resolve(undefined);
  return a.storage.local.get('settings').then(
    (r) => r.settings,
    () => undefined,
  );
}

/**
 * Rows of one table whose index lies in [from, to), newest first, up to `limit`. Resolves to []
 * when the database doesn't exist yet (without creating it: Dexie owns the schema).
 */
export function readRange<T>(
  table: string,
  index: string,
  from: number,
  to: number,
  limit = 500,
): Promise<T[]> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(DB_NAME);
    } catch {
      resolve([]);
      return;
    }
    req.onupgradeneeded = () => {
      req.transaction?.abort();
    };
    req.onerror = () => resolve([]);
    req.onblocked = () => resolve([]);
    req.onsuccess = () => {
      const conn = req.result;
      try {
        if (!conn.objectStoreNames.contains(table)) throw new Error('no table');
        const out: T[] = [];
        const cursor = conn
          .transaction(table, 'readonly')
          .objectStore(table)
          .index(index)
          .openCursor(IDBKeyRange.bound(from, to, false, true), 'prev');
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (c && out.length < limit) {
            out.push(c.value as T);
            c.continue();
          } else {
            conn.close();
            resolve(out);
          }
        };
        cursor.onerror = () => {
          conn.close();
          resolve([]);
        };
      } catch {
        conn.close();
        resolve([]);
      }
    };
  });
}
