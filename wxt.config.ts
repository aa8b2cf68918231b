import { defineConfig } from 'wxt';
import { OPTIONAL_HOST_PERMISSIONS } from './lib/permissions/hosts';

// Test builds (REDIRECTION_TEST_HOSTS=1) grant the optional hosts at install so e2e tests
// can run the opt-in content scripts; a click on a permission prompt can't be automated.
// They go to their own folder, so the shipped build in .output/chrome-mv3 never has them.
const testHosts = process.env.REDIRECTION_TEST_HOSTS === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: testHosts ? '.output/test-hosts' : '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting'],
    // Webmail and job-board hosts: asked for only when the person turns that feature on.
    optional_host_permissions: OPTIONAL_HOST_PERMISSIONS,
    ...(testHosts ? { host_permissions: ['https://*/*'] } : {}),

    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'redirection@redirection.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
