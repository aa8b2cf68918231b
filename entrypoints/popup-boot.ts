import { applyStoredTheme, handOff } from '@/lib/boot';
import { popupFirstRead } from '@/lib/popup/first-read';

// A classic script in popup.html's <head>: the reads start while the page parses, before its
// modules load.
export default defineUnlistedScript(() => {
  const first = popupFirstRead(Date.now());
  void first.then(({ stored }) => applyStoredTheme(stored.settings, document.documentElement));
  handOff('popup', first);
});
