// The crisis check (lib/safety/crisis.ts) on sets written by team members who never saw its code:
// dev-a to dev-f (tests/fixtures/crisis-dev.jsonl) were each scored once before tuning on
// them (first-pass numbers in the README), then tuned on; the sets in
// tests/fixtures/crisis-holdout.jsonl (holdout, then holdout-2) were never tuned on, and since 6
// December they train the word model too: the world section's frozen holdout is the honest figure. Precision and recall per set, and time per text.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { msPerItem } from './timing.mjs';

const pct = (x) => `${(x * 100).toFixed(1)}%`;

export async function bench({ root, runs }) {
  // One import: the rules and the model's state must be the same module instances.
  const model = await tsImport(path.join(root, 'lib/safety/crisis.ts'), import.meta.url);
  const { detectCrisis } = model;
  const { scoreCrisis } = await tsImport(path.join(root, 'lib/safety/score.ts'), import.meta.url);
  const read = (f) =>
    readFileSync(f, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  const items = read(path.join(root, 'tests/fixtures/crisis-dev.jsonl'));
  const heldOut = path.join(root, 'tests/fixtures/crisis-holdout.jsonl');
  const sets = {};
  for (const i of items) {
    sets[i.split] ??= [];
    sets[i.split].push(i);
  }
  if (existsSync(heldOut))
    for (const i of read(heldOut)) {
      sets[`older ${i.split}, now trained on`] ??= [];
      sets[`older ${i.split}, now trained on`].push(i);
    }
  const rows = [];
  const json = {};
  // Rules alone (before the word model loads on a page), then with it.
  const passes = [
    ['rules', () => model.setWordModel(false)],
    ['rules + word model', () => model.setWordModel(true)],
  ];
  for (const [pass, prepare] of passes) {
    await prepare();
    for (const [name, set] of Object.entries(sets)) {
      const { tp, fp, fn, precision, recall } = scoreCrisis(set, detectCrisis);
      json[`${pass}: ${name}`] = { n: set.length, tp, fp, fn, precision, recall };
      rows.push({
        measure: `crisis check, ${pass} (${name}, n=${set.length}): precision / recall`,
        value: `${pct(precision)} / ${pct(recall)}`,
        budget: '—',
      });
    }
  }
  json.msPerText = msPerItem(
    items.map((i) => i.text),
    detectCrisis,
    { runs },
  );
  rows.push({
    measure: 'crisis check: time per text (median pass)',
    value: `${json.msPerText.toFixed(3)} ms`,
    budget: '—',
  });
  return { rows, json };
}
