import { applyStoredTheme, handOff } from '@/lib/boot';
import { firstRead } from '@/lib/newtab/first-read';

// A classic script in newtab.html's <head>: the reads start while the page parses, before its
// modules load.
export default defineUnlistedScript(() => {
  const opened = Date.now();
  const first = firstRead(opened);
  void first.then(({ stored }) => applyStoredTheme(stored.settings, document.documentElement));
  handOff('newtab', { opened, first });
});
