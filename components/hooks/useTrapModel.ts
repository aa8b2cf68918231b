import { loadTrapModel, subscribeTrapModel, trapModelLoaded } from '@/lib/traps/detect';
import { useLoadedWhenIdle } from './useLoadedWhenIdle';

/** Loads the trap detector's word model after the first render; true once it is in use. */
export function useTrapModel(): boolean {
  return useLoadedWhenIdle(loadTrapModel, subscribeTrapModel, trapModelLoaded);
}
