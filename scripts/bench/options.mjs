// The options page with a decade of data (36,500 feelings + 10,000 moments): search latency in
// the inner file, the time to export a backup (plain and encrypted), and to import it (check +
// preview, then the one-transaction merge) into a fresh browser profile and into the same one.
// Its time to data-ready is in pages.mjs.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithBlank, median, seed } from './browser.mjs';

const QUERIES = ['number 9999', 'proud', 'tag7', 'moment I was', 'nothing like this'];
const BUDGET = { search: 100 };

export async function bench({ built, browserPath, runs }) {
  const ext = await launchWithBlank({ built, browserPath });
  await seed(ext, { feelings: 36_500, memories: 10_000 });
  const page = await ext.context.newPage();
  await page.goto(ext.url('options.html'));
  await page.waitForSelector('html[data-ready="1"]');
  // The whole file is loaded for search once the count says so.
  await page.waitForFunction(
    () => document.querySelector('[data-testid="moment-count"]')?.textContent === '10,000 moments',
  );

  // Search: from the input event to the updated list painted (next animation frame).
  const search = [];
  for (let i = 0; i < runs; i++) {
    for (const q of QUERIES) {
      search.push(
        await page.evaluate(async (q) => {
          const input = document.querySelector('input[type="search"]');
          const count = document.querySelector('[data-testid="moment-count"]');
          const before = count.textContent;
          const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          const t0 = performance.now();
          set.call(input, q);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((res) => {
            const check = () =>
              count.textContent !== before
                ? requestAnimationFrame(() => res())
                : requestAnimationFrame(check);
            check();
          });
          const ms = performance.now() - t0;
          set.call(input, '');
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((res) => {
            const check = () => (count.textContent === before ? res() : requestAnimationFrame(check));
            check();
          });
          return ms;
        }, q),
      );
    }
  }

  const timed = async (work) => {
    const t0 = performance.now();
    const out = await work();
    return { ms: performance.now() - t0, out };
  };
  /** Choose the file, wait for the checked preview, then import: two timings. */
  const importFile = async (page, file) => {
    const check = await timed(async () => {
      await page.getByLabel('Choose a backup file').setInputFiles(file);
      await page.getByTestId('import-preview').waitFor({ timeout: 120_000 });
    });
    const merge = await timed(async () => {
      await page.getByTestId('import-preview').getByRole('button', { name: 'Import' }).click();
      await page.getByTestId('import-done').waitFor({ timeout: 120_000 });
    });
    return [check.ms, merge.ms];
  };
  const exportPlain = [];
  const exportSealed = [];
  const again = { check: [], merge: [] };
  let plainPath;
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const plain = await timed(async () => {
      const dl = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download a backup', exact: true }).click();
      return (await dl).path();
    });
    exportPlain.push(plain.ms);
    plainPath = plain.out;
    await page.getByLabel('Passphrase', { exact: true }).first().fill('bench passphrase');
    await page.getByLabel('Passphrase again').fill('bench passphrase');
    exportSealed.push(
      (
        await timed(async () => {
          const dl = page.waitForEvent('download');
          await page.getByRole('button', { name: 'Download a locked backup' }).click();
          return (await dl).path();
        })
      ).ms,
    );
    // The same file again: every row is already here, nothing is written.
    const [c, m] = await importFile(page, plainPath);
    again.check.push(c);
    again.merge.push(m);
  }
  // Downloads vanish with their browser: keep a copy for the fresh profiles.
  const keep = mkdtempSync(path.join(tmpdir(), 'redirection-bench-backup-'));
  const file = path.join(keep, 'backup.json');
  copyFileSync(plainPath, file);
  const bytes = statSync(file).size;
  const ok = JSON.parse(readFileSync(file, 'utf8')).data.memories.length === 10_000;
  await page.close();
  await ext.close();

  // Moving to another browser: a fresh profile imports the whole decade.
  const fresh = { check: [], merge: [] };
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const other = await launchWithBlank({ built, browserPath });
    const p2 = await other.context.newPage();
    await p2.goto(other.url('options.html'));
    await p2.waitForSelector('html[data-ready="1"]');
    const [c, m] = await importFile(p2, file);
    fresh.check.push(c);
    fresh.merge.push(m);
    await other.close();
  }
  rmSync(keep, { recursive: true, force: true });

  const json = {
    searchMs: median(search),
    searchMaxMs: Math.max(...search),
    exportMs: median(exportPlain),
    exportEncryptedMs: median(exportSealed),
    importFreshCheckMs: median(fresh.check),
    importFreshMergeMs: median(fresh.merge),
    importAgainCheckMs: median(again.check),
    importAgainMergeMs: median(again.merge),
    backupBytes: bytes,
    roundTripComplete: ok,
  };
  const size = `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const ms = (x) => `${x.toFixed(0)} ms`;
  const rows = [
    {
      measure: 'options search, 10,000 moments (median, input → painted)',
      value: `${json.searchMs.toFixed(1)} ms (max ${json.searchMaxMs.toFixed(1)})`,
      budget: `≤ ${BUDGET.search} ms`,
      ok: json.searchMs <= BUDGET.search,
    },
    {
      measure: `export backup, 36,500 feelings + 10,000 moments (${size})`,
      value: ms(json.exportMs),
      budget: '—',
    },
    { measure: 'export encrypted backup, same data', value: ms(json.exportEncryptedMs), budget: '—' },
    {
      measure: 'import into a fresh browser: read, validate, preview',
      value: ms(json.importFreshCheckMs),
      budget: '—',
    },
    {
      measure: 'import into a fresh browser: merge (one transaction)',
      value: ms(json.importFreshMergeMs),
      budget: '—',
    },
    {
      measure: 'import the same file again: read, validate, preview',
      value: ms(json.importAgainCheckMs),
      budget: '—',
    },
    {
      measure: 'import the same file again: merge (nothing new)',
      value: ms(json.importAgainMergeMs),
      budget: '—',
    },
  ];
  return { rows, json };
}
