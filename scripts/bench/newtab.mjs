// The new tab with a decade of data: layout shift while it opens (the page must not jump when
// its data arrives), with the privacy veil on (the default) and off. Budget: no shift at all.
import { launchWithBlank, median, paintedSnapshot, seed, waitForSnapshot } from './browser.mjs';

const setSettings = (page, changes) =>
  page.evaluate(async (changes) => {
    const got = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(got.settings ?? {}), ...changes } });
    // As the app's pages note a settings change (lib/snapshot/writes.ts); the blank page has no
    // listener of its own.
    localStorage.setItem('redirection.wroteAt', String(Date.now()));
  }, changes);

/**
 * Sum of layout-shift scores from navigation to a settled page (buffered entries included), and
 * whether the load painted the first-view snapshot. The page then stays until its snapshot is
 * drawn, as it would while read, so the next load can paint it.
 */
async function layoutShift(page, url) {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="1"]', { timeout: 60_000 });
  const snapshot = await paintedSnapshot(page);
  const cls = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Two frames after ready: late data would have landed by then.
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(sum), 100)));
      }),
  );
  await waitForSnapshot(page, 'newtab');
  return { cls, snapshot };
}

export async function bench({ built, browserPath, runs }) {
  const ext = await launchWithBlank({ built, browserPath });
  await seed(ext, { feelings: 36_500, memories: 10_000 });
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const json = {};
  for (const veil of [true, false]) {
    await page.goto(ext.url('blank.html'));
    await setSettings(page, { newtabVeil: veil });
    // The first load after the settings change reads the database; the rest paint the snapshot.
    const loads = [];
    for (let i = 0; i < Math.max(runs, 3); i++) loads.push(await layoutShift(page, ext.url('newtab.html')));
    const shifts = loads.map((l) => l.cls);
    json[veil ? 'veilOn' : 'veilOff'] = {
      cls: Math.max(...shifts),
      median: median(shifts),
      fromSnapshot: loads.filter((l) => l.snapshot).length,
      loads: loads.length,
    };
  }
  await ext.close();
  const rows = Object.entries(json).map(([k, r]) => ({
    measure: `newtab.html layout shift while opening, decade of data, veil ${k === 'veilOn' ? 'on' : 'off'}`,
    value: `${r.cls.toFixed(3)} (worst of ${r.loads} loads, ${r.fromSnapshot} painted from the snapshot)`,
    budget: '0',
    ok: r.cls === 0,
  }));
  return { rows, json };
}
