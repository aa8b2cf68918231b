// Trains the email classifier's word model (lib/email/email-model.json): logistic regression over
// words and word pairs, on the team's email sets without their held-out parts (the "holdout" split
// of emails-dev.jsonl and "blind-holdout" of emails-blind.jsonl stay unseen). The bodies are read
// as the classifier reads them (plain text, own message only). Deterministic (seeded order).
// Run: node scripts/train-email.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from './env.mjs';

const { emailFeatures } = await tsImport(path.join(root, 'lib/email/model.ts'), import.meta.url);
const { modelText } = await tsImport(path.join(root, 'lib/email/classify.ts'), import.meta.url);
const read = (f) =>
  readFileSync(path.join(root, f), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const items = [
  ...read('tests/fixtures/emails-dev.jsonl').filter((e) => e.split !== 'holdout'),
  ...read('tests/fixtures/emails-blind.jsonl').filter((e) => !e.split.startsWith('blind-holdout')),
].map((e) => ({ x: emailFeatures(...modelText(e)), y: e.label === 'rejection' ? 1 : 0 }));
// Weights smaller than this change no decision that matters and only add bytes.
const MIN_WEIGHT = 0.1;

let seed = 5;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const w = new Map();
let bias = 0;
for (let epoch = 0; epoch < 40; epoch++) {
  const order = items.map((_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  for (const k of order) {
    let z = bias;
    for (const f of items[k].x) z += w.get(f) ?? 0;
    const g = 1 / (1 + Math.exp(-z)) - items[k].y;
    bias -= 0.1 * g;
    for (const f of items[k].x) {
      const v = w.get(f) ?? 0;
      w.set(f, v - 0.1 * (g + 1e-4 * v));
    }
  }
}
const weights = Object.fromEntries(
  [...w.entries()]
    .filter(([, v]) => Math.abs(v) >= MIN_WEIGHT)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([f, v]) => [f, Math.round(v * 1000) / 1000]),
);
const out = process.env.MODEL_OUT ?? path.join(root, 'lib/email/email-model.json');
writeFileSync(out, `${JSON.stringify({ bias: Math.round(bias * 1000) / 1000, weights })}\n`);
console.error(`wrote ${out}: ${Object.keys(weights).length} features from ${items.length} emails`);
