import { applyStoredTheme, handOff } from '@/lib/boot';
import { setClock } from '@/lib/newtab/clock';
import { type FirstRead, firstRead } from '@/lib/newtab/first-read';
import { startPageModule } from '@/lib/snapshot/page-module';
import { afterPaint, paintFromSnapshot } from '@/lib/snapshot/paint';
import { uiLanguage } from '@/lib/ui-language';

// A classic script right after newtab.html's #root (docs/ARCHITECTURE.md, "Pages"): it paints
// the first-view snapshot when there is a current one and starts the page module once that is on
// screen; otherwise it starts the reads and the module at once.
export default defineUnlistedScript(() => {
  const opened = Date.now();
  const snap = paintFromSnapshot<FirstRead>('newtab', opened, uiLanguage());
  if (snap) {
    setClock(document, opened);
    handOff('newtab', { opened, first: Promise.resolve(snap.first) });
    afterPaint(() => startPageModule(document));
    return;
  }
  const first = firstRead(opened);
  void first.then(({ stored }) => applyStoredTheme(stored.settings, document.documentElement));
  handOff('newtab', { opened, first });
  startPageModule(document);
});
