import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_HOST_PERMISSIONS } from '../../lib/permissions/hosts';
import { PAGE_MODULE_TYPE } from '../../lib/snapshot/page-module';
import type { TestHooks } from '../../lib/test-hooks';
import { EXTENSION_DIR, SHIPPED_DIR } from './harness';

const CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const manifest = JSON.parse(readFileSync(path.join(SHIPPED_DIR, 'manifest.json'), 'utf8'));

/**
 * The CSP above, plus one hash per style inlined into the popup and the new tab (wxt.config.ts,
 * firstPaintHtml): exactly those, nothing wider such as 'unsafe-inline'.
 */
function withStyleHashes(m: { content_security_policy: { extension_pages: string } }): string {
  const hashes = m.content_security_policy.extension_pages.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
  expect(hashes.length).toBeGreaterThan(0);
  return CSP.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
}

describe('built manifest (Chrome)', () => {
  it('asks only for the permissions docs/ARCHITECTURE.md allows, and no hosts at install', () => {
    expect(manifest.manifest_version).toBe(3);
    // alarms: the opt-in daily check-in (no prompt; Firefox can't make it optional).
    // activeTab: the reframe shortcut reads the selection of the tab it is pressed on, only then.
    expect([...manifest.permissions].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'scripting',
      'storage',
      'unlimitedStorage',
    ]);
    expect(manifest.optional_permissions).toEqual(['notifications']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('lists webmail and job-board hosts only as optional, asked for when a feature is turned on', () => {
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL_HOST_PERMISSIONS);
    expect(manifest.optional_host_permissions).toEqual(
      expect.arrayContaining([
        'https://mail.google.com/*',
        'https://outlook.live.com/*',
        'https://www.linkedin.com/*',
      ]),
    );
  });

  it('has the pages of the contract', () => {
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.options_ui.page).toBe('options.html');
    expect(manifest.chrome_url_overrides.newtab).toBe('newtab.html');
  });

  it('is localized, with icons and a shortcut for the popup', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
    expect(manifest.commands._execute_action.suggested_key.default).toBeTruthy();
    for (const size of ['16', '32', '48', '128']) expect(manifest.icons[size]).toBeTruthy();
  });

  it('pins a content-security policy: own code only, connecting nowhere else', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: withStyleHashes(manifest) });
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});

describe('built manifest (Firefox)', () => {
  const firefox = JSON.parse(readFileSync(path.resolve('.output/firefox-mv3/manifest.json'), 'utf8'));

  it('is MV3 with the same permissions and still no hosts at install', () => {
    expect(firefox.manifest_version).toBe(3);
    expect([...firefox.permissions].sort()).toEqual([...manifest.permissions].sort());
    expect(firefox.host_permissions ?? []).toEqual([]);
    expect(firefox.content_scripts ?? []).toEqual([]);
  });

  it('declares a gecko id and that no data is collected', () => {
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('has the same optional permissions and hosts', () => {
    expect(firefox.optional_permissions).toEqual(['notifications']);
    expect(firefox.optional_host_permissions).toEqual(OPTIONAL_HOST_PERMISSIONS);
  });

  it('has the same content-security policy', () => {
    expect(firefox.content_security_policy).toEqual({ extension_pages: withStyleHashes(firefox) });
  });

  it('runs its background as an event page', () => {
    expect(firefox.background.scripts).toEqual(['background.js']);
  });
});

describe('built pages: what the popup and new tab load before their first render', () => {
  const read = (f: string) => readFileSync(path.join(SHIPPED_DIR, f), 'utf8');
  const files = (html: string, re: RegExp) =>
    [...html.matchAll(re)].map((m) => (m[1] ?? '').replace(/^\//, ''));

  it.each(['popup', 'newtab'])(
    '%s: a boot script paints the snapshot or starts the reads, then one entry and one shared chunk',
    (page) => {
      const html = read(`${page}.html`);
      // The boot script is classic and right after #root: it can paint the first-view snapshot
      // there before the modules run (docs/ARCHITECTURE.md, "Pages"), or start the reads.
      expect(html).toMatch(new RegExp(`<div id="root"></div>\\s*<script src="/${page}-boot.js"\\s*>`));
      const boot = read(`${page}-boot.js`);
      expect(boot).toContain('indexedDB');
      expect(boot).toContain('localStorage');
      // The page module is named for the boot script to start (wxt.config.ts, firstPaintHtml),
      // not run or preloaded by the HTML: a painted snapshot gets its frame first.
      expect(html).not.toContain('<script type="module"');
      expect(html).not.toContain('modulepreload');
      const [entry] = files(html, new RegExp(`<script type="${PAGE_MODULE_TYPE}" src="([^"]+)"`, 'g'));
      expect(entry).toMatch(new RegExp(`^chunks/${page}-`));
      // Its static imports: the shared chunk, no dynamic import on the way to the first render.
      const modules = [
        entry as string,
        ...files(read(entry as string), /from\s*"\.\/([^"]+\.js)"/g).map((f) => `chunks/${f}`),
      ];
      expect(modules.length).toBeLessThanOrEqual(3);
      expect(modules.some((f) => /chunks\/shared-/.test(f))).toBe(true);
      // Its styles are inline, each allowed by its own hash in the CSP and by nothing wider.
      expect(html).not.toContain('rel="stylesheet"');
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
      expect(styles.length).toBeGreaterThan(0);
      for (const css of styles)
        expect(manifest.content_security_policy.extension_pages).toContain(
          `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
        );
      // The database library, and the renderer that draws the next snapshot, load after it.
      for (const f of modules) {
        expect(read(f)).not.toContain('Two different versions of Dexie');
        expect(read(f)).not.toContain('renderToStaticMarkup');
      }
    },
  );
});

describe('built background: test hooks only in test builds', () => {
  // A Record, so tsc fails here when lib/test-hooks.ts gains a hook this list lacks.
  const hooks: Record<keyof TestHooks, true> = {
    redirectionMenuClick: true,
    redirectionCommand: true,
    redirectionCheckIn: true,
  };
  const names = Object.keys(hooks);
  const background = (dir: string) => readFileSync(path.join(dir, 'background.js'), 'utf8');

  it.each([
    ['Chrome', SHIPPED_DIR],
    ['Firefox', path.resolve('.output/firefox-mv3')],
  ])('the shipped %s build has none', (_browser, dir) => {
    const code = background(dir);
    for (const name of names) expect(code).not.toContain(name);
  });

  it('the test-hooks build the e2e tests load has them all (so the check above can fail)', () => {
    const code = background(EXTENSION_DIR);
    for (const name of names) expect(code).toContain(name);
  });
});
