import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Builds the test-only variants next to the shipped build in .output/chrome-mv3 (left as it is;
 * tests/e2e/manifest.e2e.ts checks it has no hosts):
 * - .output/test-hosts: optional hosts granted at install (REDIRECTION_TEST_HOSTS=1), so e2e
 *   tests can run the opt-in content scripts;
 * - .output/pseudo: the pseudo-locale build (REDIRECTION_PSEUDO=1), ~40% longer strings.
 */
export default function setup(): void {
  for (const variant of ['REDIRECTION_TEST_HOSTS', 'REDIRECTION_PSEUDO']) {
    execFileSync(path.resolve('node_modules/.bin/wxt'), ['build'], {
      stdio: 'ignore',
      // Vitest sets NODE_ENV=test, which would build React's development JSX runtime.
      env: { ...process.env, NODE_ENV: 'production', [variant]: '1' },
    });
  }
}
