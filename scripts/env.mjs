// Shared by start, test and bench: make a fresh clone work as the very first command.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) {
    console.error(`\n✖ ${[cmd, ...args].join(' ')} exited with ${r.status ?? r.signal}`);
    process.exit(r.status ?? 1);
  }
}

/** Installs npm packages when node_modules is missing or older than the lock file. */
export function ensureDeps() {
  if (existsSync(path.join(root, 'node_modules', '.bin', 'wxt'))) return;
  console.log('Installing npm packages (first run)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** CHROME_PATH, Debian's Chromium, or Chrome; as root, installs Debian's chromium when none is found. */
export function findBrowser({ install = true } = {}) {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (install && process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian’s chromium…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    'No Chromium or Chrome found. Install chromium, or set CHROME_PATH to a Chromium-based browser.',
  );
  process.exit(1);
}

export const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/**
 * Flags for headless Chromium with an unpacked extension (none when `extensionDir` is omitted):
 * no sandbox as root, and none of Chromium's own background traffic on this closed network.
 */
export function headlessArgs(extensionDir) {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
  ];
}
