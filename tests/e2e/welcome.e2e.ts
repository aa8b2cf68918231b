import { describe, expect, it } from 'vitest';
import type { TestHooks } from '../../lib/test-hooks';
import { axe, TEST_HOSTS_DIR, useHarness } from './harness';

describe('welcome on install', () => {
  // The test-hosts build: the browser grants the sites without a prompt a test can't click.
  const h = useHarness({ extensionDir: TEST_HOSTS_DIR, keepWelcome: true });

  it('opens once, explains, offers three optional first steps, and gets out of the way', async () => {
    const page =
      h.context.pages().find((p) => p.url().includes('options.html#welcome')) ??
      (await h.context.waitForEvent('page', { predicate: (p) => p.url().includes('options.html#welcome') }));
    await page.waitForSelector('html[data-ready="1"]');
    const welcome = page.getByTestId('welcome');
    await welcome.waitFor();
    expect(await welcome.textContent()).toContain('Everything you write stays on this device');
    expect(await axe(page)).toEqual([]);

    // Turning on the job-board word asks for its sites and turns the setting on.
    await welcome.getByRole('button', { name: 'Turn on a gentle word on job boards' }).click();
    await expect.poll(() => welcome.getByRole('status').textContent()).toContain('Turned on');
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'A gentle word on job sites after a no' }).isChecked())
      .toBe(true);
    expect(
      await page
        .getByRole('checkbox', { name: 'Notice job rejection emails in Gmail and Outlook' })
        .isChecked(),
    ).toBe(false);

    // A first moment: the welcome steps aside and the cursor lands in the inner file's form.
    await welcome.getByRole('button', { name: 'Add a first moment to my inner file' }).click();
    await expect.poll(() => page.getByTestId('welcome').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(
      await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).labels?.[0]?.textContent),
    ).toBe('What happened?');
    await page.close();

    // Opening the options page again shows no welcome.
    const again = await h.open('options.html');
    expect(await again.getByTestId('welcome').count()).toBe(0);
    await again.close();
    expect(h.outside).toEqual([]);
  });
});

describe('the daily check-in (off by default)', () => {
  const h = useHarness({ extensionDir: TEST_HOSTS_DIR });

  it('turns on at a chosen time, offers one gentle line, and turns off', async () => {
    const [worker] = h.context.serviceWorkers();
    if (!worker) throw new Error('no service worker');
    const alarm = () =>
      worker.evaluate(async () => (await chrome.alarms.get('daily-checkin'))?.scheduledTime ?? null);
    expect(await alarm()).toBeNull();
    const page = await h.open('options.html#settings');
    const box = page.getByRole('checkbox', { name: 'A gentle daily check-in' });
    // Checked once the browser has allowed notifications (asked from this click).
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    await page.getByLabel('Check-in time').fill('07:30');
    await expect
      .poll(async () => {
        const at = await alarm();
        return at === null ? null : new Date(at).toTimeString().slice(0, 5);
      })
      .toBe('07:30');
    // When the alarm fires: one notification; a second firing the same day adds none.
    // (A test can't wait for the real time: it takes the path the alarm takes.)
    const fire = () => worker.evaluate(() => (globalThis as unknown as TestHooks).redirectionCheckIn());
    expect(await fire()).toBe(true);
    expect(await fire()).toBe(false);
    await box.click();
    await expect.poll(alarm).toBeNull();
    await page.close();
  });
});

declare const chrome: { alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> } };
