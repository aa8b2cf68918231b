// The training the word models share (scripts/train-*.mjs): logistic regression by stochastic
// gradient descent over sets of features, in a seeded order, so the same data gives the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './env.mjs';

/** A JSON Lines file of the repository, parsed. */
export const readJsonl = (file) =>
  readFileSync(path.join(root, file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

/** A small seeded generator (mulberry32); one can be shared by several trainings in turn. */
export function seededRandom(seed) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains on feature lists `X` and 0/1 labels `y`; returns the bias and the weights with
 * |w| ≥ minWeight (smaller ones change no decision that matters and only add bytes), sorted and
 * rounded to three decimals.
 */
export function trainLogistic(X, y, { epochs, rate, random, minWeight, l2 = 1e-4 }) {
  const w = new Map();
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = X.map((_, k) => k);
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const k of order) {
      let z = bias;
      for (const f of X[k]) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - y[k];
      bias -= rate * g;
      for (const f of X[k]) {
        const v = w.get(f) ?? 0;
        w.set(f, v - rate * (g + l2 * v));
      }
    }
  }
  const weights = Object.fromEntries(
    [...w.entries()]
      .filter(([, v]) => Math.abs(v) >= minWeight)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([f, v]) => [f, Math.round(v * 1000) / 1000]),
  );
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/** Writes a model where the shipped one lives, or to MODEL_OUT (the reproducibility test). */
export function writeModel(file, model, what) {
  const out = process.env.MODEL_OUT ?? path.join(root, file);
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.error(`wrote ${out}: ${what}`);
}

/**
 * Out-of-fold predictions: each item is predicted by a model trained without its fold, so the
 * thresholds chosen on them are chosen on text the model had not seen. `train(items)` returns a
 * predictor; folds by position (the sets are shuffled when written).
 */
export function outOfFold(items, k, train, extra = []) {
  const out = new Array(items.length);
  for (let f = 0; f < k; f++) {
    const predict = train([...extra, ...items.filter((_, i) => i % k !== f)]);
    items.forEach((item, i) => {
      if (i % k === f) out[i] = predict(item);
    });
  }
  return out;
}

/** A one-feature-per-input logistic fit (Platt scaling, stacking): inputs are arrays of numbers. */
export function fitStack(X, y, { epochs = 300, rate = 0.05, l2 = 1e-3 } = {}) {
  const n = X[0]?.length ?? 0;
  const w = new Array(n).fill(0);
  let b = 0;
  for (let e = 0; e < epochs; e++)
    for (let i = 0; i < X.length; i++) {
      let z = b;
      for (let j = 0; j < n; j++) z += w[j] * X[i][j];
      const g = 1 / (1 + Math.exp(-z)) - y[i];
      b -= rate * g;
      for (let j = 0; j < n; j++) w[j] -= rate * (g * X[i][j] + l2 * w[j]);
    }
  return { bias: Math.round(b * 1000) / 1000, weights: w.map((x) => Math.round(x * 1000) / 1000) };
}

/**
 * Several trained models in the shipped shape (lib/detect/logistic.ts, ModelFile): one sorted
 * vocabulary, each model's weights aligned to it and rounded to two decimals.
 */
export function packModels(models) {
  const vocab = [...new Set(Object.values(models).flatMap((m) => Object.keys(m.weights)))].sort();
  const packed = {};
  for (const [key, m] of Object.entries(models))
    packed[key] = { bias: m.bias, w: vocab.map((f) => Math.round((m.weights[f] ?? 0) * 100) / 100) };
  return { vocab, models: packed };
}
