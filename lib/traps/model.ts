import type { TrapId } from '../db/types';
import { features } from '../detect/features';
import { logOdds, type ModelFile, type Scorer, sigmoid, unpack } from '../detect/logistic';

/**
 * The trap detector's word model: one logistic regression per trap over accent-folded words and
 * pairs (scripts/train-traps.mjs, trained on the world dev sets in English and Spanish and the
 * team's older sets), and per trap a calibration that joins its log-odds with the rules'
 * confidence into one probability (fitted on out-of-fold predictions, so it is honest about what
 * the model hasn't seen). Its weights load after the reframe page's first render.
 */
export interface TrapModel extends ModelFile<TrapId> {
  /** Per trap: bias, weight of the model's log-odds, weight of the rules' confidence. */
  calibration: Record<TrapId, [number, number, number]>;
}

let model: { scorers: Record<TrapId, Scorer>; calibration: TrapModel['calibration'] } | undefined;
let weights: Promise<TrapModel> | undefined;
const listeners = new Set<() => void>();

/** Words and adjacent pairs: the model's features (the same for training and use). */
export function trapFeatures(text: string): string[] {
  return [...features(text)];
}

/** Each trap's log-odds from the words alone, or undefined before the weights load. */
export function modelLogOdds(text: string): Partial<Record<TrapId, number>> | undefined {
  if (!model) return undefined;
  const f = features(text);
  const out: Partial<Record<TrapId, number>> = {};
  for (const [trap, s] of Object.entries(model.scorers) as [TrapId, Scorer][]) out[trap] = logOdds(s, f);
  return out;
}

/** The calibrated probability of a trap from the model's log-odds and the rules' confidence. */
export function calibrated(trap: TrapId, z: number, rule: number): number {
  const c = model?.calibration[trap];
  if (!c) return rule;
  return sigmoid(c[0] + c[1] * Math.max(-8, Math.min(8, z)) + c[2] * rule);
}

export function setTrapModel(m: TrapModel | undefined): void {
  model = m && { scorers: unpack(m), calibration: m.calibration };
  for (const l of listeners) l();
}

/** Loads the weights once and uses them (the reframe page after its first render, the CLI). */
export async function loadTrapModel(): Promise<void> {
  weights ??= import('./trap-model.json').then((mod) => mod.default as unknown as TrapModel);
  const m = await weights;
  if (!model) setTrapModel(m);
}

export function trapModelLoaded(): boolean {
  return model !== undefined;
}

export function subscribeTrapModel(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
