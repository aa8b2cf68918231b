import { browser } from 'wxt/browser';
import { deleteAll } from './db/records';
import { emptyDraft } from './newtab/draft';
import { clearSnapshots, markWrote, pageStorage } from './snapshot/store';
import { KEPT_ON_DELETE, STORAGE_KEYS } from './storage-keys';

/**
 * "Delete all my data": every table, every extension-storage key but the settings, and the
 * session store (text on its way to the reframe page) and the pages' first-view snapshots. PRIVACY.md and the dialog say the same,
 * and an end-to-end test reads every storage area back afterwards.
 */
export async function deleteAllData(now = Date.now()): Promise<void> {
  // The first-view snapshots hold the same words as the database (lib/snapshot/store.ts).
  const snapshots = pageStorage();
  if (snapshots) clearSnapshots(snapshots);
  await deleteAll();
  const local = await browser.storage.local.get(null);
  const gone = Object.keys(local).filter((k) => !KEPT_ON_DELETE.includes(k));
  if (gone.length) await browser.storage.local.remove(gone);
  // An empty draft with its time rather than none: new tabs still open clear their words too
  // (the newer draft wins), instead of saving them back on the next key press.
  if (STORAGE_KEYS.draft in local)
    await browser.storage.local.set({ [STORAGE_KEYS.draft]: emptyDraft('delete-all', now) });
  await browser.storage.session?.clear();
  // Again at the end, marked as a write: a snapshot another tab began drawing meanwhile is refused.
  if (snapshots) {
    clearSnapshots(snapshots);
    markWrote(snapshots, Date.now());
  }
}
