// The new tab with a decade of data: layout shift while it opens (the page must not jump when
// its data arrives), with the privacy veil on (the default) and off. Budget: no shift at all.
import { launchWithBlank, median, seed } from './browser.mjs';

const setSettings = (page, changes) =>
  page.evaluate(async (changes) => {
    const got = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(got.settings ?? {}), ...changes } });
  }, changes);

/** Sum of layout-shift scores from navigation to a settled page (buffered entries included). */
async function layoutShift(page, url) {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="1"]', { timeout: 60_000 });
  return page.evaluate(
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
    const shifts = [];
    for (let i = 0; i < runs; i++) shifts.push(await layoutShift(page, ext.url('newtab.html')));
    json[veil ? 'veilOn' : 'veilOff'] = { cls: Math.max(...shifts), median: median(shifts) };
  }
  await ext.close();
  const rows = Object.entries(json).map(([k, r]) => ({
    measure: `newtab.html layout shift while opening, decade of data, veil ${k === 'veilOn' ? 'on' : 'off'}`,
    value: `${r.cls.toFixed(3)} (worst of runs)`,
    budget: '0',
    ok: r.cls === 0,
  }));
  return { rows, json };
}
