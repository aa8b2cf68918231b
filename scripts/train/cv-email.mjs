// How the email classifier does on text its model did not see: 5-fold cross-validation over the
// world dev sets (the older sets always train), the whole pipeline (cues, act model, decision).
// The thresholds in lib/email/classify.ts were chosen from this.
// Run: node scripts/train/cv-email.mjs [--by-round] [--misses]
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from '../env.mjs';
import { emailTrainingSet, trainActs } from '../train-email.mjs';

// One module instance: the classifier reads the model set through its own re-export.
const { classifyEmail, modelText, setEmailModel } = await tsImport(
  path.join(root, 'lib/email/classify.ts'),
  import.meta.url,
);
const { emailFeatures } = await tsImport(path.join(root, 'lib/email/model.ts'), import.meta.url);
const all = emailTrainingSet().map((e) => ({ ...e, features: emailFeatures(...modelText(e)) }));
const world = all.filter((e) => e.lang);
const older = all.filter((e) => !e.lang);
// --by-round: each fold is one writers' round by its id prefix (ed2, ed3, ...; the first round's
// "ede", "eds" and "ede2" writers apart), so no writer's emails are on both sides of a fold.
const round = (e) => e.id.split('-')[0];
const rounds = [...new Set(world.map(round))];
const byRound = process.argv.includes('--by-round');
const K = byRound ? rounds.length : 5;
const foldOf = world.map((e, i) => (byRound ? rounds.indexOf(round(e)) : i % K));
const got = new Map();
for (let k = 0; k < K; k++) {
  setEmailModel(trainActs([...older, ...world.filter((_, i) => foldOf[i] !== k)]));
  world.forEach((e, i) => {
    if (foldOf[i] === k) got.set(e.id, classifyEmail(e));
  });
}
for (const lang of ['en', 'es']) {
  const rows = world.filter((e) => e.lang === lang);
  const flagged = rows.filter((e) => got.get(e.id).rejection);
  const tp = flagged.filter((e) => e.act === 'rejection').length;
  const pos = rows.filter((e) => e.act === 'rejection').length;
  const receipts = rows.filter((e) => e.act === 'receipt');
  console.log(
    `${lang}: precision ${(tp / flagged.length).toFixed(3)} recall ${(tp / pos).toFixed(3)} receipts flagged ${receipts.filter((e) => got.get(e.id).rejection).length}/${receipts.length}`,
  );
}
// `--misses`: the dev emails the pipeline gets wrong out of fold, to read (never the holdout).
if (process.argv.includes('--misses'))
  for (const e of world.filter((e) => (e.act === 'rejection') !== got.get(e.id).rejection))
    console.log(
      `${e.id} ${e.act} → ${got.get(e.id).act}: ${e.subject} | ${e.body.replace(/\s+/g, ' ').slice(0, 240)}`,
    );
