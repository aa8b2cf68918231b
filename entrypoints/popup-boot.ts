import { applyStoredTheme, handOff } from '@/lib/boot';
import { type PopupFirstRead, popupFirstRead } from '@/lib/popup/first-read';
import { startPageModule } from '@/lib/snapshot/page-module';
import { afterPaint, paintFromSnapshot } from '@/lib/snapshot/paint';
import { uiLanguage } from '@/lib/ui-language';

// A classic script right after popup.html's #root (docs/ARCHITECTURE.md, "Pages"): it paints
// the first-view snapshot when there is a current one and starts the page module once that is on
// screen; otherwise it starts the reads and the module at once.
export default defineUnlistedScript(() => {
  const now = Date.now();
  const snap = paintFromSnapshot<PopupFirstRead>('popup', now, uiLanguage());
  if (snap) {
    handOff('popup', Promise.resolve(snap.first));
    afterPaint(() => startPageModule(document));
    return;
  }
  const first = popupFirstRead(now);
  void first.then(({ stored }) => applyStoredTheme(stored.settings, document.documentElement));
  handOff('popup', first);
  startPageModule(document);
});
