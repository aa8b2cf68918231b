import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { COMMANDS } from './lib/commands/commands';
import { pseudoMessages } from './lib/i18n-pseudo';
import { OPTIONAL_HOST_PERMISSIONS } from './lib/permissions/hosts';
import { PAGE_MODULE_TYPE } from './lib/snapshot/page-module';

// Test builds (REDIRECTION_TEST_HOSTS=1) grant the optional hosts and notifications at install
// so e2e tests can use the opt-in features; a click on a permission prompt can't be automated.
// They go to their own folder, so the shipped build in .output/chrome-mv3 never has them.
const testHosts = process.env.REDIRECTION_TEST_HOSTS === '1';
// Pseudo-locale build (REDIRECTION_PSEUDO=1): English replaced by ~40% longer accented text, to
// check that longer translations break no layout (tests/e2e/pseudo.e2e.ts).
const pseudo = process.env.REDIRECTION_PSEUDO === '1';
// Test-hooks build (REDIRECTION_TEST_HOOKS=1): the background exposes, on its globalThis, the paths
// e2e tests can't reach by hand (lib/test-hooks.ts). Shipped builds compile them out.
const testHooks = process.env.REDIRECTION_TEST_HOOKS === '1';

/** Each test build has its own folder: .output/chrome-mv3 and .output/firefox-mv3 are what ships. */
function outDir(): string {
  if (testHosts) return '.output/test-hosts';
  if (pseudo) return '.output/pseudo';
  if (testHooks) return '.output/test-hooks';
  return '.output';
}

/**
 * Extension pages pay ~1 ms per module file they load, and more for a dynamic import on the way to
 * the first render, so each page's first view loads its own entry chunk plus one shared chunk.
 * Database code (anything that reaches Dexie through static imports) stays out of the shared
 * chunk: pages load it after their first render. Only the HTML pages' build is touched;
 * background and content scripts are single files already.
 */
function pageChunks(): Plugin {
  let pages = false;
  const needsDexie = new Set<string>();
  return {
    name: 'redirection:page-chunks',
    apply: 'build',
    options(o) {
      const input = o.input;
      pages =
        typeof input === 'object' && Object.values(input ?? {}).some((f) => String(f).endsWith('.html'));
    },
    buildEnd() {
      needsDexie.clear();
      if (!pages) return;
      const importers = new Map<string, string[]>();
      for (const id of this.getModuleIds())
        for (const dep of this.getModuleInfo(id)?.importedIds ?? [])
          importers.set(dep, [...(importers.get(dep) ?? []), id]);
      const queue = [...this.getModuleIds()].filter((id) => /[\\/]node_modules[\\/]dexie[\\/]/.test(id));
      for (const id of queue) {
        if (needsDexie.has(id)) continue;
        needsDexie.add(id);
        queue.push(...(importers.get(id) ?? []));
      }
    },
    outputOptions(o) {
      if (!pages) return;
      return {
        ...o,
        codeSplitting: {
          groups: [
            {
              name: 'shared',
              test: (id) => !needsDexie.has(id),
              tags: ['$initial'],
              minShareCount: 2,
              includeDependenciesRecursively: false,
            },
          ],
        },
      };
    },
  };
}

/** Hashes of the styles inlined into the popup and the new tab, for the pages' CSP. */
const inlineStyleHashes = new Set<string>();

/**
 * The popup's and the new tab's HTML, shaped for their first paint (docs/ARCHITECTURE.md,
 * "Pages"): the page module is named for the boot script to start (lib/snapshot/page-module.ts),
 * so a painted first-view snapshot gets a frame before React's code is compiled and run, and
 * nothing is preloaded; the stylesheets are inlined (allowed by hash in the CSP), so the first
 * paint waits for no file but the boot script.
 */
function firstPaintHtml(): Plugin {
  return {
    name: 'redirection:first-paint-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!/[\\/](popup|newtab)([\\/]index)?\.html$/.test(ctx.filename)) return html;
        return html
          .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
          .replace(
            /<script type="module" crossorigin src="([^"]+)"><\/script>/,
            (_, src) => `<script type="${PAGE_MODULE_TYPE}" src="${src}"></script>`,
          )
          .replace(/<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g, (tag, file) => {
            const asset = ctx.bundle?.[file];
            if (asset?.type !== 'asset') return tag;
            const css = String(asset.source);
            inlineStyleHashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
            return `<style>${css}</style>`;
          });
      },
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [pageChunks(), firstPaintHtml()],
    // Only renderToStaticMarkup is used (lib/snapshot/refresh.ts): not the streaming renderer too.
    resolve: {
      alias: {
        'react-dom/server.browser': fileURLToPath(
          new URL(
            './node_modules/react-dom/cjs/react-dom-server-legacy.browser.production.js',
            import.meta.url,
          ),
        ),
      },
    },
    define: { 'import.meta.env.REDIRECTION_TEST_HOOKS': JSON.stringify(testHooks) },
  }),
  outDir: outDir(),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      if (!pseudo) return;
      const en = files.find((f) => f.relativeDest.replace(/\\/g, '/') === '_locales/en/messages.json');
      if (!en || !('absoluteSrc' in en)) throw new Error('no English messages to pseudo-localize');
      const contents = JSON.stringify(pseudoMessages(JSON.parse(readFileSync(en.absoluteSrc, 'utf8'))));
      files.splice(files.indexOf(en), 1, { relativeDest: en.relativeDest, contents });
    },
    // WXT takes the action's title from the popup's <title>; the toolbar tooltip is localized.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      // The popup's and the new tab's inlined styles (firstPaintHtml), by hash: no other inline style.
      const csp = manifest.content_security_policy as { extension_pages?: string } | undefined;
      if (csp?.extension_pages && inlineStyleHashes.size)
        csp.extension_pages = csp.extension_pages.replace(
          "style-src 'self'",
          `style-src 'self' ${[...inlineStyleHashes].sort().join(' ')}`,
        );
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms (the opt-in daily check-in) shows no prompt and can't be optional in Firefox.
    // activeTab: the reframe shortcut reads the selection of the tab it was pressed on, only then.
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'scripting',
      'alarms',
      'activeTab',
      ...(testHosts ? ['notifications'] : []),
    ],
    optional_permissions: ['notifications'],
    // Webmail and job-board hosts: asked for only when the person turns that feature on.
    optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
    ...(testHosts ? { host_permissions: ['https://*/*'] } : {}),

    // Extension pages load only their own code and styles and connect nowhere else.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:; style-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandOpenPopup__',
      },
      ...Object.fromEntries(
        Object.entries(COMMANDS).map(([id, c]) => [
          id,
          { suggested_key: { default: c.key }, description: `__MSG_${c.descriptionKey}__` },
        ]),
      ),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'redirection@redirection.invalid',
              // data_collection_permissions (declaring that nothing is collected) needs 140+.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
