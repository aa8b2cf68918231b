import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** What ships (`npm run build`): checked by tests/e2e/manifest.e2e.ts, never driven. */
export const SHIPPED_DIR = path.resolve('.output/chrome-mv3');
/**
 * The shipped build plus the background's test hooks (lib/test-hooks.ts), which the tests drive;
 * built by tests/e2e/global-setup.ts.
 */
export const EXTENSION_DIR = path.resolve(process.env.EXTENSION_DIR ?? '.output/test-hooks/chrome-mv3');
/** The test hooks, and the optional hosts granted at install. */
export const TEST_HOSTS_DIR = path.resolve('.output/test-hosts/chrome-mv3');

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Every request that left the extension: must stay empty (no network, ever). */
  outside: string[];
  open(page: `${string}.html${string}`): Promise<Page>;
  close(): Promise<void>;
}

/** Hosts that tests route to local fixture pages; requests to them never leave the machine. */
const routedHosts = new Set<string>();
export function allowRouted(host: string): void {
  routedHosts.add(host);
}

export interface LaunchOptions {
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
  extensionDir?: string;
  keepWelcome?: boolean;
}

/** Starts headless Chromium with the built extension in a fresh profile. */
export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const own = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'redirection-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  const outside: string[] = [];
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(url.protocol)) return;
    if (routedHosts.has(url.host)) return;
    outside.push(req.url());
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  // A fresh profile is a first install, which opens the welcome; most tests want a clean slate.
  if (!options.keepWelcome && !existsSync(path.join(userDataDir, 'redirection-e2e-seen'))) {
    const isWelcome = (p: Page) => p.url().includes('/options.html#welcome');
    const welcome =
      context.pages().find(isWelcome) ??
      (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }).catch(() => undefined));
    await welcome?.close();
    writeFileSync(path.join(userDataDir, 'redirection-e2e-seen'), '');
  }
  return {
    context,
    extensionId,
    outside,
    async open(name) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      await page.waitForSelector('html[data-ready="1"]');
      return page;
    },
    async close() {
      await context.close();
      if (own) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One browser for a describe block: launched (then `setup` run) before its tests, closed after.
 * The returned harness forwards to that browser, so tests use it as if `launch` had returned it.
 */
export function useHarness(options: LaunchOptions = {}, setup?: (h: Harness) => Promise<void>): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await launch(options);
    await setup?.(current);
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as Harness, {
    get(_target, key) {
      if (!current) throw new Error('the harness is used before beforeAll launched it');
      return Reflect.get(current, key);
    },
  });
}

/** axe-core with the WCAG 2.2 AA rule set; returns violations as short strings for a readable diff. */
export async function axe(page: Page): Promise<string[]> {
  // A fade-in caught halfway reads as low contrast; check the settled page.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Writes settings the way the options page does (extension storage), from one of its pages. */
export async function setSettings(page: Page, changes: Record<string, unknown>) {
  await page.evaluate(async (changes) => {
    type Local = { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> };
    const api = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
    const got = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...(got.settings ?? {}), ...changes } });
  }, changes);
}

/** Writes rows straight into the extension's database from one of its pages, as data written earlier would be. */
export async function putRows(page: Page, table: string, rows: object[]): Promise<void> {
  await page.evaluate(
    async ({ table, rows }) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('redirection');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      await new Promise((res, rej) => {
        const tx = db.transaction(table, 'readwrite');
        for (const row of rows) tx.objectStore(table).put(row);
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
      db.close();
      // A write through the app notes itself so no first-view snapshot drawn before it is
      // painted (lib/snapshot/store.ts, WROTE_KEY); a write straight to the database does the same.
      localStorage.setItem('redirection.wroteAt', String(Date.now()));
    },
    { table, rows },
  );
}

/** Every row of a table, read straight from the extension's database. */
export async function getRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (table) => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('redirection');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((res, rej) => {
      const req = db.transaction(table).objectStore(table).getAll();
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    db.close();
    return rows;
  }, table);
}

/** A moment for the inner file, as the options page stores it. */
export function memoryRow(text: string, kinds: string[], at = Date.now()) {
  return {
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    text,
    date: at,
    kinds,
    people: [],
    tags: [],
    pinned: 0,
    lastShownAt: 0,
  };
}
