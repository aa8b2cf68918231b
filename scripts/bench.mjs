// npm run bench: builds, then measures in one run, as ratios against a blank extension page:
// each page's time to data-ready (empty and with a decade of data), plus gzipped sizes.
// Prints a table and writes .output/bench.json. Budgets live in DESIGN.md.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { bin, ensureDeps, findBrowser, root, run } from './env.mjs';

ensureDeps();
const browserPath = findBrowser();
run(bin('wxt'), ['build']);

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const built = path.join(root, '.output', 'chrome-mv3');
// The blank page goes into a copy of the build, so the shipped extension stays as it is.
const ext = mkdtempSync(path.join(tmpdir(), 'redirection-bench-ext-'));
cpSync(built, ext, { recursive: true });
writeFileSync(
  path.join(ext, 'blank.html'),
  '<!doctype html><html><head><meta charset="utf-8"><script src="blank.js"></script></head><body></body></html>',
);
writeFileSync(
  path.join(ext, 'blank.js'),
  "document.documentElement.dataset.ready='1';performance.mark('ready');",
);

const profile = mkdtempSync(path.join(tmpdir(), 'redirection-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browserPath,
  headless: false,
  args: [
    '--headless=new',
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const [sw] = context.serviceWorkers();
const id = new URL((sw ?? (await context.waitForEvent('serviceworker'))).url()).host;
const url = (p) => `chrome-extension://${id}/${p}`;

async function timeToReady(page, file) {
  await page.goto(url(file));
  await page.waitForSelector('html[data-ready="1"]', { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('ready')[0]?.startTime ?? Number.NaN);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Pages measured interleaved with the blank page, so machine load affects both alike. */
async function measure(pages) {
  const page = await context.newPage();
  const times = Object.fromEntries(['blank.html', ...pages].map((p) => [p, []]));
  for (const p of Object.keys(times)) await timeToReady(page, p); // warm up
  for (let i = 0; i < RUNS; i++)
    for (const p of Object.keys(times)) times[p].push(await timeToReady(page, p));
  await page.close();
  const blank = median(times['blank.html']);
  return Object.fromEntries(
    pages.map((p) => [p, { ms: median(times[p]), blankMs: blank, ratio: median(times[p]) / blank }]),
  );
}

/** Writes a decade of data straight into IndexedDB from an extension page. */
async function seed({ feelings, memories }) {
  const page = await context.newPage();
  await page.goto(url('options.html'));
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
    },
    { feelings, memories },
  );
  await page.close();
}

const PAGES = ['popup.html', 'newtab.html', 'options.html'];
const results = { runs: RUNS, empty: await measure(PAGES) };
await seed({ feelings: 36_500, memories: 10_000 });
results.decade = await measure(PAGES);
await context.close();
rmSync(profile, { recursive: true, force: true });
rmSync(ext, { recursive: true, force: true });

// Gzipped JavaScript each page loads (its chunks, followed through static imports).
function gz(file) {
  return gzipSync(readFileSync(file)).length;
}
function pageJs(html) {
  const seen = new Set();
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const src = readFileSync(path.join(built, rel), 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*["']\.{0,2}\/?([^"']+\.js)["']/g)) {
      const dep = path.posix.join(
        path.posix.dirname(rel),
        m[1].replace(/^chunks\//, rel.startsWith('chunks/') ? '' : 'chunks/'),
      );
      try {
        statSync(path.join(built, dep));
        visit(dep);
      } catch {}
    }
  };
  const htmlSrc = readFileSync(path.join(built, html), 'utf8');
  for (const m of htmlSrc.matchAll(/src="\/?([^"]+\.js)"/g)) visit(m[1]);
  for (const m of htmlSrc.matchAll(/href="\/?([^"]+\.js)"/g)) visit(m[1]);
  return [...seen].reduce((sum, f) => sum + gz(path.join(built, f)), 0);
}
results.sizes = Object.fromEntries([
  ...PAGES.map((p) => [p, pageJs(p)]),
  ...readdirSync(built)
    .filter((f) => f.endsWith('.js'))
    .map((f) => [f, gz(path.join(built, f))]),
  ...(() => {
    try {
      return readdirSync(path.join(built, 'content-scripts'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => [`content-scripts/${f}`, gz(path.join(built, 'content-scripts', f))]);
    } catch {
      return [];
    }
  })(),
]);

const rows = [['measure', 'value', 'budget']];
for (const [set, label] of [
  ['empty', 'empty db'],
  ['decade', '36,500 feelings + 10,000 memories'],
]) {
  for (const [p, r] of Object.entries(results[set])) {
    rows.push([
      `${p} ready, ${label}`,
      `${r.ratio.toFixed(2)}× blank (${r.ms.toFixed(1)} ms vs ${r.blankMs.toFixed(1)} ms)`,
      p === 'options.html' ? '—' : '≤ 1.5×',
    ]);
  }
}
for (const [f, bytes] of Object.entries(results.sizes))
  rows.push([
    `${f} JS gzipped`,
    `${(bytes / 1024).toFixed(1)} kB`,
    f.startsWith('content-scripts/job') ? '≤ 10 kB' : '—',
  ]);
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
console.log(
  [line(rows[0]), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n'),
);
writeFileSync(path.join(root, '.output', 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote .output/bench.json');
