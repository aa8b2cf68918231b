import { useCallback } from 'react';
import { crisisCheckLoaded, detectCrisis, loadCrisisCheck, subscribeCrisisCheck } from '@/lib/safety/crisis';
import { useLoadedWhenIdle } from './useLoadedWhenIdle';

/**
 * The crisis check for a page: direct words from the first render, the full check once it has
 * loaded (just after the first render, off the critical path); text already on screen is checked
 * again then.
 */
export function useCrisisCheck(): (text: string) => boolean {
  const loaded = useLoadedWhenIdle(loadCrisisCheck, subscribeCrisisCheck, crisisCheckLoaded);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new function once the full check loads, so memoized checks re-run
  return useCallback((text: string) => detectCrisis(text), [loaded]);
}
