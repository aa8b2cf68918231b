import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, type Harness, useHarness } from './harness';

// Traps as ranked offers, in the languages trap spotting reads (docs/ARCHITECTURE.md, "Detectors"),
// and the article's closing questions after a record is saved (docs/CARE.md).
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });
const open = (h: Harness, text: string) => h.open(`reframe.html?text=${encodeURIComponent(text)}`);
/** The word model loads after the first render; offers settle once it has. */
const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector('[data-testid="traps"] li'));

describe('reframe: traps offered in English and Spanish, honestly elsewhere', () => {
  const h = useHarness();

  it('offers traps for a Spanish thought, and its friend view keeps the Spanish words', async () => {
    const page = await open(h, 'Siempre lo arruino todo, nadie me va a contratar nunca');
    await settled(page);
    expect(await page.getByTestId('traps').getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('friend-view').textContent()).toBe(
      'Siempre lo arruino todo, nadie me va a contratar nunca',
    );
    await page.close();
  });

  it('says plainly when it cannot read the language, and opens the full list', async () => {
    const page = await open(h, "Je suis nul, personne ne m'aimera jamais");
    await poll(() => page.getByTestId('traps-intro').textContent()).toContain('reads English and Spanish');
    expect(await page.getByTestId('traps').getByRole('listitem').count()).toBe(0);
    expect(await page.locator('details.add-traps').getAttribute('open')).not.toBeNull();
    expect(await page.getByTestId('friend-view').textContent()).toBe(
      "Je suis nul, personne ne m'aimera jamais",
    );
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('offers at most two quieter maybes below the likely traps, each one a choice', async () => {
    // The shipped model reads mind reading here as likely and labeling as a maybe (classify traps).
    const page = await open(h, 'I failed the test and everyone thinks I am useless');
    const maybe = page.getByTestId('traps-maybe');
    await maybe.waitFor();
    expect(await maybe.textContent()).toContain('Maybe also');
    const cards = maybe.locator(':scope > ul > li');
    expect(await cards.count()).toBeGreaterThan(0);
    expect(await cards.count()).toBeLessThanOrEqual(2);
    expect(await maybe.textContent()).toContain('Labeling');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('offers the closing questions together once a record is saved', async () => {
    const page = await open(h, 'Nobody will ever hire me');
    await settled(page);
    expect(await page.getByTestId('closing').count()).toBe(0);
    await page.getByRole('button', { name: 'Save this thought record' }).click();
    const closing = page.getByTestId('closing');
    await closing.waitFor();
    expect(await closing.textContent()).toContain(
      'What did a painful rejection clarify for me? What will I stop accepting? What do I want more of?',
    );
    const href = await closing.getByRole('link').getAttribute('href');
    expect(href).toContain('newtab.html?prompt=closing-three');
    const tab = await h.open(href?.replace(/^chrome-extension:\/\/[^/]+\//, '') as `${string}.html${string}`);
    expect(await tab.getByTestId('prompt').textContent()).toContain('What will I stop accepting?');
    await tab.close();
    await page.close();
    expect(h.outside).toEqual([]);
  });
});
