import type { CrisisModel } from './crisis-model';
import { normalizeForSafety } from './crisis-normalize';
import { directSays } from './rules/direct';

export { normalizeForSafety };

/**
 * Notices text that speaks of self-harm or suicide, so crisis resources can come first.
 *
 * Two parts. A few direct words (rules/direct.ts) are ready from a page's first render. The full
 * check (crisis-rules.ts and its records in rules/: indirect wishes, burden, means, plans,
 * goodbyes, self-harm described in plain words, idioms and other people's words kept apart, and a
 * word model trained on the team's sets) is ~150 kB, so pages load it just after their first
 * render with loadCrisisCheck(); the CLI, the background and tests load it before they check
 * anything.
 */
let full: ((norm: string) => boolean) | undefined;
let setModel: ((on: boolean) => void) | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

export function detectCrisis(text: string): boolean {
  if (!text) return false;
  const norm = normalizeForSafety(text);
  return full ? full(norm) : directSays(norm);
}

/** Loads the full check and the word model's weights, once. */
export function loadCrisisCheck(): Promise<void> {
  loading ??= Promise.all([import('./crisis-rules'), import('./crisis-model.json')]).then(
    ([rules, weights]) => {
      // Through crisis-rules, so the weights reach the model module the rules read.
      setModel = (on) => rules.setCrisisModel(on ? (weights.default as CrisisModel) : undefined);
      setModel(true);
      full = rules.fullCrisisCheck;
      for (const l of listeners) l();
    },
  );
  return loading;
}

/** The full check with or without its word model, to measure what each part adds (bench, tests). */
export async function setWordModel(on: boolean): Promise<void> {
  await loadCrisisCheck();
  setModel?.(on);
}

export function crisisCheckLoaded(): boolean {
  return full !== undefined;
}

/** For React's useSyncExternalStore: pages re-check text already on screen once it loads. */
export function subscribeCrisisCheck(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
