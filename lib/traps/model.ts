import type { TrapId } from '../db/types';
import { words, wordsAndPairs } from '../text/word-features';

/**
 * A second opinion for the trap detector: one logistic regression per trap over words and word
 * pairs (scripts/train-traps.mjs, trained on the team's sets but none of their never-tuned
 * parts). It hears traps said in words no rule lists; it has no spans to highlight. Its weights
 * (~160 kB) load after the reframe page's first render; until then the rules alone decide.
 */
export interface TrapModel {
  /** Per trap: bias and weights. */
  traps: Partial<Record<TrapId, { bias: number; weights: Record<string, number> }>>;
}

/** Above this, the model alone suggests a trap. */
export const TRAP_MODEL_THRESHOLD = 0.7;

let model: TrapModel | undefined;
let weights: Promise<TrapModel> | undefined;
const listeners = new Set<() => void>();

/** Words and adjacent pairs: the model's features (the same for training and use). */
export function trapFeatures(text: string): string[] {
  return [...wordsAndPairs(words(text))];
}

/** The traps the model hears, with their probability, most likely first (none until loaded). */
export function modelTraps(text: string): { trap: TrapId; p: number }[] {
  if (!model) return [];
  const features = trapFeatures(text);
  const out: { trap: TrapId; p: number }[] = [];
  for (const [trap, m] of Object.entries(model.traps) as [
    TrapId,
    { bias: number; weights: Record<string, number> },
  ][]) {
    let z = m.bias;
    for (const f of features) z += m.weights[f] ?? 0;
    const p = 1 / (1 + Math.exp(-z));
    if (p >= TRAP_MODEL_THRESHOLD) out.push({ trap, p });
  }
  return out.sort((a, b) => b.p - a.p);
}

export function setTrapModel(m: TrapModel | undefined): void {
  model = m;
  for (const l of listeners) l();
}

/** Loads the weights once and uses them (the reframe page after its first render, the CLI). */
export async function loadTrapModel(): Promise<void> {
  weights ??= import('./trap-model.json').then((mod) => mod.default as TrapModel);
  const m = await weights;
  if (model !== m) setTrapModel(m);
}

export function trapModelLoaded(): boolean {
  return model !== undefined;
}

export function subscribeTrapModel(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
