import { applyStoredTheme, handOff } from '@/lib/boot';
import { setClock } from '@/lib/newtab/clock';
import { type FirstRead, firstRead } from '@/lib/newtab/first-read';
import { paintFromSnapshot } from '@/lib/snapshot/paint';
import { uiLanguage } from '@/lib/ui-language';

// A classic script right after newtab.html's #root: it paints the first-view snapshot when there
// is a current one (no database round trip before the first paint), else starts the reads while
// the page's modules load.
export default defineUnlistedScript(() => {
  const opened = Date.now();
  const snap = paintFromSnapshot<FirstRead>('newtab', opened, uiLanguage());
  if (snap) {
    setClock(document, opened);
    handOff('newtab', { opened, first: Promise.resolve(snap.first) });
    return;
  }
  const first = firstRead(opened);
  void first.then(({ stored }) => applyStoredTheme(stored.settings, document.documentElement));
  handOff('newtab', { opened, first });
});
