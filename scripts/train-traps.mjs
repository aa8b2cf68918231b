// Trains the trap detector's word model (lib/traps/trap-model.json): per trap, logistic
// regression over accent-folded words and pairs, on the world dev sets in English and Spanish
// (tests/fixtures/world/traps-dev*.jsonl) and the team's older sets; then, per trap, a
// calibration joining the model's log-odds and the rules' confidence, fitted on out-of-fold
// predictions over the world dev sets (5 folds), so the scores mean what they say on thoughts the
// model hasn't seen. The frozen holdout (world/traps-holdout.jsonl) is never read.
// Deterministic (seeded order). Run: node scripts/train-traps.mjs
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from './env.mjs';
import { fitStack, packModels, readJsonl, seededRandom, trainLogistic, writeModel } from './logistic.mjs';

const { trapFeatures } = await tsImport(path.join(root, 'lib/traps/model.ts'), import.meta.url);
const { detectTraps } = await tsImport(path.join(root, 'lib/traps/detect.ts'), import.meta.url);
const { TRAP_IDS } = await tsImport(path.join(root, 'lib/db/types.ts'), import.meta.url);

export { TRAP_IDS };
export const K = 5;
const MIN_COUNT = 2;
const MIN_WEIGHT = 0.3;
const clip = (z) => Math.max(-8, Math.min(8, z));

/** The world dev sets (cross-validated, calibrated on) and the older sets that always train. */
export function trapSets() {
  const dir = path.join(root, 'tests/fixtures/world');
  const world = readdirSync(dir)
    .filter((f) => /^traps-dev\d*\.jsonl$/.test(f))
    .sort()
    .flatMap((f) => readJsonl(`tests/fixtures/world/${f}`));
  const always = [
    ...readJsonl('tests/fixtures/traps-dev.jsonl'),
    ...readJsonl('tests/fixtures/traps-blind.jsonl'),
  ];
  const prep = (i) => ({
    ...i,
    features: trapFeatures(i.text),
    rules: Object.fromEntries(detectTraps(i.text, { all: true }).map((h) => [h.trap, h.confidence])),
  });
  return { world: world.map(prep), always: always.map(prep) };
}

/** One model per trap, in the shipped shape. */
export function trainTraps(items) {
  const random = seededRandom(11);
  // A word or pair in one thought only teaches that thought: left out.
  const df = new Map();
  for (const i of items) for (const f of i.features) df.set(f, (df.get(f) ?? 0) + 1);
  const X = items.map((i) => i.features.filter((f) => df.get(f) >= MIN_COUNT));
  const models = {};
  for (const trap of TRAP_IDS)
    models[trap] = trainLogistic(
      X,
      items.map((i) => (i.traps.includes(trap) ? 1 : 0)),
      { epochs: 30, rate: 0.2, random, minWeight: MIN_WEIGHT },
    );
  return packModels(models);
}

/** Each trap's log-odds for an item, from a packed model. */
export function logOdds(packed, item) {
  const index = new Map(packed.vocab.map((f, i) => [f, i]));
  const at = item.features.map((f) => index.get(f)).filter((i) => i !== undefined);
  return Object.fromEntries(
    Object.entries(packed.models).map(([trap, m]) => [trap, at.reduce((z, i) => z + m.w[i], m.bias)]),
  );
}

/** Out-of-fold log-odds for every world item: each from a model trained without its fold. */
export function outOfFoldLogOdds(world, always) {
  const out = new Array(world.length);
  for (let k = 0; k < K; k++) {
    const packed = trainTraps([...always, ...world.filter((_, i) => i % K !== k)]);
    world.forEach((item, i) => {
      if (i % K === k) out[i] = logOdds(packed, item);
    });
  }
  return out;
}

/** Per trap: [bias, weight of log-odds, weight of rule confidence]. */
export function calibrate(world, oof) {
  const calibration = {};
  for (const trap of TRAP_IDS) {
    const fit = fitStack(
      world.map((item, i) => [clip(oof[i][trap]), item.rules[trap] ?? 0]),
      world.map((item) => (item.traps.includes(trap) ? 1 : 0)),
      { rate: 0.01, epochs: 200 },
    );
    calibration[trap] = [fit.bias, ...fit.weights];
  }
  return calibration;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { world, always } = trapSets();
  const calibration = calibrate(world, outOfFoldLogOdds(world, always));
  const model = { ...trainTraps([...always, ...world]), calibration };
  writeModel(
    'lib/traps/trap-model.json',
    model,
    `${model.vocab.length} features, 13 traps, from ${world.length + always.length} thoughts`,
  );
}
