import { firstRead } from '@/lib/newtab/first-read';

// Reads start before React and Dexie load, so the database opens while the page's code loads.
const opened = Date.now();
const first = firstRead(opened);
// The stored theme goes on before the first paint of the page.
void first.then(({ stored }) => {
  const theme = (stored.settings as { theme?: unknown } | undefined)?.theme;
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
});
import('./app').then(({ start }) => start(first, opened));
