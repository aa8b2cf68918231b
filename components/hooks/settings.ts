import { useEffect, useLayoutEffect, useState } from 'react';
import { setSpanishForm } from '@/lib/i18n';
import { DEFAULT_SETTINGS, getSettings, type Settings, watchSettings } from '@/lib/settings';

const sameSettings = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

/** Current settings (undefined until loaded), kept fresh across pages. Also applies the theme. */
export function useSettings(initial?: Settings): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(() => {
    if (initial) setSpanishForm(initial.spanishForm);
    return initial;
  });
  // Before the children render with them: t() reads the form.
  if (settings) setSpanishForm(settings.spanishForm);
  // biome-ignore lint/correctness/useExhaustiveDependencies: initial settings matter on mount only
  useEffect(() => {
    let live = true;
    // Read even with initial settings: those may come from a first-view snapshot
    // (lib/snapshot/) drawn before a change this page missed.
    getSettings().then(
      (s) => live && setSettings((prev) => (prev && sameSettings(prev, s) ? prev : s)),
      () => live && !initial && setSettings(DEFAULT_SETTINGS),
    );
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (!settings || settings.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
  }, [settings]);
  return settings;
}

/**
 * Marks the page ready (docs/ARCHITECTURE.md, "Pages") once its first render with stored data is on screen.
 * Benchmarks and tests wait for `data-ready="1"`.
 */
export function useReady(ready: boolean): void {
  // A layout effect: the DOM with the data is committed and paints in this same frame; a passive
  // effect would wait until after that paint.
  useLayoutEffect(() => {
    if (!ready || document.documentElement.dataset.ready) return;
    document.documentElement.dataset.ready = '1';
    performance.mark('ready');
  }, [ready]);
}
