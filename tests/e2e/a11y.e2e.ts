import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, memoryRow, putRows, useHarness } from './harness';

type State = [name: string, file: `${string}.html${string}`, setUp: (page: Page) => Promise<void>];

/** The states a person meets: empty, full, open, errors, dialogs, the veil, the crisis panel. */
const STATES: State[] = [
  ['popup, empty', 'popup.html', async () => {}],
  [
    'popup, suggestions open',
    'popup.html',
    async (p) => {
      await p.keyboard.type('lon');
      await p.getByRole('option').first().waitFor();
    },
  ],
  [
    'popup, every section open',
    'popup.html',
    async (p) => {
      for (const s of await p.locator('summary').all()) await s.click();
    },
  ],
  [
    'popup, crisis panel',
    'popup.html',
    async (p) => {
      await p.keyboard.type('I want to die');
      await p.getByTestId('crisis').waitFor();
    },
  ],
  [
    'popup, named with a moment read back',
    'popup.html',
    async (p) => {
      await p.keyboard.type('humiliated');
      await p.keyboard.press('Enter');
      await p.getByTestId('moment').locator('blockquote').waitFor();
    },
  ],
  ['new tab, veiled', 'newtab.html', async () => {}],
  [
    'new tab, open',
    'newtab.html',
    async (p) => {
      await p.getByTestId('veil').getByRole('button').click();
      await p.getByTestId('private').waitFor();
    },
  ],
  [
    'new tab, crisis panel',
    'newtab.html',
    async (p) => {
      await p.getByTestId('veil').getByRole('button').click();
      await p.locator('textarea').fill('Some days I think everyone would be better off without me');
      await p.getByTestId('crisis').waitFor();
    },
  ],
  [
    'reframe, traps found',
    'reframe.html?text=Nobody%20will%20ever%20hire%20me',
    async (p) => {
      await p.getByTestId('traps').getByRole('heading', { level: 3 }).first().waitFor();
    },
  ],
  [
    'reframe, crisis panel',
    'reframe.html?text=I%20want%20to%20end%20my%20life',
    async (p) => {
      await p.getByTestId('crisis').waitFor();
    },
  ],
  ['options, full', 'options.html', async () => {}],
  [
    'options, reading one back (dialog)',
    'options.html',
    async (p) => {
      await p.getByRole('button', { name: 'Read me one' }).click();
      await p.getByRole('dialog').waitFor();
    },
  ],
  [
    'options, an import error',
    'options.html#data',
    async (p) => {
      await p.getByLabel('Choose a backup file').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"notes":[]}'),
      });
      await p.getByTestId('import-error').waitFor();
    },
  ],
];

describe('accessible in every state, both themes, at 200% zoom', () => {
  const h = useHarness({}, async (h) => {
    const page = await h.open('options.html');
    const now = Date.now();
    await putRows(page, 'memories', [
      memoryRow('My friend drove two hours to be at my graduation.', ['loved'], now - 86_400_000),
      memoryRow('I rebuilt the onboarding flow on my own.', ['capable', 'proud'], now - 2 * 86_400_000),
    ]);
    await putRows(
      page,
      'feelings',
      [1, 2, 3].map((d) => ({
        id: crypto.randomUUID(),
        createdAt: now - d * 86_400_000,
        updatedAt: now - d * 86_400_000,
        words: ['dismissed'],
        intensity: 6,
        kind: 'romantic',
      })),
    );
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(STATES)(`%s (${scheme}) is axe-clean`, async (_name, file, setUp) => {
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`chrome-extension://${h.extensionId}/${file}`);
      await page.waitForSelector('html[data-ready="1"]');
      await setUp(page);
      expect(await axe(page)).toEqual([]);
      await page.close();
    });
  }

  it.each(['newtab.html', 'options.html', 'reframe.html?text=I%20always%20fail'] as const)(
    '%s at 200%% zoom (640 CSS px wide) needs no sideways scrolling',
    async (file) => {
      const page = await h.context.newPage();
      await page.setViewportSize({ width: 640, height: 800 });
      await page.goto(`chrome-extension://${h.extensionId}/${file}`);
      await page.waitForSelector('html[data-ready="1"]');
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
      await page.close();
    },
  );

  it('moves nothing when the person asks for reduced motion', async () => {
    const page = await h.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await page.waitForSelector('html[data-ready="1"]');
    await page.keyboard.type('hurt');
    await page.keyboard.press('Enter');
    await page.getByTestId('ack').waitFor();
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.close();
    expect(h.outside).toEqual([]);
  });
});
