import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allowRouted, axe, TEST_HOSTS_DIR, useHarness } from './harness';

const fixture = (name: string) => path.resolve('tests/e2e/fixtures', name);

/** Presses Tab until the focused element matches, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluateHandle(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el;
    });
    if (
      await found.evaluate(
        (el, fn) => (el ? new Function('el', `return (${fn})(el)`)(el) : false),
        matches.toString(),
      )
    )
      return;
  }
  throw new Error(`Tab never reached ${matches}`);
}
const byText = (text: string) =>
  new Function('el', `return el.textContent?.trim() === ${JSON.stringify(text)}`) as (el: Element) => boolean;
const byLabel = (label: string) =>
  new Function(
    'el',
    `return el.labels?.[0]?.textContent?.trim() === ${JSON.stringify(label)} || el.getAttribute('aria-label') === ${JSON.stringify(label)}`,
  ) as (el: Element) => boolean;

/**
 * One person, one browser, every feature, keyboard alone: name a feeling, keep a moment, write on
 * the new tab, reframe a thought, open a rejection email, meet the job-board card. Every request
 * the browser makes is watched: none may leave the extension and the local fixture pages, and the
 * fixture pages themselves load nothing but their own document.
 */
describe('walkthrough: every feature by keyboard, and nothing leaves the machine', () => {
  const subresources: string[] = [];
  const h = useHarness({ extensionDir: TEST_HOSTS_DIR }, async (h) => {
    for (const host of ['mail.google.com', 'www.linkedin.com']) allowRouted(host);
    await h.context.route('https://mail.google.com/**', (route) =>
      route.fulfill({ path: fixture('gmail.html'), contentType: 'text/html' }),
    );
    await h.context.route('https://www.linkedin.com/**', (route) =>
      route.fulfill({ path: fixture('job-board.html'), contentType: 'text/html' }),
    );
    h.context.on('request', (req) => {
      if (!req.url().startsWith('chrome-extension:') && req.resourceType() !== 'document')
        subresources.push(req.url());
    });
  });

  it('walks through it all', async () => {
    // Popup: two keystrokes after a few letters.
    const popup = await h.open('popup.html');
    await popup.keyboard.type('dism');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('ack').locator('h1').textContent()).toBe('I feel dismissed.');
    await popup.close();

    // Options: keep a moment in the inner file, by keyboard.
    const options = await h.open('options.html');
    await tabTo(options, byLabel('What happened?'));
    await options.keyboard.type('I finished the course I almost quit.');
    await tabTo(options, byText('Keep this moment'));
    await options.keyboard.press('Enter');
    await expect
      .poll(() => options.getByRole('status').first().textContent())
      .toContain('Kept in your inner file');
    expect(await axe(options)).toEqual([]);

    // Options: turn on both opt-in features from their settings, by keyboard.
    for (const label of [
      'Notice job rejection emails in Gmail and Outlook',
      'A gentle word on job sites after a no',
    ]) {
      await tabTo(options, byLabel(label));
      await options.keyboard.press('Space');
      await expect.poll(() => options.getByRole('checkbox', { name: label }).isChecked()).toBe(true);
    }
    await options.close();

    // New tab: lift the veil with a key, write, keep the reflection.
    const tab = await h.open('newtab.html');
    await tab.keyboard.press('Enter');
    await tab.getByTestId('private').waitFor();
    await tabTo(tab, (el) => el.tagName === 'TEXTAREA');
    await tab.keyboard.type('It clarified that I want work that values care.');
    await tabTo(tab, byText('Keep this reflection'));
    await tab.keyboard.press('Enter');
    await expect.poll(() => tab.getByRole('status').first().textContent()).toContain('Kept');
    expect(await axe(tab)).toEqual([]);
    await tab.close();

    // Reframe: confirm a trap, write a balanced thought, save.
    const reframe = await h.open('reframe.html?text=Nobody%20will%20ever%20hire%20me');
    await tabTo(
      reframe,
      (el) =>
        el.tagName === 'BUTTON' &&
        !!el.textContent?.includes('This fits') &&
        !!el.closest('[data-testid="trap-overgeneralizing"]'),
    );
    await reframe.keyboard.press('Enter');
    await tabTo(reframe, byLabel('Your balanced thought'));
    await reframe.keyboard.type('One no is about fit and timing. I have had two interviews this month.');
    await tabTo(reframe, byText('Save this thought record'));
    await reframe.keyboard.press('Enter');
    await expect.poll(() => reframe.getByTestId('save-status').textContent()).toContain('Saved');
    expect(await axe(reframe)).toEqual([]);
    await reframe.close();

    // Webmail: open a rejection with the keyboard; a quiet note appears and takes no focus.
    const mail = await h.context.newPage();
    await mail.goto('https://mail.google.com/mail/u/0/#inbox');
    await tabTo(mail, (el) => el.tagName === 'A' && /Acme/.test(el.textContent ?? ''));
    await mail.keyboard.press('Enter');
    const note = mail.getByTestId('redirection-email-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('Acme');
    await mail.close();

    // Job board: the card comes once, reachable by Tab, closed with Esc.
    const jobs = await h.context.newPage();
    await jobs.goto('https://www.linkedin.com/jobs/search/?keywords=designer');
    const card = jobs.getByTestId('redirection-job-card');
    await card.waitFor();
    await tabTo(jobs, byText('Name how I feel'));
    await jobs.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await jobs.close();

    expect(h.outside).toEqual([]);
    expect(subresources).toEqual([]);
  });
});
