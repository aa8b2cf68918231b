// Trains the crisis check's word model (lib/safety/crisis-model.json): logistic regression over
// words and word pairs, on the team's crisis sets (tests/fixtures/crisis-dev.jsonl) with the
// thinking-trap sets as more everyday rejection text that is not a crisis. Deterministic (seeded
// order), so the same data gives the same file. The never-tuned holdout is not used.
// Run: node scripts/train-crisis.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from './env.mjs';

const { crisisFeatures } = await tsImport(path.join(root, 'lib/safety/crisis-model.ts'), import.meta.url);
const read = (f) =>
  readFileSync(path.join(root, f), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const items = [
  ...read('tests/fixtures/crisis-dev.jsonl').map((i) => ({ text: i.text, y: i.crisis ? 1 : 0 })),
  ...read('tests/fixtures/traps-dev.jsonl').map((i) => ({ text: i.text, y: 0 })),
  ...read('tests/fixtures/traps-blind.jsonl')
    .filter((i) => !i.split.startsWith('blind-holdout'))
    .map((i) => ({ text: i.text, y: 0 })),
];

// A small seeded generator (mulberry32) for the order of each pass.
let seed = 7;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const X = items.map((i) => crisisFeatures(i.text));
const w = new Map();
let bias = 0;
// Weights smaller than this change no decision that matters and only add bytes.
const MIN_WEIGHT = Number(process.env.MIN_WEIGHT ?? 0.15);
const lr = 0.2;
const l2 = 1e-4;
for (let epoch = 0; epoch < 30; epoch++) {
  const order = items.map((_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  for (const k of order) {
    let z = bias;
    for (const f of X[k]) z += w.get(f) ?? 0;
    const g = 1 / (1 + Math.exp(-z)) - items[k].y;
    bias -= lr * g;
    for (const f of X[k]) {
      const v = w.get(f) ?? 0;
      w.set(f, v - lr * (g + l2 * v));
    }
  }
}
const weights = Object.fromEntries(
  [...w.entries()]
    .filter(([, v]) => Math.abs(v) >= MIN_WEIGHT)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([f, v]) => [f, Math.round(v * 1000) / 1000]),
);
const out = process.env.MODEL_OUT ?? path.join(root, 'lib/safety/crisis-model.json');
writeFileSync(out, `${JSON.stringify({ bias: Math.round(bias * 1000) / 1000, weights })}\n`);
console.error(`wrote ${out}: ${Object.keys(weights).length} features from ${items.length} texts`);
