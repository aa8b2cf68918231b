import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Builds the test-only extension (optional hosts granted at install, REDIRECTION_TEST_HOSTS=1)
 * into .output/test-hosts, so e2e tests can run the opt-in content scripts. The shipped build in
 * .output/chrome-mv3 is left as it is; tests/e2e/manifest.e2e.ts checks it has no hosts.
 */
export default function setup(): void {
  execFileSync(path.resolve('node_modules/.bin/wxt'), ['build'], {
    stdio: 'ignore',
    // Vitest sets NODE_ENV=test, which would build React's development JSX runtime.
    env: { ...process.env, NODE_ENV: 'production', REDIRECTION_TEST_HOSTS: '1' },
  });
}
