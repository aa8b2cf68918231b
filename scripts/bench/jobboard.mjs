// Job-board page load with and without the extension when no card is due (budget ≤ 5% slower).
// "With" is the test-hosts build (optional hosts granted at install) with the job-board prompt on
// and its script registered on the real pattern; the page is served at a LinkedIn jobs URL by
// context.route, so nothing leaves the machine. Both browsers load the same page, interleaved.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { headlessArgs } from '../env.mjs';
import { closeWelcome, median } from './browser.mjs';

const URL = 'https://www.linkedin.com/jobs/search/?keywords=designer';

// A stand-in for a job board: a long list and some page script (real boards ship megabytes of
// JavaScript and take seconds to load; this one is far lighter, so the overhead shows more).
// The added time is reported in ms too: injecting any content script costs a few ms on its own.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jobs</title>
<style>body{font:15px system-ui;margin:0}li{padding:8px;border-bottom:1px solid #ddd}</style></head>
<body><header><h1>Jobs</h1><input type="search" aria-label="Search"></header><main><ul>${Array.from(
  { length: 1500 },
  (_, i) => `<li><h2>Role ${i}</h2><p>Company ${i % 37} · Remote · Posted ${i % 30} days ago</p></li>`,
).join('')}</ul></main><script>
// Page script work, as a job board's own code does on load.
let s = 0; for (let i = 0; i < 3e7; i++) s = (s + i * 7) % 1000003; document.title = 'Jobs ' + (s % 10);
</script></body></html>`;

async function open(browserPath, extensionDir) {
  const profile = mkdtempSync(path.join(tmpdir(), 'redirection-bench-jb-'));
  const args = headlessArgs(extensionDir);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath,
    headless: false,
    args,
  });
  await context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ body: PAGE, contentType: 'text/html' }),
  );
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function loadMs(page) {
  await page.goto(URL, { waitUntil: 'load' });
  // Let a document_idle script run before reading the timings.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  return page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
}

async function waitRegistered(worker, want) {
  for (let i = 0; i < 100; i++) {
    const ids = await worker.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
    );
    if (ids.includes('redirection-job-board') === want) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job-board script never became ${want ? 'registered' : 'unregistered'}`);
}

export async function bench({ root, browserPath, runs }) {
  const dir = path.join(root, '.output', 'test-hosts', 'chrome-mv3');
  const build = spawnSync(path.join(root, 'node_modules', '.bin', 'wxt'), ['build'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NODE_ENV: 'production', REDIRECTION_TEST_HOSTS: '1' },
  });
  if (build.status !== 0) throw new Error('test-hosts build failed');
  const without = await open(browserPath);
  const withExt = await open(browserPath, dir);
  const [sw] = withExt.context.serviceWorkers();
  const worker = sw ?? (await withExt.context.waitForEvent('serviceworker'));
  await closeWelcome(withExt.context);
  const a = await without.context.newPage();
  const b = await withExt.context.newPage();
  const n = Math.max(15, runs * 3);
  const compare = async () => {
    await loadMs(a);
    await loadMs(b);
    const t = { without: [], with: [] };
    for (let i = 0; i < n; i++) {
      // Alternate which goes first, so neither always gets the warmer machine.
      if (i % 2) {
        t.with.push(await loadMs(b));
        t.without.push(await loadMs(a));
      } else {
        t.without.push(await loadMs(a));
        t.with.push(await loadMs(b));
      }
    }
    const ms = { without: median(t.without), with: median(t.with) };
    return {
      ms,
      slower: ms.with / ms.without - 1,
      cardShown: await b.evaluate(() => !!document.querySelector('redirection-card')),
    };
  };
  const setState = (state) =>
    worker.evaluate(async (state) => {
      await chrome.storage.local.set({ settings: { jobBoardPrompt: true }, jobBoardState: state });
    }, state);

  // The prompt on, no recent no: the usual case. The script isn't even registered.
  await setState({ days: 7, neverHosts: [] });
  await waitRegistered(worker, false);
  const idle = await compare();
  // A no two days ago, "never here" on this site: cards are due elsewhere, so the script is
  // registered, with this site excluded. (Shown today or snoozed: not registered at all.)
  const now = Date.now();
  await setState({
    days: 7,
    neverHosts: ['www.linkedin.com'],
    lastNo: { at: now - 2 * 86_400_000, who: 'Acme' },
  });
  await waitRegistered(worker, true);
  const shown = await compare();
  await without.close();
  await withExt.close();
  const row = (label, r) => ({
    measure: `job board, nothing due (${label}): load with vs without extension`,
    value: `${(r.slower * 100).toFixed(1)}% (${r.ms.with.toFixed(1)} vs ${r.ms.without.toFixed(1)} ms, ${r.ms.with >= r.ms.without ? '+' : ''}${(r.ms.with - r.ms.without).toFixed(1)} ms)`,
    budget: '≤ 5%',
    ok: r.slower <= 0.05,
  });
  return {
    rows: [
      row('no recent no', idle),
      row('due elsewhere, never here on this site', shown),
      {
        measure: 'job board, nothing due: card or React loaded',
        value: idle.cardShown || shown.cardShown ? 'yes' : 'no',
        budget: 'no',
        ok: !idle.cardShown && !shown.cardShown,
      },
    ],
    json: { idle, shown, runs: n },
  };
}
