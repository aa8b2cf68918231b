// Screenshots for the README and store listing (run by hand after a build): docs/*.png, with a
// few sample entries so the pages show what they do.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithBlank } from './bench/browser.mjs';
import { findBrowser, root } from './env.mjs';

const out = path.join(root, 'docs');
mkdirSync(out, { recursive: true });
const ext = await launchWithBlank({
  built: path.join(root, '.output', 'chrome-mv3'),
  browserPath: findBrowser(),
});
const open = async (file, width, height) => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(ext.url(file));
  await page.waitForSelector('html[data-ready="1"]');
  return page;
};
const shot = async (page, name) => {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.screenshot({ path: path.join(out, name) });
  console.log(`wrote docs/${name}`);
};

// Sample data, written by the extension's own pages as a person would.
const day = 86_400_000;
const now = Date.now();
const seed = await open('options.html', 800, 600);
await seed.evaluate(
  async ({ now, day }) => {
    const db = await new Promise((res) => {
      const r = indexedDB.open('redirection');
      r.onsuccess = () => res(r.result);
    });
    const row = (t) => ({ id: crypto.randomUUID(), createdAt: t, updatedAt: t });
    const words = [
      ['dismissed'],
      ['hurt', 'lonely'],
      ['anxious'],
      ['hopeful'],
      ['disappointed'],
      ['calm'],
      ['rejected'],
    ];
    const tx = db.transaction(['feelings', 'memories'], 'readwrite');
    for (const [i, w] of words.entries()) {
      tx.objectStore('feelings').put({
        ...row(now - (i + 1) * day),
        words: w,
        intensity: 7 - i,
        kind: 'job-application',
      });
    }
    for (const [text, kinds, tags] of [
      ['My sister called just to say she was proud of me.', ['loved'], ['family']],
      ['Finished the certification I almost gave up on.', ['capable', 'proud'], ['work']],
      ['Sam trusted me to run the workshop, and it went well.', ['capable'], ['work']],
    ]) {
      tx.objectStore('memories').put({
        ...row(now - 40 * day),
        text,
        date: now - 40 * day,
        kinds,
        people: [],
        tags,
        pinned: 0,
        lastShownAt: 0,
      });
    }
    await new Promise((res) => {
      tx.oncomplete = res;
    });
    db.close();
  },
  { now, day },
);
await seed.close();

const popup = await open('popup.html', 380, 560);
await popup.keyboard.type('dism');
await popup.waitForTimeout(200);
await shot(popup, 'popup-typing.png');
await popup.keyboard.press('Enter');
await popup.getByTestId('ack').waitFor();
await shot(popup, 'popup.png');

const newtab = await open('newtab.html', 1100, 900);
await newtab.getByTestId('veil').getByRole('button').click();
await newtab.getByTestId('private').waitFor();
await shot(newtab, 'newtab.png');

const reframe = await open(
  `reframe.html?text=${encodeURIComponent('Nobody will ever hire me. I always mess up interviews.')}`,
  1100,
  1000,
);
await reframe.waitForTimeout(300);
await shot(reframe, 'reframe.png');

const options = await open('options.html#inner-file', 1100, 1000);
await options.waitForTimeout(300);
await shot(options, 'options.png');

await ext.close();
