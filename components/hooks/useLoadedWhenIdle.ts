import { useEffect, useSyncExternalStore } from 'react';

/**
 * Loads something heavy (the full crisis check, the trap model) when the page is idle after its
 * first render, so it never competes with the first keystrokes; true once it is in use.
 */
export function useLoadedWhenIdle(
  load: () => Promise<void>,
  subscribe: (listener: () => void) => () => void,
  loaded: () => boolean,
): boolean {
  const isLoaded = useSyncExternalStore(subscribe, loaded, loaded);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the module-level loader is the same for the page's life
  useEffect(() => {
    const id = requestIdleCallback(() => void load().catch(console.error), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, []);
  return isLoaded;
}
