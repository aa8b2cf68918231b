import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Builds the test-only variants next to the shipped build in .output/chrome-mv3 (left as it is;
 * tests/e2e/manifest.e2e.ts checks it has no hosts and no test hooks):
 * - .output/test-hooks: the shipped build plus the background's test hooks
 *   (REDIRECTION_TEST_HOOKS=1, lib/test-hooks.ts), the build most e2e tests load;
 * - .output/test-hosts: the test hooks, and optional hosts granted at install
 *   (REDIRECTION_TEST_HOSTS=1), so e2e tests can run the opt-in content scripts;
 * - .output/pseudo: the pseudo-locale build (REDIRECTION_PSEUDO=1), ~40% longer strings.
 */
export default function setup(): void {
  const variants = [
    { REDIRECTION_TEST_HOOKS: '1' },
    { REDIRECTION_TEST_HOOKS: '1', REDIRECTION_TEST_HOSTS: '1' },
    { REDIRECTION_PSEUDO: '1' },
  ];
  for (const flags of variants) {
    execFileSync(path.resolve('node_modules/.bin/wxt'), ['build'], {
      stdio: 'ignore',
      // Vitest sets NODE_ENV=test, which would build React's development JSX runtime.
      env: { ...process.env, NODE_ENV: 'production', ...flags },
    });
  }
}
