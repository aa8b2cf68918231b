// Trains the trap detector's word model (lib/traps/trap-model.json): per trap, logistic
// regression over words and word pairs, on the team's trap sets without their never-tuned parts
// (the "holdout" split of traps-dev.jsonl and the "blind-holdout" ones of traps-blind.jsonl stay
// unseen).
// Deterministic (seeded order). Run: node scripts/train-traps.mjs
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from './env.mjs';
import { readJsonl, seededRandom, trainLogistic, writeModel } from './logistic.mjs';

const { trapFeatures } = await tsImport(path.join(root, 'lib/traps/model.ts'), import.meta.url);
const { TRAP_IDS } = await tsImport(path.join(root, 'lib/db/types.ts'), import.meta.url);
const items = [
  ...readJsonl('tests/fixtures/traps-dev.jsonl').filter((i) => i.split !== 'holdout'),
  ...readJsonl('tests/fixtures/traps-blind.jsonl').filter((i) => !i.split.startsWith('blind-holdout')),
];
const X = items.map((i) => trapFeatures(i.text));
// One generator for all the traps in turn.
const random = seededRandom(11);
const traps = {};
for (const trap of TRAP_IDS)
  traps[trap] = trainLogistic(
    X,
    items.map((i) => (i.traps.includes(trap) ? 1 : 0)),
    { epochs: 30, rate: 0.2, random, minWeight: 0.3 },
  );
writeModel('lib/traps/trap-model.json', { traps }, `from ${items.length} thoughts`);
