import { features, tokens, wordsAndPairs } from '../detect/features';
import { logOdds, type ModelFile, type Scorer, sigmoid, unpack } from '../detect/logistic';
import { normalizeForSafety } from './crisis-normalize';

/**
 * The crisis check's second opinion: a word model (logistic regression over accent-folded words
 * and pairs, trained by scripts/train-crisis.mjs on the world dev sets in English and Spanish and
 * the team's older sets) that hears indirect ways of saying it the rules don't list. Its weights
 * load with the full check (crisis.ts).
 */
export type CrisisModel = ModelFile<'crisis'>;

/**
 * At or above this, the model alone brings the crisis resources up: chosen by 5-fold
 * cross-validation on the world dev sets (scripts/train/cv-crisis.mjs), erring toward the panel.
 */
export const MODEL_THRESHOLD = 0.25;

let model: Scorer | undefined;
let threshold = MODEL_THRESHOLD;

/** Runs `check` with another threshold (cross-validation only; scripts/train/cv-crisis.mjs). */
export function withThreshold<T>(t: number, check: () => T): T {
  const was = threshold;
  threshold = t;
  try {
    return check();
  } finally {
    threshold = was;
  }
}

/** Words and adjacent pairs of normalized text: the model's features. */
export function crisisFeatures(text: string): string[] {
  return [...features(normalizeForSafety(text))];
}

/** 0..1 for one short text (a few sentences). */
export function modelScore(m: Scorer, text: string): number {
  return sigmoid(logOdds(m, features(normalizeForSafety(text))));
}

/**
 * Whether some stretch of up to three sentences of normalized text (normalizeForSafety) scores
 * at or above the threshold; false until the weights have loaded.
 */
export function modelSays(norm: string): boolean {
  const m = model;
  if (!m) return false;
  // Each sentence's words and pairs are found once; a window adds up three sentences' features
  // (each counted once) and the pairs across their boundaries.
  const sentences = norm.split(/(?<=[.!?])\s+|\n+/).map(tokens);
  const feats = sentences.map((ws) => wordsAndPairs(ws));
  for (let i = 0; i < sentences.length; i++) {
    const seen = new Set<string>();
    for (let k = i; k < Math.min(i + 3, sentences.length); k++) {
      const prev = k > i ? sentences[k - 1] : undefined;
      const first = sentences[k]?.[0];
      for (const f of feats[k] ?? []) seen.add(f);
      if (prev?.length && first) seen.add(`${prev[prev.length - 1]} ${first}`);
    }
    if (sigmoid(logOdds(m, seen)) >= threshold) return true;
    if (i + 3 >= sentences.length) break;
  }
  return false;
}

/** The weights to use (crisis.ts loads them); undefined leaves the rules alone. */
export function setCrisisModel(m: CrisisModel | undefined): void {
  model = m && unpack(m).crisis;
}
