/**
 * Marks first-view snapshots stale whenever a page writes (docs/ARCHITECTURE.md, "Pages"): every
 * database write through Dexie, and extension-storage changes seen by an open page. The service
 * worker has no localStorage; what it writes (a noticed email) reaches the page through its live
 * queries after the snapshot paints.
 */
import type { DBCore, Middleware } from 'dexie';
import { browser } from 'wxt/browser';
import { markWrote, pageStorage } from './store';

/** Fired on the window after this page wrote, so its own snapshot is drawn again. */
export const WROTE_EVENT = 'redirection:wrote';

export function noteWrite(now = Date.now()): void {
  const store = pageStorage();
  if (!store) return;
  markWrote(store, now);
  window.dispatchEvent(new Event(WROTE_EVENT));
}

/** A Dexie middleware: every mutation, on every table, notes a write before it runs. */
export const noteWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'redirection-snapshot-writes',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (req) => {
          noteWrite();
          return table.mutate(req).finally(() => noteWrite());
        },
      };
    },
  }),
};

/** Settings and the draft live in extension storage: a change there, seen by a page, is a write. */
export function watchStorageWrites(): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') noteWrite();
  });
}
