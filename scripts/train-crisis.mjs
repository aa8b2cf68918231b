// Trains the crisis check's word model (lib/safety/crisis-model.json): logistic regression over
// words and word pairs, on the team's crisis sets (tests/fixtures/crisis-dev.jsonl) with the
// thinking-trap sets as more everyday rejection text that is not a crisis. Deterministic (seeded
// order), so the same data gives the same file. The never-tuned holdouts are not used.
// Run: node scripts/train-crisis.mjs
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from './env.mjs';
import { readJsonl, seededRandom, trainLogistic, writeModel } from './logistic.mjs';

const { crisisFeatures } = await tsImport(path.join(root, 'lib/safety/crisis-model.ts'), import.meta.url);
const items = [
  ...readJsonl('tests/fixtures/crisis-dev.jsonl').map((i) => ({ text: i.text, y: i.crisis ? 1 : 0 })),
  ...readJsonl('tests/fixtures/traps-dev.jsonl').map((i) => ({ text: i.text, y: 0 })),
  ...readJsonl('tests/fixtures/traps-blind.jsonl')
    .filter((i) => !i.split.startsWith('blind-holdout'))
    .map((i) => ({ text: i.text, y: 0 })),
];
const model = trainLogistic(
  items.map((i) => crisisFeatures(i.text)),
  items.map((i) => i.y),
  { epochs: 30, rate: 0.2, random: seededRandom(7), minWeight: 0.15 },
);
writeModel(
  'lib/safety/crisis-model.json',
  model,
  `${Object.keys(model.weights).length} features from ${items.length} texts`,
);
