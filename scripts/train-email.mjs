// Trains the email classifier's act model (lib/email/email-model.json): one logistic regression
// per act (rejection, receipt, invitation, offer, other) over words and pairs, on the world dev
// sets (tests/fixtures/world/emails-dev*.jsonl, labelled with acts) and the team's older sets
// (rejection or not; their categories give receipts, interviews and offers). The frozen holdout
// (world/emails-holdout.jsonl) is never read. Deterministic (seeded order).
// Run: node scripts/train-email.mjs
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from './env.mjs';
import { packModels, readJsonl, seededRandom, trainLogistic, writeModel } from './logistic.mjs';

const { emailFeatures, EMAIL_ACTS } = await tsImport(path.join(root, 'lib/email/model.ts'), import.meta.url);
const { modelText } = await tsImport(path.join(root, 'lib/email/classify.ts'), import.meta.url);

/** The act of an older set's email, where its category says it; undefined where it doesn't. */
const CATEGORY = { received: 'receipt', status: 'receipt', interview: 'invitation', offer: 'offer' };
export function emailTrainingSet() {
  return [
    ...readJsonl('tests/fixtures/emails-dev.jsonl').map((e) => ({
      ...e,
      act: e.label === 'rejection' ? 'rejection' : (CATEGORY[e.category] ?? 'other'),
    })),
    ...readJsonl('tests/fixtures/emails-blind.jsonl').map((e) => ({
      ...e,
      act: e.label === 'rejection' ? 'rejection' : undefined,
    })),
    // Every world dev round (emails-dev, emails-dev2, …), never the holdout.
    ...readdirSync(path.join(root, 'tests/fixtures/world'))
      .filter((f) => /^emails-dev\d*\.jsonl$/.test(f))
      .sort()
      .flatMap((f) => readJsonl(`tests/fixtures/world/${f}`)),
  ];
}

/** One model per act; an email whose act isn't known counts only for "rejection or not". */
export function trainActs(items, seed = 5) {
  const random = seededRandom(seed);
  // A word or pair seen in one email only teaches that email, not email: left out.
  const df = new Map();
  const raw = items.map((e) => e.features ?? emailFeatures(...modelText(e)));
  for (const x of raw) for (const f of x) df.set(f, (df.get(f) ?? 0) + 1);
  const X = raw.map((x) => x.filter((f) => df.get(f) >= 2));
  const acts = {};
  for (const act of EMAIL_ACTS) {
    const use = items.map((e, i) => [e, X[i]]).filter(([e]) => e.act !== undefined || act === 'rejection');
    acts[act] = trainLogistic(
      use.map(([, x]) => x),
      use.map(([e]) => (e.act === act ? 1 : 0)),
      { epochs: 30, rate: 0.1, random, minWeight: 0.08 },
    );
  }
  return packModels(acts);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const items = emailTrainingSet();
  const model = trainActs(items);
  writeModel(
    'lib/email/email-model.json',
    model,
    `${model.vocab.length} features, 5 acts, ${items.length} emails`,
  );
}
