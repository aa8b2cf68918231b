// npm start: build the extension and open it in Chromium with a persistent profile (.profile/).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { bin, ensureDeps, findBrowser, root, run } from './env.mjs';

ensureDeps();
const browser = findBrowser();
run(bin('wxt'), ['build']);
const ext = path.join(root, '.output', 'chrome-mv3');
const args = [
  `--user-data-dir=${path.join(root, '.profile')}`,
  `--disable-extensions-except=${ext}`,
  `--load-extension=${ext}`,
  // Chrome 137+ ignores --load-extension unless this is off; Chromium doesn't need it.
  '--disable-features=DisableLoadExtensionCommandLineSwitch',
  '--no-first-run',
  '--no-default-browser-check',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ...process.argv.slice(2),
];
console.log(`Opening ${browser} with Redirection loaded (profile: .profile/). Close the browser to stop.`);
spawn(browser, args, { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
