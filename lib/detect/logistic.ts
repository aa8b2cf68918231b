/**
 * The one scoring module of the three word models (crisis check, trap detector, email acts):
 * logistic regression over a text's features (lib/detect/features.ts), trained by
 * scripts/logistic.mjs. A model is a bias and sparse weights; missing features weigh 0.
 */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

/** A model ready to score: weights in a Map, so a word like "constructor" is just a word. */
export interface Scorer {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

export function scorer(model: LogisticModel): Scorer {
  return { bias: model.bias, weights: new Map(Object.entries(model.weights)) };
}

/** The model's log-odds for a set of features (each counted once). */
export function logOdds(model: Scorer, features: Iterable<string>): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** 0..1: how sure the model is. */
export function probability(model: Scorer, features: Iterable<string>): number {
  return sigmoid(logOdds(model, features));
}

/**
 * How models are shipped (lib/*\/…-model.json): one vocabulary, and per model a bias and one
 * weight per vocabulary entry (0 where the model doesn't use it). Models that share a text's
 * features (the email acts, the thirteen traps) share the vocabulary, so each word is stored once.
 */
export interface ModelFile<K extends string = string> {
  vocab: string[];
  models: Record<K, { bias: number; w: number[] }>;
}

/** Every model of a file, ready to score. */
export function unpack<K extends string>(file: ModelFile<K>): Record<K, Scorer> {
  const out = {} as Record<K, Scorer>;
  for (const key of Object.keys(file.models) as K[]) {
    const { bias, w } = file.models[key];
    const weights = new Map<string, number>();
    w.forEach((x, i) => {
      const word = file.vocab[i];
      if (x !== 0 && word !== undefined) weights.set(word, x);
    });
    out[key] = { bias, weights };
  }
  return out;
}
