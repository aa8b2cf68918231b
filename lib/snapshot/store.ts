/**
 * First-view snapshots (docs/ARCHITECTURE.md, "Pages"): what the popup or the new tab would show
 * on open, as markup and as the first read it was drawn from, kept in the extension's own
 * localStorage so the boot script can paint it before any IndexedDB round trip. IndexedDB stays
 * the source of truth: a snapshot older than the last write, from another day, another build or
 * another language is never used. Pure functions over a Storage, so tests pass their own.
 */
import { dayRange } from '../dates';

export type SnapshotPage = 'newtab' | 'popup';

export interface Snapshot<T = unknown> {
  /** Which build drew it (its hashed script and style names): markup changes with the code. */
  build: string;
  lang: string;
  /** When its data was read (ms). */
  at: number;
  title: string;
  html: string;
  /** The page's first read, as its boot script would have handed it off. */
  first: T;
}

export interface SnapshotContext {
  build: string;
  lang: string;
  now: number;
}

const PREFIX = 'redirection.snapshot.';
/** When a page last wrote anything a first view shows (ms). */
export const WROTE_KEY = 'redirection.wroteAt';
/** Bigger than this and reading it would cost what it saves. */
export const MAX_SNAPSHOT_CHARS = 500_000;

export const snapshotKey = (page: SnapshotPage) => `${PREFIX}${page}`;

export function wroteAt(store: Storage): number {
  const n = Number(store.getItem(WROTE_KEY));
  return Number.isFinite(n) ? n : 0;
}

/** Every snapshot drawn before `now` is stale from here on. */
export function markWrote(store: Storage, now: number): void {
  try {
    if (now > wroteAt(store)) store.setItem(WROTE_KEY, String(now));
  } catch {
    // A full or blocked store: drop the snapshots instead, so none can be stale.
    clearSnapshots(store);
  }
}

/** The page's snapshot if it still shows what the database holds now; undefined otherwise. */
export function readSnapshot<T>(
  store: Storage,
  page: SnapshotPage,
  { build, lang, now }: SnapshotContext,
): Snapshot<T> | undefined {
  let snap: Partial<Snapshot<T>>;
  try {
    const raw = store.getItem(snapshotKey(page));
    if (!raw || raw.length > MAX_SNAPSHOT_CHARS) return undefined;
    snap = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (
    typeof snap !== 'object' ||
    snap === null ||
    snap.build !== build ||
    snap.lang !== lang ||
    typeof snap.html !== 'string' ||
    typeof snap.title !== 'string' ||
    typeof snap.at !== 'number' ||
    snap.first === undefined
  )
    return undefined;
  // Drawn today, before now, and after the last write.
  if (snap.at > now || dayRange(now).from !== dayRange(snap.at).from) return undefined;
  if (snap.at <= wroteAt(store)) return undefined;
  return snap as Snapshot<T>;
}

/** Saves a snapshot unless a write came after its data was read; false when not kept. */
export function saveSnapshot<T>(store: Storage, page: SnapshotPage, snap: Snapshot<T>): boolean {
  if (snap.at <= wroteAt(store)) return false;
  const text = JSON.stringify(snap);
  try {
    if (text.length > MAX_SNAPSHOT_CHARS) {
      store.removeItem(snapshotKey(page));
      return false;
    }
    store.setItem(snapshotKey(page), text);
    return true;
  } catch {
    store.removeItem(snapshotKey(page));
    return false;
  }
}

/** Removes every page's snapshot (delete all). */
export function clearSnapshots(store: Storage): void {
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i));
  for (const key of keys) if (key?.startsWith(PREFIX)) store.removeItem(key);
}

/**
 * The build a page runs, as its HTML was shipped: the hashed names of its page module and
 * stylesheets and a short hash of its inline styles. A snapshot drawn by other code or styles is
 * not painted. (Styles a lazy chunk adds later, with absolute URLs, are not the page's own.)
 */
export function buildId(doc: Document): string {
  const names = [...doc.querySelectorAll('script[src*="/chunks/"], link[rel="stylesheet"][href^="/"]')].map(
    (e) => e.getAttribute('src') ?? e.getAttribute('href'),
  );
  for (const style of doc.querySelectorAll('head style'))
    names.push(`style:${shortHash(style.textContent ?? '')}`);
  return [...new Set(names)].join(' ');
}

/** A string hash (FNV-1a, 32 bits): enough to tell one build's styles from another's. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** localStorage where there is one (pages), undefined in the service worker and in Node. */
export function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
