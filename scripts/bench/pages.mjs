// Each page's time to data-ready as a ratio to a blank extension page, measured interleaved in
// one run (empty database, then a decade of data). Budget: popup and new tab ≤ 1.3×.
// Every load is in a new tab, as the popup and the new tab open, and the order flips each round,
// so no page is timed while the one before it is still tearing down. Two reference pages show how
// much of that time the first read alone takes: each page's boot script and nothing else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithBlank, median, p90, seed, timesInNewTab, waitForSnapshot } from './browser.mjs';

const BUDGET = { 'popup.html': 1.3, 'newtab.html': 1.3 };
// First contentful paint of the two pages people open most, and the JS they load before it.
const PAINT_BUDGET = { 'popup.html': 1.15, 'newtab.html': 1.15 };
const JS_BEFORE_PAINT_KB = 150;

/**
 * The JS a page runs before its first paint, gzipped: with a current snapshot only the boot
 * script (it paints, then starts the page module); without one, the boot script plus the page
 * module and everything it imports statically (Dexie and the rest load after the first render).
 */
function jsBeforePaint(built, page) {
  const html = readFileSync(path.join(built, page), 'utf8');
  const gz = (f) => gzipSync(readFileSync(path.join(built, f))).length;
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+\.js)"/g)].map((m) => m[1]);
  const boot = scripts.find((f) => f.endsWith('-boot.js'));
  const entry = scripts.find((f) => !f.endsWith('-boot.js'));
  const graph = new Set([entry]);
  for (const f of graph)
    for (const m of readFileSync(path.join(built, f), 'utf8').matchAll(
      /(?:from|import)\s*"\.\/([^"]+\.js)"/g,
    ))
      graph.add(path.posix.join(path.posix.dirname(f), m[1]));
  return { snapshot: gz(boot), full: gz(boot) + [...graph].reduce((sum, f) => sum + gz(f), 0) };
}
const READS = { 'popup-read.html': 'popup', 'newtab-read.html': 'newtab' };
const LABEL = {
  'popup-read.html': "the popup's first read alone (its boot script, no page code)",
  'newtab-read.html': "the new tab's first read alone (its boot script, no page code)",
};

// Ready once the boot script's reads are in (lib/boot.ts hand-off); never ready without them.
const readPage = (page) =>
  `<!doctype html><html><head><meta charset="utf-8"><script src="/${page}-boot.js"></script><script src="/${page}-read.js"></script></head><body></body></html>`;
const readScript = (page) => `const slot = globalThis[Symbol.for('redirection.boot.${page}')];
if (!slot) throw new Error('no hand-off from ${page}-boot.js');
Promise.resolve(slot.first ?? slot).then(() => {
  document.documentElement.dataset.ready = '1';
  performance.mark('ready');
});`;

export async function bench({ built, browserPath, runs }) {
  // A load in a new tab varies by ±10 ms from one to the next: more rounds than elsewhere.
  const rounds = Math.max(runs, 40);
  const extraFiles = {};
  for (const [file, page] of Object.entries(READS)) {
    extraFiles[file] = readPage(page);
    extraFiles[`${page}-read.js`] = readScript(page);
  }
  const ext = await launchWithBlank({ built, browserPath, extraFiles });
  const jsKb = Object.fromEntries(
    ['popup.html', 'newtab.html'].map((p) => {
      const b = jsBeforePaint(built, p);
      return [p, { snapshot: b.snapshot / 1024, full: b.full / 1024 }];
    }),
  );
  // An open extension page keeps the extension's process up between the tabs, as the service
  // worker would: every page, the blank one too, then starts from the same place.
  const keep = await ext.context.newPage();
  await keep.goto(ext.url('blank.html'));
  // Three passes, each against the blank page in the same rounds: the popup and the new tab as
  // they open day to day (nothing written since their snapshot was drawn); the same right after a
  // write (no snapshot to paint: the database is read first); and the options and reframe pages,
  // which write as they open (a moment shown), apart so they don't stale the first pass.
  const pass = async (files, beforeEach) => {
    const all = ['blank.html', ...files];
    const times = Object.fromEntries(all.map((p) => [p, []]));
    for (const p of all) await timesInNewTab(ext.context, ext.url(p)); // warm up
    // The popup and the new tab paint from a snapshot of what they showed last (lib/snapshot/):
    // open each once for as long as a person looks at it, so it is drawn, as in daily use.
    for (const p of ['popup', 'newtab']) {
      const page = await ext.context.newPage();
      await page.goto(ext.url(`${p}.html`));
      if (!(await waitForSnapshot(page, p))) console.warn(`bench: no snapshot drawn for ${p}.html`);
      await page.close();
    }
    for (let i = 0; i < rounds; i++)
      for (const p of i % 2 ? [...all].reverse() : all) {
        if (beforeEach) await beforeEach(p);
        times[p].push(await timesInNewTab(ext.context, ext.url(p)));
      }
    const ready = (p) => times[p].map((t) => t.ready);
    const fcp = (p) => times[p].map((t) => t.fcp);
    const blank = median(ready('blank.html'));
    const blankFcp = median(fcp('blank.html'));
    return Object.fromEntries(
      files.map((p) => [
        p,
        {
          ms: median(ready(p)),
          blankMs: blank,
          ratio: median(ready(p)) / blank,
          fcpMs: median(fcp(p)),
          fcpP90: p90(fcp(p)),
          blankFcpMs: blankFcp,
          blankFcpP90: p90(fcp('blank.html')),
          fcpRatio: median(fcp(p)) / blankFcp,
          fromSnapshot: times[p].filter((t) => t.snapshot).length,
          loads: times[p].length,
        },
      ]),
    );
  };
  // A write as the app notes one (lib/snapshot/writes.ts), made from the page kept open.
  const write = (p) =>
    /^(popup|newtab)\.html$/.test(p)
      ? keep.evaluate(() => localStorage.setItem('redirection.wroteAt', String(Date.now())))
      : undefined;
  const measure = async () => {
    const daily = await pass(['popup.html', 'newtab.html', ...Object.keys(READS)]);
    const afterWrite = await pass(['popup.html', 'newtab.html'], write);
    const writers = await pass(['options.html', 'reframe.html']);
    return {
      ...daily,
      ...writers,
      ...Object.fromEntries(Object.entries(afterWrite).map(([p, r]) => [`${p} after a write`, r])),
    };
  };
  const json = { empty: await measure() };
  await seed(ext, { feelings: 36_500, memories: 10_000 });
  json.decade = await measure();
  await ext.close();
  const rows = [];
  for (const [set, label] of [
    ['empty', 'empty'],
    ['decade', '36,500 feelings + 10,000 memories'],
  ]) {
    for (const [p, r] of Object.entries(json[set])) {
      const page = p.replace(' after a write', '');
      const stale = page !== p;
      const name = stale ? `${page}, right after a write (no snapshot to paint)` : page;
      const budgeted = !stale && BUDGET[page];
      rows.push({
        measure: `${LABEL[p] ?? `${name} to data-ready`}, ${label}`,
        value: `${r.ratio.toFixed(2)}× blank (${r.ms.toFixed(1)} vs ${r.blankMs.toFixed(1)} ms)${stale ? '' : r.loads && PAINT_BUDGET[page] ? `; ${r.fromSnapshot} of ${r.loads} loads painted from the snapshot` : ''}`,
        budget: budgeted ? `≤ ${BUDGET[page]}×` : '—',
        ok: budgeted ? r.ratio <= BUDGET[page] : undefined,
      });
      if (PAINT_BUDGET[page])
        rows.push({
          measure: `${name} first contentful paint, ${label} (median; p90)`,
          value: `${r.fcpRatio.toFixed(2)}× blank (${r.fcpMs.toFixed(1)} vs ${r.blankFcpMs.toFixed(1)} ms; p90 ${r.fcpP90.toFixed(1)} vs ${r.blankFcpP90.toFixed(1)})`,
          budget: stale ? '—' : `≤ ${PAINT_BUDGET[page]}×`,
          ok: stale ? undefined : r.fcpRatio <= PAINT_BUDGET[page],
        });
    }
  }
  for (const [p, kb] of Object.entries(jsKb))
    for (const [which, label] of [
      ['snapshot', 'painting its snapshot'],
      ['full', 'with no snapshot to paint'],
    ])
      rows.push({
        measure: `${p} JS before first paint, ${label}, gzipped`,
        value: `${kb[which].toFixed(1)} kB`,
        budget: `≤ ${JS_BEFORE_PAINT_KB} kB`,
        ok: kb[which] <= JS_BEFORE_PAINT_KB,
      });
  json.jsBeforePaintKb = jsKb;
  return { rows, json };
}
