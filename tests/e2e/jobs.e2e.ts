import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  allowRouted,
  axe,
  getRows,
  memoryRow,
  putRows,
  setSettings,
  TEST_HOSTS_DIR,
  useHarness,
} from './harness';

// The opt-in scripts on their real match patterns: the webmail and job-board URLs are routed to
// local fixture pages, in a test build that has the optional hosts granted (no prompt to click).
const GMAIL = 'https://mail.google.com/mail/u/0/';
const LINKEDIN = 'https://www.linkedin.com/jobs/search/?keywords=designer';
const fixture = (name: string) => path.resolve('tests/e2e/fixtures', name);

// The extension API as seen from inside the extension's pages and worker (page.evaluate).
type Stored = Record<string, Record<string, unknown> | undefined>;
declare const chrome: {
  storage: { local: { get(key: string): Promise<Stored>; set(items: Stored): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};

/**
 * Logs a no by hand in the popup ("I got a no"), waits for "Logged." and returns the job-board
 * card's state after it; `beforeLog` runs with the form filled in.
 */
async function logNo(page: Page, kind: string, who: string, beforeLog?: () => Promise<void>) {
  await page.getByText('I got a no').click();
  await page.getByLabel('What kind of no').selectOption({ label: kind });
  await page.getByLabel('From whom (a company or a name, optional)').fill(who);
  await beforeLog?.();
  await page.getByRole('button', { name: 'Log it' }).click();
  await expect.poll(() => page.getByTestId('log-no').getByRole('status').textContent()).toContain('Logged.');
  return page.evaluate(async () => (await chrome.storage.local.get('jobBoardState')).jobBoardState);
}

describe('after a no: email noticing and the job-board card', () => {
  let sw: Worker;
  let options: Page;

  const settings = (changes: Record<string, unknown>) => setSettings(options, changes);
  const jobState = async (changes: Record<string, unknown>) =>
    options.evaluate(async (changes) => {
      const got = await chrome.storage.local.get('jobBoardState');
      await chrome.storage.local.set({ jobBoardState: { ...(got.jobBoardState ?? {}), ...changes } });
    }, changes);
  const registered = () =>
    sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort());
  const rejections = () => getRows(options, 'rejections');
  const card = (page: Page) => page.getByTestId('redirection-job-card');

  const h = useHarness({ extensionDir: TEST_HOSTS_DIR }, async (h) => {
    for (const host of ['mail.google.com', 'outlook.live.com', 'www.linkedin.com']) allowRouted(host);
    await h.context.route('https://outlook.live.com/**', (route) =>
      route.fulfill({ path: fixture('outlook.html'), contentType: 'text/html' }),
    );
    await h.context.route('https://mail.google.com/**', (route) =>
      route.fulfill({ path: fixture('gmail.html'), contentType: 'text/html' }),
    );
    await h.context.route('https://www.linkedin.com/**', (route) =>
      route.fulfill({ path: fixture('job-board.html'), contentType: 'text/html' }),
    );
    [sw] = h.context.serviceWorkers() as [Worker];
    options = await h.open('options.html');
  });

  it('reads no page while both features are off', async () => {
    expect(await registered()).toEqual([]);
    const mail = await h.context.newPage();
    await mail.goto(`${GMAIL}#inbox/m1`);
    await mail.locator('h2.hP').waitFor();
    // Give a script that shouldn't be there the time it would need.
    await mail.waitForTimeout(1200);
    expect(await mail.getByTestId('redirection-email-note').count()).toBe(0);
    expect(await rejections()).toEqual([]);
    await mail.close();
  });

  it('turning the features on registers the webmail script for the real sites', async () => {
    await settings({ emailNoticing: true, jobBoardPrompt: true });
    // No recent no yet: job sites get no script at all.
    await expect.poll(registered).toEqual(['redirection-webmail']);
    const scripts = await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    const webmail = scripts.find((s) => s.id === 'redirection-webmail');
    expect(webmail?.matches).toContain('https://mail.google.com/*');
  });

  it('records an opened rejection once, with no body, and offers a quiet note', async () => {
    const mail = await h.context.newPage();
    await mail.goto(`${GMAIL}#inbox`);
    await mail.getByRole('link', { name: /Acme/ }).click();
    const note = mail.getByTestId('redirection-email-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('This reads like a no from Acme. Want a minute?');
    // The note doesn't take focus.
    expect(await mail.evaluate(() => document.activeElement?.tagName)).toBe('A');
    const rows = await rejections();
    expect(rows).toHaveLength(1);
    // A recent no: now the job-board script is registered too.
    await expect.poll(registered).toEqual(['redirection-job-board', 'redirection-webmail']);
    expect(rows[0]).toMatchObject({ kind: 'job-application', who: 'Acme', source: 'email' });
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      ['at', 'createdAt', 'id', 'kind', 'source', 'sourceKey', 'updatedAt', 'who'].sort(),
    );
    expect(JSON.stringify(rows)).not.toMatch(/candidates|Product Designer|Sam/);
    await note.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    expect(await axe(mail)).toEqual([]);
    await note.getByRole('button', { name: 'Close' }).click();
    expect(await note.count()).toBe(0);

    // An interview invitation records nothing; opening the rejection again adds nothing.
    await mail.getByRole('link', { name: /Kestrel/ }).click();
    await mail.locator('h2.hP', { hasText: 'Interview' }).waitFor();
    await mail.waitForTimeout(1200);
    await mail.reload();
    await mail.getByRole('link', { name: /Acme/ }).click();
    await mail.locator('h2.hP', { hasText: 'Acme' }).waitFor();
    await mail.waitForTimeout(1200);
    expect(await mail.getByTestId('redirection-email-note').count()).toBe(0);
    expect(await rejections()).toHaveLength(1);
    await mail.close();
  });

  it('notices a no in Outlook on the web too, finding the company from the sender', async () => {
    const mail = await h.context.newPage();
    await mail.goto('https://outlook.live.com/mail/0/inbox');
    await mail.getByRole('button', { name: /Northwind/ }).click();
    const note = mail.getByTestId('redirection-email-note');
    await note.waitFor();
    expect(await note.textContent()).toContain('a no from Northwind');
    expect((await rejections()).map((r) => r.who).sort()).toEqual(['Acme', 'Northwind']);
    // "It's not a no": the person corrects it, and the event goes.
    await note.getByRole('button', { name: "It's not a no" }).click();
    await expect.poll(async () => (await rejections()).map((r) => r.who)).toEqual(['Acme']);
    // …and opening it again later records nothing.
    await mail.reload();
    await mail.locator('[aria-label="Message body"]').waitFor();
    await mail.waitForTimeout(1200);
    expect(await note.count()).toBe(0);
    expect((await rejections()).map((r) => r.who)).toEqual(['Acme']);
    await mail.close();
  });

  it('shows the card once on a job board: named no, kind words, keyboard and screen reader usable', async () => {
    // Something true from the inner file, for the card to offer.
    await putRows(options, 'memories', [
      memoryRow('I rebuilt the onboarding flow and support tickets halved.', ['capable']),
    ]);
    const jobs = await h.context.newPage();
    await jobs.goto(LINKEDIN);
    await card(jobs).waitFor();
    const heading = card(jobs).getByRole('heading');
    expect(await heading.textContent()).toBe('A no from Acme, today.');
    expect(await card(jobs).textContent()).toContain('I rebuilt the onboarding flow');
    expect(await jobs.evaluate(() => document.activeElement === document.body)).toBe(true);
    // The fade-in runs inside the shadow root, where document.getAnimations() doesn't look.
    await card(jobs).evaluate((el) =>
      Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)),
    );
    expect(await axe(jobs)).toEqual([]);
    await jobs.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(jobs)).toEqual([]);
    await jobs.emulateMedia({ colorScheme: 'light' });
    // Reachable by Tab, and Esc closes it.
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await jobs.keyboard.press('Tab');
      reached = await card(jobs)
        .getByRole('button', { name: 'Name how I feel' })
        .evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement);
    }
    expect(reached).toBe(true);
    await jobs.keyboard.press('Escape');
    await expect.poll(() => card(jobs).count()).toBe(0);
    // Once a day: the script comes off job sites until tomorrow, so a reload shows nothing.
    await expect.poll(registered).toEqual(['redirection-webmail']);
    expect(
      await sw.evaluate(async () => (await chrome.alarms.get('jobboard-window'))?.scheduledTime),
    ).toBeGreaterThan(Date.now());
    await jobs.reload();
    await jobs.locator('h1').waitFor();
    await jobs.waitForTimeout(1200);
    expect(await card(jobs).count()).toBe(0);
    await jobs.close();
  });

  it('"not for a week" holds, even on the next day', async () => {
    const yesterday = Date.now() - 86_400_000;
    await jobState({ lastShownAt: yesterday });
    await expect.poll(registered).toEqual(['redirection-job-board', 'redirection-webmail']);
    const jobs = await h.context.newPage();
    await jobs.goto(LINKEDIN);
    await card(jobs).waitFor();
    await card(jobs).getByRole('button', { name: 'Not for a week' }).click();
    await expect.poll(() => card(jobs).count()).toBe(0);
    await jobState({ lastShownAt: yesterday });
    await jobs.reload();
    await jobs.locator('h1').waitFor();
    await jobs.waitForTimeout(1200);
    expect(await card(jobs).count()).toBe(0);
    await jobs.close();
  });

  it('once the days after the no have passed, job sites get no script at all', async () => {
    await jobState({ lastNo: { at: Date.now() - 30 * 86_400_000, who: 'Acme' } });
    await expect.poll(registered).toEqual(['redirection-webmail']);
  });

  it('turning the features off removes the scripts, and nothing left the machine', async () => {
    await settings({ emailNoticing: false, jobBoardPrompt: false });
    await expect.poll(registered).toEqual([]);
    expect(h.outside).toEqual([]);
  });
});

describe('popup: "I got a no"', () => {
  const h = useHarness();

  it('logs a no by hand, with undo, and stays axe-clean', async () => {
    const page = await h.open('popup.html');
    const state = await logNo(page, 'A job that never replied', 'Northwind', async () =>
      expect(await axe(page)).toEqual([]),
    );
    expect((state?.lastNo as { who: string } | undefined)?.who).toBe('Northwind');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(
        async () =>
          (await page.evaluate(async () => (await chrome.storage.local.get('jobBoardState')).jobBoardState))
            ?.lastNo,
      )
      .toBeUndefined();
    expect(h.outside).toEqual([]);
    await page.close();
  });

  it('keeps a person who went silent away from the job boards', async () => {
    const page = await h.open('popup.html');
    const state = await logNo(page, 'Someone who went silent (ghosted)', 'Alex');
    expect(state?.lastNo).toBeUndefined();
    await page.close();
  });
});
