// Trains the trap detector's word model (lib/traps/trap-model.json): per trap, logistic
// regression over words and word pairs, on the team's trap sets without their never-tuned parts
// (the "holdout" split of traps-dev.jsonl and the "blind-holdout" ones of traps-blind.jsonl stay
// unseen).
// Deterministic (seeded order). Run: node scripts/train-traps.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from './env.mjs';

const { trapFeatures } = await tsImport(path.join(root, 'lib/traps/model.ts'), import.meta.url);
const { TRAP_IDS } = await tsImport(path.join(root, 'lib/db/types.ts'), import.meta.url);
const read = (f) =>
  readFileSync(path.join(root, f), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const items = [
  ...read('tests/fixtures/traps-dev.jsonl').filter((i) => i.split !== 'holdout'),
  ...read('tests/fixtures/traps-blind.jsonl').filter((i) => !i.split.startsWith('blind-holdout')),
];
// Weights smaller than this change no decision that matters and only add bytes.
const MIN_WEIGHT = 0.3;

let seed = 11;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const X = items.map((i) => trapFeatures(i.text));
const traps = {};
for (const trap of TRAP_IDS) {
  const w = new Map();
  let bias = 0;
  for (let epoch = 0; epoch < 30; epoch++) {
    const order = items.map((_, k) => k);
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const k of order) {
      let z = bias;
      for (const f of X[k]) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - (items[k].traps.includes(trap) ? 1 : 0);
      bias -= 0.2 * g;
      for (const f of X[k]) {
        const v = w.get(f) ?? 0;
        w.set(f, v - 0.2 * (g + 1e-4 * v));
      }
    }
  }
  traps[trap] = {
    bias: Math.round(bias * 1000) / 1000,
    weights: Object.fromEntries(
      [...w.entries()]
        .filter(([, v]) => Math.abs(v) >= MIN_WEIGHT)
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([f, v]) => [f, Math.round(v * 1000) / 1000]),
    ),
  };
}
const out = process.env.MODEL_OUT ?? path.join(root, 'lib/traps/trap-model.json');
writeFileSync(out, `${JSON.stringify({ traps })}\n`);
console.error(`wrote ${out} from ${items.length} thoughts`);
