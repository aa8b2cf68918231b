// Each page's time to data-ready as a ratio to a blank extension page, measured interleaved in
// one run (empty database, then a decade of data). Budget: popup and new tab ≤ 1.5×.
import { launchWithBlank, median, seed, timeToReady } from './browser.mjs';

const PAGES = ['popup.html', 'newtab.html', 'options.html', 'reframe.html'];
const BUDGET = { 'popup.html': 1.5, 'newtab.html': 1.5 };

export async function bench({ built, browserPath, runs }) {
  const ext = await launchWithBlank({ built, browserPath });
  const measure = async () => {
    const page = await ext.context.newPage();
    const files = ['blank.html', ...PAGES];
    const times = Object.fromEntries(files.map((p) => [p, []]));
    for (const p of files) await timeToReady(page, ext.url(p)); // warm up
    for (let i = 0; i < runs; i++) for (const p of files) times[p].push(await timeToReady(page, ext.url(p)));
    await page.close();
    const blank = median(times['blank.html']);
    return Object.fromEntries(
      PAGES.map((p) => [p, { ms: median(times[p]), blankMs: blank, ratio: median(times[p]) / blank }]),
    );
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
      rows.push({
        measure: `${p} to data-ready, ${label}`,
        value: `${r.ratio.toFixed(2)}× blank (${r.ms.toFixed(1)} vs ${r.blankMs.toFixed(1)} ms)`,
        budget: BUDGET[p] ? `≤ ${BUDGET[p]}×` : '—',
        ok: BUDGET[p] ? r.ratio <= BUDGET[p] : undefined,
      });
    }
  }
  return { rows, json };
}
