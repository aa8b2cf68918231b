// npm test: type check, lint, unit tests, a production build, and end-to-end tests in Chromium.
import { bin, ensureDeps, findBrowser, run } from './env.mjs';

ensureDeps();
const browser = findBrowser();
run(bin('tsc'), ['--noEmit']);
run(bin('biome'), ['check', '.']);
run(bin('vitest'), ['run']);
run(bin('wxt'), ['build']);
run(bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
// Playwright can't load Firefox extensions: Mozilla's linter checks that build instead.
run(bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv3', '--no-input']);
run(bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts'], {
  env: { ...process.env, CHROME_PATH: browser },
});
