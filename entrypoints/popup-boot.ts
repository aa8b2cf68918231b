import { applyStoredTheme, handOff } from '@/lib/boot';
import { type PopupFirstRead, popupFirstRead } from '@/lib/popup/first-read';
import { paintFromSnapshot } from '@/lib/snapshot/paint';
import { uiLanguage } from '@/lib/ui-language';

// A classic script right after popup.html's #root: it paints the first-view snapshot when there
// is a current one, else starts the reads while the page's modules load.
export default defineUnlistedScript(() => {
  const now = Date.now();
  const snap = paintFromSnapshot<PopupFirstRead>('popup', now, uiLanguage());
  if (snap) {
    handOff('popup', Promise.resolve(snap.first));
    return;
  }
  const first = popupFirstRead(now);
  void first.then(({ stored }) => applyStoredTheme(stored.settings, document.documentElement));
  handOff('popup', first);
});
