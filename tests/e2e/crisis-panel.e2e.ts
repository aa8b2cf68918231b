import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, putRows, useHarness } from './harness';

// Safety first (docs/CARE.md): words that speak of self-harm, typed in any text field of any
// page, bring up the crisis lines where the person can see them, announced once.

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

const RISK = {
  en: 'honestly everyone would be better off without me',
  es: 'ya no quiero seguir viviendo',
};

/** The panel is in the viewport, announced (role=alert), and carries the lines and the self-help line. */
async function seesPanel(page: Page) {
  const panel = page.getByTestId('crisis').first();
  await panel.waitFor();
  expect(await panel.getAttribute('role')).toBe('alert');
  await poll(() =>
    panel.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0;
    }),
  ).toBe(true);
  const text = await panel.textContent();
  expect(text).toContain('988');
  expect(text).toContain('024');
  expect(text).toContain('not therapy or an emergency service');
  expect(await panel.getByRole('link', { name: 'findahelpline.com' }).getAttribute('href')).toBe(
    'https://findahelpline.com',
  );
}

type Field = [string, (page: Page) => Promise<Locator>];

const PAGES: [string, Field[]][] = [
  [
    'popup.html',
    [
      ['the feeling search', async (p) => p.getByRole('combobox', { name: 'I feel…' })],
      [
        'the note',
        async (p) => {
          await p.locator('summary', { hasText: 'More detail (optional)' }).click();
          return p.getByLabel('A few words about it (just for you)');
        },
      ],
      [
        'who said no',
        async (p) => {
          await p.locator('summary', { hasText: 'I got a no' }).click();
          return p.getByLabel('From whom (a company or a name, optional)');
        },
      ],
    ],
  ],
  [
    'newtab.html',
    [
      [
        'the journal',
        async (p) => {
          await p.getByRole('button', { name: 'Open my space' }).click();
          return p.getByTestId('reflection');
        },
      ],
      [
        'a step of your own',
        async (p) => {
          await p.locator('summary', { hasText: 'Your own steps' }).click();
          return p.getByLabel('A small step of your own');
        },
      ],
    ],
  ],
  [
    'reframe.html',
    [
      ['the thought', async (p) => p.getByLabel('The thought, in your own words')],
      ['what supports it', async (p) => p.getByLabel('What supports the thought')],
      ['the friend view', async (p) => p.getByLabel('What would you say to them?')],
      ['the balanced thought', async (p) => p.getByLabel('Your balanced thought')],
    ],
  ],
  [
    'options.html',
    [
      [
        'a new moment',
        async (p) => p.getByRole('form', { name: 'Add a moment' }).getByLabel('What happened?'),
      ],
      [
        'an edit in the history',
        async (p) => {
          await p.locator('#record').scrollIntoViewIfNeeded();
          await p.getByTestId('history').getByRole('button', { name: 'Edit' }).first().click();
          return p.getByTestId('history').getByLabel('Note');
        },
      ],
    ],
  ],
];

describe('the crisis panel is seen wherever the words are typed', () => {
  const h = useHarness({}, async (h) => {
    const page = await h.open('options.html');
    const now = Date.now();
    await putRows(page, 'feelings', [
      { id: 'f-crisis', createdAt: now, updatedAt: now, words: ['hurt'], note: 'x' },
    ]);
    await page.close();
  });

  for (const [name, fields] of PAGES)
    for (const [field, find] of fields)
      it.each(Object.entries(RISK))(`${name}: ${field} (%s)`, async (_, words) => {
        const page = await h.open(name as `${string}.html`);
        await page.setViewportSize({ width: 800, height: 600 });
        const input = await find(page);
        await input.scrollIntoViewIfNeeded();
        await input.fill(words);
        await seesPanel(page);
        await page.close();
      });

  it.each(['popup.html', 'newtab.html', 'reframe.html', 'options.html'])(
    '%s has a quiet, permanent way to the crisis lines, and stays axe-clean with the panel up',
    async (name) => {
      const page = await h.open(name as `${string}.html`);
      const link = page.getByTestId('crisis-lines');
      await link.locator('summary').click();
      expect(await link.textContent()).toContain('116 123');
      if (name === 'reframe.html') {
        await page.getByLabel('Your balanced thought').fill(RISK.en);
        await seesPanel(page);
      }
      expect(await axe(page)).toEqual([]);
      await page.close();
    },
  );
});
