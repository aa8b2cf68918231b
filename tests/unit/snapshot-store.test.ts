import { describe, expect, it } from 'vitest';
import {
  clearSnapshots,
  MAX_SNAPSHOT_CHARS,
  markWrote,
  readSnapshot,
  type Snapshot,
  saveSnapshot,
  snapshotKey,
  WROTE_KEY,
  wroteAt,
} from '@/lib/snapshot/store';

// First-view snapshots (docs/ARCHITECTURE.md, "Pages"): never painted once anything was written
// after them, on another day, by another build or in another language.

/** A Storage over a Map, as localStorage behaves (strings in, strings out). */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  quota = Number.POSITIVE_INFINITY;
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, String(v));
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  clear() {
    this.items.clear();
  }
}

const NOON = new Date(2026, 11, 6, 12, 0).getTime();
const ctx = { build: '/chunks/newtab-abc.js /assets/newtab-def.css', lang: 'en-US', now: NOON + 60_000 };
const snap = (over: Partial<Snapshot> = {}): Snapshot => ({
  build: ctx.build,
  lang: ctx.lang,
  at: NOON,
  title: 'New tab',
  html: '<main>hello</main>',
  first: { stored: {}, rows: { feelings: [] } },
  ...over,
});

describe('first-view snapshots', () => {
  it('reads back a snapshot saved after the last write', () => {
    const store = new MemoryStorage();
    markWrote(store, NOON - 1000);
    expect(saveSnapshot(store, 'newtab', snap())).toBe(true);
    expect(readSnapshot(store, 'newtab', ctx)?.html).toBe('<main>hello</main>');
    expect(readSnapshot(store, 'popup', ctx)).toBeUndefined();
  });

  it.each([
    ['a write after it was drawn', (s: Storage) => markWrote(s, NOON + 1), ctx],
    ['a write in the same millisecond', (s: Storage) => markWrote(s, NOON), ctx],
    ['another build', () => {}, { ...ctx, build: '/chunks/newtab-xyz.js' }],
    ['another language', () => {}, { ...ctx, lang: 'es-ES' }],
    ['the next day', () => {}, { ...ctx, now: new Date(2026, 11, 7, 0, 1).getTime() }],
    ['a clock set back before it', () => {}, { ...ctx, now: NOON - 1 }],
  ])('is not painted after %s', (_, after, context) => {
    const store = new MemoryStorage();
    saveSnapshot(store, 'newtab', snap());
    after(store);
    expect(readSnapshot(store, 'newtab', context)).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"build":'],
    ['JSON of the wrong shape', JSON.stringify({ build: ctx.build, html: 42 })],
    ['no first read', JSON.stringify({ ...snap(), first: undefined })],
    ['null', 'null'],
    ['too big to be worth reading', JSON.stringify(snap({ html: 'x'.repeat(MAX_SNAPSHOT_CHARS) }))],
  ])('reads %s as no snapshot', (_, raw) => {
    const store = new MemoryStorage();
    store.setItem(snapshotKey('newtab'), raw);
    expect(readSnapshot(store, 'newtab', ctx)).toBeUndefined();
  });

  it('does not save a snapshot whose data was read before a write that came in meanwhile', () => {
    const store = new MemoryStorage();
    markWrote(store, NOON + 5);
    expect(saveSnapshot(store, 'newtab', snap())).toBe(false);
    expect(store.getItem(snapshotKey('newtab'))).toBeNull();
  });

  it('keeps the latest write time, whatever order the marks arrive in', () => {
    const store = new MemoryStorage();
    markWrote(store, NOON + 10);
    markWrote(store, NOON);
    expect(wroteAt(store)).toBe(NOON + 10);
    store.setItem(WROTE_KEY, 'garbage');
    expect(wroteAt(store)).toBe(0);
  });

  it('drops the old snapshot rather than keep a stale one when the new one will not fit', () => {
    const store = new MemoryStorage();
    saveSnapshot(store, 'newtab', snap());
    store.quota = 100;
    expect(saveSnapshot(store, 'newtab', snap({ at: NOON + 1 }))).toBe(false);
    expect(store.getItem(snapshotKey('newtab'))).toBeNull();
  });

  it('clears every page snapshot and nothing else (delete all)', () => {
    const store = new MemoryStorage();
    saveSnapshot(store, 'newtab', snap());
    saveSnapshot(store, 'popup', snap());
    store.setItem('other', 'kept');
    clearSnapshots(store);
    expect(store.getItem(snapshotKey('newtab'))).toBeNull();
    expect(store.getItem(snapshotKey('popup'))).toBeNull();
    expect(store.getItem('other')).toBe('kept');
  });
});
