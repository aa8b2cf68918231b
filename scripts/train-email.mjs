// Trains the email classifier's word model (lib/email/email-model.json): logistic regression over
// words and word pairs, on the team's email sets without their held-out parts (the "holdout" split
// of emails-dev.jsonl and "blind-holdout" of emails-blind.jsonl stay unseen). The bodies are read
// as the classifier reads them (plain text, own message only). Deterministic (seeded order).
// Run: node scripts/train-email.mjs
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from './env.mjs';
import { readJsonl, seededRandom, trainLogistic, writeModel } from './logistic.mjs';

const { emailFeatures } = await tsImport(path.join(root, 'lib/email/model.ts'), import.meta.url);
const { modelText } = await tsImport(path.join(root, 'lib/email/classify.ts'), import.meta.url);
const items = [
  ...readJsonl('tests/fixtures/emails-dev.jsonl').filter((e) => e.split !== 'holdout'),
  ...readJsonl('tests/fixtures/emails-blind.jsonl').filter((e) => !e.split.startsWith('blind-holdout')),
];
const model = trainLogistic(
  items.map((e) => emailFeatures(...modelText(e))),
  items.map((e) => (e.label === 'rejection' ? 1 : 0)),
  { epochs: 40, rate: 0.1, random: seededRandom(5), minWeight: 0.1 },
);
writeModel(
  'lib/email/email-model.json',
  model,
  `${Object.keys(model.weights).length} features from ${items.length} emails`,
);
