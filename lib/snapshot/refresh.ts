/**
 * Keeps a page's first-view snapshot current (docs/ARCHITECTURE.md, "Pages"): once the page is
 * up, and again after every write, it reads what the *next* open would show and draws it with
 * React's static renderer, off screen, with no effects run. Loaded after the first render, so it
 * costs nothing before it.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server.browser';
import { uiLanguage } from '../i18n';
import { buildId, pageStorage, type SnapshotPage, saveSnapshot, WROTE_KEY } from './store';
import { WROTE_EVENT } from './writes';

const SETTLE_MS = 400;

export interface SnapshotSource<T> {
  page: SnapshotPage;
  /** The page's own first read (the boot script's). */
  read(now: number): Promise<T>;
  /** The page's first view for that read, as it mounts it. */
  view(first: T, now: number): Promise<ReactNode> | ReactNode;
  /** Whether the read got everything (a failed raw read falls back to the database later). */
  complete(first: T): boolean;
}

/** Draws and saves one snapshot now; false when it wasn't kept (a write came in meanwhile). */
export async function drawSnapshot<T>(source: SnapshotSource<T>, now = Date.now()): Promise<boolean> {
  const store = pageStorage();
  if (!store) return false;
  const first = await source.read(now);
  if (!source.complete(first)) return false;
  const html = renderToStaticMarkup(await source.view(first, now));
  return saveSnapshot(store, source.page, {
    build: buildId(document),
    lang: uiLanguage(),
    at: now,
    title: document.title,
    html,
    first,
  });
}

/**
 * Draws the snapshot soon after the page opens and again whenever anything it shows is written,
 * in this page or another. A page opened for something particular (a query) draws none.
 */
export function keepSnapshot<T>(source: SnapshotSource<T>): () => void {
  if (location.search) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let drawing = false;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  };
  const run = async () => {
    // Hidden tabs leave it to the one in front; drawing twice at once helps no one.
    if (drawing || document.visibilityState === 'hidden') return;
    drawing = true;
    try {
      await drawSnapshot(source);
    } catch (error) {
      console.error(error);
    } finally {
      drawing = false;
    }
  };
  const onStorage = (e: StorageEvent) => e.key === WROTE_KEY && schedule();
  const onVisible = () => document.visibilityState === 'visible' && schedule();
  window.addEventListener(WROTE_EVENT, schedule);
  window.addEventListener('storage', onStorage);
  document.addEventListener('visibilitychange', onVisible);
  schedule();
  return () => {
    clearTimeout(timer);
    window.removeEventListener(WROTE_EVENT, schedule);
    window.removeEventListener('storage', onStorage);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
