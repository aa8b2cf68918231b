// Starts headless Chromium with a copy of the build plus a blank page, the yardstick for page timings.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { headlessArgs } from '../env.mjs';

export async function launchWithBlank({ built, browserPath, extraArgs = [], extraFiles = {} }) {
  // The blank page (and any extra bench pages) go into a copy of the build, so the shipped
  // extension stays as it is.
  const ext = mkdtempSync(path.join(tmpdir(), 'redirection-bench-ext-'));
  cpSync(built, ext, { recursive: true });
  for (const [name, text] of Object.entries(extraFiles)) writeFileSync(path.join(ext, name), text);
  writeFileSync(
    path.join(ext, 'blank.html'),
    // One word on screen, so the yardstick has a first contentful paint too.
    '<!doctype html><html><head><meta charset="utf-8"><script src="blank.js"></script></head><body><p>Redirection</p></body></html>',
  );
  writeFileSync(
    path.join(ext, 'blank.js'),
    "document.documentElement.dataset.ready='1';performance.mark('ready');",
  );
  const profile = mkdtempSync(path.join(tmpdir(), 'redirection-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: false,
    args: [...headlessArgs(ext), ...extraArgs],
  });
  const [sw] = context.serviceWorkers();
  const id = new URL((sw ?? (await context.waitForEvent('serviceworker'))).url()).host;
  await closeWelcome(context);
  return {
    context,
    url: (p) => `chrome-extension://${id}/${p}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(ext, { recursive: true, force: true });
    },
  };
}

/** A fresh profile is a first install, which opens the welcome tab: close it so it costs nothing. */
export async function closeWelcome(context) {
  const isWelcome = (p) => p.url().includes('/options.html#welcome');
  const welcome =
    context.pages().find(isWelcome) ??
    (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => undefined));
  await welcome?.close();
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Navigates and returns ms from navigation start to the page's 'ready' mark (docs/ARCHITECTURE.md, "Pages": data-ready). */
export async function timeToReady(page, url) {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="1"]', { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('ready')[0]?.startTime ?? Number.NaN);
}

/**
 * timeToReady in a tab of its own, closed after: the popup and the new tab each open as a new
 * document in a new window or tab, and no page pays for the one measured before it in the same tab.
 */
export async function timeToReadyInNewTab(context, url) {
  return (await timesInNewTab(context, url)).ready;
}

/**
 * Waits until a page's first-view snapshot is drawn after the last write (lib/snapshot/store.ts),
 * as it is while a person looks at the page; false if it isn't within 5 s.
 */
export async function waitForSnapshot(page, name) {
  return page
    .waitForFunction(
      (key) => {
        const at = JSON.parse(localStorage.getItem(key) ?? '{}').at ?? 0;
        return at > Number(localStorage.getItem('redirection.wroteAt') ?? 0);
      },
      `redirection.snapshot.${name}`,
      { timeout: 5_000 },
    )
    .then(
      () => true,
      () => false,
    );
}

/** Whether this load painted a first-view snapshot before its data was read (lib/snapshot/paint.ts). */
export const paintedSnapshot = (page) =>
  page.evaluate(() => performance.getEntriesByName('snapshot').length === 1);

/** Data-ready and first contentful paint (ms from navigation start) of one load in a new tab. */
export async function timesInNewTab(context, url) {
  const page = await context.newPage();
  try {
    const ready = await timeToReady(page, url);
    // Pages with nothing to paint (the bench's read-only pages) have no first contentful paint.
    const fcp = await page
      .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, {
        timeout: 2_000,
      })
      .then((h) => h.jsonValue())
      .catch(() => Number.NaN);
    return { ready, fcp, snapshot: await paintedSnapshot(page) };
  } finally {
    await page.close();
  }
}

/** The value below which 90% of the numbers fall. */
export const p90 = (xs) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.9))] ?? Number.NaN;
};

/** Writes a decade of data straight into IndexedDB from an extension page. */
export async function seed(ext, { feelings = 0, memories = 0 }) {
  const page = await ext.context.newPage();
  await page.goto(ext.url('options.html'));
  await page.waitForSelector('html[data-ready="1"]');
  await page.evaluate(
    async ({ feelings, memories }) => {
      const words = ['dismissed', 'hurt', 'lonely', 'hopeful', 'anxious', 'rejected', 'calm', 'ashamed'];
      const kinds = ['romantic', 'job-application', 'at-work', 'friendship', 'family', 'group'];
      const day = 86_400_000;
      const now = Date.now();
      const db = await new Promise((res, rej) => {
        const r = indexedDB.open('redirection');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const put = (table, rows) =>
        new Promise((res, rej) => {
          const tx = db.transaction(table, 'readwrite');
          for (const row of rows) tx.objectStore(table).put(row);
          tx.oncomplete = res;
          tx.onerror = () => rej(tx.error);
        });
      const f = [];
      for (let i = 0; i < feelings; i++) {
        const t = now - Math.floor((i / feelings) * 3650 * day);
        f.push({
          id: crypto.randomUUID(),
          createdAt: t,
          updatedAt: t,
          words: [words[i % words.length]],
          intensity: i % 11,
          kind: kinds[i % kinds.length],
          note: `note ${i}`,
        });
      }
      await put('feelings', f);
      const m = [];
      for (let i = 0; i < memories; i++) {
        const t = now - Math.floor((i / memories) * 3650 * day);
        m.push({
          id: crypto.randomUUID(),
          createdAt: t,
          updatedAt: t,
          text: `A moment I was proud of, number ${i}`,
          date: t,
          kinds: [['loved', 'capable', 'proud'][i % 3]],
          people: [],
          tags: [`tag${i % 20}`],
          pinned: i % 50 === 0 ? 1 : 0,
          lastShownAt: 0,
        });
      }
      await put('memories', m);
      db.close();
      // As the app's own writes do (lib/snapshot/writes.ts): no snapshot drawn before is painted.
      localStorage.setItem('redirection.wroteAt', String(Date.now()));
    },
    { feelings, memories },
  );
  await page.close();
}
