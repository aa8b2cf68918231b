import { useEffect, useSyncExternalStore } from 'react';
import { loadTrapModel, subscribeTrapModel, trapModelLoaded } from '@/lib/traps/detect';

/** Loads the trap detector's word model after the first render; true once it is in use. */
export function useTrapModel(): boolean {
  const loaded = useSyncExternalStore(subscribeTrapModel, trapModelLoaded, trapModelLoaded);
  // When the page is idle, so it never competes with the first keystrokes.
  useEffect(() => {
    const id = requestIdleCallback(() => void loadTrapModel().catch(console.error), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, []);
  return loaded;
}
