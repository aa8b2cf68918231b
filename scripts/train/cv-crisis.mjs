// How the crisis check does on text its word model did not see: 5-fold cross-validation over
// the world dev sets (the older sets always train), the whole check (rules, quieting, model), at
// several model thresholds. MODEL_THRESHOLD in lib/safety/crisis-model.ts was chosen from this.
// Run: node scripts/train/cv-crisis.mjs [--by-round] [--misses]
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { root } from '../env.mjs';
import { crisisTrainingSets, trainCrisis } from '../train-crisis.mjs';

// One module instance: the full check reads the model and threshold set through its own exports.
const rules = await tsImport(path.join(root, 'lib/safety/crisis-rules.ts'), import.meta.url);
const cm = await tsImport(path.join(root, 'lib/safety/crisis-model.ts'), import.meta.url);
const { normalizeForSafety } = await tsImport(
  path.join(root, 'lib/safety/crisis-normalize.ts'),
  import.meta.url,
);
const { dev, always } = crisisTrainingSets();
for (const i of [...dev, ...always]) i.features = cm.crisisFeatures(i.text);
// --by-round: each fold is one writers' round by its id prefix (cd2, cd3, ...; the first round's
// English "cde" and Spanish "cds" writers apart), so no writer's items are on both sides; closer
// to how a fresh round or the holdout scores than folds that mix them.
const round = (d) => d.id.split('-')[0];
const rounds = [...new Set(dev.map(round))];
const byRound = process.argv.includes('--by-round');
const K = byRound ? rounds.length : 5;
const foldOf = dev.map((d, i) => (byRound ? rounds.indexOf(round(d)) : i % K));
const models = [];
for (let k = 0; k < K; k++)
  models.push(
    trainCrisis(
      dev.filter((_, i) => foldOf[i] !== k),
      always,
    ),
  );
// The check's answer at a threshold: the model instance the rules read, with its threshold swapped.
const answers = (threshold) =>
  dev.map((d, i) => {
    rules.setCrisisModel(models[foldOf[i]]);
    return rules.withThreshold(threshold, () => rules.fullCrisisCheck(normalizeForSafety(d.text)));
  });
// Each threshold's answers, kept for --misses below.
const byThreshold = new Map();
for (const t of [0.15, 0.175, 0.2, 0.25, 0.3, 0.35, 0.4]) {
  const got = answers(t);
  byThreshold.set(t, got);
  const line = [`threshold ${t}:`];
  for (const lang of ['en', 'es']) {
    const idx = dev.map((_, i) => i).filter((i) => dev[i].lang === lang);
    const risk = idx.filter((i) => dev[i].y);
    const soft = idx.filter((i) => !dev[i].y && ['idiom', 'sad-safe'].includes(dev[i].kind));
    const safe = idx.filter((i) => !dev[i].y);
    const r = (xs) => (xs.filter((i) => got[i]).length / xs.length).toFixed(3);
    line.push(`${lang} recall ${r(risk)} false alarms idiom/sad ${r(soft)} all safe ${r(safe)}`);
  }
  console.log(line.join(' | '));
}

// --misses: at the shipped threshold, each risk statement missed and each safe one flagged, by kind.
if (process.argv.includes('--misses')) {
  const got = byThreshold.get(cm.MODEL_THRESHOLD) ?? answers(cm.MODEL_THRESHOLD);
  const byKind = {};
  dev.forEach((d, i) => {
    if (Boolean(got[i]) === Boolean(d.y)) return;
    const k = `${d.y ? 'missed' : 'flagged'} ${d.lang} ${d.kind}`;
    byKind[k] ??= [];
    byKind[k].push(d.text.replace(/\s+/g, ' ').slice(0, 160));
  });
  for (const [k, texts] of Object.entries(byKind).sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n${k} (${texts.length})`);
    for (const t of texts) console.log(`  ${t}`);
  }
}
