import { words, wordsAndPairs } from '../text/word-features';
import { normalizeForSafety } from './crisis-normalize';

/**
 * The crisis check's second opinion: a word model (logistic regression over words and word pairs,
 * trained by scripts/train-crisis.mjs on the team's sets) that hears indirect ways of saying it the
 * rules don't list. Its weights (~90 kB) load with the full check (crisis.ts).
 */
export interface CrisisModel {
  bias: number;
  weights: Record<string, number>;
}

/** Above this, the model alone brings the crisis resources up. */
export const MODEL_THRESHOLD = 0.6;

let model: CrisisModel | undefined;

/** Words and adjacent pairs of normalized text: the model's features. */
export function crisisFeatures(text: string): string[] {
  return [...wordsAndPairs(words(normalizeForSafety(text)))];
}

function score(m: CrisisModel, features: Iterable<string>): number {
  let z = m.bias;
  for (const f of features) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** 0..1 for one short text (a few sentences). */
export function modelScore(m: CrisisModel, text: string): number {
  return score(m, wordsAndPairs(words(normalizeForSafety(text))));
}

/**
 * Whether some stretch of up to three sentences of normalized text (normalizeForSafety) scores
 * above the threshold; false until the weights have loaded.
 */
export function modelSays(norm: string): boolean {
  const m = model;
  if (!m) return false;
  // Each sentence's words and pairs are found once; a window adds up three sentences' features
  // (each counted once) and the pairs across their boundaries.
  const sentences = norm.split(/(?<=[.!?])\s+|\n+/).map(words);
  const features = sentences.map((ws) => wordsAndPairs(ws));
  for (let i = 0; i < sentences.length; i++) {
    const seen = new Set<string>();
    let z = m.bias;
    for (let k = i; k < Math.min(i + 3, sentences.length); k++) {
      const prev = k > i ? sentences[k - 1] : undefined;
      const first = sentences[k]?.[0];
      const joined = prev?.length && first ? [`${prev[prev.length - 1]} ${first}`] : [];
      for (const f of [...(features[k] ?? []), ...joined]) {
        if (seen.has(f)) continue;
        seen.add(f);
        z += m.weights[f] ?? 0;
      }
    }
    if (1 / (1 + Math.exp(-z)) >= MODEL_THRESHOLD) return true;
    if (i + 3 >= sentences.length) break;
  }
  return false;
}

/** The weights to use (crisis.ts loads them); undefined leaves the rules alone. */
export function setCrisisModel(m: CrisisModel | undefined): void {
  model = m;
}
